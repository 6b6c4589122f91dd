import type { Catalogue } from '../i18n/catalogue.js';

/**
 * Every word of the age gate's next step when a parent has to agree: how to
 * ask (in person or by email), the wait, and the answer. `{name}`
 * placeholders are filled with `formatMessage`.
 */
export interface ConsentStepMessages {
  /** Heading when nobody has been asked yet. */
  chooseTitle: string;
  chooseBody: string;
  /** Accessible name of the group of ways to ask. */
  chooseLegend: string;
  /** The parent is here: hand the device over. */
  optionHere: string;
  optionHereHint: string;
  /** Type a parent's email address. */
  optionEmail: string;
  optionEmailHint: string;
  /** Heading of the screen the child shows to a parent who is there. */
  handoverTitle: string;
  handoverBody: string;
  /** Label of the address field when the parent types it. */
  handoverEmailLabel: string;
  /** Heading when the child types the address. */
  emailTitle: string;
  emailLabel: string;
  /** What the address is used for, and that it is deleted without an answer. */
  emailPrivacy: string;
  send: string;
  sending: string;
  back: string;
  errorEmailEmpty: string;
  errorEmailInvalid: string;
  errorRateLimited: string;
  errorNetwork: string;
  /** The age answer ran out or was reset: answer the question again. */
  errorSession: string;
  /** A parent already decided; only they can change it. */
  errorAlreadyDecided: string;
  /** Heading while a parent has been asked. */
  waitingTitle: string;
  waitingBody: string;
  /** `{email}`: the address the child typed (shown only on this screen, kept in memory only). */
  waitingSentTo: string;
  /** `{date}`: when the link stops working. */
  waitingExpires: string;
  checkNow: string;
  checking: string;
  /** After a check that found no answer yet. */
  stillWaiting: string;
  resend: string;
  /** Announced after the message was sent again. */
  resent: string;
  changeEmail: string;
  grantedTitle: string;
  grantedBody: string;
  /** Added when the parent allowed use but not sharing with the AI provider. */
  grantedLimited: string;
  deniedTitle: string;
  deniedBody: string;
  checkAgain: string;
}

const en: ConsentStepMessages = {
  chooseTitle: 'Ask a parent or guardian',
  chooseBody: 'Before you can use this app, a parent or guardian needs to say yes. How would you like to ask them?',
  chooseLegend: 'How to ask',
  optionHere: 'My parent or guardian is here',
  optionHereHint: 'You hand them this device and they type their email address.',
  optionEmail: 'Send them an email',
  optionEmailHint: 'You type their email address and we send them a message.',
  handoverTitle: 'Hello, parent or guardian',
  handoverBody:
    'Your child would like to use this app. Type your email address: we send you what we collect, why, who else receives it, and a link to say yes or no. Then you can hand the device back.',
  handoverEmailLabel: 'Your email address',
  emailTitle: 'Your parent’s email',
  emailLabel: 'Parent’s or guardian’s email address',
  emailPrivacy:
    'We use this address only to ask for permission. If nobody answers in time, we delete it. We never send it to anyone else.',
  send: 'Send the message',
  sending: 'Sending…',
  back: 'Back',
  errorEmailEmpty: 'Type an email address.',
  errorEmailInvalid: 'That does not look like an email address. Check it and try again.',
  errorRateLimited: 'Too many messages in a short time. Wait a while, then try again.',
  errorNetwork: 'Something went wrong. Check your connection and try again.',
  errorSession: 'Your answer to the age question has run out. Ask an adult to reset it, then answer again.',
  errorAlreadyDecided: 'Your parent or guardian has already answered. Only they can change it.',
  waitingTitle: 'We sent your parent a message',
  waitingBody: 'Ask them to open the email from us and follow the link. This page moves on by itself when they answer.',
  waitingSentTo: 'Sent to {email}.',
  waitingExpires: 'The link in the email works until {date}.',
  checkNow: 'Check now',
  checking: 'Checking…',
  stillWaiting: 'No answer yet.',
  resend: 'Send it again',
  resent: 'We sent the message again.',
  changeEmail: 'Use another email address',
  grantedTitle: 'Your parent said yes',
  grantedBody: 'You can start now.',
  grantedLimited: 'Your messages stay with this app: they are not sent to an outside AI company.',
  deniedTitle: 'Your parent said no for now',
  deniedBody:
    'That is OK. You can talk with them about why you would like to use it. If they change their mind, they can use the link in their email.',
  checkAgain: 'Check again',
};

