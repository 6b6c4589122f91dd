import type { Catalogue } from '../i18n/catalogue.js';

/** Every string the chat widget shows. `{name}` placeholders are filled with `formatMessage`. */
export interface ChatUiMessages {
  /** Accessible name of the message list. */
  logLabel: string;
  /** Label of the message box. */
  composerLabel: string;
  /** Hint under the message box. */
  composerHint: string;
  send: string;
  stop: string;
  retry: string;
  /** Shown in the empty conversation. */
  emptyTitle: string;
  emptyBody: string;
  /** Spoken before each message. */
  you: string;
  assistant: string;
  /** Tag on replies from the offline demo assistant. */
  offlineDemo: string;
  /** While the reply has not started. */
  thinking: string;
  /** Spoken when a reply is complete: `{text}` is the reply. */
  replyAnnouncement: string;
  /** Under a reply the person stopped. */
  stopped: string;
  /** Under a reply cut short by the length limit. */
  truncated: string;
  /** After a link's text: links open in a new tab. */
  opensInNewTab: string;
  /** The device-side check said no. */
  blockedTitle: string;
  blockedBody: string;
  /** Personal details were taken out; the person confirms before sending. */
  transformTitle: string;
  transformBody: string;
  /**
   * One line per kind of detail removed (`{label}`, in words; `{count}` is
   * also there), listed only when the check gave no sentence of its own.
   */
  transformItem: string;
  /** The message as it would be sent. */
  transformPreview: string;
  transformSend: string;
  transformEdit: string;
  /** Something worrying was written: help lines are shown and the chat goes on. */
  escalateTitle: string;
  escalateBody: string;
  hideHelp: string;
  /** Message longer than the band allows: `{max}` characters. */
  tooLong: string;
  /** The disclosure must be read first. */
  disclosureFirst: string;
  /** The check on the device could not run; nothing was sent. */
  checkFailed: string;
  /** While the safety checks load, before anything can be sent. */
  preparing: string;
  /** The safety checks could not load; nothing can be sent until they do (with a `retry` button). */
  prepareFailed: string;
  dismiss: string;
  /** Failures, by kind. */
  errorNetwork: string;
  errorAuth: string;
  errorRateLimited: string;
  errorTooLarge: string;
  errorInterrupted: string;
  errorGeneric: string;
  /** A server hold without its own message. */
  held: string;
}

const en: ChatUiMessages = {
  logLabel: 'Conversation',
  composerLabel: 'Your message',
  composerHint: 'Press Enter to send. Press Shift and Enter for a new line.',
  send: 'Send',
  stop: 'Stop',
  retry: 'Try again',
  emptyTitle: 'Start a conversation',
  emptyBody: 'Ask a question or say hello. You are chatting with an AI, not a person.',
  you: 'You',
  assistant: 'AI assistant',
  offlineDemo: 'Offline demo, not a real AI',
  thinking: 'The AI is writing…',
  replyAnnouncement: 'AI assistant: {text}',
  stopped: 'You stopped this reply.',
  truncated: 'This reply was cut short because it got too long.',
  opensInNewTab: '(opens in a new tab)',
  blockedTitle: 'This message can’t be sent',
  blockedBody: 'Your message has something this chat can’t help with. You can change it and try again.',
  transformTitle: 'We took out some personal details',
  transformBody:
    'To keep you safe, we removed details that could help someone find or contact you. Check the message before it is sent.',
  transformItem: '{label}',
  transformPreview: 'This is what will be sent:',
  transformSend: 'Send without them',
  transformEdit: 'Change my message',
  escalateTitle: 'You don’t have to deal with this alone',
  escalateBody:
    'It sounds like things might be hard right now. These people are there to listen, any time. You can keep chatting too.',
  hideHelp: 'Hide help lines',
  tooLong: 'Your message is too long. Please keep it under {max} characters.',
  disclosureFirst: 'Please read how this chat works first.',
  checkFailed: 'We couldn’t check your message, so it wasn’t sent. Please try again.',
  preparing: 'Getting the chat ready…',
  prepareFailed:
    'The chat couldn’t get ready, so nothing can be sent yet. Check your internet connection and try again.',
  dismiss: 'Close',
  errorNetwork: 'We couldn’t reach the chat. Check your connection and try again.',
  errorAuth: 'Your age check has run out. Please confirm your age again to keep chatting.',
  errorRateLimited: 'That was a lot of messages. Please wait a moment, then try again.',
  errorTooLarge: 'This conversation is too long to send. Clear it to start a new one.',
  errorInterrupted: 'The reply stopped before it finished. You can try again.',
  errorGeneric: 'Something went wrong. Please try again.',
  held: 'We couldn’t check this reply just now, so we held it back. Please try again in a moment.',
};

