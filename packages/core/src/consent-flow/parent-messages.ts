import type { Catalogue } from '../i18n/catalogue.js';

/**
 * The words around the parent's pages (`ParentConsent`, `ParentDataRights`).
 * The notice itself (what is collected, why, who receives it, how long it is
 * kept, the parent's rights) comes from the server, in the parent's language.
 */
export interface ParentConsentMessages {
  loading: string;
  errorUnknownTitle: string;
  errorUnknownBody: string;
  errorUsedTitle: string;
  errorUsedBody: string;
  errorExpiredTitle: string;
  errorExpiredBody: string;
  errorNetworkTitle: string;
  errorNetworkBody: string;
  errorRateLimited: string;
  retry: string;
  /** `{date}`: when the link stops working. */
  linkExpires: string;
  /** Heading above the server's notice sections. */
  noticeHeading: string;
  thirdPartiesHeading: string;
  /** `{scope}`: the scope's title. */
  thirdPartyScope: string;
  decisionHeading: string;
  scopesLegend: string;
  /** Under a scope no configured method can grant. */
  scopeUnavailable: string;
  /** Under `use` when it is required with anything else. */
  scopeUseRequired: string;
  methodLegend: string;
  /** Under a method that cannot grant a chosen scope: `{scopes}`. */
  methodOnlyFor: string;
  /** Under a method the app has no hook for. */
  methodNotOffered: string;
  grant: string;
  deny: string;
  submitting: string;
  verifying: string;
  errorNoScope: string;
  errorNoMethod: string;
  errorMethodNotAllowed: string;
  errorVerificationFailed: string;
  errorSubmit: string;
  grantedTitle: string;
  grantedBody: string;
  /** `{scopes}`: the granted scopes' titles. */
  grantedScopes: string;
  /** The parent's confirmation of the child's age group. */
  ageLegend: string;
  /** `{band}`: the age group the child gave. */
  ageHint: string;
  /** An older age group than the child gave, with a method that cannot verify the parent. */
  errorAgeNeedsCheck: string;
  /** After the decision: `{band}`, the age group the parent confirmed. */
  grantedAge: string;
  deniedTitle: string;
  deniedBody: string;
  manageLink: string;
  /** The data-rights view (`ParentDataRights`). */
  manageTitle: string;
  manageIntro: string;
  manageUnknownTitle: string;
  manageUnknownBody: string;
  manageExpiredTitle: string;
  manageExpiredBody: string;
  statusHeading: string;
  statusLabel: string;
  scopesLabel: string;
  methodLabel: string;
  decidedLabel: string;
  /** The child's age group on the manage page, and the note when the parent confirmed it. */
  ageGroupLabel: string;
  ageConfirmedByYou: string;
  statusGranted: string;
  statusDenied: string;
  statusPending: string;
  none: string;
  scopeUse: string;
  scopeAiProvider: string;
  /** Names of the shipped verification methods, for the manage page. */
  methodEmailPlus: string;
  methodVendor: string;
  holdingsHeading: string;
  holdingsConsentRecords: string;
  holdingsReports: string;
  holdingsRiskScores: string;
  holdingsEscalations: string;
  exportData: string;
  exportHint: string;
  revokeAiProvider: string;
  revokeAll: string;
  revokeHint: string;
  revoked: string;
  deleteData: string;
  deleteHint: string;
  deleteConfirmTitle: string;
  deleteConfirmBody: string;
  deleteConfirm: string;
  cancel: string;
  deletedTitle: string;
  deletedBody: string;
  actionFailed: string;
}

