/** Why someone reports a message or a problem, in the order the dialog offers them. */
export const REPORT_REASONS = [
  'self-harm',
  'sexual',
  'grooming',
  'bullying',
  'violence',
  'personal-info',
  'scary',
  'other',
] as const;

/** One of {@link REPORT_REASONS}. */
export type ReportReason = (typeof REPORT_REASONS)[number];

/** How urgently people should look at a report. */
export type ReportSeverity = 'high' | 'medium' | 'low';

/**
 * Severity per reason. `high` reports are escalated at once (webhook, outbox)
 * as well as queued for moderators.
 */
export const REPORT_REASON_SEVERITY: Readonly<Record<ReportReason, ReportSeverity>> = {
  'self-harm': 'high',
  sexual: 'high',
  grooming: 'high',
  violence: 'high',
  bullying: 'medium',
  'personal-info': 'medium',
  scary: 'low',
  other: 'low',
};

/** Reasons after which the reporter sees crisis resources straight away. */
export const CRISIS_REPORT_REASONS: readonly ReportReason[] = ['self-harm', 'grooming', 'sexual'];

/**
 * Reasons that may touch child sexual exploitation: such reports are kept for
 * at least a year whatever the retention setting (US law asks providers to
 * preserve them, 18 U.S.C. § 2258A(h)).
 */
export const PRESERVED_REPORT_REASONS: readonly ReportReason[] = ['sexual', 'grooming'];

export function isReportReason(value: unknown): value is ReportReason {
  return typeof value === 'string' && (REPORT_REASONS as readonly string[]).includes(value);
}

/** True when the reporter should see crisis resources at once for this reason. */
export function showsCrisisResources(reason: ReportReason): boolean {
  return CRISIS_REPORT_REASONS.includes(reason);
}

/**
 * Field limits shared by the client and the server, in characters (UTF-16
 * code units). The server refuses longer values with a 400; the dialog stops
 * typing at them.
 */
export const REPORT_LIMITS = {
  details: 2000,
  excerpt: 2000,
  messageId: 128,
  clientReportId: 128,
  conversationId: 128,
  locale: 35,
} as const;
