import type { Catalogue } from '@youthchat/core';

/** What a child reads when consent holds the chat. */
export interface ConsentChatMessages {
  /** Nobody asked a parent yet (`required`). */
  consentRequired: string;
  /** A parent was asked and has not decided (`pending`). */
  consentPending: string;
  /** A parent said no, or withdrew their agreement (`denied`). */
  consentDenied: string;
}

/** Built-in strings, with simpler words for under-13s. */
export const consentChatMessages: Catalogue<ConsentChatMessages> = {
  en: {
    base: {
      consentRequired:
        "Before you can chat here, a parent or guardian needs to agree. Ask one of them to help you send them the request. Your message wasn't sent.",
      consentPending:
        "We've asked your parent or guardian. As soon as they agree, you can chat here. Your message wasn't sent.",
      consentDenied:
        "Your parent or guardian hasn't agreed to this chat, so your message wasn't sent. You can talk with them about it.",
    },
    bands: {
      under13: {
        consentRequired:
          'A grown-up who looks after you needs to say yes before you can chat here. Ask them to help you. Your message was not sent.',
        consentPending:
          'We asked a grown-up who looks after you. When they say yes, you can chat here. Your message was not sent.',
        consentDenied:
          'A grown-up who looks after you said this chat is not for now, so your message was not sent. You can talk to them about it.',
      },
    },
  },
  es: {
    base: {
      consentRequired:
        'Antes de chatear aquí, tu madre, padre o tutor tiene que aceptarlo. Pídele que te ayude a enviarle la solicitud. Tu mensaje no se envió.',
      consentPending:
        'Ya se lo pedimos a tu madre, padre o tutor. En cuanto lo acepte, podrás chatear aquí. Tu mensaje no se envió.',
      consentDenied:
        'Tu madre, padre o tutor no ha aceptado este chat, así que tu mensaje no se envió. Puedes hablarlo con esa persona.',
    },
    bands: {
      under13: {
        consentRequired:
          'Una persona adulta que te cuida tiene que decir que sí antes de que chatees aquí. Pídele ayuda. Tu mensaje no se envió.',
        consentPending:
          'Se lo pedimos a una persona adulta que te cuida. Cuando diga que sí, podrás chatear. Tu mensaje no se envió.',
        consentDenied:
          'Una persona adulta que te cuida dijo que este chat no es para ahora, así que tu mensaje no se envió. Puedes hablarlo con ella.',
      },
    },
  },
  fr: {
    base: {
      consentRequired:
        "Avant de discuter ici, un parent ou un tuteur doit être d'accord. Demande-lui de t'aider à lui envoyer la demande. Ton message n'a pas été envoyé.",
      consentPending:
        "Nous avons demandé à ton parent ou tuteur. Dès qu'il sera d'accord, tu pourras discuter ici. Ton message n'a pas été envoyé.",
      consentDenied:
        "Ton parent ou tuteur n'a pas accepté ce chat, donc ton message n'a pas été envoyé. Tu peux en parler avec lui.",
    },
    bands: {
      under13: {
        consentRequired:
          "Un adulte qui s'occupe de toi doit dire oui avant que tu discutes ici. Demande-lui de l'aide. Ton message n'a pas été envoyé.",
        consentPending:
          "Nous avons demandé à un adulte qui s'occupe de toi. Quand il dira oui, tu pourras discuter. Ton message n'a pas été envoyé.",
        consentDenied:
          "Un adulte qui s'occupe de toi a dit que ce chat n'est pas pour maintenant, donc ton message n'a pas été envoyé. Tu peux en parler avec lui.",
      },
    },
  },
  de: {
    base: {
      consentRequired:
        'Bevor du hier chatten kannst, muss ein Elternteil oder Erziehungsberechtigter zustimmen. Bitte ihn, dir beim Senden der Anfrage zu helfen. Deine Nachricht wurde nicht gesendet.',
      consentPending:
        'Wir haben deine Eltern gefragt. Sobald sie zustimmen, kannst du hier chatten. Deine Nachricht wurde nicht gesendet.',
      consentDenied:
        'Deine Eltern haben diesem Chat nicht zugestimmt, deshalb wurde deine Nachricht nicht gesendet. Du kannst mit ihnen darüber sprechen.',
    },
    bands: {
      under13: {
        consentRequired:
          'Ein Erwachsener, der sich um dich kümmert, muss Ja sagen, bevor du hier chatten kannst. Bitte ihn um Hilfe. Deine Nachricht wurde nicht gesendet.',
        consentPending:
          'Wir haben einen Erwachsenen gefragt, der sich um dich kümmert. Wenn er Ja sagt, kannst du chatten. Deine Nachricht wurde nicht gesendet.',
        consentDenied:
          'Ein Erwachsener, der sich um dich kümmert, hat gesagt, dass dieser Chat gerade nicht passt. Deshalb wurde deine Nachricht nicht gesendet. Du kannst mit ihm darüber sprechen.',
      },
    },
  },
};