const es: ConsentStepMessages = {
  chooseTitle: 'Pide permiso a tu madre, padre o tutor',
  chooseBody: 'Antes de usar esta aplicación, tu madre, padre o tutor tiene que decir que sí. ¿Cómo quieres pedírselo?',
  chooseLegend: 'Cómo pedirlo',
  optionHere: 'Mi madre, padre o tutor está aquí',
  optionHereHint: 'Le das este dispositivo y escribe su correo electrónico.',
  optionEmail: 'Enviarle un correo',
  optionEmailHint: 'Escribes su correo electrónico y le enviamos un mensaje.',
  handoverTitle: 'Hola, madre, padre o tutor',
  handoverBody:
    'Su hijo o hija quiere usar esta aplicación. Escriba su correo electrónico: le enviamos qué datos recogemos, para qué, quién más los recibe y un enlace para decir que sí o que no. Después puede devolverle el dispositivo.',
  handoverEmailLabel: 'Su correo electrónico',
  emailTitle: 'El correo de tu madre, padre o tutor',
  emailLabel: 'Correo electrónico de tu madre, padre o tutor',
  emailPrivacy:
    'Usamos este correo solo para pedir permiso. Si nadie responde a tiempo, lo borramos. Nunca se lo damos a nadie más.',
  send: 'Enviar el mensaje',
  sending: 'Enviando…',
  back: 'Atrás',
  errorEmailEmpty: 'Escribe un correo electrónico.',
  errorEmailInvalid: 'Eso no parece un correo electrónico. Revísalo y vuelve a intentarlo.',
  errorRateLimited: 'Demasiados mensajes en poco tiempo. Espera un rato y vuelve a intentarlo.',
  errorNetwork: 'Algo salió mal. Revisa tu conexión y vuelve a intentarlo.',
  errorSession:
    'Tu respuesta a la pregunta de la edad ha caducado. Pide a una persona adulta que la reinicie y vuelve a responder.',
  errorAlreadyDecided: 'Tu madre, padre o tutor ya respondió. Solo esa persona puede cambiarlo.',
  waitingTitle: 'Hemos enviado un mensaje a tu madre, padre o tutor',
  waitingBody: 'Pídele que abra nuestro correo y siga el enlace. Esta página avanza sola cuando responda.',
  waitingSentTo: 'Enviado a {email}.',
  waitingExpires: 'El enlace del correo funciona hasta el {date}.',
  checkNow: 'Comprobar ahora',
  checking: 'Comprobando…',
  stillWaiting: 'Todavía no hay respuesta.',
  resend: 'Enviarlo otra vez',
  resent: 'Hemos vuelto a enviar el mensaje.',
  changeEmail: 'Usar otro correo electrónico',
  grantedTitle: 'Te han dado permiso',
  grantedBody: 'Ya puedes empezar.',
  grantedLimited: 'Tus mensajes se quedan en esta aplicación: no se envían a una empresa de IA externa.',
  deniedTitle: 'Por ahora te han dicho que no',
  deniedBody:
    'No pasa nada. Puedes hablar con tu madre, padre o tutor sobre por qué quieres usarla. Si cambia de opinión, puede usar el enlace de su correo.',
  checkAgain: 'Volver a comprobar',
};

