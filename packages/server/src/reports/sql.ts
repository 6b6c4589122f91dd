import type { AgeBand, ReportReason, ReportSeverity, ReportStatus, StatementOfReasons } from '@youthchat/core';
import type { EscalationEvent } from '../escalation/types.js';
import type { DecisionUpdate, EscalationOutboxItem, ReportQuery, ReportRecord } from './types.js';

/** Column order shared by both stores' INSERT. */
export const REPORT_COLUMNS = [
  'id',
  'reference',
  'client_report_id',
  'reason',
  'severity',
  'status',
  'band',
  'band_verified',
  'source',
  'details',
  'excerpt',
  'message_id',
  'message_role',
  'conversation_id',
  'locale',
  'good_faith',
  'subject',
  'escalated',
  'created_at',
  'updated_at',
  'preserve_until',
  'statements',
  'appeal_at',
  'appeal_text',
] as const;

/** Table names with the configured prefix; the prefix is checked so it can be put in SQL. */
export function tableNames(prefix: string): {
  reports: string;
  escalations: string;
  meta: string;
  revokedTokens: string;
} {
  if (!/^[a-z_][a-z0-9_]{0,40}$/.test(prefix)) {
    throw new Error(`The table prefix must be lower-case letters, digits and underscores; got "${prefix}".`);
  }
  return {
    reports: `${prefix}reports`,
    escalations: `${prefix}escalations`,
    meta: `${prefix}meta`,
    revokedTokens: `${prefix}revoked_age_tokens`,
  };
}

/**
 * Version of the tables both stores write. 2: `clientReportId` unique per
 * sender (`subject`) instead of across every report, and the age-token
 * deny-list.
 */
export const SCHEMA_VERSION = 2;

/**
 * Which reports a purge deletes, the same in both stores: past their
 * preservation date, and unchanged for the retention of a decided report,
 * or for the longer wait allowed a report still waiting for a decision.
 * Parameters, in order: now, reportsChangedBefore, pendingChangedBefore.
 */
export function purgeReportsWhere(param: (index: number) => string): string {
  return `(preserve_until IS NULL OR preserve_until <= ${param(1)})
    AND ((status = 'decided' AND updated_at < ${param(2)}) OR (status <> 'decided' AND updated_at < ${param(3)}))`;
}

/** A record's values in REPORT_COLUMNS order; `bool` and `json` adapt to the database. */
export function reportValues(r: ReportRecord, bool: (v: boolean) => unknown, json: (v: unknown) => unknown): unknown[] {
  return [
    r.id,
    r.reference,
    r.clientReportId,
    r.reason,
    r.severity,
    r.status,
    r.band,
    bool(r.bandVerified),
    r.source,
    r.details,
    r.excerpt,
    r.messageId,
    r.messageRole,
    r.conversationId,
    r.locale,
    bool(r.goodFaith),
    r.subject,
    bool(r.escalated),
    r.createdAt,
    r.updatedAt,
    r.preserveUntil,
    json(r.statements),
    r.appealAt,
    r.appealText,
  ];
}

type Row = Record<string, unknown>;

const num = (v: unknown): number => (typeof v === 'number' ? v : Number(v));
const numOrNull = (v: unknown): number | null => (v === null || v === undefined ? null : num(v));
const strOrNull = (v: unknown): string | null => (v === null || v === undefined ? null : String(v));
const bool = (v: unknown): boolean => v === true || v === 1 || v === '1' || v === 't';
const parsed = <T>(v: unknown): T => (typeof v === 'string' ? (JSON.parse(v) as T) : (v as T));

export function rowToReport(row: Row): ReportRecord {
  return {
    id: String(row.id),
    reference: String(row.reference),
    clientReportId: strOrNull(row.client_report_id),
    reason: row.reason as ReportReason,
    severity: row.severity as ReportSeverity,
    status: row.status as ReportStatus,
    band: row.band as AgeBand,
    bandVerified: bool(row.band_verified),
    source: row.source as ReportRecord['source'],
    details: strOrNull(row.details),
    excerpt: strOrNull(row.excerpt),
    messageId: strOrNull(row.message_id),
    messageRole: strOrNull(row.message_role) as ReportRecord['messageRole'],
    conversationId: strOrNull(row.conversation_id),
    locale: strOrNull(row.locale),
    goodFaith: bool(row.good_faith),
    subject: String(row.subject),
    escalated: bool(row.escalated),
    createdAt: num(row.created_at),
    updatedAt: num(row.updated_at),
    preserveUntil: numOrNull(row.preserve_until),
    statements: parsed<StatementOfReasons[]>(row.statements ?? '[]'),
    appealAt: numOrNull(row.appeal_at),
    appealText: strOrNull(row.appeal_text),
  };
}

export function rowToEscalation(row: Row): EscalationOutboxItem {
  return {
    event: parsed<EscalationEvent>(row.event),
    attempts: num(row.attempts),
    createdAt: num(row.created_at),
    nextAttemptAt: num(row.next_attempt_at),
    deliveredAt: numOrNull(row.delivered_at),
    lastError: strOrNull(row.last_error),
  };
}

/**
 * The WHERE clause, ORDER BY and parameters of a list query. `param(i)`
 * writes the i-th placeholder (`?` or `$i`).
 */
export function listClause(query: ReportQuery, param: (index: number) => string): { sql: string; params: unknown[] } {
  const where: string[] = [];
  const params: unknown[] = [];
  const add = (sql: (p: string) => string, value: unknown) => {
    params.push(value);
    where.push(sql(param(params.length)));
  };
  if (query.status) add((p) => `status = ${p}`, query.status);
  if (query.reason) add((p) => `reason = ${p}`, query.reason);
  if (query.severity) add((p) => `severity = ${p}`, query.severity);
  if (query.band) add((p) => `band = ${p}`, query.band);
  if (query.subject) add((p) => `subject = ${p}`, query.subject);
  if (query.clientReportId) add((p) => `client_report_id = ${p}`, query.clientReportId);
  if (query.since !== undefined) add((p) => `created_at >= ${p}`, query.since);
  if (query.until !== undefined) add((p) => `created_at < ${p}`, query.until);
  const asc = query.order === 'asc';
  if (query.after) {
    // Each placeholder gets its own value: SQLite's `?` cannot be reused.
    params.push(query.after.createdAt, query.after.createdAt, query.after.id);
    const [c1, c2, i] = [param(params.length - 2), param(params.length - 1), param(params.length)];
    const op = asc ? '>' : '<';
    where.push(`(created_at ${op} ${c1} OR (created_at = ${c2} AND id ${op} ${i}))`);
  }
  params.push(Math.min(Math.max(1, query.limit ?? 50), 201));
  const dir = asc ? 'ASC' : 'DESC';
  return {
    sql: `${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY created_at ${dir}, id ${dir} LIMIT ${param(params.length)}`,
    params,
  };
}

/** The change a decision makes to a report, the same in both stores. */
export function decided(update: DecisionUpdate): (report: ReportRecord) => ReportRecord {
  return (r) => ({
    ...r,
    status: 'decided',
    statements: [...r.statements, update.statement],
    updatedAt: update.now,
    preserveUntil:
      update.preserveUntil === undefined ? r.preserveUntil : Math.max(r.preserveUntil ?? 0, update.preserveUntil),
  });
}

/** The change an appeal makes to a decided report. */
export function appealed(appeal: { at: number; text: string | null }): (report: ReportRecord) => ReportRecord {
  return (r) => ({ ...r, status: 'appealed', updatedAt: appeal.at, appealAt: appeal.at, appealText: appeal.text });
}
