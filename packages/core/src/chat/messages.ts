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
  /** One line per kind of detail removed: `{count}` and `{label}`. */
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
  transformItem: '{label}: {count}',
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
  transformItem: '{label}: {count}',
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

/**
 * The chat widget's strings in English and Spanish, with simpler words for
 * under-13s and plainer ones for adults.
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
};