const fr: ConsentStepMessages = {
  chooseTitle: 'Demande à un parent ou à un tuteur',
  chooseBody:
    'Avant d’utiliser cette application, un parent ou un tuteur doit dire oui. Comment veux-tu lui demander ?',
  chooseLegend: 'Comment demander',
  optionHere: 'Mon parent ou tuteur est à côté de moi',
  optionHereHint: 'Tu lui donnes cet appareil et il écrit son adresse e-mail.',
  optionEmail: 'Lui envoyer un e-mail',
  optionEmailHint: 'Tu écris son adresse e-mail et nous lui envoyons un message.',
  handoverTitle: 'Bonjour, parent ou tuteur',
  handoverBody:
    'Votre enfant souhaite utiliser cette application. Saisissez votre adresse e-mail : nous vous envoyons ce que nous collectons, pourquoi, qui d’autre le reçoit, et un lien pour dire oui ou non. Vous pourrez ensuite lui rendre l’appareil.',
  handoverEmailLabel: 'Votre adresse e-mail',
  emailTitle: 'L’e-mail de ton parent',
  emailLabel: 'Adresse e-mail de ton parent ou tuteur',
  emailPrivacy:
    'Nous utilisons cette adresse uniquement pour demander l’autorisation. Si personne ne répond à temps, nous l’effaçons. Nous ne la donnons jamais à personne.',
  send: 'Envoyer le message',
  sending: 'Envoi…',
  back: 'Retour',
  errorEmailEmpty: 'Écris une adresse e-mail.',
  errorEmailInvalid: 'Cela ne ressemble pas à une adresse e-mail. Vérifie-la et réessaie.',
  errorRateLimited: 'Trop de messages en peu de temps. Attends un moment, puis réessaie.',
  errorNetwork: 'Un problème est survenu. Vérifie ta connexion et réessaie.',
  errorSession:
    'Ta réponse à la question de l’âge a expiré. Demande à un adulte de la réinitialiser, puis réponds à nouveau.',
  errorAlreadyDecided: 'Ton parent ou tuteur a déjà répondu. Lui seul peut changer sa réponse.',
  waitingTitle: 'Nous avons envoyé un message à ton parent',
  waitingBody: 'Demande-lui d’ouvrir notre e-mail et de suivre le lien. Cette page avance toute seule quand il répond.',
  waitingSentTo: 'Envoyé à {email}.',
  waitingExpires: 'Le lien de l’e-mail fonctionne jusqu’au {date}.',
  checkNow: 'Vérifier maintenant',
  checking: 'Vérification…',
  stillWaiting: 'Pas encore de réponse.',
  resend: 'L’envoyer à nouveau',
  resent: 'Nous avons renvoyé le message.',
  changeEmail: 'Utiliser une autre adresse e-mail',
  grantedTitle: 'Ton parent a dit oui',
  grantedBody: 'Tu peux commencer.',
  grantedLimited:
    'Tes messages restent dans cette application : ils ne sont pas envoyés à une entreprise d’IA extérieure.',
  deniedTitle: 'Ton parent a dit non pour l’instant',
  deniedBody:
    'Ce n’est pas grave. Tu peux lui expliquer pourquoi tu aimerais l’utiliser. S’il change d’avis, il peut utiliser le lien de son e-mail.',
  checkAgain: 'Vérifier à nouveau',
};

