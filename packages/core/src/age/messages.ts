import type { Catalogue } from '../i18n/catalogue.js';
import { ageGateDe } from './messages-de.js';
import { ageGateFr } from './messages-fr.js';

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
  fr: ageGateFr,
  de: ageGateDe,
};
