import type { ReportRecord } from './types.js';

/**
 * What is stored in place of a reporter's text when it could not be checked
 * for personal details (the scrubber failed). The report itself is kept, so
 * a cry for help is never lost, but a minor's unchecked words are not stored;
 * moderators see this sentence and `textWithheld: true`.
 */
export const WITHHELD_TEXT =
  '[Withheld: this text could not be checked for personal details, so it was not kept. Review the report by its reason and context, or ask the reporter.]';

/** Whether a stored text is the withheld marker. */
export function isWithheld(text: string | null): boolean {
  return text === WITHHELD_TEXT;
}

/** Whether any of a report's texts was withheld. */
export function hasWithheldText(report: Pick<ReportRecord, 'details' | 'excerpt' | 'appealText'>): boolean {
  return isWithheld(report.details) || isWithheld(report.excerpt) || isWithheld(report.appealText);
}

/**
 * Whether a retry's text matches what was stored: the same, or anything when
 * the stored one was withheld (the first attempt's text could not be checked,
 * so it cannot be compared either).
 */
export function sameText(stored: string | null, sent: string | null): boolean {
  return stored === sent || isWithheld(stored) || isWithheld(sent);
}
