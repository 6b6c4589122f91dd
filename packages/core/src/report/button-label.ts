import type { Catalogue } from '../i18n/catalogue.js';

/** The report button's words: what the disclosure names and what the button says. */
export interface ReportButtonLabels {
  /** Accessible name of the button on a chat message. */
  messageTrigger: string;
  /** Visible text of the button on a chat message (short). */
  messageTriggerShort: string;
}

/**
 * The report button's label in every locale, kept apart from the rest of
 * `reportMessages` so the disclosure can name the button (`{reportButton}`)
 * without loading the report dialog's words. `reportMessages` takes its
 * labels from here, so the two never differ.
 */
export const reportButtonLabels = {
  en: { base: { messageTrigger: 'Report this message', messageTriggerShort: 'Report' } },
  es: { base: { messageTrigger: 'Denunciar este mensaje', messageTriggerShort: 'Denunciar' } },
  fr: { base: { messageTrigger: 'Signaler ce message', messageTriggerShort: 'Signaler' } },
  de: { base: { messageTrigger: 'Diese Nachricht melden', messageTriggerShort: 'Melden' } },
} satisfies Catalogue<ReportButtonLabels>;