const es: ChatUiMessages = {
  logLabel: 'Conversación',
  composerLabel: 'Tu mensaje',
  composerHint: 'Pulsa Intro para enviar. Pulsa Mayús e Intro para una línea nueva.',
  send: 'Enviar',
  stop: 'Detener',
  retry: 'Intentar de nuevo',
  emptyTitle: 'Empieza una conversación',
  emptyBody: 'Haz una pregunta o saluda. Estás hablando con una IA, no con una persona.',
  you: 'Tú',
  assistant: 'Asistente de IA',
  offlineDemo: 'Demostración sin conexión, no es una IA real',
  thinking: 'La IA está escribiendo…',
  replyAnnouncement: 'Asistente de IA: {text}',
  stopped: 'Detuviste esta respuesta.',
  truncated: 'Esta respuesta se cortó porque era demasiado larga.',
  opensInNewTab: '(se abre en una pestaña nueva)',
  blockedTitle: 'Este mensaje no se puede enviar',
  blockedBody: 'Tu mensaje tiene algo con lo que este chat no puede ayudar. Puedes cambiarlo y volver a intentarlo.',
  transformTitle: 'Quitamos algunos datos personales',
  transformBody:
    'Para protegerte, quitamos datos que podrían ayudar a alguien a encontrarte o contactarte. Revisa el mensaje antes de enviarlo.',
  transformItem: '{label}',
  transformPreview: 'Esto es lo que se enviará:',
  transformSend: 'Enviar sin ellos',
  transformEdit: 'Cambiar mi mensaje',
  escalateTitle: 'No tienes que pasar por esto solo',
  escalateBody:
    'Parece que las cosas pueden estar difíciles ahora. Estas personas están para escucharte, a cualquier hora. También puedes seguir hablando.',
  hideHelp: 'Ocultar líneas de ayuda',
  tooLong: 'Tu mensaje es demasiado largo. Escribe menos de {max} caracteres.',
  disclosureFirst: 'Primero lee cómo funciona este chat.',
  checkFailed: 'No pudimos revisar tu mensaje, así que no se envió. Inténtalo de nuevo.',
  preparing: 'Preparando el chat…',
  prepareFailed:
    'El chat no pudo prepararse, así que todavía no se puede enviar nada. Revisa tu conexión a internet e inténtalo de nuevo.',
  dismiss: 'Cerrar',
  errorNetwork: 'No pudimos conectar con el chat. Revisa tu conexión e inténtalo de nuevo.',
  errorAuth: 'Tu verificación de edad caducó. Confirma tu edad otra vez para seguir hablando.',
  errorRateLimited: 'Fueron muchos mensajes. Espera un momento y vuelve a intentarlo.',
  errorTooLarge: 'Esta conversación es demasiado larga para enviarla. Bórrala para empezar otra.',
  errorInterrupted: 'La respuesta se detuvo antes de terminar. Puedes intentarlo de nuevo.',
  errorGeneric: 'Algo salió mal. Inténtalo de nuevo.',
  held: 'No pudimos revisar esta respuesta ahora, así que la guardamos. Inténtalo de nuevo en un momento.',
};

