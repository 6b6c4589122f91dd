import type { Catalogue } from '../i18n/catalogue.js';
import { reportButtonLabels } from './button-label.js';
import type { ReportReason } from './reasons.js';

/** Every string the report button and its dialog show. `{reference}` and `{message}` are filled in. */
export interface ReportMessages {
  /** Accessible name of the button on a chat message. */
  messageTrigger: string;
  /** Visible text of the button on a chat message (short). */
  messageTriggerShort: string;
  /** The general entry. */
  generalTrigger: string;
  title: string;
  description: string;
  reasonLegend: string;
  reasons: Record<ReportReason, string>;
  reasonRequired: string;
  detailsLabel: string;
  detailsHint: string;
  includeMessage: string;
  includeMessageHint: string;
  messagePreviewLabel: string;
  goodFaith: string;
  goodFaithRequired: string;
  noContactNeeded: string;
  submit: string;
  submitting: string;
  cancel: string;
  close: string;
  sentTitle: string;
  sentBody: string;
  referenceLabel: string;
  nextSteps: string;
  queuedTitle: string;
  queuedBody: string;
  rejectedTitle: string;
  /**
   * Why a report was refused, in the reporter's words. The server's own
   * message is for developers (English) and only shown where a custom text
   * asks for it with `{message}`.
   */
  rejectedBody: string;
  /** The report is longer than the server takes. */
  rejectedTooLong: string;
  /** The device cannot keep another report (too many waiting, or no storage). */
  rejectedDeviceFull: string;
  tryAgain: string;
  crisisIntro: string;
  closeLabel: string;
  /** Heading of the list of reports this device keeps (`MyReports`). */
  myReportsTitle: string;
  /** Under the heading: the child need not remember the numbers. */
  myReportsIntro: string;
  myReportsEmpty: string;
  /** A sent report: `{date}` it was sent. */
  myReportsSent: string;
  /** A report waiting on the device for the connection. */
  myReportsWaiting: string;
  /** A report the server refused. */
  myReportsRefused: string;
}

const EN_REASONS: Record<ReportReason, string> = {
  'self-harm': 'Someone might hurt themselves',
  sexual: 'Sexual or rude content',
  grooming: 'Someone is asking for secrets, photos or to meet',
  bullying: 'Bullying or being mean',
  violence: 'Violence or threats',
  'personal-info': 'Sharing personal information',
  scary: 'Something scary or upsetting',
  other: 'Something else',
};

const ES_REASONS: Record<ReportReason, string> = {
  'self-harm': 'Alguien podría hacerse daño',
  sexual: 'Contenido sexual o grosero',
  grooming: 'Alguien pide secretos, fotos o quedar en persona',
  bullying: 'Acoso o burlas',
  violence: 'Violencia o amenazas',
  'personal-info': 'Compartir datos personales',
  scary: 'Algo que da miedo o molesta',
  other: 'Otra cosa',
};

const FR_REASONS: Record<ReportReason, string> = {
  'self-harm': 'Quelqu’un pourrait se faire du mal',
  sexual: 'Contenu sexuel ou grossier',
  grooming: 'Quelqu’un demande des secrets, des photos ou un rendez-vous',
  bullying: 'Harcèlement ou méchanceté',
  violence: 'Violence ou menaces',
  'personal-info': 'Partage d’informations personnelles',
  scary: 'Quelque chose qui fait peur ou qui choque',
  other: 'Autre chose',
};

const DE_REASONS: Record<ReportReason, string> = {
  'self-harm': 'Jemand könnte sich etwas antun',
  sexual: 'Sexuelle oder unanständige Inhalte',
  grooming: 'Jemand will Geheimnisse, Fotos oder ein Treffen',
  bullying: 'Mobbing oder Gemeinheiten',
  violence: 'Gewalt oder Drohungen',
  'personal-info': 'Persönliche Daten werden geteilt',
  scary: 'Etwas Beängstigendes oder Verstörendes',
  other: 'Etwas anderes',
};