const en: ParentConsentMessages = {
  loading: 'Loading the request…',
  errorUnknownTitle: 'This link does not work',
  errorUnknownBody:
    'Check that you opened the whole link from the email. If it still does not work, your child can send a new request.',
  errorUsedTitle: 'This link was already used',
  errorUsedBody:
    'A decision was already made with it. To review or change it, use the “Manage” link in the email we sent after the decision.',
  errorExpiredTitle: 'This link has run out',
  errorExpiredBody: 'For your privacy we deleted your email address. Your child can send a new request.',
  errorNetworkTitle: 'The request could not be loaded',
  errorNetworkBody: 'Check your connection and try again.',
  errorRateLimited: 'Too many tries in a short time. Wait a minute, then try again.',
  retry: 'Try again',
  linkExpires: 'This link works until {date}.',
  noticeHeading: 'What you are agreeing to',
  thirdPartiesHeading: 'Who else receives data',
  thirdPartyScope: 'Only if you allow “{scope}”.',
  decisionHeading: 'Your decision',
  scopesLegend: 'What you allow',
  scopeUnavailable: 'This service has no way for you to confirm this one.',
  scopeUseRequired: 'Needed for anything else.',
  methodLegend: 'How you confirm you are the parent or guardian',
  methodOnlyFor: 'Can only allow: {scopes}.',
  methodNotOffered: 'Not offered on this page.',
  grant: 'Allow',
  deny: 'Say no',
  submitting: 'Sending…',
  verifying: 'Checking…',
  errorNoScope: 'Choose what you allow, or say no.',
  errorNoMethod: 'Choose how you confirm you are the parent or guardian.',
  errorMethodNotAllowed: 'This way of confirming cannot allow everything you chose. Choose another way, or allow less.',
  errorVerificationFailed: 'The check did not succeed. Try again, or choose another way.',
  errorSubmit: 'Your decision could not be sent. Check your connection and try again.',
  grantedTitle: 'Thank you: you said yes',
  grantedBody:
    'Your child’s app moves on by itself. We also sent you an email with a link to review, download or delete what we hold, or to take back your permission at any time.',
  grantedScopes: 'You allowed: {scopes}.',
  ageLegend: 'Your child’s age group',
  ageHint:
    'Your child said: {band}. If that is not right, choose their real age group. You can always choose a younger group; an older one needs a check that verifies you (not email).',
  errorAgeNeedsCheck:
    'An older age group than your child gave needs a check that verifies you. Choose that way of confirming, or keep the age group your child gave.',
  grantedAge: 'Age group you confirmed: {band}.',
  deniedTitle: 'You said no',
  deniedBody: 'Your child cannot use the app. We deleted your email address.',
  manageLink: 'Review, download or delete your child’s data',
  manageTitle: 'Your child’s data',
  manageIntro:
    'What this service holds about your child, and your rights: see it, download it, take back permission or delete it.',
  manageUnknownTitle: 'This link does not work',
  manageUnknownBody: 'Check that you opened the whole link from the email. The data may already be deleted.',
  manageExpiredTitle: 'This link has run out',
  manageExpiredBody: 'Links to manage your child’s data work for 30 days. Contact the service for a new one.',
  statusHeading: 'Permission',
  statusLabel: 'Status',
  scopesLabel: 'What is allowed',
  methodLabel: 'Confirmed by',
  decidedLabel: 'Decided on',
  ageGroupLabel: 'Age group',
  ageConfirmedByYou: '{band}, confirmed by you',
  statusGranted: 'Allowed',
  statusDenied: 'Not allowed',
  statusPending: 'Waiting for a decision',
  none: 'Nothing',
  scopeUse: 'Use the chat',
  scopeAiProvider: 'Share messages with the AI provider',
  methodEmailPlus: 'Email (email plus)',
  methodVendor: 'Verification check',
  holdingsHeading: 'What we hold',
  holdingsConsentRecords: 'Consent records',
  holdingsReports: 'Reports your child sent',
  holdingsRiskScores: 'Safety risk scores',
  holdingsEscalations: 'Safety alerts',
  exportData: 'Download a copy',
  exportHint: 'A JSON file with everything listed above.',
  revokeAiProvider: 'Stop sharing with the AI provider',
  revokeAll: 'Take back all permission',
  revokeHint: 'Takes effect on your child’s next message.',
  revoked: 'Done. Your child’s app is held from their next message.',
  deleteData: 'Delete everything',
  deleteHint:
    'Deletes your child’s reports, risk scores and consent records. Your child will be asked their age again.',
  deleteConfirmTitle: 'Delete everything?',
  deleteConfirmBody: 'This cannot be undone. This link stops working afterwards.',
  deleteConfirm: 'Yes, delete everything',
  cancel: 'Cancel',
  deletedTitle: 'Deleted',
  deletedBody: 'We deleted everything we held about your child. This link no longer works.',
  actionFailed: 'That did not work. Check your connection and try again.',
};