const fr: ChatUiMessages = {
  logLabel: 'Conversation',
  composerLabel: 'Ton message',
  composerHint: 'Appuie sur Entrée pour envoyer. Appuie sur Maj et Entrée pour aller à la ligne.',
  send: 'Envoyer',
  stop: 'Arrêter',
  retry: 'Réessayer',
  emptyTitle: 'Commence une conversation',
  emptyBody: 'Pose une question ou dis bonjour. Tu discutes avec une IA, pas avec une personne.',
  you: 'Toi',
  assistant: 'Assistant IA',
  offlineDemo: 'Démo hors ligne, pas une vraie IA',
  thinking: 'L’IA écrit…',
  replyAnnouncement: 'Assistant IA : {text}',
  stopped: 'Tu as arrêté cette réponse.',
  truncated: 'Cette réponse a été coupée parce qu’elle devenait trop longue.',
  opensInNewTab: '(s’ouvre dans un nouvel onglet)',
  blockedTitle: 'Ce message ne peut pas être envoyé',
  blockedBody:
    'Ton message contient quelque chose pour lequel ce chat ne peut pas aider. Tu peux le modifier et réessayer.',
  transformTitle: 'Nous avons retiré des informations personnelles',
  transformBody:
    'Pour te protéger, nous avons retiré des informations qui pourraient aider quelqu’un à te trouver ou à te contacter. Vérifie le message avant de l’envoyer.',
  transformItem: '{label}',
  transformPreview: 'Voici ce qui sera envoyé :',
  transformSend: 'Envoyer sans elles',
  transformEdit: 'Modifier mon message',
  escalateTitle: 'Tu n’as pas à gérer ça seul ou seule',
  escalateBody:
    'On dirait que les choses sont difficiles en ce moment. Ces personnes sont là pour t’écouter, à toute heure. Tu peux aussi continuer à discuter.',
  hideHelp: 'Masquer les lignes d’aide',
  tooLong: 'Ton message est trop long. Écris moins de {max} caractères.',
  disclosureFirst: 'Lis d’abord comment fonctionne ce chat.',
  checkFailed: 'Nous n’avons pas pu vérifier ton message, il n’a donc pas été envoyé. Réessaie.',
  dismiss: 'Fermer',
  errorNetwork: 'Impossible de joindre le chat. Vérifie ta connexion et réessaie.',
  errorAuth: 'La vérification de ton âge a expiré. Confirme ton âge à nouveau pour continuer.',
  errorRateLimited: 'Ça fait beaucoup de messages. Attends un peu, puis réessaie.',
  errorTooLarge: 'Cette conversation est trop longue pour être envoyée. Efface-la pour en commencer une autre.',
  errorInterrupted: 'La réponse s’est arrêtée avant la fin. Tu peux réessayer.',
  errorGeneric: 'Quelque chose n’a pas marché. Réessaie.',
  held: 'Nous n’avons pas pu vérifier cette réponse pour l’instant, alors nous l’avons retenue. Réessaie dans un moment.',
  preparing: 'Préparation du chat…',
  prepareFailed:
    'Le chat n’a pas pu se préparer, donc rien ne peut encore être envoyé. Vérifie ta connexion à internet et réessaie.',
};