/** Strings for `ReportButton` and `MyReports` in English, Spanish, French and German, with simpler words for younger bands. */
export const reportMessages: Catalogue<ReportMessages> = {
  en: {
    base: {
      ...reportButtonLabels.en.base,
      generalTrigger: 'Report a problem',
      title: 'Report a problem',
      description: 'Your report goes to the people who keep this app safe. You do not need to give your name.',
      reasonLegend: 'What is wrong?',
      reasons: EN_REASONS,
      reasonRequired: 'Choose what is wrong.',
      detailsLabel: 'Anything else you want to tell us? (optional)',
      detailsHint: 'Please do not write your name, address or phone number.',
      includeMessage: 'Send a copy of the message',
      includeMessageHint: 'Names, phone numbers and other personal details are taken out before it is sent.',
      messagePreviewLabel: 'The copy that will be sent',
      goodFaith: 'I believe the information in this report is accurate and complete.',
      goodFaithRequired: 'Confirm that you believe the report is accurate and complete.',
      noContactNeeded: 'We will never ask for your contact details.',
      submit: 'Send report',
      submitting: 'Sending…',
      cancel: 'Cancel',
      close: 'Close',
      sentTitle: 'Thank you for telling us',
      sentBody: 'We got your report.',
      referenceLabel: 'Your reference number',
      nextSteps:
        'A person on our safety team will look at it. We keep the reference number on this device for you, so you can see what we decided and ask us to look again.',
      queuedTitle: 'Your report is saved',
      queuedBody:
        'We could not reach our server just now. Your report is saved on this device and will be sent as soon as the connection is back.',
      rejectedTitle: 'The report was not sent',
      rejectedBody: 'Something in the report could not be accepted. Check what you wrote and send it again.',
      rejectedTooLong: 'The report is too long. Make it shorter and send it again.',
      rejectedDeviceFull: 'Too many reports are waiting on this device. Try again when you are back online.',
      tryAgain: 'Change and send again',
      crisisIntro: 'If you feel unsafe or want to talk to someone right now, these people can help:',
      closeLabel: 'Close the report window',
      myReportsTitle: 'My reports',
      myReportsIntro:
        'Reports you sent from this device, with their reference numbers. You don’t need to write them down.',
      myReportsEmpty: 'You haven’t sent any reports from this device.',
      myReportsSent: 'Sent {date}',
      myReportsWaiting: 'Waiting to be sent',
      myReportsRefused: 'Not sent',
    },
    bands: {
      under13: {
        description:
          'Tell us what happened. A grown-up on our safety team will read it. You do not need to say your name.',
        reasonLegend: 'What happened?',
        reasonRequired: 'Pick what happened.',
        detailsLabel: 'Want to tell us more? (you can skip this)',
        detailsHint: 'Do not write your name, address or phone number.',
        includeMessageHint: 'We take out names, phone numbers and other private things first.',
        sentTitle: 'Thank you for telling us',
        sentBody: 'You did the right thing.',
        nextSteps:
          'A grown-up on our safety team will look at it. You can also tell a parent, carer or teacher. You don’t need to remember this number: we keep it on this device for you.',
        myReportsIntro: 'Reports you sent from this device. We keep the numbers for you.',
        queuedTitle: 'We saved your report',
        queuedBody: 'The internet is not working right now. We will send your report as soon as it is back.',
        crisisIntro: 'If you feel scared or unsafe, talk to a grown-up you trust, or call one of these:',
      },
      teen13to15: {
        nextSteps:
          'Someone on our safety team will look at it. You can also talk to a trusted adult. We keep the reference number on this device, so you can check what we decided.',
      },
      adult: {
        description:
          'Your notice goes to our trust and safety team. You will get a reference number to follow the decision and contest it.',
        nextSteps:
          'Our trust and safety team will review it and record a decision with a statement of reasons. The reference number is kept on this device; with it you can read the decision and ask for a review within six months.',
        myReportsIntro: 'Notices sent from this device, with their reference numbers.',
      },
    },
  },
  es: {
    base: {
      ...reportButtonLabels.es.base,
      generalTrigger: 'Avisar de un problema',
      title: 'Avisar de un problema',
      description:
        'Tu aviso llega a las personas que cuidan la seguridad de esta app. No hace falta que digas tu nombre.',
      reasonLegend: '¿Qué pasa?',
      reasons: ES_REASONS,
      reasonRequired: 'Elige qué pasa.',
      detailsLabel: '¿Quieres contarnos algo más? (opcional)',
      detailsHint: 'No escribas tu nombre, dirección ni teléfono.',
      includeMessage: 'Enviar una copia del mensaje',
      includeMessageHint: 'Antes de enviarla quitamos nombres, teléfonos y otros datos personales.',
      messagePreviewLabel: 'La copia que se enviará',
      goodFaith: 'Creo que la información de este aviso es exacta y completa.',
      goodFaithRequired: 'Confirma que crees que el aviso es exacto y completo.',
      noContactNeeded: 'Nunca te pediremos tus datos de contacto.',
      submit: 'Enviar aviso',
      submitting: 'Enviando…',
      cancel: 'Cancelar',
      close: 'Cerrar',
      sentTitle: 'Gracias por contárnoslo',
      sentBody: 'Hemos recibido tu aviso.',
      referenceLabel: 'Tu número de referencia',
      nextSteps:
        'Una persona de nuestro equipo de seguridad lo revisará. Guardamos el número de referencia en este dispositivo por ti: con él puedes ver qué decidimos y pedirnos que lo revisemos otra vez.',
      queuedTitle: 'Tu aviso está guardado',
      queuedBody:
        'Ahora no hemos podido conectar con el servidor. Tu aviso está guardado en este dispositivo y se enviará en cuanto vuelva la conexión.',
      rejectedTitle: 'El aviso no se ha enviado',
      rejectedBody: 'Algo del aviso no se ha podido aceptar. Revisa lo que has escrito y vuelve a enviarlo.',
      rejectedTooLong: 'El aviso es demasiado largo. Hazlo más corto y vuelve a enviarlo.',
      rejectedDeviceFull:
        'Hay demasiados avisos esperando en este dispositivo. Inténtalo de nuevo cuando vuelvas a tener conexión.',
      tryAgain: 'Cambiar y enviar otra vez',
      crisisIntro: 'Si no te sientes a salvo o quieres hablar con alguien ahora, estas personas pueden ayudarte:',
      closeLabel: 'Cerrar la ventana del aviso',
      myReportsTitle: 'Mis avisos',
      myReportsIntro:
        'Los avisos que enviaste desde este dispositivo, con su número de referencia. No hace falta que los apuntes.',
      myReportsEmpty: 'Todavía no has enviado ningún aviso desde este dispositivo.',
      myReportsSent: 'Enviado el {date}',
      myReportsWaiting: 'Esperando para enviarse',
      myReportsRefused: 'No enviado',
    },
    bands: {
      under13: {
        description:
          'Cuéntanos qué ha pasado. Lo leerá una persona adulta de nuestro equipo. No hace falta que digas tu nombre.',
        reasonLegend: '¿Qué ha pasado?',
        reasonRequired: 'Elige qué ha pasado.',
        detailsLabel: '¿Quieres contarnos más? (puedes saltarlo)',
        includeMessageHint: 'Primero quitamos nombres, teléfonos y otras cosas privadas.',
        sentBody: 'Has hecho lo correcto.',
        nextSteps:
          'Una persona adulta de nuestro equipo lo revisará. También puedes contárselo a tu madre, padre, a quien te cuida o a un profe. No hace falta que recuerdes este número: lo guardamos en este dispositivo por ti.',
        myReportsIntro: 'Los avisos que enviaste desde este dispositivo. Guardamos los números por ti.',
        queuedTitle: 'Hemos guardado tu aviso',
        queuedBody: 'Internet no funciona ahora. Enviaremos tu aviso en cuanto vuelva.',
        crisisIntro: 'Si tienes miedo o no te sientes a salvo, habla con una persona adulta de confianza o llama a:',
      },
      teen13to15: {
        nextSteps:
          'Alguien de nuestro equipo de seguridad lo revisará. También puedes hablar con una persona adulta de confianza. Guardamos el número de referencia en este dispositivo para que puedas ver qué decidimos.',
      },
      adult: {
        description:
          'Tu aviso llega a nuestro equipo de confianza y seguridad. Recibirás un número de referencia para seguir la decisión y recurrirla.',
        nextSteps:
          'Nuestro equipo lo revisará y registrará una decisión con una declaración de motivos. El número de referencia se guarda en este dispositivo; con él puedes leer la decisión y pedir una revisión en un plazo de seis meses.',
        myReportsIntro: 'Avisos enviados desde este dispositivo, con su número de referencia.',
      },
    },
  },
  fr: {
    base: {
      ...reportButtonLabels.fr.base,
      generalTrigger: 'Signaler un problème',
      title: 'Signaler un problème',
      description:
        'Ton signalement va aux personnes qui veillent à la sécurité de cette appli. Tu n’as pas besoin de donner ton nom.',
      reasonLegend: 'Qu’est-ce qui ne va pas ?',
      reasons: FR_REASONS,
      reasonRequired: 'Choisis ce qui ne va pas.',
      detailsLabel: 'Tu veux nous dire autre chose ? (facultatif)',
      detailsHint: 'N’écris pas ton nom, ton adresse ni ton numéro de téléphone.',
      includeMessage: 'Envoyer une copie du message',
      includeMessageHint:
        'Les noms, numéros de téléphone et autres informations personnelles sont retirés avant l’envoi.',
      messagePreviewLabel: 'La copie qui sera envoyée',
      goodFaith: 'Je crois que les informations de ce signalement sont exactes et complètes.',
      goodFaithRequired: 'Confirme que tu crois le signalement exact et complet.',
      noContactNeeded: 'Nous ne te demanderons jamais tes coordonnées.',
      submit: 'Envoyer le signalement',
      submitting: 'Envoi…',
      cancel: 'Annuler',
      close: 'Fermer',
      sentTitle: 'Merci de nous l’avoir dit',
      sentBody: 'Nous avons reçu ton signalement.',
      referenceLabel: 'Ton numéro de référence',
      nextSteps:
        'Une personne de notre équipe de sécurité va le lire. Nous gardons le numéro de référence sur cet appareil pour toi : avec lui, tu peux voir ce que nous avons décidé et nous demander de revoir la décision.',
      queuedTitle: 'Ton signalement est enregistré',
      queuedBody:
        'Nous n’avons pas pu joindre notre serveur. Ton signalement est gardé sur cet appareil et sera envoyé dès que la connexion reviendra.',
      rejectedTitle: 'Le signalement n’a pas été envoyé',
      rejectedBody:
        'Quelque chose dans le signalement n’a pas pu être accepté. Vérifie ce que tu as écrit et renvoie-le.',
      rejectedTooLong: 'Le signalement est trop long. Raccourcis-le et renvoie-le.',
      rejectedDeviceFull:
        'Trop de signalements attendent sur cet appareil. Réessaie quand tu seras de nouveau connecté.',
      tryAgain: 'Modifier et renvoyer',
      crisisIntro:
        'Si tu ne te sens pas en sécurité ou si tu veux parler à quelqu’un maintenant, ces personnes peuvent t’aider :',
      closeLabel: 'Fermer la fenêtre de signalement',
      myReportsTitle: 'Mes signalements',
      myReportsIntro:
        'Les signalements envoyés depuis cet appareil, avec leur numéro de référence. Tu n’as pas besoin de les noter.',
      myReportsEmpty: 'Tu n’as encore envoyé aucun signalement depuis cet appareil.',
      myReportsSent: 'Envoyé le {date}',
      myReportsWaiting: 'En attente d’envoi',
      myReportsRefused: 'Non envoyé',
    },
    bands: {
      under13: {
        description:
          'Dis-nous ce qui s’est passé. Un adulte de notre équipe de sécurité va le lire. Tu n’as pas besoin de dire ton nom.',
        reasonLegend: 'Qu’est-ce qui s’est passé ?',
        reasonRequired: 'Choisis ce qui s’est passé.',
        detailsLabel: 'Tu veux nous en dire plus ? (tu peux passer)',
        includeMessageHint: 'Nous retirons d’abord les noms, les numéros de téléphone et les autres choses privées.',
        sentBody: 'Tu as bien fait.',
        nextSteps:
          'Un adulte de notre équipe de sécurité va le lire. Tu peux aussi en parler à un parent ou à un enseignant. Pas besoin de retenir ce numéro : nous le gardons sur cet appareil pour toi.',
        queuedTitle: 'Nous avons gardé ton signalement',
        queuedBody: 'Internet ne marche pas pour le moment. Nous enverrons ton signalement dès qu’il reviendra.',
        crisisIntro: 'Si tu as peur ou si tu ne te sens pas en sécurité, parle à un adulte de confiance ou appelle :',
        myReportsIntro: 'Les signalements envoyés depuis cet appareil. Nous gardons les numéros pour toi.',
      },
      adult: {
        description:
          'Votre signalement est transmis à notre équipe de confiance et de sécurité. Vous recevrez un numéro de référence pour suivre la décision et la contester.',
        nextSteps:
          'Notre équipe l’examinera et enregistrera une décision motivée. Le numéro de référence est gardé sur cet appareil ; il vous permet de lire la décision et de demander un réexamen dans un délai de six mois.',
        myReportsIntro: 'Signalements envoyés depuis cet appareil, avec leur numéro de référence.',
      },
    },
  },
  de: {
    base: {
      ...reportButtonLabels.de.base,
      generalTrigger: 'Ein Problem melden',
      title: 'Ein Problem melden',
      description:
        'Deine Meldung geht an die Leute, die auf die Sicherheit dieser App achten. Du musst deinen Namen nicht angeben.',
      reasonLegend: 'Was ist los?',
      reasons: DE_REASONS,
      reasonRequired: 'Wähle aus, was los ist.',
      detailsLabel: 'Möchtest du uns noch etwas sagen? (freiwillig)',
      detailsHint: 'Schreib nicht deinen Namen, deine Adresse oder deine Telefonnummer.',
      includeMessage: 'Eine Kopie der Nachricht mitschicken',
      includeMessageHint: 'Namen, Telefonnummern und andere persönliche Daten werden vorher entfernt.',
      messagePreviewLabel: 'Die Kopie, die gesendet wird',
      goodFaith: 'Ich glaube, dass die Angaben in dieser Meldung richtig und vollständig sind.',
      goodFaithRequired: 'Bestätige, dass du die Meldung für richtig und vollständig hältst.',
      noContactNeeded: 'Wir fragen dich nie nach deinen Kontaktdaten.',
      submit: 'Meldung senden',
      submitting: 'Wird gesendet…',
      cancel: 'Abbrechen',
      close: 'Schließen',
      sentTitle: 'Danke, dass du es uns sagst',
      sentBody: 'Wir haben deine Meldung bekommen.',
      referenceLabel: 'Deine Vorgangsnummer',
      nextSteps:
        'Jemand aus unserem Sicherheitsteam sieht sie sich an. Wir behalten die Vorgangsnummer für dich auf diesem Gerät: Damit siehst du, was wir entschieden haben, und kannst uns bitten, noch einmal hinzusehen.',
      queuedTitle: 'Deine Meldung ist gespeichert',
      queuedBody:
        'Wir konnten unseren Server gerade nicht erreichen. Deine Meldung ist auf diesem Gerät gespeichert und wird gesendet, sobald die Verbindung wieder da ist.',
      rejectedTitle: 'Die Meldung wurde nicht gesendet',
      rejectedBody:
        'Etwas in der Meldung konnte nicht angenommen werden. Prüfe, was du geschrieben hast, und sende sie noch einmal.',
      rejectedTooLong: 'Die Meldung ist zu lang. Kürze sie und sende sie noch einmal.',
      rejectedDeviceFull: 'Auf diesem Gerät warten zu viele Meldungen. Versuche es wieder, wenn du online bist.',
      tryAgain: 'Ändern und noch einmal senden',
      crisisIntro: 'Wenn du dich nicht sicher fühlst oder jetzt mit jemandem reden willst, helfen dir diese Stellen:',
      closeLabel: 'Meldefenster schließen',
      myReportsTitle: 'Meine Meldungen',
      myReportsIntro:
        'Meldungen, die du von diesem Gerät gesendet hast, mit ihren Vorgangsnummern. Du musst sie dir nicht aufschreiben.',
      myReportsEmpty: 'Du hast von diesem Gerät noch keine Meldung gesendet.',
      myReportsSent: 'Gesendet am {date}',
      myReportsWaiting: 'Wartet auf das Senden',
      myReportsRefused: 'Nicht gesendet',
    },
    bands: {
      under13: {
        description:
          'Erzähl uns, was passiert ist. Ein Erwachsener aus unserem Sicherheitsteam liest es. Du musst deinen Namen nicht sagen.',
        reasonLegend: 'Was ist passiert?',
        reasonRequired: 'Wähle aus, was passiert ist.',
        detailsLabel: 'Willst du uns mehr erzählen? (kannst du auch weglassen)',
        includeMessageHint: 'Wir nehmen vorher Namen, Telefonnummern und andere private Dinge heraus.',
        sentBody: 'Das war richtig so.',
        nextSteps:
          'Ein Erwachsener aus unserem Sicherheitsteam sieht es sich an. Du kannst es auch deinen Eltern oder einer Lehrkraft erzählen. Du musst dir die Nummer nicht merken: Wir behalten sie für dich auf diesem Gerät.',
        queuedTitle: 'Wir haben deine Meldung gespeichert',
        queuedBody: 'Das Internet geht gerade nicht. Wir senden deine Meldung, sobald es wieder geht.',
        crisisIntro:
          'Wenn du Angst hast oder dich nicht sicher fühlst, sprich mit einem Erwachsenen, dem du vertraust, oder ruf an:',
        myReportsIntro: 'Meldungen, die du von diesem Gerät gesendet hast. Wir behalten die Nummern für dich.',
      },
      adult: {
        description:
          'Ihre Meldung geht an unser Team für Vertrauen und Sicherheit. Sie erhalten eine Vorgangsnummer, um die Entscheidung zu verfolgen und anzufechten.',
        nextSteps:
          'Unser Team prüft die Meldung und hält eine begründete Entscheidung fest. Die Vorgangsnummer bleibt auf diesem Gerät gespeichert; damit können Sie die Entscheidung lesen und innerhalb von sechs Monaten eine Überprüfung verlangen.',
        myReportsIntro: 'Meldungen, die von diesem Gerät gesendet wurden, mit ihren Vorgangsnummern.',
      },
    },
  },
};