const es: ParentConsentMessages = {
  loading: 'Cargando la solicitud…',
  errorUnknownTitle: 'Este enlace no funciona',
  errorUnknownBody:
    'Compruebe que ha abierto el enlace completo del correo. Si sigue sin funcionar, su hijo o hija puede enviar una nueva solicitud.',
  errorUsedTitle: 'Este enlace ya se usó',
  errorUsedBody:
    'Ya se tomó una decisión con él. Para revisarla o cambiarla, use el enlace «Gestionar» del correo que le enviamos tras la decisión.',
  errorExpiredTitle: 'Este enlace ha caducado',
  errorExpiredBody:
    'Por su privacidad hemos borrado su correo electrónico. Su hijo o hija puede enviar una nueva solicitud.',
  errorNetworkTitle: 'No se pudo cargar la solicitud',
  errorNetworkBody: 'Revise su conexión y vuelva a intentarlo.',
  errorRateLimited: 'Demasiados intentos en poco tiempo. Espere un minuto y vuelva a intentarlo.',
  retry: 'Volver a intentarlo',
  linkExpires: 'Este enlace funciona hasta el {date}.',
  noticeHeading: 'A qué da su permiso',
  thirdPartiesHeading: 'Quién más recibe datos',
  thirdPartyScope: 'Solo si permite «{scope}».',
  decisionHeading: 'Su decisión',
  scopesLegend: 'Qué permite',
  scopeUnavailable: 'Este servicio no ofrece ninguna forma de confirmar esta opción.',
  scopeUseRequired: 'Necesario para todo lo demás.',
  methodLegend: 'Cómo confirma que es la madre, el padre o el tutor',
  methodOnlyFor: 'Solo puede permitir: {scopes}.',
  methodNotOffered: 'No disponible en esta página.',
  grant: 'Permitir',
  deny: 'Decir que no',
  submitting: 'Enviando…',
  verifying: 'Comprobando…',
  errorNoScope: 'Elija qué permite, o diga que no.',
  errorNoMethod: 'Elija cómo confirma que es la madre, el padre o el tutor.',
  errorMethodNotAllowed:
    'Esta forma de confirmar no puede permitir todo lo que ha elegido. Elija otra forma o permita menos.',
  errorVerificationFailed: 'La comprobación no ha salido bien. Vuelva a intentarlo o elija otra forma.',
  errorSubmit: 'No se pudo enviar su decisión. Revise su conexión y vuelva a intentarlo.',
  grantedTitle: 'Gracias: ha dicho que sí',
  grantedBody:
    'La aplicación de su hijo o hija avanza sola. También le hemos enviado un correo con un enlace para revisar, descargar o borrar lo que guardamos, o retirar su permiso cuando quiera.',
  grantedScopes: 'Ha permitido: {scopes}.',
  ageLegend: 'El grupo de edad de su hijo o hija',
  ageHint:
    'Su hijo o hija indicó: {band}. Si no es correcto, elija su grupo de edad real. Siempre puede elegir un grupo más joven; uno mayor necesita una comprobación que le verifique a usted (no el correo).',
  errorAgeNeedsCheck:
    'Un grupo de edad mayor que el que indicó su hijo o hija necesita una comprobación que le verifique a usted. Elija esa forma de confirmar o mantenga el grupo que indicó.',
  grantedAge: 'Grupo de edad que ha confirmado: {band}.',
  deniedTitle: 'Ha dicho que no',
  deniedBody: 'Su hijo o hija no puede usar la aplicación. Hemos borrado su correo electrónico.',
  manageLink: 'Revisar, descargar o borrar los datos de su hijo o hija',
  manageTitle: 'Los datos de su hijo o hija',
  manageIntro:
    'Lo que este servicio guarda sobre su hijo o hija y sus derechos: verlo, descargarlo, retirar el permiso o borrarlo.',
  manageUnknownTitle: 'Este enlace no funciona',
  manageUnknownBody: 'Compruebe que ha abierto el enlace completo del correo. Puede que los datos ya estén borrados.',
  manageExpiredTitle: 'Este enlace ha caducado',
  manageExpiredBody: 'Los enlaces para gestionar los datos funcionan 30 días. Pida uno nuevo al servicio.',
  statusHeading: 'Permiso',
  statusLabel: 'Estado',
  scopesLabel: 'Qué se permite',
  methodLabel: 'Confirmado mediante',
  decidedLabel: 'Decidido el',
  ageGroupLabel: 'Edad',
  ageConfirmedByYou: '{band}, confirmada por usted',
  statusGranted: 'Permitido',
  statusDenied: 'No permitido',
  statusPending: 'Esperando una decisión',
  none: 'Nada',
  scopeUse: 'Usar el chat',
  scopeAiProvider: 'Compartir mensajes con el proveedor de IA',
  methodEmailPlus: 'Correo electrónico (email plus)',
  methodVendor: 'Comprobación de verificación',
  holdingsHeading: 'Lo que guardamos',
  holdingsConsentRecords: 'Registros de consentimiento',
  holdingsReports: 'Denuncias enviadas por su hijo o hija',
  holdingsRiskScores: 'Puntuaciones de riesgo',
  holdingsEscalations: 'Alertas de seguridad',
  exportData: 'Descargar una copia',
  exportHint: 'Un archivo JSON con todo lo anterior.',
  revokeAiProvider: 'Dejar de compartir con el proveedor de IA',
  revokeAll: 'Retirar todo el permiso',
  revokeHint: 'Se aplica desde el próximo mensaje de su hijo o hija.',
  revoked: 'Hecho. La aplicación de su hijo o hija queda en pausa desde su próximo mensaje.',
  deleteData: 'Borrarlo todo',
  deleteHint:
    'Borra las denuncias, las puntuaciones de riesgo y los registros de consentimiento. Se volverá a preguntar la edad a su hijo o hija.',
  deleteConfirmTitle: '¿Borrarlo todo?',
  deleteConfirmBody: 'No se puede deshacer. Este enlace dejará de funcionar.',
  deleteConfirm: 'Sí, borrarlo todo',
  cancel: 'Cancelar',
  deletedTitle: 'Borrado',
  deletedBody: 'Hemos borrado todo lo que guardábamos sobre su hijo o hija. Este enlace ya no funciona.',
  actionFailed: 'No ha funcionado. Revise su conexión y vuelva a intentarlo.',
};

