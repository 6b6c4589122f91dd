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

/**
 * Built-in strings in English, Spanish, French and German, with simpler words
 * for under-13s (and, in French and German, the polite form for adults).
 */
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
        "Our safety checks can't read this language yet, so your message wasn't sent. Could you write it in English, Spanish, French or German?",
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
          "I can't check messages in this language yet, so I didn't send it. Can you write it in English, Spanish, French or German?",
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
        'Nuestros filtros de seguridad todavía no leen este idioma, así que tu mensaje no se envió. ¿Puedes escribirlo en español, inglés, francés o alemán?',
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
          'Todavía no puedo revisar mensajes en este idioma, así que no lo envié. ¿Lo escribes en español, inglés, francés o alemán?',
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
  fr: {
    base: {
      inputBlocked:
        'Je ne peux pas t’aider avec ce message, il n’a donc pas été envoyé. Tu peux le formuler autrement ou parler d’autre chose.',
      inputBlockedCrisis:
        'Je ne peux pas t’aider avec ça, mais tu n’as pas à le vivre seul ou seule. Les personnes de ces lignes d’écoute sont là pour t’écouter, à toute heure.',
      inputEscalated:
        'On dirait que les choses sont difficiles en ce moment. Tu n’es pas seul ou seule : ces lignes d’écoute sont gratuites et tu peux parler à quelqu’un tout de suite. On peut aussi continuer à discuter.',
      inputHeld:
        'Ton message n’a pas pu être vérifié pour l’instant, il n’a donc pas été envoyé. Réessaie dans un moment.',
      inputUnread:
        'Nos vérifications de sécurité ne savent pas encore lire cette langue, ton message n’a donc pas été envoyé. Peux-tu l’écrire en français, en anglais, en espagnol ou en allemand ?',
      providerNotAllowed:
        'Le chat avec l’IA n’est pas encore activé pour ta tranche d’âge dans cette application, ton message n’a donc pas été envoyé. Les personnes qui gèrent l’application peuvent l’activer.',
      outputBlocked:
        'J’ai arrêté cette réponse parce qu’une partie ne pouvait pas être affichée. Essayons autre chose.',
      outputBlockedCrisis:
        'J’ai arrêté cette réponse parce qu’une partie ne pouvait pas être affichée. Si tu traverses quelque chose de difficile, ces lignes d’écoute sont là pour t’écouter, à toute heure.',
      outputHeld: 'La réponse n’a pas pu être vérifiée, elle s’arrête donc ici. Réessaie dans un moment.',
      upstreamError: 'Quelque chose n’a pas marché pendant la réponse. Réessaie dans un moment.',
      demoReply:
        'Salut ! Je suis l’assistant de démonstration hors ligne, pas une vraie IA : cette application n’est reliée à aucun modèle d’IA, je ne peux donc pas vraiment te répondre. Ton message a été vérifié pour ta sécurité sur cet appareil et sur le serveur. Les personnes qui gèrent l’application peuvent brancher un modèle pour discuter pour de vrai.',
      demoReplyEscalated:
        'Je suis l’assistant de démonstration hors ligne, pas une vraie IA, je ne peux donc pas vraiment te répondre. Ce que tu as écrit a l’air important, et tu mérites le soutien d’une vraie personne : les lignes d’écoute affichées ici sont gratuites, et un adulte de confiance peut aussi t’aider. On peut continuer à discuter.',
    },
    bands: {
      under13: {
        inputBlocked:
          'Je ne peux pas t’aider avec ça, alors ton message n’a pas été envoyé. Tu peux essayer de demander autrement.',
        inputBlockedCrisis:
          'Je ne peux pas t’aider avec ça, mais tu n’es pas tout seul. Tu peux en parler à un adulte de confiance, ou aux gentilles personnes de ces lignes d’écoute.',
        inputEscalated:
          'On dirait que quelque chose est difficile en ce moment. Tu n’es pas tout seul. Tu peux en parler à un adulte de confiance, ou aux gentilles personnes de ces lignes d’écoute. On peut aussi continuer à discuter.',
        inputHeld: 'Je n’ai pas pu vérifier ton message, alors je ne l’ai pas envoyé. Réessaie bientôt.',
        inputUnread:
          'Je ne sais pas encore vérifier les messages dans cette langue, alors je ne l’ai pas envoyé. Tu peux l’écrire en français, en anglais, en espagnol ou en allemand ?',
        providerNotAllowed:
          'Le chat avec l’IA n’est pas encore activé pour toi dans cette application, alors ton message n’a pas été envoyé. Demande à un adulte.',
        outputBlocked:
          'J’ai arrêté cette réponse parce qu’une partie n’était pas bonne à montrer. Essayons autre chose.',
        outputBlockedCrisis:
          'J’ai arrêté cette réponse parce qu’une partie n’était pas bonne à montrer. Si quelque chose est difficile en ce moment, tu peux en parler à un adulte de confiance ou à ces lignes d’écoute.',
        outputHeld: 'Je n’ai pas pu vérifier la réponse, alors je l’ai arrêtée ici. Réessaie bientôt.',
        upstreamError: 'Quelque chose n’a pas marché. Réessaie bientôt.',
        demoReply:
          'Salut ! Je suis l’assistant de démonstration hors ligne, pas une vraie IA. Cette application n’est pas encore reliée à une IA, alors je ne peux pas vraiment te répondre. Nous avons vérifié ton message pour te protéger.',
        demoReplyEscalated:
          'Je suis l’assistant de démonstration hors ligne, pas une vraie IA, alors je ne peux pas vraiment te répondre. Ce que tu as écrit a l’air important. Parles-en à un adulte de confiance, ou aux gentilles personnes des lignes d’écoute affichées ici.',
      },
      adult: {
        inputBlocked:
          'Je ne peux pas vous aider avec ce message, il n’a donc pas été envoyé. Vous pouvez le reformuler ou poser une autre question.',
        inputBlockedCrisis:
          'Je ne peux pas vous aider avec cela, mais vous n’avez pas à y faire face seul ou seule. Les personnes de ces lignes d’écoute sont là pour vous écouter, à toute heure.',
        inputEscalated:
          'Il semble que les choses soient difficiles en ce moment. Vous n’êtes pas seul ou seule : ces lignes d’écoute sont gratuites et vous pouvez parler à quelqu’un dès maintenant. Nous pouvons aussi continuer à discuter.',
        inputHeld:
          'Votre message n’a pas pu être vérifié pour l’instant, il n’a donc pas été envoyé. Réessayez dans un moment.',
        inputUnread:
          'Nos vérifications de sécurité ne savent pas encore lire cette langue, votre message n’a donc pas été envoyé. Pourriez-vous l’écrire en français, en anglais, en espagnol ou en allemand ?',
        providerNotAllowed:
          'Le chat avec l’IA n’est pas encore activé pour votre tranche d’âge dans cette application, votre message n’a donc pas été envoyé. Les personnes qui gèrent l’application peuvent l’activer.',
        outputBlocked:
          'J’ai arrêté cette réponse parce qu’une partie ne pouvait pas être affichée. Essayons autre chose.',
        outputBlockedCrisis:
          'J’ai arrêté cette réponse parce qu’une partie ne pouvait pas être affichée. Si vous traversez une période difficile, ces lignes d’écoute sont là pour vous écouter, à toute heure.',
        outputHeld: 'La réponse n’a pas pu être vérifiée, elle s’arrête donc ici. Réessayez dans un moment.',
        upstreamError: 'Une erreur s’est produite pendant la réponse. Réessayez dans un moment.',
        demoReply:
          'Bonjour ! Je suis l’assistant de démonstration hors ligne, pas une vraie IA : cette application n’est reliée à aucun modèle d’IA, je ne peux donc pas vraiment vous répondre. Votre message a été vérifié sur cet appareil et sur le serveur. Les personnes qui gèrent l’application peuvent brancher un modèle pour discuter pour de vrai.',
        demoReplyEscalated:
          'Je suis l’assistant de démonstration hors ligne, pas une vraie IA, je ne peux donc pas vraiment vous répondre. Ce que vous avez écrit semble important, et vous méritez le soutien d’une vraie personne : les lignes d’écoute affichées ici sont gratuites, et une personne de confiance peut aussi vous aider. Nous pouvons continuer à discuter.',
      },
    },
  },
  de: {
    base: {
      inputBlocked:
        'Bei dieser Nachricht kann ich nicht helfen, deshalb wurde sie nicht gesendet. Du kannst sie anders formulieren oder nach etwas anderem fragen.',
      inputBlockedCrisis:
        'Dabei kann ich nicht helfen, aber damit musst du nicht allein klarkommen. Die Menschen bei diesen Hilfetelefonen hören dir zu, jederzeit.',
      inputEscalated:
        'Es klingt, als wäre es gerade schwer für dich. Du bist nicht allein: Diese Hilfetelefone sind kostenlos, und du kannst jetzt gleich mit jemandem reden. Wir können auch weiterschreiben.',
      inputHeld:
        'Deine Nachricht konnte gerade nicht auf Sicherheit geprüft werden, deshalb wurde sie nicht gesendet. Versuch es gleich noch einmal.',
      inputUnread:
        'Unsere Sicherheitsprüfung kann diese Sprache noch nicht lesen, deshalb wurde deine Nachricht nicht gesendet. Kannst du sie auf Deutsch, Englisch, Spanisch oder Französisch schreiben?',
      providerNotAllowed:
        'Der Chat mit der KI ist in dieser App für deine Altersgruppe noch nicht eingeschaltet, deshalb wurde deine Nachricht nicht gesendet. Die Leute, die die App betreiben, können ihn einschalten.',
      outputBlocked:
        'Ich habe diese Antwort gestoppt, weil ein Teil davon nicht gezeigt werden durfte. Versuchen wir etwas anderes.',
      outputBlockedCrisis:
        'Ich habe diese Antwort gestoppt, weil ein Teil davon nicht gezeigt werden durfte. Wenn du gerade etwas Schweres erlebst, hören dir die Menschen bei diesen Hilfetelefonen zu, jederzeit.',
      outputHeld:
        'Die Antwort konnte nicht auf Sicherheit geprüft werden, deshalb hört sie hier auf. Versuch es gleich noch einmal.',
      upstreamError: 'Beim Holen der Antwort ist etwas schiefgegangen. Versuch es gleich noch einmal.',
      demoReply:
        'Hallo! Ich bin der Offline-Demo-Assistent, keine echte KI: Diese App ist mit keinem KI-Modell verbunden, deshalb kann ich nicht wirklich antworten. Deine Nachricht wurde auf diesem Gerät und auf dem Server auf Sicherheit geprüft. Die Leute, die die App betreiben, können ein Modell anschließen, damit du wirklich chatten kannst.',
      demoReplyEscalated:
        'Ich bin der Offline-Demo-Assistent, keine echte KI, deshalb kann ich nicht wirklich antworten. Was du geschrieben hast, klingt wichtig, und du hast Unterstützung von einem echten Menschen verdient: Die Hilfetelefone hier sind kostenlos, und ein Erwachsener, dem du vertraust, kann dir auch helfen. Wir können weiterschreiben.',
    },
    bands: {
      under13: {
        inputBlocked:
          'Dabei kann ich nicht helfen, deshalb wurde deine Nachricht nicht gesendet. Du kannst es anders fragen.',
        inputBlockedCrisis:
          'Dabei kann ich nicht helfen, aber du bist nicht allein. Du kannst mit einem Erwachsenen reden, dem du vertraust, oder mit den netten Menschen bei diesen Hilfetelefonen.',
        inputEscalated:
          'Es klingt, als wäre gerade etwas schwer. Du bist nicht allein. Du kannst mit einem Erwachsenen reden, dem du vertraust, oder mit den netten Menschen bei diesen Hilfetelefonen. Wir können auch weiterschreiben.',
        inputHeld:
          'Ich konnte deine Nachricht gerade nicht prüfen, deshalb habe ich sie nicht gesendet. Versuch es bald noch einmal.',
        inputUnread:
          'Ich kann Nachrichten in dieser Sprache noch nicht prüfen, deshalb habe ich sie nicht gesendet. Kannst du sie auf Deutsch, Englisch, Spanisch oder Französisch schreiben?',
        providerNotAllowed:
          'Der Chat mit der KI ist in dieser App für dich noch nicht eingeschaltet, deshalb wurde deine Nachricht nicht gesendet. Frag einen Erwachsenen danach.',
        outputBlocked:
          'Ich habe diese Antwort gestoppt, weil ein Teil davon nicht in Ordnung war. Versuchen wir etwas anderes.',
        outputBlockedCrisis:
          'Ich habe diese Antwort gestoppt, weil ein Teil davon nicht in Ordnung war. Wenn gerade etwas schwer ist, kannst du mit einem Erwachsenen reden, dem du vertraust, oder mit diesen Hilfetelefonen.',
        outputHeld:
          'Ich konnte die Antwort nicht prüfen, deshalb habe ich sie hier gestoppt. Versuch es bald noch einmal.',
        upstreamError: 'Etwas ist schiefgegangen. Versuch es bald noch einmal.',
        demoReply:
          'Hallo! Ich bin der Offline-Demo-Helfer, keine echte KI. Diese App ist noch nicht mit einer KI verbunden, deshalb kann ich nicht wirklich antworten. Wir haben deine Nachricht geprüft, damit du sicher bist.',
        demoReplyEscalated:
          'Ich bin der Offline-Demo-Helfer, keine echte KI, deshalb kann ich nicht wirklich antworten. Was du geschrieben hast, klingt wichtig. Erzähl es bitte einem Erwachsenen, dem du vertraust, oder rede mit den netten Menschen bei den Hilfetelefonen hier.',
      },
      adult: {
        inputBlocked:
          'Bei dieser Nachricht kann ich nicht helfen, deshalb wurde sie nicht gesendet. Sie können sie anders formulieren oder etwas anderes fragen.',
        inputBlockedCrisis:
          'Dabei kann ich nicht helfen, aber damit müssen Sie nicht allein klarkommen. Die Menschen bei diesen Hilfetelefonen hören Ihnen zu, jederzeit.',
        inputEscalated:
          'Es klingt, als wäre es gerade schwer für Sie. Sie sind nicht allein: Diese Hilfetelefone sind kostenlos, und Sie können jetzt gleich mit jemandem sprechen. Wir können auch weiterschreiben.',
        inputHeld:
          'Ihre Nachricht konnte gerade nicht auf Sicherheit geprüft werden, deshalb wurde sie nicht gesendet. Versuchen Sie es gleich noch einmal.',
        inputUnread:
          'Unsere Sicherheitsprüfung kann diese Sprache noch nicht lesen, deshalb wurde Ihre Nachricht nicht gesendet. Könnten Sie sie auf Deutsch, Englisch, Spanisch oder Französisch schreiben?',
        providerNotAllowed:
          'Der Chat mit der KI ist in dieser App für Ihre Altersgruppe noch nicht eingeschaltet, deshalb wurde Ihre Nachricht nicht gesendet. Die Betreiber der App können ihn einschalten.',
        outputBlocked:
          'Ich habe diese Antwort gestoppt, weil ein Teil davon nicht gezeigt werden durfte. Versuchen wir etwas anderes.',
        outputBlockedCrisis:
          'Ich habe diese Antwort gestoppt, weil ein Teil davon nicht gezeigt werden durfte. Wenn Sie gerade etwas Schweres erleben, hören Ihnen die Menschen bei diesen Hilfetelefonen zu, jederzeit.',
        outputHeld:
          'Die Antwort konnte nicht auf Sicherheit geprüft werden, deshalb hört sie hier auf. Versuchen Sie es gleich noch einmal.',
        upstreamError: 'Beim Abrufen der Antwort ist ein Fehler aufgetreten. Versuchen Sie es gleich noch einmal.',
        demoReply:
          'Hallo! Ich bin der Offline-Demo-Assistent, keine echte KI: Diese App ist mit keinem KI-Modell verbunden, deshalb kann ich nicht wirklich antworten. Ihre Nachricht wurde auf diesem Gerät und auf dem Server auf Sicherheit geprüft. Die Betreiber der App können ein Modell anschließen, damit Sie wirklich chatten können.',
        demoReplyEscalated:
          'Ich bin der Offline-Demo-Assistent, keine echte KI, deshalb kann ich nicht wirklich antworten. Was Sie geschrieben haben, klingt wichtig, und Sie haben Unterstützung von einem echten Menschen verdient: Die Hilfetelefone hier sind kostenlos, und eine Vertrauensperson kann Ihnen auch helfen. Wir können weiterschreiben.',
      },
    },
  },
};