const de: ConsentStepMessages = {
  chooseTitle: 'Frag einen Elternteil oder Erziehungsberechtigten',
  chooseBody:
    'Bevor du diese App nutzen kannst, muss ein Elternteil oder Erziehungsberechtigter zustimmen. Wie möchtest du fragen?',
  chooseLegend: 'Wie du fragst',
  optionHere: 'Mein Elternteil ist bei mir',
  optionHereHint: 'Du gibst ihm dieses Gerät und er gibt seine E-Mail-Adresse ein.',
  optionEmail: 'Eine E-Mail schicken',
  optionEmailHint: 'Du gibst die E-Mail-Adresse ein und wir schicken eine Nachricht.',
  handoverTitle: 'Hallo, liebe Eltern',
  handoverBody:
    'Ihr Kind möchte diese App nutzen. Geben Sie Ihre E-Mail-Adresse ein: Wir schicken Ihnen, was wir erheben, warum, wer es sonst erhält, und einen Link, um Ja oder Nein zu sagen. Danach können Sie das Gerät zurückgeben.',
  handoverEmailLabel: 'Ihre E-Mail-Adresse',
  emailTitle: 'Die E-Mail-Adresse deiner Eltern',
  emailLabel: 'E-Mail-Adresse eines Elternteils oder Erziehungsberechtigten',
  emailPrivacy:
    'Wir nutzen diese Adresse nur, um um Erlaubnis zu fragen. Antwortet niemand rechtzeitig, löschen wir sie. Wir geben sie nie an andere weiter.',
  send: 'Nachricht senden',
  sending: 'Wird gesendet…',
  back: 'Zurück',
  errorEmailEmpty: 'Gib eine E-Mail-Adresse ein.',
  errorEmailInvalid: 'Das sieht nicht wie eine E-Mail-Adresse aus. Prüfe sie und versuche es noch einmal.',
  errorRateLimited: 'Zu viele Nachrichten in kurzer Zeit. Warte eine Weile und versuche es dann noch einmal.',
  errorNetwork: 'Etwas ist schiefgegangen. Prüfe deine Verbindung und versuche es noch einmal.',
  errorSession:
    'Deine Antwort auf die Altersfrage ist abgelaufen. Bitte einen Erwachsenen, sie zurückzusetzen, und antworte dann noch einmal.',
  errorAlreadyDecided: 'Deine Eltern haben schon geantwortet. Nur sie können das ändern.',
  waitingTitle: 'Wir haben deinen Eltern eine Nachricht geschickt',
  waitingBody:
    'Bitte sie, unsere E-Mail zu öffnen und dem Link zu folgen. Diese Seite geht von selbst weiter, sobald sie antworten.',
  waitingSentTo: 'Gesendet an {email}.',
  waitingExpires: 'Der Link in der E-Mail funktioniert bis {date}.',
  checkNow: 'Jetzt prüfen',
  checking: 'Wird geprüft…',
  stillWaiting: 'Noch keine Antwort.',
  resend: 'Noch einmal senden',
  resent: 'Wir haben die Nachricht noch einmal geschickt.',
  changeEmail: 'Eine andere E-Mail-Adresse nutzen',
  grantedTitle: 'Deine Eltern haben Ja gesagt',
  grantedBody: 'Du kannst jetzt loslegen.',
  grantedLimited: 'Deine Nachrichten bleiben in dieser App: Sie werden nicht an ein externes KI-Unternehmen geschickt.',
  deniedTitle: 'Deine Eltern haben vorerst Nein gesagt',
  deniedBody:
    'Das ist in Ordnung. Du kannst mit ihnen darüber reden, warum du die App nutzen möchtest. Wenn sie es sich anders überlegen, können sie den Link in ihrer E-Mail nutzen.',
  checkAgain: 'Noch einmal prüfen',
};

/**
 * The consent step's strings in English, Spanish, French and German, with
 * simpler words for children under 13 ("a grown-up at home").
 *
 * @example
 * const t = pickMessages(consentStepMessages, 'de', 'teen13to15');
 * t.optionEmail // 'Eine E-Mail schicken'
 */
export const consentStepMessages: Catalogue<ConsentStepMessages> = {
  en: {
    base: en,
    bands: {
      under13: {
        chooseTitle: 'Ask a grown-up at home',
        chooseBody:
          'Before you can use this app, your mum, dad or another grown-up who looks after you needs to say yes. How would you like to ask them?',
        optionHere: 'My grown-up is here with me',
        optionHereHint: 'Give them this device. They type their email address.',
        optionEmail: 'Send my grown-up an email',
        emailTitle: 'Your grown-up’s email',
        emailLabel: 'Your grown-up’s email address',
        waitingTitle: 'We sent your grown-up a message',
        grantedTitle: 'Your grown-up said yes',
        deniedTitle: 'Your grown-up said no for now',
        deniedBody:
          'That is OK. You can talk with them about it. If they change their mind, they can use the link in their email.',
      },
    },
  },
  es: { base: es },
  fr: { base: fr },
  de: { base: de },
};