const fr: ParentConsentMessages = {
  manageIntro:
    'Ce que ce service conserve sur votre enfant, et vos droits : le consulter, le télécharger, retirer votre autorisation ou l’effacer.',
  manageUnknownTitle: 'Ce lien ne fonctionne pas',
  manageUnknownBody:
    'Vérifiez que vous avez ouvert le lien complet de l’e-mail. Les données sont peut-être déjà effacées.',
  manageExpiredTitle: 'Ce lien a expiré',
  manageExpiredBody: 'Les liens de gestion fonctionnent 30 jours. Demandez-en un nouveau au service.',
  statusHeading: 'Autorisation',
  statusLabel: 'État',
  scopesLabel: 'Ce qui est autorisé',
  methodLabel: 'Confirmé par',
  decidedLabel: 'Décidé le',
  ageGroupLabel: 'Tranche d’âge',
  ageConfirmedByYou: '{band}, confirmée par vous',
  statusGranted: 'Autorisé',
  statusDenied: 'Non autorisé',
  statusPending: 'En attente d’une décision',
  none: 'Rien',
  holdingsHeading: 'Ce que nous conservons',
  holdingsConsentRecords: 'Enregistrements de consentement',
  holdingsReports: 'Signalements envoyés par votre enfant',
  holdingsRiskScores: 'Scores de risque',
  holdingsEscalations: 'Alertes de sécurité',
  exportData: 'Télécharger une copie',
  exportHint: 'Un fichier JSON avec tout ce qui est listé ci-dessus.',
  revokeAiProvider: 'Arrêter le partage avec le fournisseur d’IA',
  revokeAll: 'Retirer toute autorisation',
  revokeHint: 'Prend effet au prochain message de votre enfant.',
  revoked: 'C’est fait. L’application de votre enfant est suspendue dès son prochain message.',
  deleteData: 'Tout effacer',
  deleteHint:
    'Efface les signalements, les scores de risque et les enregistrements de consentement. Votre enfant devra redonner son âge.',
  deleteConfirmTitle: 'Tout effacer ?',
  deleteConfirmBody: 'C’est irréversible. Ce lien ne fonctionnera plus ensuite.',
  deleteConfirm: 'Oui, tout effacer',
  cancel: 'Annuler',
  deletedTitle: 'Effacé',
  deletedBody: 'Nous avons effacé tout ce que nous conservions sur votre enfant. Ce lien ne fonctionne plus.',
  actionFailed: 'Cela n’a pas fonctionné. Vérifiez votre connexion et réessayez.',
  loading: 'Chargement de la demande…',
  errorUnknownTitle: 'Ce lien ne fonctionne pas',
  errorUnknownBody:
    'Vérifiez que vous avez ouvert le lien complet de l’e-mail. S’il ne fonctionne toujours pas, votre enfant peut envoyer une nouvelle demande.',
  errorUsedTitle: 'Ce lien a déjà été utilisé',
  errorUsedBody:
    'Une décision a déjà été prise avec ce lien. Pour la revoir ou la modifier, utilisez le lien « Gérer » de l’e-mail envoyé après la décision.',
  errorExpiredTitle: 'Ce lien a expiré',
  errorExpiredBody:
    'Pour votre vie privée, nous avons effacé votre adresse e-mail. Votre enfant peut envoyer une nouvelle demande.',
  errorNetworkTitle: 'La demande n’a pas pu être chargée',
  errorNetworkBody: 'Vérifiez votre connexion et réessayez.',
  errorRateLimited: 'Trop d’essais en peu de temps. Attendez une minute, puis réessayez.',
  retry: 'Réessayer',
  linkExpires: 'Ce lien fonctionne jusqu’au {date}.',
  noticeHeading: 'Ce que vous acceptez',
  thirdPartiesHeading: 'Qui d’autre reçoit des données',
  thirdPartyScope: 'Seulement si vous autorisez « {scope} ».',
  decisionHeading: 'Votre décision',
  scopesLegend: 'Ce que vous autorisez',
  scopeUnavailable: 'Ce service n’offre aucun moyen de confirmer ce choix.',
  scopeUseRequired: 'Nécessaire pour tout le reste.',
  methodLegend: 'Comment vous confirmez être le parent ou le tuteur',
  methodOnlyFor: 'Peut seulement autoriser : {scopes}.',
  methodNotOffered: 'Non proposé sur cette page.',
  grant: 'Autoriser',
  deny: 'Refuser',
  submitting: 'Envoi…',
  verifying: 'Vérification…',
  errorNoScope: 'Choisissez ce que vous autorisez, ou refusez.',
  errorNoMethod: 'Choisissez comment vous confirmez être le parent ou le tuteur.',
  errorMethodNotAllowed:
    'Ce moyen de confirmation ne peut pas autoriser tout ce que vous avez choisi. Choisissez-en un autre ou autorisez moins.',
  errorVerificationFailed: 'La vérification a échoué. Réessayez ou choisissez un autre moyen.',
  errorSubmit: 'Votre décision n’a pas pu être envoyée. Vérifiez votre connexion et réessayez.',
  grantedTitle: 'Merci : vous avez dit oui',
  grantedBody:
    'L’application de votre enfant avance toute seule. Nous vous avons aussi envoyé un e-mail avec un lien pour consulter, télécharger ou effacer ce que nous conservons, ou retirer votre autorisation à tout moment.',
  grantedScopes: 'Vous avez autorisé : {scopes}.',
  ageLegend: 'La tranche d’âge de votre enfant',
  ageHint:
    'Votre enfant a indiqué : {band}. Si ce n’est pas exact, choisissez sa vraie tranche d’âge. Vous pouvez toujours choisir une tranche plus jeune ; une tranche plus âgée demande une vérification de votre identité (pas par e-mail).',
  errorAgeNeedsCheck:
    'Une tranche d’âge plus âgée que celle indiquée par votre enfant demande une vérification de votre identité. Choisissez ce moyen de confirmation, ou gardez la tranche indiquée.',
  grantedAge: 'Tranche d’âge que vous avez confirmée : {band}.',
  deniedTitle: 'Vous avez refusé',
  deniedBody: 'Votre enfant ne peut pas utiliser l’application. Nous avons effacé votre adresse e-mail.',
  manageLink: 'Consulter, télécharger ou effacer les données de votre enfant',
  manageTitle: 'Les données de votre enfant',
  scopeUse: 'Utiliser le chat',
  scopeAiProvider: 'Partager les messages avec le fournisseur d’IA',
  methodEmailPlus: 'E-mail (email plus)',
  methodVendor: 'Vérification',
};

