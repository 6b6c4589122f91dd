import type {
  AgeBand,
  ReportReason,
  ReportSeverity,
  ReportStatus,
  ReportSubmission,
  StatementOfReasons,
} from '@youthchat/core';
import type { AgeTokenDenyList } from '../age/token.js';
import type { EscalationEvent } from '../escalation/types.js';
import type { SafetyRecordStore } from '../risk/types.js';

/** A report as a store keeps it. Times are epoch milliseconds. */
export interface ReportRecord {
  id: string;
  reference: string;
  clientReportId: string | null;
  reason: ReportReason;
  severity: ReportSeverity;
  status: ReportStatus;
  band: AgeBand;
  bandVerified: boolean;
  source: NonNullable<ReportSubmission['source']>;
  details: string | null;
  excerpt: string | null;
  messageId: string | null;
  messageRole: 'user' | 'assistant' | null;
  conversationId: string | null;
  locale: string | null;
  goodFaith: boolean;
  subject: string;
  escalated: boolean;
  createdAt: number;
  updatedAt: number;
  preserveUntil: number | null;
  /** Every statement of reasons, oldest first; the last is the current decision. */
  statements: StatementOfReasons[];
  appealAt: number | null;
  appealText: string | null;
}

/** Filters for the moderators' list. Every field narrows; none means everything. */
export interface ReportQuery {
  status?: ReportStatus;
  reason?: ReportReason;
  severity?: ReportSeverity;
  band?: AgeBand;
  subject?: string;
  clientReportId?: string;
  /** Created at or after (epoch ms). */
  since?: number;
  /** Created before (epoch ms). */
  until?: number;
  /** `asc`: oldest first (a work queue); `desc`: newest first. @default 'desc' */
  order?: 'asc' | 'desc';
  /** @default 50, at most 200 */
  limit?: number;
  /** Continue after this report (from the previous page's last row). */
  after?: { createdAt: number; id: string };
}

/** An escalation waiting in (or delivered from) the outbox. */
export interface EscalationOutboxItem {
  event: EscalationEvent;
  attempts: number;
  createdAt: number;
  nextAttemptAt: number;
  deliveredAt: number | null;
  lastError: string | null;
}

/** What a decision changes on a report. */
export interface DecisionUpdate {
  statement: StatementOfReasons;
  now: number;
  /** Keep the report until at least this time (never shortens an earlier date). */
  preserveUntil?: number;
}

/** Counts for health checks and dashboards. */
export interface EscalationOutboxStats {
  pending: number;
  delivered: number;
  /** Creation time of the oldest undelivered event, or null. */
  oldestPendingAt: number | null;
  /** Most tries any undelivered event has had. */
  maxAttempts: number;
}

/**
 * Reports, the escalation outbox, the age-token deny-list, per-subject risk
 * scores and the counters for regulators: one interface for SQLite and PostgreSQL.
 */
export interface ReportStore extends AgeTokenDenyList, SafetyRecordStore {
  readonly kind: 'sqlite' | 'postgres';
  /**
   * Stores a report and, in the same transaction, its escalation event.
   * Resolves only once both are durably committed. A `clientReportId` is
   * unique per sender (`subject`): when the same sender's id is already
   * stored, nothing is stored and the first report comes back with
   * `created: false`. Another sender's report with the same id is a report
   * of its own.
   */
  insertReport(report: ReportRecord, escalation?: EscalationEvent): Promise<{ report: ReportRecord; created: boolean }>;
  getReport(id: string): Promise<ReportRecord | null>;
  getReportByReference(reference: string): Promise<ReportRecord | null>;
  listReports(query: ReportQuery): Promise<ReportRecord[]>;
  /**
   * Records a decision when the report's status is one of `from`. `applied`
   * is false (and the report unchanged) when it is not; `report` is null when
   * there is no such report.
   */
  recordDecision(
    id: string,
    from: readonly ReportStatus[],
    update: DecisionUpdate,
  ): Promise<{ report: ReportRecord | null; applied: boolean }>;
  /** Marks a decided report as appealed; `applied` is false when it was not in status `decided`. */
  recordAppeal(
    id: string,
    appeal: { at: number; text: string | null },
  ): Promise<{ report: ReportRecord | null; applied: boolean }>;
  /** Adds an event to the outbox; an id already there is left as it is. */
  enqueueEscalation(event: EscalationEvent, now: number): Promise<void>;
  /**
   * Takes up to `limit` due, undelivered events and leases them for `leaseMs`
   * so that no other server instance sends them at the same time.
   */
  claimEscalations(options: { now: number; limit: number; leaseMs: number }): Promise<EscalationOutboxItem[]>;
  markEscalationDelivered(id: string, now: number): Promise<void>;
  markEscalationFailed(id: string, failure: { attempts: number; nextAttemptAt: number; error: string }): Promise<void>;
  getEscalation(id: string): Promise<EscalationOutboxItem | null>;
  escalationStats(): Promise<EscalationOutboxStats>;
  /**
   * Deletes decided reports last changed before `reportsChangedBefore`, and
   * reports still waiting for a decision (received or appealed) last changed
   * before `pendingChangedBefore` (never, when it is not given), in both
   * cases only once their preservation date has passed; delivered
   * escalations older than `escalationsDeliveredBefore`; and deny-list
   * entries whose token has expired. Undelivered escalations are never purged.
   * Risk scores last changed before `riskChangedBefore` (default
   * `reportsChangedBefore`) go too; the counters hold no personal data and stay.
   */
  purge(options: {
    now: number;
    reportsChangedBefore: number;
    pendingChangedBefore?: number;
    escalationsDeliveredBefore: number;
    riskChangedBefore?: number;
  }): Promise<{ reports: number; escalations: number; revokedTokens: number; risk: number }>;
  close(): Promise<void>;
}

/** Thrown by a store when a new report's id or reference is already taken (regenerate and try again). */
export class ReportConflictError extends Error {
  override readonly name = 'ReportConflictError';
  readonly code = 'report_conflict';
}
