import type { Catalogue } from '../i18n/catalogue.js';
import { de } from './gate-text/de.js';
import { en } from './gate-text/en.js';
import { es } from './gate-text/es.js';
import { fr } from './gate-text/fr.js';

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

/** The keys of what the gate says about an answer it has checked (all its errors but `errorNetwork`). */
export type AgeGateAnswerErrorKey = Exclude<Extract<keyof AgeGateMessages, `error${string}`>, 'errorNetwork'>;

/** What the gate says about an answer it has checked. */
export type AgeGateAnswerErrors = Pick<AgeGateMessages, AgeGateAnswerErrorKey>;

/** The rest of the gate's strings: the question, `errorNetwork`, and the screens after an answer. */
export type AgeGateQuestionMessages = Omit<AgeGateMessages, AgeGateAnswerErrorKey>;

/**
 * The age gate's strings in every shipped locale. Each locale's are in their
 * own module (`age/gate-text/`), so that the gate can load only the one it
 * shows ({@link loadAgeGateLocale}); importing this catalogue brings them all.
 *
 * @example
 * const t = pickMessages(ageGateMessages, 'es-MX');
 * t.submit // 'Continuar'
 */
export const ageGateMessages: Catalogue<AgeGateMessages> = { en, es, fr, de };