const de: ChatUiMessages = {
  logLabel: 'Unterhaltung',
  composerLabel: 'Deine Nachricht',
  composerHint: 'Drück Enter zum Senden. Drück Umschalt und Enter für eine neue Zeile.',
  send: 'Senden',
  stop: 'Stopp',
  retry: 'Noch mal versuchen',
  emptyTitle: 'Starte eine Unterhaltung',
  emptyBody: 'Stell eine Frage oder sag Hallo. Du schreibst mit einer KI, nicht mit einem Menschen.',
  you: 'Du',
  assistant: 'KI-Assistent',
  offlineDemo: 'Offline-Demo, keine echte KI',
  thinking: 'Die KI schreibt…',
  replyAnnouncement: 'KI-Assistent: {text}',
  stopped: 'Du hast diese Antwort gestoppt.',
  truncated: 'Diese Antwort wurde gekürzt, weil sie zu lang wurde.',
  opensInNewTab: '(öffnet sich in einem neuen Tab)',
  blockedTitle: 'Diese Nachricht kann nicht gesendet werden',
  blockedBody:
    'In deiner Nachricht ist etwas, wobei dieser Chat nicht helfen kann. Du kannst sie ändern und es noch einmal versuchen.',
  transformTitle: 'Wir haben persönliche Daten entfernt',
  transformBody:
    'Zu deinem Schutz haben wir Daten entfernt, mit denen dich jemand finden oder kontaktieren könnte. Sieh dir die Nachricht an, bevor sie gesendet wird.',
  transformItem: '{label}',
  transformPreview: 'Das wird gesendet:',
  transformSend: 'Ohne sie senden',
  transformEdit: 'Meine Nachricht ändern',
  escalateTitle: 'Damit musst du nicht allein klarkommen',
  escalateBody:
    'Es klingt, als wäre es gerade schwer. Diese Menschen hören dir zu, zu jeder Zeit. Du kannst auch weiterschreiben.',
  hideHelp: 'Hilfe-Nummern ausblenden',
  tooLong: 'Deine Nachricht ist zu lang. Bitte schreib weniger als {max} Zeichen.',
  disclosureFirst: 'Lies bitte zuerst, wie dieser Chat funktioniert.',
  checkFailed: 'Wir konnten deine Nachricht nicht prüfen, deshalb wurde sie nicht gesendet. Versuch es noch einmal.',
  dismiss: 'Schließen',
  errorNetwork: 'Wir erreichen den Chat nicht. Prüf deine Verbindung und versuch es noch einmal.',
  errorAuth: 'Deine Altersprüfung ist abgelaufen. Bestätige dein Alter noch einmal, um weiterzuschreiben.',
  errorRateLimited: 'Das waren viele Nachrichten. Warte kurz und versuch es dann noch einmal.',
  errorTooLarge: 'Diese Unterhaltung ist zu lang zum Senden. Lösche sie, um eine neue zu beginnen.',
  errorInterrupted: 'Die Antwort hat aufgehört, bevor sie fertig war. Du kannst es noch einmal versuchen.',
  errorGeneric: 'Etwas ist schiefgegangen. Versuch es noch einmal.',
  held: 'Wir konnten diese Antwort gerade nicht prüfen und halten sie deshalb zurück. Versuch es gleich noch einmal.',
  preparing: 'Der Chat wird vorbereitet…',
  prepareFailed:
    'Der Chat konnte nicht vorbereitet werden, deshalb kann noch nichts gesendet werden. Prüf deine Internetverbindung und versuch es noch einmal.',
};

/**
 * The chat widget's strings in English, Spanish, French and German, with
 * simpler words for under-13s and plainer ones for adults.
 *
 * @example
 * const t = pickMessages(chatMessages, 'es', 'under13');
 */
