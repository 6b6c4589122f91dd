import type { LocaleMessages } from '../../i18n/catalogue.js';
import type { AgeGateMessages } from '../messages.js';

/** The age gate's strings in German. */
export const de: LocaleMessages<AgeGateMessages> = {
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
};

export default de;
