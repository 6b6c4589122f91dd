import type { Catalogue } from '../i18n/catalogue.js';

/**
 * Every word the age gate shows. The question screen is neutral by design
 * (FTC COPPA guidance): no ages, no hint of which answers are turned away,
 * nothing that tells a child to fetch a parent. Keep overrides that way.
 */
export interface AgeGateMessages {
  /** Heading of the question screen. */
  title: string;
  /** One neutral line under the heading. */
  hint: string;
  day: string;
  month: string;
  year: string;
  /** The month list's empty first option (nothing is pre-selected). */
  monthEmpty: string;
  /** January to December. */
  monthNames: readonly string[];
  submit: string;
  submitting: string;
  /** Nothing entered at all. */
  errorEmpty: string;
  errorDayMissing: string;
  errorMonthMissing: string;
  errorYearMissing: string;
  /** Day is not a number from 1 to 31. */
  errorDay: string;
  /** Year is not four digits. */
  errorYear: string;
  /** A day the month does not have (31 April, 29 February in a common year). */
  errorDateNotReal: string;
  errorFuture: string;
  errorTooOld: string;
  /** The server could not be reached or failed. */
  errorNetwork: string;
  errorRateLimited: string;
  /** Shown right after answering, when nothing else is needed. */
  doneTitle: string;
  doneBody: string;
  /** Shown when the question was answered before (another visit, another tab). */
  lockedTitle: string;
  lockedBody: string;
  /** Shown when the country's age of digital consent is above the user's age. */
  consentTitle: string;
  consentBody: string;
}

/**
 * The age gate's strings in English, Spanish, French and German.
 *
 * @example
 * const t = pickMessages(ageGateMessages, 'es-MX');
 * t.submit // 'Continuar'
 */
