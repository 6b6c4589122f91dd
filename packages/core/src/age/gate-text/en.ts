import type { LocaleMessages } from '../../i18n/catalogue.js';
import type { AgeGateMessages } from '../messages.js';
import { enErrors } from './en-errors.js';
import { enQuestion } from './en-question.js';

/**
 * The age gate's strings in English: the question's (`en-question.ts`, in the
 * gate's first load) and what it says about a checked answer (`en-errors.ts`,
 * loaded with the checking).
 */
export const en: LocaleMessages<AgeGateMessages> = { base: { ...enQuestion.base, ...enErrors } };
