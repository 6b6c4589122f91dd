import type { LocaleMessages } from '../../i18n/catalogue.js';
import type { AgeGateMessages } from '../messages.js';

/** The age gate's strings in Spanish. */
export const es: LocaleMessages<AgeGateMessages> = {
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
};

export default es;
