import type { ReportReason } from '@youthchat/core';
import { PRESERVED_REPORT_REASONS } from '@youthchat/core';
import type { ReportStore } from './types.js';

const DAY = 86_400_000;

/** How long reports and delivered escalations are kept. */
export interface RetentionOptions {
  /** Days a decided report is kept after its last change (the decision, or a later one after an appeal). @default 365 */
  reportDays?: number;
  /**
   * Days a report still waiting for a decision (received, or appealed and
   * not yet decided again) is kept after its last change: no report is
   * purged unread before this, and never sooner than `reportDays`. @default 365
   */
  pendingMaxDays?: number;
  /**
   * Days a report that may touch child sexual exploitation is kept at least,
   * from when it arrives or is marked so in a decision. @default 365
   */
  preserveDays?: number;
  /** Days a delivered escalation stays in the outbox. Undelivered ones are never purged. @default 30 */
  deliveredEscalationDays?: number;
  /** Days a subject's risk score is kept after a finding last raised it (by then it has decayed to almost nothing). @default 90 */
  riskDays?: number;
}

export const DEFAULT_RETENTION = {
  reportDays: 365,
  pendingMaxDays: 365,
  preserveDays: 365,
  deliveredEscalationDays: 30,
  riskDays: 90,
} as const;

/** The date before which a new report must not be purged, or null. */
export function preserveUntilFor(reason: ReportReason, now: number, options: RetentionOptions = {}): number | null {
  if (!PRESERVED_REPORT_REASONS.includes(reason)) return null;
  return now + (options.preserveDays ?? DEFAULT_RETENTION.preserveDays) * DAY;
}

/**
 * Deletes what the retention settings say is old: decided reports
 * `reportDays` after their decision, reports nobody has decided only after
 * `pendingMaxDays` without a change, delivered escalations, risk scores not
 * raised for `riskDays`, and expired entries of the age-token deny-list. Call it on a timer
 * (`createReportingFromConfig` does, every six hours).
 *
 * @example
 * await purgeReports(store, { reportDays: 180 });
 */
export async function purgeReports(
  store: ReportStore,
  options: RetentionOptions & { now?: number } = {},
): Promise<{ reports: number; escalations: number; revokedTokens: number; risk: number }> {
  const now = options.now ?? Date.now();
  const reportDays = options.reportDays ?? DEFAULT_RETENTION.reportDays;
  const pendingDays = Math.max(reportDays, options.pendingMaxDays ?? DEFAULT_RETENTION.pendingMaxDays);
  const escalationDays = options.deliveredEscalationDays ?? DEFAULT_RETENTION.deliveredEscalationDays;
  return store.purge({
    now,
    reportsChangedBefore: now - reportDays * DAY,
    pendingChangedBefore: now - pendingDays * DAY,
    escalationsDeliveredBefore: now - escalationDays * DAY,
    riskChangedBefore: now - (options.riskDays ?? DEFAULT_RETENTION.riskDays) * DAY,
  });
}