const de: ParentConsentMessages = {
  manageIntro:
    'Was dieser Dienst über Ihr Kind speichert, und Ihre Rechte: einsehen, herunterladen, Erlaubnis widerrufen oder löschen.',
  manageUnknownTitle: 'Dieser Link funktioniert nicht',
  manageUnknownBody:
    'Prüfen Sie, ob Sie den vollständigen Link aus der E-Mail geöffnet haben. Die Daten sind vielleicht schon gelöscht.',
  manageExpiredTitle: 'Dieser Link ist abgelaufen',
  manageExpiredBody: 'Links zur Verwaltung funktionieren 30 Tage. Bitten Sie den Dienst um einen neuen.',
  statusHeading: 'Erlaubnis',
  statusLabel: 'Stand',
  scopesLabel: 'Was erlaubt ist',
  methodLabel: 'Bestätigt durch',
  decidedLabel: 'Entschieden am',
  ageGroupLabel: 'Altersgruppe',
  ageConfirmedByYou: '{band}, von Ihnen bestätigt',
  statusGranted: 'Erlaubt',
  statusDenied: 'Nicht erlaubt',
  statusPending: 'Wartet auf eine Entscheidung',
  none: 'Nichts',
  holdingsHeading: 'Was wir speichern',
  holdingsConsentRecords: 'Einwilligungsnachweise',
  holdingsReports: 'Meldungen Ihres Kindes',
  holdingsRiskScores: 'Risikowerte',
  holdingsEscalations: 'Sicherheitswarnungen',
  exportData: 'Eine Kopie herunterladen',
  exportHint: 'Eine JSON-Datei mit allem, was oben steht.',
  revokeAiProvider: 'Nicht mehr mit dem KI-Anbieter teilen',
  revokeAll: 'Erlaubnis ganz widerrufen',
  revokeHint: 'Gilt ab der nächsten Nachricht Ihres Kindes.',
  revoked: 'Erledigt. Die App Ihres Kindes pausiert ab seiner nächsten Nachricht.',
  deleteData: 'Alles löschen',
  deleteHint:
    'Löscht die Meldungen, Risikowerte und Einwilligungsnachweise Ihres Kindes. Ihr Kind wird erneut nach seinem Alter gefragt.',
  deleteConfirmTitle: 'Alles löschen?',
  deleteConfirmBody: 'Das lässt sich nicht rückgängig machen. Dieser Link funktioniert danach nicht mehr.',
  deleteConfirm: 'Ja, alles löschen',
  cancel: 'Abbrechen',
  deletedTitle: 'Gelöscht',
  deletedBody:
    'Wir haben alles gelöscht, was wir über Ihr Kind gespeichert hatten. Dieser Link funktioniert nicht mehr.',
  actionFailed: 'Das hat nicht geklappt. Prüfen Sie Ihre Verbindung und versuchen Sie es noch einmal.',
  loading: 'Die Anfrage wird geladen…',
  errorUnknownTitle: 'Dieser Link funktioniert nicht',
  errorUnknownBody:
    'Prüfen Sie, ob Sie den vollständigen Link aus der E-Mail geöffnet haben. Funktioniert er weiterhin nicht, kann Ihr Kind eine neue Anfrage senden.',
  errorUsedTitle: 'Dieser Link wurde schon benutzt',
  errorUsedBody:
    'Damit wurde bereits entschieden. Um die Entscheidung einzusehen oder zu ändern, nutzen Sie den Link „Verwalten“ aus der E-Mail, die wir nach der Entscheidung geschickt haben.',
  errorExpiredTitle: 'Dieser Link ist abgelaufen',
  errorExpiredBody:
    'Zum Schutz Ihrer Privatsphäre haben wir Ihre E-Mail-Adresse gelöscht. Ihr Kind kann eine neue Anfrage senden.',
  errorNetworkTitle: 'Die Anfrage konnte nicht geladen werden',
  errorNetworkBody: 'Prüfen Sie Ihre Verbindung und versuchen Sie es noch einmal.',
  errorRateLimited: 'Zu viele Versuche in kurzer Zeit. Warten Sie eine Minute und versuchen Sie es dann noch einmal.',
  retry: 'Noch einmal versuchen',
  linkExpires: 'Dieser Link funktioniert bis {date}.',
  noticeHeading: 'Wozu Sie zustimmen',
  thirdPartiesHeading: 'Wer sonst Daten erhält',
  thirdPartyScope: 'Nur wenn Sie „{scope}“ erlauben.',
  decisionHeading: 'Ihre Entscheidung',
  scopesLegend: 'Was Sie erlauben',
  scopeUnavailable: 'Dieser Dienst bietet keinen Weg, dies zu bestätigen.',
  scopeUseRequired: 'Für alles andere nötig.',
  methodLegend: 'Wie Sie bestätigen, dass Sie Elternteil oder Erziehungsberechtigte sind',
  methodOnlyFor: 'Kann nur erlauben: {scopes}.',
  methodNotOffered: 'Auf dieser Seite nicht angeboten.',
  grant: 'Erlauben',
  deny: 'Ablehnen',
  submitting: 'Wird gesendet…',
  verifying: 'Wird geprüft…',
  errorNoScope: 'Wählen Sie, was Sie erlauben, oder lehnen Sie ab.',
  errorNoMethod: 'Wählen Sie, wie Sie bestätigen, dass Sie Elternteil oder Erziehungsberechtigte sind.',
  errorMethodNotAllowed:
    'Mit dieser Bestätigung lässt sich nicht alles Gewählte erlauben. Wählen Sie eine andere oder erlauben Sie weniger.',
  errorVerificationFailed:
    'Die Prüfung ist fehlgeschlagen. Versuchen Sie es noch einmal oder wählen Sie einen anderen Weg.',
  errorSubmit:
    'Ihre Entscheidung konnte nicht gesendet werden. Prüfen Sie Ihre Verbindung und versuchen Sie es noch einmal.',
  grantedTitle: 'Danke: Sie haben Ja gesagt',
  grantedBody:
    'Die App Ihres Kindes geht von selbst weiter. Wir haben Ihnen außerdem eine E-Mail mit einem Link geschickt, um gespeicherte Daten einzusehen, herunterzuladen oder zu löschen oder Ihre Erlaubnis jederzeit zu widerrufen.',
  grantedScopes: 'Sie haben erlaubt: {scopes}.',
  ageLegend: 'Die Altersgruppe Ihres Kindes',
  ageHint:
    'Ihr Kind hat angegeben: {band}. Wenn das nicht stimmt, wählen Sie die richtige Altersgruppe. Eine jüngere Gruppe können Sie immer wählen; eine ältere braucht eine Prüfung, die Sie bestätigt (nicht per E-Mail).',
  errorAgeNeedsCheck:
    'Eine ältere Altersgruppe, als Ihr Kind angegeben hat, braucht eine Prüfung, die Sie bestätigt. Wählen Sie diese Art der Bestätigung oder behalten Sie die angegebene Altersgruppe.',
  grantedAge: 'Von Ihnen bestätigte Altersgruppe: {band}.',
  deniedTitle: 'Sie haben abgelehnt',
  deniedBody: 'Ihr Kind kann die App nicht nutzen. Wir haben Ihre E-Mail-Adresse gelöscht.',
  manageLink: 'Daten Ihres Kindes einsehen, herunterladen oder löschen',
  manageTitle: 'Die Daten Ihres Kindes',
  scopeUse: 'Den Chat nutzen',
  scopeAiProvider: 'Nachrichten mit dem KI-Anbieter teilen',
  methodEmailPlus: 'E-Mail (Email Plus)',
  methodVendor: 'Prüfung durch einen Dienst',
};

/**
 * The parent's pages' strings in English, Spanish, French and German.
 *
 * @example
 * const t = pickMessages(parentConsentMessages, 'es');
 * t.grant // 'Permitir'
 */
export const parentConsentMessages: Catalogue<ParentConsentMessages> = {
  en: { base: en },
  es: { base: es },
  fr: { base: fr },
  de: { base: de },
};