export const ageGateMessages: Catalogue<AgeGateMessages> = {
  en: {
    base: {
      title: 'Your date of birth',
      hint: 'We ask everyone this question.',
      day: 'Day',
      month: 'Month',
      year: 'Year',
      monthEmpty: 'Choose',
      monthNames: [
        'January',
        'February',
        'March',
        'April',
        'May',
        'June',
        'July',
        'August',
        'September',
        'October',
        'November',
        'December',
      ],
      submit: 'Continue',
      submitting: 'Checking…',
      errorEmpty: 'Enter your date of birth.',
      errorDayMissing: 'Enter the day.',
      errorMonthMissing: 'Choose the month.',
      errorYearMissing: 'Enter the year.',
      errorDay: 'Enter the day as a number from 1 to 31.',
      errorYear: 'Enter the year with 4 digits.',
      errorDateNotReal: 'That date does not exist. Check the day and the month.',
      errorFuture: 'That date is in the future. Check the year.',
      errorTooOld: 'That date is too long ago. Check the year.',
      errorNetwork: 'Something went wrong. Check your connection and try again.',
      errorRateLimited: 'Too many tries in a short time. Wait a minute, then try again.',
      doneTitle: 'Thank you',
      doneBody: 'You are all set.',
      lockedTitle: 'Already answered',
      lockedBody: 'This question has already been answered on this device.',
      consentTitle: 'A parent or guardian needs to agree',
      consentBody: 'Before you can use this app, your parent or guardian needs to give permission.',
    },
  },
  es: {
    base: {
      title: 'Tu fecha de nacimiento',
      hint: 'Hacemos esta pregunta a todo el mundo.',
      day: 'Día',
      month: 'Mes',
      year: 'Año',
      monthEmpty: 'Elige',
      monthNames: [
        'enero',
        'febrero',
        'marzo',
        'abril',
        'mayo',
        'junio',
        'julio',
        'agosto',
        'septiembre',
        'octubre',
        'noviembre',
        'diciembre',
      ],
      submit: 'Continuar',
      submitting: 'Comprobando…',
      errorEmpty: 'Escribe tu fecha de nacimiento.',
      errorDayMissing: 'Escribe el día.',
      errorMonthMissing: 'Elige el mes.',
      errorYearMissing: 'Escribe el año.',
      errorDay: 'Escribe el día con un número del 1 al 31.',
      errorYear: 'Escribe el año con 4 cifras.',
      errorDateNotReal: 'Esa fecha no existe. Revisa el día y el mes.',
      errorFuture: 'Esa fecha es del futuro. Revisa el año.',
      errorTooOld: 'Esa fecha es demasiado antigua. Revisa el año.',
      errorNetwork: 'Algo salió mal. Revisa tu conexión y vuelve a intentarlo.',
      errorRateLimited: 'Demasiados intentos en poco tiempo. Espera un minuto y vuelve a intentarlo.',
      doneTitle: 'Gracias',
      doneBody: 'Ya está todo listo.',
      lockedTitle: 'Ya respondida',
      lockedBody: 'Esta pregunta ya se respondió en este dispositivo.',
      consentTitle: 'Tu madre, padre o tutor tiene que dar permiso',
      consentBody: 'Antes de usar esta aplicación, tu madre, padre o tutor tiene que darte permiso.',
    },
  },
  fr: {
    base: {
      title: 'Ta date de naissance',
      hint: 'Nous posons cette question à tout le monde.',
      day: 'Jour',
      month: 'Mois',
      year: 'Année',
      monthEmpty: 'Choisis',
      monthNames: [
        'janvier',
        'février',
        'mars',
        'avril',
        'mai',
        'juin',
        'juillet',
        'août',
        'septembre',
        'octobre',
        'novembre',
        'décembre',
      ],
      submit: 'Continuer',
      submitting: 'Vérification…',
      errorEmpty: 'Indique ta date de naissance.',
      errorDayMissing: 'Indique le jour.',
      errorMonthMissing: 'Choisis le mois.',
      errorYearMissing: 'Indique l’année.',
      errorDay: 'Indique le jour avec un nombre de 1 à 31.',
      errorYear: 'Indique l’année avec 4 chiffres.',
      errorDateNotReal: 'Cette date n’existe pas. Vérifie le jour et le mois.',
      errorFuture: 'Cette date est dans le futur. Vérifie l’année.',
      errorTooOld: 'Cette date est trop ancienne. Vérifie l’année.',
      errorNetwork: 'Quelque chose n’a pas marché. Vérifie ta connexion et réessaie.',
      errorRateLimited: 'Trop d’essais en peu de temps. Attends une minute, puis réessaie.',
      doneTitle: 'Merci',
      doneBody: 'Tout est prêt.',
      lockedTitle: 'Déjà répondu',
      lockedBody: 'Cette question a déjà reçu une réponse sur cet appareil.',
      consentTitle: 'Un parent ou un tuteur doit donner son accord',
      consentBody: 'Avant d’utiliser cette application, ton parent ou ton tuteur doit te donner son autorisation.',
    },
  },
  de: {
    base: {
      title: 'Dein Geburtsdatum',
      hint: 'Diese Frage stellen wir allen.',
      day: 'Tag',
      month: 'Monat',
      year: 'Jahr',
      monthEmpty: 'Auswählen',
      monthNames: [
        'Januar',
        'Februar',
        'März',
        'April',
        'Mai',
        'Juni',
        'Juli',
        'August',
        'September',
        'Oktober',
        'November',
        'Dezember',
      ],
      submit: 'Weiter',
      submitting: 'Wird geprüft…',
      errorEmpty: 'Gib dein Geburtsdatum ein.',
      errorDayMissing: 'Gib den Tag ein.',
      errorMonthMissing: 'Wähle den Monat aus.',
      errorYearMissing: 'Gib das Jahr ein.',
      errorDay: 'Gib den Tag als Zahl von 1 bis 31 ein.',
      errorYear: 'Gib das Jahr mit 4 Ziffern ein.',
      errorDateNotReal: 'Dieses Datum gibt es nicht. Prüf den Tag und den Monat.',
      errorFuture: 'Dieses Datum liegt in der Zukunft. Prüf das Jahr.',
      errorTooOld: 'Dieses Datum liegt zu weit zurück. Prüf das Jahr.',
      errorNetwork: 'Etwas ist schiefgegangen. Prüf deine Verbindung und versuch es noch einmal.',
      errorRateLimited: 'Zu viele Versuche in kurzer Zeit. Warte eine Minute und versuch es dann noch einmal.',
      doneTitle: 'Danke',
      doneBody: 'Alles erledigt.',
      lockedTitle: 'Schon beantwortet',
      lockedBody: 'Diese Frage wurde auf diesem Gerät schon beantwortet.',
      consentTitle: 'Ein Elternteil oder Erziehungsberechtigter muss zustimmen',
      consentBody:
        'Bevor du diese App nutzen kannst, muss dir ein Elternteil oder Erziehungsberechtigter die Erlaubnis geben.',
    },
  },
};