export const chatMessages: Catalogue<ChatUiMessages> = {
  en: {
    base: en,
    bands: {
      under13: {
        emptyBody: 'Ask a question or say hi! Remember: you are chatting with a computer (an AI), not a person.',
        blockedBody: 'This chat can’t talk about that. You can change your message and try again.',
        transformTitle: 'We took out some private things',
        transformBody:
          'Things like your name, phone number, school or address are private. We took them out so they stay safe. Look at your message before it is sent.',
        transformSend: 'Send it like this',
        escalateTitle: 'You are not alone',
        escalateBody:
          'It sounds like something is hard right now. You can talk to a grown-up you trust, or to these people who help kids. You can keep chatting too.',
        errorAuth: 'Please ask a grown-up to help you check your age again.',
      },
      adult: {
        emptyBody: 'Ask a question to get started. Replies come from an AI.',
        transformTitle: 'Personal details removed',
        transformBody: 'Details that could identify you were removed. Review the message before sending.',
        escalateTitle: 'Support is available',
        escalateBody: 'If things are hard right now, these services can help, any time. You can keep chatting.',
      },
    },
  },
  es: {
    base: es,
    bands: {
      under13: {
        emptyBody: '¡Haz una pregunta o saluda! Recuerda: hablas con una computadora (una IA), no con una persona.',
        blockedBody: 'Este chat no puede hablar de eso. Puedes cambiar tu mensaje y volver a intentarlo.',
        transformTitle: 'Quitamos algunas cosas privadas',
        transformBody:
          'Cosas como tu nombre, teléfono, escuela o dirección son privadas. Las quitamos para protegerte. Mira tu mensaje antes de enviarlo.',
        transformSend: 'Enviarlo así',
        escalateTitle: 'No estás solo',
        escalateBody:
          'Parece que algo es difícil ahora. Puedes hablar con un adulto de confianza o con estas personas que ayudan a niños y niñas. También puedes seguir hablando.',
        errorAuth: 'Pide a un adulto que te ayude a verificar tu edad otra vez.',
      },
      adult: {
        emptyBody: 'Haz una pregunta para empezar. Las respuestas vienen de una IA.',
        transformTitle: 'Datos personales eliminados',
        transformBody: 'Se quitaron datos que podrían identificarte. Revisa el mensaje antes de enviarlo.',
        escalateTitle: 'Hay ayuda disponible',
        escalateBody:
          'Si las cosas son difíciles ahora, estos servicios pueden ayudarte a cualquier hora. Puedes seguir hablando.',
      },
    },
  },
  fr: {
    base: fr,
    bands: {
      under13: {
        emptyBody:
          'Pose une question ou dis bonjour ! N’oublie pas : tu discutes avec un ordinateur (une IA), pas avec une personne.',
        blockedBody: 'Ce chat ne peut pas parler de ça. Tu peux changer ton message et réessayer.',
        transformTitle: 'Nous avons retiré des choses privées',
        transformBody:
          'Ton nom, ton numéro de téléphone, ton école ou ton adresse sont privés. Nous les avons retirés pour te protéger. Regarde ton message avant de l’envoyer.',
        transformSend: 'L’envoyer comme ça',
        escalateTitle: 'Tu n’es pas seul ou seule',
        escalateBody:
          'On dirait que quelque chose est difficile en ce moment. Tu peux en parler à un adulte de confiance, ou à ces personnes qui aident les enfants. Tu peux aussi continuer à discuter.',
        errorAuth: 'Demande à un adulte de t’aider à vérifier ton âge à nouveau.',
      },
      adult: {
        emptyBody: 'Posez une question pour commencer. Les réponses viennent d’une IA.',
        transformTitle: 'Données personnelles retirées',
        transformBody:
          'Des données qui pourraient vous identifier ont été retirées. Vérifiez le message avant l’envoi.',
        escalateTitle: 'De l’aide est disponible',
        escalateBody:
          'Si c’est difficile en ce moment, ces services peuvent aider, à toute heure. Vous pouvez continuer à discuter.',
      },
    },
  },
  de: {
    base: de,
    bands: {
      under13: {
        emptyBody:
          'Stell eine Frage oder sag Hallo! Denk dran: Du schreibst mit einem Computer (einer KI), nicht mit einem Menschen.',
        blockedBody:
          'Darüber kann dieser Chat nicht reden. Du kannst deine Nachricht ändern und es noch einmal versuchen.',
        transformTitle: 'Wir haben private Dinge herausgenommen',
        transformBody:
          'Dein Name, deine Telefonnummer, deine Schule oder deine Adresse sind privat. Wir haben sie herausgenommen, damit sie sicher bleiben. Sieh dir deine Nachricht an, bevor sie gesendet wird.',
        transformSend: 'So senden',
        escalateTitle: 'Du bist nicht allein',
        escalateBody:
          'Es klingt, als wäre gerade etwas schwer. Du kannst mit einem Erwachsenen reden, dem du vertraust, oder mit diesen Menschen, die Kindern helfen. Du kannst auch weiterschreiben.',
        errorAuth: 'Bitte einen Erwachsenen, dir zu helfen, dein Alter noch einmal zu bestätigen.',
      },
      adult: {
        emptyBody: 'Stellen Sie eine Frage, um zu beginnen. Die Antworten kommen von einer KI.',
        transformTitle: 'Persönliche Daten entfernt',
        transformBody:
          'Daten, die Sie identifizieren könnten, wurden entfernt. Prüfen Sie die Nachricht vor dem Senden.',
        escalateTitle: 'Es gibt Unterstützung',
        escalateBody: 'Wenn es gerade schwer ist, helfen diese Dienste zu jeder Zeit. Sie können weiterschreiben.',
      },
    },
  },
};
