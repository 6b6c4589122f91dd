import type { Catalogue } from '@youthchat/core';

/** Every sentence the chat handler sends for a child to read. */
export interface ChatServerMessages {
  /** The message was not sent on (input block). */
  inputBlocked: string;
  /** The message was not sent on, and help lines are shown. */
  inputBlockedCrisis: string;
  /** A worrying message: help lines are shown and the chat goes on. */
  inputEscalated: string;
  /** The message could not be checked (moderation timeout or outage). */
  inputHeld: string;
  /** The safety checks cannot read the message's language yet, so it was not sent. */
  inputUnread: string;
  /** The app may not send this age group's messages to the model provider. */
  providerNotAllowed: string;
  /** The rest of the reply was withheld. */
  outputBlocked: string;
  /** The rest of the reply was withheld, and help lines are shown. */
  outputBlockedCrisis: string;
  /** The reply could not be checked, so it stopped. */
  outputHeld: string;
  /** The model could not be reached or failed mid-reply. */
  upstreamError: string;
  /** What the offline demo assistant says. */
  demoReply: string;
  /** What it says after a worrying (escalated) message: care and where to find it, never that the message was fine. */
  demoReplyEscalated: string;
}

/** Built-in strings, English and Spanish, with simpler words for under-13s. */
export const chatServerMessages: Catalogue<ChatServerMessages> = {
  en: {
    base: {
      inputBlocked:
        "I can't help with that message, so it wasn't sent. You can rephrase it, or ask about something else.",
      inputBlockedCrisis:
        "I can't help with that, but you don't have to deal with it alone. The people at these help lines are there to listen, any time.",
      inputEscalated:
        "It sounds like things might be hard right now. You're not alone: these help lines are free and you can reach someone now. We can keep talking too.",
      inputHeld: "Your message couldn't be safety-checked just now, so it wasn't sent. Please try again in a moment.",
      inputUnread:
        "Our safety checks can't read this language yet, so your message wasn't sent. Could you write it in English or Spanish?",
      providerNotAllowed:
        "Chatting with the AI isn't turned on for your age group in this app yet, so your message wasn't sent. The people who run the app can switch it on.",
      outputBlocked: "I stopped that reply because part of it wasn't OK to show. Let's try something else.",
      outputBlockedCrisis:
        "I stopped that reply because part of it wasn't OK to show. If you're going through something hard, these help lines are there to listen, any time.",
      outputHeld: "The reply couldn't be safety-checked, so it stopped here. Please try again in a moment.",
      upstreamError: 'Something went wrong while getting a reply. Please try again in a moment.',
      demoReply:
        "Hi! I'm the offline demo assistant, not a real AI: this app isn't connected to an AI model, so I can't really answer. Your message was checked for safety on this device and on the server. The people who run the app can connect a model to chat for real.",
      demoReplyEscalated:
        "I'm the offline demo assistant, not a real AI, so I can't really answer. What you wrote sounds like it matters, and you deserve support from a real person: the help lines shown here are free, and a trusted adult can help too. We can keep talking.",
    },
    bands: {
      under13: {
        inputBlocked: "I can't help with that, so your message wasn't sent. You can try asking in a different way.",
        inputBlockedCrisis:
          "I can't help with that, but you are not alone. You can talk to a grown-up you trust, or to the kind people at these help lines.",
        inputEscalated:
          'It sounds like something is hard right now. You are not alone. You can talk to a grown-up you trust, or to the kind people at these help lines. We can keep talking too.',
        inputHeld: "I couldn't check your message just now, so I didn't send it. Please try again soon.",
        inputUnread:
          "I can't check messages in this language yet, so I didn't send it. Can you write it in English or Spanish?",
        providerNotAllowed:
          "Chatting with the AI isn't turned on for you in this app yet, so your message wasn't sent. Ask a grown-up about it.",
        outputBlocked: "I stopped that answer because part of it was not OK to show. Let's try something else.",
        outputBlockedCrisis:
          'I stopped that answer because part of it was not OK to show. If something is hard right now, you can talk to a grown-up you trust or to these help lines.',
        outputHeld: "I couldn't check the answer, so I stopped it here. Please try again soon.",
        upstreamError: 'Something went wrong. Please try again soon.',
        demoReply:
          "Hi! I'm the offline demo helper, not a real AI. This app isn't connected to an AI yet, so I can't really answer. We checked your message to keep you safe.",
        demoReplyEscalated:
          "I'm the offline demo helper, not a real AI, so I can't really answer. What you wrote sounds important. Please tell a grown-up you trust, or talk to the kind people at the help lines shown here.",
      },
    },
  },
  es: {
    base: {
      inputBlocked:
        'No puedo ayudar con ese mensaje, así que no se envió. Puedes decirlo de otra forma o preguntar otra cosa.',
      inputBlockedCrisis:
        'No puedo ayudar con eso, pero no tienes que pasarlo a solas. Las personas de estas líneas de ayuda están para escucharte, a cualquier hora.',
      inputEscalated:
        'Parece que las cosas pueden estar difíciles ahora. No estás solo ni sola: estas líneas de ayuda son gratuitas y puedes hablar con alguien ya. También podemos seguir hablando.',
      inputHeld: 'No se pudo revisar tu mensaje ahora mismo, así que no se envió. Inténtalo de nuevo en un momento.',
      inputUnread:
        'Nuestros filtros de seguridad todavía no leen este idioma, así que tu mensaje no se envió. ¿Puedes escribirlo en español o en inglés?',
      providerNotAllowed:
        'El chat con la IA todavía no está activado para tu grupo de edad en esta app, así que tu mensaje no se envió. Quienes gestionan la app pueden activarlo.',
      outputBlocked: 'Detuve esa respuesta porque una parte no era adecuada para mostrar. Probemos con otra cosa.',
      outputBlockedCrisis:
        'Detuve esa respuesta porque una parte no era adecuada para mostrar. Si estás pasando por algo difícil, estas líneas de ayuda están para escucharte, a cualquier hora.',
      outputHeld: 'No se pudo revisar la respuesta, así que se detuvo aquí. Inténtalo de nuevo en un momento.',
      upstreamError: 'Algo salió mal al obtener una respuesta. Inténtalo de nuevo en un momento.',
      demoReply:
        'Hola. Soy el asistente de demostración sin conexión, no una IA de verdad: esta app no está conectada a un modelo de IA, así que no puedo responder de verdad. Revisamos la seguridad de tu mensaje en este dispositivo y en el servidor. Quienes gestionan la app pueden conectar un modelo.',
      demoReplyEscalated:
        'Soy el asistente de demostración sin conexión, no una IA de verdad, así que no puedo responder de verdad. Lo que escribiste parece importante, y mereces el apoyo de una persona real: las líneas de ayuda que ves aquí son gratuitas, y un adulto de confianza también puede ayudarte. Podemos seguir hablando.',
    },
    bands: {
      under13: {
        inputBlocked: 'No puedo ayudar con eso, así que tu mensaje no se envió. Puedes preguntarlo de otra manera.',
        inputBlockedCrisis:
          'No puedo ayudar con eso, pero no estás solo ni sola. Puedes hablar con una persona adulta de confianza o con la gente amable de estas líneas de ayuda.',
        inputEscalated:
          'Parece que algo es difícil ahora. No estás solo ni sola. Puedes hablar con una persona adulta de confianza o con la gente amable de estas líneas de ayuda. También podemos seguir hablando.',
        inputHeld: 'No pude revisar tu mensaje ahora, así que no lo envié. Inténtalo otra vez pronto.',
        inputUnread:
          'Todavía no puedo revisar mensajes en este idioma, así que no lo envié. ¿Lo escribes en español o en inglés?',
        providerNotAllowed:
          'El chat con la IA todavía no está activado para ti en esta app, así que tu mensaje no se envió. Pregúntale a una persona adulta.',
        outputBlocked: 'Detuve esa respuesta porque una parte no estaba bien para mostrar. Probemos otra cosa.',
        outputBlockedCrisis:
          'Detuve esa respuesta porque una parte no estaba bien para mostrar. Si algo es difícil ahora, puedes hablar con una persona adulta de confianza o con estas líneas de ayuda.',
        outputHeld: 'No pude revisar la respuesta, así que la detuve aquí. Inténtalo otra vez pronto.',
        upstreamError: 'Algo salió mal. Inténtalo otra vez pronto.',
        demoReply:
          'Hola. Soy el ayudante de demostración sin conexión, no una IA de verdad. Esta app todavía no está conectada a una IA, así que no puedo responder de verdad. Revisamos tu mensaje para cuidarte.',
        demoReplyEscalated:
          'Soy el ayudante de demostración sin conexión, no una IA de verdad, así que no puedo responder de verdad. Lo que escribiste parece importante. Cuéntaselo a una persona adulta de confianza o habla con la gente amable de las líneas de ayuda que ves aquí.',
      },
    },
  },
};
