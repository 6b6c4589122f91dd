import type { Catalogue } from '@youthchat/core';

/** What a person reads when the chat is held before any model call. `{time}` and `{minutes}` are filled in. */
export interface ChatHoldMessages {
  /** Quiet hours set by a linked guardian; `{time}` is when they end, in the guardian's time zone. */
  quietHours: string;
  /** The daily time a linked guardian set is used up; `{minutes}` is the limit. */
  timeLimit: string;
  /** The app needs a more trustworthy age check for this. */
  assuranceRequired: string;
}

/** Built-in words (English, Spanish, French, German), plainer for 13- to 15-year-olds. */
export const chatHoldMessages: Catalogue<ChatHoldMessages> = {
  en: {
    base: {
      quietHours:
        "It's quiet hours now, so chat is resting until {time}. Your guardian set this. Nothing you wrote was sent or shared. See you then!",
      timeLimit:
        "You've used today's {minutes} minutes of chat, a limit your guardian set. Chat opens again tomorrow. Nothing you wrote was sent or shared.",
      assuranceRequired:
        'This app needs a stronger age check before you can chat. Your message was not sent. You can confirm your age with one of the options the app offers.',
    },
    bands: {
      teen13to15: {
        quietHours:
          "It's quiet time now, so chat is taking a break until {time}. Your guardian picked these hours. Your message wasn't sent or shared. Talk soon!",
        timeLimit:
          "That's all your chat time for today ({minutes} minutes, set by your guardian). Come back tomorrow! Your message wasn't sent or shared.",
      },
    },
  },
  es: {
    base: {
      quietHours:
        'Ahora son horas de descanso, así que el chat vuelve a las {time}. Lo configuró tu tutor. No se envió ni se compartió nada de lo que escribiste. ¡Hasta luego!',
      timeLimit:
        'Ya usaste los {minutes} minutos de chat de hoy, un límite que puso tu tutor. El chat vuelve mañana. No se envió ni se compartió nada de lo que escribiste.',
      assuranceRequired:
        'Esta aplicación necesita una comprobación de edad más segura antes de chatear. Tu mensaje no se envió. Puedes confirmar tu edad con una de las opciones que ofrece la aplicación.',
    },
    bands: {
      teen13to15: {
        quietHours:
          'Ahora es hora de descansar: el chat vuelve a las {time}. Tu tutor eligió este horario. Tu mensaje no se envió ni se compartió. ¡Hablamos pronto!',
        timeLimit:
          'Se acabó tu tiempo de chat de hoy ({minutes} minutos, elegidos por tu tutor). ¡Vuelve mañana! Tu mensaje no se envió ni se compartió.',
      },
    },
  },
  fr: {
    base: {
      quietHours:
        "C'est l'heure calme : le chat reprend à {time}. C'est ton responsable qui l'a réglé. Rien de ce que tu as écrit n'a été envoyé ni partagé. À tout à l'heure !",
      timeLimit:
        "Tu as utilisé les {minutes} minutes de chat d'aujourd'hui, une limite fixée par ton responsable. Le chat rouvre demain. Rien de ce que tu as écrit n'a été envoyé ni partagé.",
      assuranceRequired:
        "Cette application demande une vérification d'âge plus sûre avant de discuter. Ton message n'a pas été envoyé. Tu peux confirmer ton âge avec l'une des options proposées.",
    },
    bands: {
      teen13to15: {
        quietHours:
          "C'est l'heure de la pause : le chat revient à {time}. Ton responsable a choisi ces horaires. Ton message n'a été ni envoyé ni partagé. À bientôt !",
        timeLimit:
          "C'est fini pour aujourd'hui ({minutes} minutes, choisies par ton responsable). Reviens demain ! Ton message n'a été ni envoyé ni partagé.",
      },
    },
  },
  de: {
    base: {
      quietHours:
        'Gerade ist Ruhezeit, der Chat macht Pause bis {time}. Das hat deine Bezugsperson eingestellt. Nichts von dem, was du geschrieben hast, wurde gesendet oder geteilt. Bis später!',
      timeLimit:
        'Du hast die {minutes} Minuten Chat für heute genutzt, ein Limit deiner Bezugsperson. Morgen geht es weiter. Nichts von dem, was du geschrieben hast, wurde gesendet oder geteilt.',
      assuranceRequired:
        'Diese App braucht eine sicherere Altersprüfung, bevor du chatten kannst. Deine Nachricht wurde nicht gesendet. Du kannst dein Alter mit einer der Möglichkeiten in der App bestätigen.',
    },
    bands: {
      teen13to15: {
        quietHours:
          'Jetzt ist Ruhezeit: Der Chat ist ab {time} wieder da. Deine Bezugsperson hat diese Zeiten gewählt. Deine Nachricht wurde nicht gesendet oder geteilt. Bis bald!',
        timeLimit:
          'Deine Chatzeit für heute ist vorbei ({minutes} Minuten, von deiner Bezugsperson gewählt). Komm morgen wieder! Deine Nachricht wurde nicht gesendet oder geteilt.',
      },
    },
  },
};
