import type { Catalogue } from '../i18n/catalogue.js';

/** What a guardian reads in `GuardianSettings`. `{minutes}` and `{date}` are filled in. */
export interface GuardianSettingsMessages {
  title: string;
  confirmIntro: string;
  confirmGet: string;
  confirmNever: string;
  confirm: string;
  confirming: string;
  linkUnknown: string;
  linkExpired: string;
  loading: string;
  unauthorized: string;
  alerts: string;
  alertsHint: string;
  quietHours: string;
  quietFrom: string;
  quietUntil: string;
  dailyLimit: string;
  minutesPerDay: string;
  timeZone: string;
  save: string;
  saving: string;
  saved: string;
  usedToday: string;
  lastAlert: string;
  noAlerts: string;
  unlink: string;
  unlinkQuestion: string;
  unlinkYes: string;
  cancel: string;
  unlinked: string;
  error: string;
}

/** Built-in words for guardians (adults): English, Spanish, French, German. */
export const guardianSettingsMessages: Catalogue<GuardianSettingsMessages> = {
  en: {
    base: {
      title: 'Guardian settings',
      confirmIntro: 'A teen using this app asked to link you as their guardian.',
      confirmGet:
        'You can set quiet hours and a daily time limit, and get an email if the safety checks see a serious risk: what kind, when, and suggested next steps.',
      confirmNever:
        "You never get your teen's messages or conversations. Your teen is told that you are linked and when an alert is sent.",
      confirm: 'Link me as their guardian',
      confirming: 'Linking…',
      linkUnknown: 'This link is not valid or was already used. Ask your teen to send a new one.',
      linkExpired: 'This link has expired. Ask your teen to send a new one.',
      loading: 'Loading…',
      unauthorized: 'These settings are no longer available: you may have unlinked. Ask your teen to send a new link.',
      alerts: 'Safety alerts by email',
      alertsHint: "The kind of risk, when, and next steps. Never your teen's messages.",
      quietHours: 'Quiet hours',
      quietFrom: 'From',
      quietUntil: 'Until',
      dailyLimit: 'Daily time limit',
      minutesPerDay: 'Minutes of chat per day',
      timeZone: 'Time zone',
      save: 'Save settings',
      saving: 'Saving…',
      saved: 'Settings saved. They apply to the next message.',
      usedToday: '{minutes} minutes of chat used today',
      lastAlert: 'Last alert: {date}',
      noAlerts: 'No alerts so far.',
      unlink: 'Unlink',
      unlinkQuestion: 'Unlink? Alerts, quiet hours and the time limit stop, and your email address is deleted.',
      unlinkYes: 'Yes, unlink',
      cancel: 'Cancel',
      unlinked: 'You are unlinked. Your email address was deleted.',
      error: "That didn't work. Please try again.",
    },
  },
  es: {
    base: {
      title: 'Ajustes del tutor',
      confirmIntro: 'Un adolescente que usa esta aplicación pidió vincularte como su tutor.',
      confirmGet:
        'Puedes fijar horas de descanso y un límite diario, y recibir un correo si los controles de seguridad ven un riesgo grave: de qué tipo, cuándo y pasos sugeridos.',
      confirmNever:
        'Nunca recibes los mensajes ni las conversaciones. Tu hijo o hija sabe que estás vinculado y cuándo se envía un aviso.',
      confirm: 'Vincularme como tutor',
      confirming: 'Vinculando…',
      linkUnknown: 'Este enlace no es válido o ya se usó. Pide a tu hijo o hija que envíe uno nuevo.',
      linkExpired: 'Este enlace caducó. Pide a tu hijo o hija que envíe uno nuevo.',
      loading: 'Cargando…',
      unauthorized: 'Estos ajustes ya no están disponibles: quizá te desvinculaste. Pide un enlace nuevo.',
      alerts: 'Avisos de seguridad por correo',
      alertsHint: 'El tipo de riesgo, cuándo y los pasos a seguir. Nunca los mensajes.',
      quietHours: 'Horas de descanso',
      quietFrom: 'Desde',
      quietUntil: 'Hasta',
      dailyLimit: 'Límite diario',
      minutesPerDay: 'Minutos de chat al día',
      timeZone: 'Zona horaria',
      save: 'Guardar ajustes',
      saving: 'Guardando…',
      saved: 'Ajustes guardados. Se aplican al próximo mensaje.',
      usedToday: '{minutes} minutos de chat usados hoy',
      lastAlert: 'Último aviso: {date}',
      noAlerts: 'Ningún aviso por ahora.',
      unlink: 'Desvincular',
      unlinkQuestion: '¿Desvincular? Se detienen los avisos, las horas de descanso y el límite, y se borra tu correo.',
      unlinkYes: 'Sí, desvincular',
      cancel: 'Cancelar',
      unlinked: 'Te desvinculaste. Tu correo se borró.',
      error: 'No funcionó. Inténtalo de nuevo.',
    },
  },
  fr: {
    base: {
      title: 'Réglages du responsable',
      confirmIntro: 'Un adolescent qui utilise cette application a demandé à vous lier comme responsable.',
      confirmGet:
        "Vous pouvez fixer des heures calmes et une limite quotidienne, et recevoir un e-mail si les contrôles de sécurité voient un risque grave : le type, l'heure et des conseils.",
      confirmNever:
        'Vous ne recevez jamais les messages ni les conversations. Votre adolescent est informé que vous êtes lié et quand une alerte est envoyée.',
      confirm: 'Me lier comme responsable',
      confirming: 'Liaison…',
      linkUnknown: "Ce lien n'est pas valide ou a déjà servi. Demandez-en un nouveau à votre adolescent.",
      linkExpired: 'Ce lien a expiré. Demandez-en un nouveau à votre adolescent.',
      loading: 'Chargement…',
      unauthorized: 'Ces réglages ne sont plus disponibles : vous vous êtes peut-être délié. Demandez un nouveau lien.',
      alerts: 'Alertes de sécurité par e-mail',
      alertsHint: "Le type de risque, l'heure et les prochaines étapes. Jamais les messages.",
      quietHours: 'Heures calmes',
      quietFrom: 'De',
      quietUntil: "Jusqu'à",
      dailyLimit: 'Limite quotidienne',
      minutesPerDay: 'Minutes de chat par jour',
      timeZone: 'Fuseau horaire',
      save: 'Enregistrer',
      saving: 'Enregistrement…',
      saved: "Réglages enregistrés. Ils s'appliquent au prochain message.",
      usedToday: "{minutes} minutes de chat utilisées aujourd'hui",
      lastAlert: 'Dernière alerte : {date}',
      noAlerts: "Aucune alerte jusqu'ici.",
      unlink: 'Délier',
      unlinkQuestion:
        "Délier ? Les alertes, les heures calmes et la limite s'arrêtent, et votre adresse est supprimée.",
      unlinkYes: 'Oui, délier',
      cancel: 'Annuler',
      unlinked: 'Vous êtes délié. Votre adresse a été supprimée.',
      error: "Ça n'a pas marché. Réessayez.",
    },
  },
  de: {
    base: {
      title: 'Einstellungen der Bezugsperson',
      confirmIntro: 'Ein Teenager, der diese App nutzt, möchte Sie als Bezugsperson verknüpfen.',
      confirmGet:
        'Sie können Ruhezeiten und ein Tageslimit festlegen und bekommen eine E-Mail, wenn die Sicherheitsprüfungen ein ernstes Risiko sehen: welche Art, wann und Vorschläge für nächste Schritte.',
      confirmNever:
        'Sie bekommen nie die Nachrichten oder Gespräche Ihres Kindes. Ihr Kind erfährt, dass Sie verknüpft sind und wann eine Warnung verschickt wird.',
      confirm: 'Als Bezugsperson verknüpfen',
      confirming: 'Wird verknüpft…',
      linkUnknown: 'Dieser Link ist ungültig oder wurde schon benutzt. Bitten Sie Ihr Kind um einen neuen.',
      linkExpired: 'Dieser Link ist abgelaufen. Bitten Sie Ihr Kind um einen neuen.',
      loading: 'Wird geladen…',
      unauthorized:
        'Diese Einstellungen sind nicht mehr verfügbar: Vielleicht haben Sie die Verknüpfung gelöst. Bitten Sie um einen neuen Link.',
      alerts: 'Sicherheitswarnungen per E-Mail',
      alertsHint: 'Art des Risikos, Zeitpunkt und nächste Schritte. Nie die Nachrichten Ihres Kindes.',
      quietHours: 'Ruhezeiten',
      quietFrom: 'Von',
      quietUntil: 'Bis',
      dailyLimit: 'Tageslimit',
      minutesPerDay: 'Minuten Chat pro Tag',
      timeZone: 'Zeitzone',
      save: 'Einstellungen speichern',
      saving: 'Wird gespeichert…',
      saved: 'Gespeichert. Gilt ab der nächsten Nachricht.',
      usedToday: 'Heute {minutes} Minuten Chat genutzt',
      lastAlert: 'Letzte Warnung: {date}',
      noAlerts: 'Bisher keine Warnungen.',
      unlink: 'Verknüpfung lösen',
      unlinkQuestion:
        'Verknüpfung lösen? Warnungen, Ruhezeiten und Limit enden, und Ihre E-Mail-Adresse wird gelöscht.',
      unlinkYes: 'Ja, lösen',
      cancel: 'Abbrechen',
      unlinked: 'Die Verknüpfung ist gelöst. Ihre E-Mail-Adresse wurde gelöscht.',
      error: 'Das hat nicht geklappt. Bitte versuchen Sie es noch einmal.',
    },
  },
};
