import type { Catalogue } from '../i18n/catalogue.js';

/**
 * What a teen reads about their guardian link (`GuardianNotice`).
 * `{start}`, `{end}`, `{minutes}`, `{date}` are filled in.
 */
export interface GuardianNoticeMessages {
  title: string;
  none: string;
  emailLabel: string;
  emailHint: string;
  request: string;
  sending: string;
  pending: string;
  withdraw: string;
  linked: string;
  quietHours: string;
  timeLeft: string;
  timeUsedUp: string;
  alertSent: string;
  invalidEmail: string;
  error: string;
}

/** Built-in words for teens (13–17), plainer for 13- to 15-year-olds; English, Spanish, French, German. */
export const guardianNoticeMessages: Catalogue<GuardianNoticeMessages> = {
  en: {
    base: {
      title: 'Your guardian',
      none: "You can link a parent or guardian. They could set quiet hours and a daily time limit, and they'd get an alert if something serious comes up. They never see your messages.",
      emailLabel: "Your guardian's email",
      emailHint: 'We only use it to send them a link and, if they agree, safety alerts.',
      request: 'Send them a link',
      sending: 'Sending…',
      pending: 'We emailed your guardian a link. Nothing is linked until they confirm.',
      withdraw: 'Cancel the request',
      linked:
        'A guardian is linked to this chat. They never see your messages. If the safety checks spot something serious, like you being in danger, they get an alert saying what kind of thing and when.',
      quietHours: 'Quiet hours: {start} to {end}',
      timeLeft: '{minutes} minutes of chat left today',
      timeUsedUp: "Today's chat time is used up",
      alertSent: 'On {date} we let your guardian know you might need support. They were not shown your messages.',
      invalidEmail: 'Enter an email address, like name@example.com.',
      error: "That didn't work. Please try again.",
    },
    bands: {
      teen13to15: {
        none: "You can add a parent or guardian. They can pick quiet hours and a time limit, and they get a message if you might be in danger. They can't read your chats.",
        linked:
          "A guardian is linked. They can't read your chats. If our safety checks think you might be in danger, they get a message saying what kind of thing and when.",
        alertSent: "On {date} we told your guardian you might need some support. They didn't see your messages.",
      },
    },
  },
  es: {
    base: {
      title: 'Tu tutor',
      none: 'Puedes vincular a tu madre, padre o tutor. Podría fijar horas de descanso y un límite diario, y recibiría un aviso si pasa algo grave. Nunca ve tus mensajes.',
      emailLabel: 'Correo de tu tutor',
      emailHint: 'Solo lo usamos para enviarle un enlace y, si acepta, avisos de seguridad.',
      request: 'Enviarle un enlace',
      sending: 'Enviando…',
      pending: 'Enviamos un enlace a tu tutor. No se vincula nada hasta que lo confirme.',
      withdraw: 'Cancelar la solicitud',
      linked:
        'Hay un tutor vinculado a este chat. Nunca ve tus mensajes. Si los controles de seguridad detectan algo grave, como que estés en peligro, recibe un aviso que dice de qué tipo y cuándo.',
      quietHours: 'Horas de descanso: de {start} a {end}',
      timeLeft: 'Te quedan {minutes} minutos de chat hoy',
      timeUsedUp: 'Se acabó el tiempo de chat de hoy',
      alertSent: 'El {date} avisamos a tu tutor de que podrías necesitar apoyo. No vio tus mensajes.',
      invalidEmail: 'Escribe un correo, como nombre@ejemplo.com.',
      error: 'No funcionó. Inténtalo de nuevo.',
    },
    bands: {
      teen13to15: {
        none: 'Puedes añadir a tu madre, padre o tutor. Puede elegir horas de descanso y un límite de tiempo, y recibe un mensaje si podrías estar en peligro. No puede leer tus chats.',
        linked:
          'Hay un tutor vinculado. No puede leer tus chats. Si creemos que podrías estar en peligro, recibe un mensaje que dice de qué tipo y cuándo.',
      },
    },
  },
  fr: {
    base: {
      title: 'Ton responsable',
      none: 'Tu peux lier un parent ou un responsable. Il pourrait fixer des heures calmes et une limite par jour, et recevrait une alerte en cas de problème grave. Il ne voit jamais tes messages.',
      emailLabel: 'E-mail de ton responsable',
      emailHint: "On l'utilise seulement pour lui envoyer un lien et, s'il accepte, des alertes de sécurité.",
      request: 'Lui envoyer un lien',
      sending: 'Envoi…',
      pending: "Nous avons envoyé un lien à ton responsable. Rien n'est lié tant qu'il n'a pas confirmé.",
      withdraw: 'Annuler la demande',
      linked:
        'Un responsable est lié à ce chat. Il ne voit jamais tes messages. Si les contrôles de sécurité repèrent quelque chose de grave, comme un danger pour toi, il reçoit une alerte qui dit de quel type et quand.',
      quietHours: 'Heures calmes : de {start} à {end}',
      timeLeft: "Il te reste {minutes} minutes de chat aujourd'hui",
      timeUsedUp: "Le temps de chat d'aujourd'hui est écoulé",
      alertSent:
        "Le {date}, nous avons prévenu ton responsable que tu pourrais avoir besoin de soutien. Il n'a pas vu tes messages.",
      invalidEmail: 'Saisis une adresse e-mail, comme nom@exemple.fr.',
      error: "Ça n'a pas marché. Réessaie.",
    },
  },
  de: {
    base: {
      title: 'Deine Bezugsperson',
      none: 'Du kannst ein Elternteil oder eine Bezugsperson verknüpfen. Sie könnte Ruhezeiten und ein Tageslimit festlegen und bekäme eine Warnung, wenn etwas Ernstes passiert. Deine Nachrichten sieht sie nie.',
      emailLabel: 'E-Mail deiner Bezugsperson',
      emailHint: 'Wir nutzen sie nur, um einen Link zu schicken und, wenn sie zustimmt, Sicherheitswarnungen.',
      request: 'Link schicken',
      sending: 'Wird gesendet…',
      pending: 'Wir haben deiner Bezugsperson einen Link geschickt. Verknüpft ist erst, wenn sie bestätigt.',
      withdraw: 'Anfrage zurückziehen',
      linked:
        'Eine Bezugsperson ist mit diesem Chat verknüpft. Sie sieht deine Nachrichten nie. Wenn die Sicherheitsprüfungen etwas Ernstes bemerken, etwa dass du in Gefahr bist, bekommt sie eine Warnung, die sagt, welche Art und wann.',
      quietHours: 'Ruhezeit: {start} bis {end}',
      timeLeft: 'Heute noch {minutes} Minuten Chat',
      timeUsedUp: 'Die Chatzeit für heute ist aufgebraucht',
      alertSent:
        'Am {date} haben wir deiner Bezugsperson gesagt, dass du vielleicht Unterstützung brauchst. Deine Nachrichten hat sie nicht gesehen.',
      invalidEmail: 'Gib eine E-Mail-Adresse ein, z. B. name@beispiel.de.',
      error: 'Das hat nicht geklappt. Bitte versuch es noch einmal.',
    },
  },
};
