import type { EscalationEvent } from '../escalation/types.js';
import { countKey } from '../risk/sql.js';
import { dayOf, escalationCount } from '../risk/types.js';
import { REPORT_COLUMNS, reportValues, rowToReport } from './sql.js';
import { ReportConflictError, type ReportRecord } from './types.js';

/** What a group statement is sent on: a `pg` Pool (see `PgPool` in `postgres.ts`). */
interface Queryable {
  query(text: string, values?: unknown[]): Promise<{ rows: unknown[]; rowCount: number | null }>;
}

type Inserted = { report: ReportRecord; created: boolean };

interface Job {
  report: ReportRecord;
  escalation: EscalationEvent | undefined;
  resolve: (value: Inserted) => void;
  reject: (error: unknown) => void;
}

export interface GroupInsertOptions {
  pool: Queryable;
  /** Quoted, schema-qualified table names. */
  tables: { reports: string; escalations: string; counts: string };
  /** The one-report path (its own transaction): a group that fails is retried report by report through it. */
  single: (report: ReportRecord, escalation: EscalationEvent | undefined) => Promise<Inserted>;
  /** Group statements out at once; reports arriving meanwhile go together in the next. @default 4 */
  concurrency?: number;
  /** Most reports in one statement. @default 256 */
  maxGroup?: number;
}

/** PostgreSQL's type for each of `REPORT_COLUMNS`, for `unnest`. */
const COLUMN_TYPES: Record<(typeof REPORT_COLUMNS)[number], string> = {
  id: 'text',
  reference: 'text',
  client_report_id: 'text',
  reason: 'text',
  severity: 'text',
  status: 'text',
  band: 'text',
  band_verified: 'boolean',
  source: 'text',
  details: 'text',
  excerpt: 'text',
  message_id: 'text',
  message_role: 'text',
  conversation_id: 'text',
  locale: 'text',
  good_faith: 'boolean',
  subject: 'text',
  escalated: 'boolean',
  created_at: 'bigint',
  updated_at: 'bigint',
  preserve_until: 'bigint',
  statements: 'jsonb',
  appeal_at: 'bigint',
  appeal_text: 'text',
};

/**
 * Stores the reports that arrive together in one statement: the reports, their
 * escalations in the outbox and the day's counters, in one round trip and one
 * commit for the whole group, where one report alone takes five (BEGIN, the
 * report, its escalation, the counters, COMMIT).
 *
 * A single statement is one transaction in PostgreSQL: every report of the
 * group is committed, with its escalation and counts, or none is; each caller
 * is answered only after the commit. Reports arriving while `concurrency`
 * statements are out wait and go together in the next, so under load each
 * commit carries many reports. A `clientReportId` already used by the same
 * sender answers with the stored report, as one at a time does; a group that
 * fails (an id or reference drawn twice, say) is retried report by report, so
 * one report's conflict never fails another's.
 */
export function groupInsert(options: GroupInsertOptions): {
  insert(report: ReportRecord, escalation: EscalationEvent | undefined): Promise<Inserted>;
  /** Sends what is queued and waits for every statement out. */
  drain(): Promise<void>;
} {
  const { pool, tables, single } = options;
  const concurrency = Math.max(1, options.concurrency ?? 4);
  const maxGroup = Math.max(1, options.maxGroup ?? 256);
  const width = REPORT_COLUMNS.length;
  const rows = REPORT_COLUMNS.map((column, i) => `$${i + 1}::${COLUMN_TYPES[column]}[]`).join(', ');
  const e = width + 1;
  const k = width + 5;
  // Counters are raised in key order, so two groups raising the same ones never wait on each other crosswise.
  const text = `WITH ins AS (
      INSERT INTO ${tables.reports} (${REPORT_COLUMNS.join(', ')})
      SELECT * FROM unnest(${rows})
      ON CONFLICT (subject, client_report_id) DO NOTHING
      RETURNING id
    ), esc AS (
      INSERT INTO ${tables.escalations} (id, event, created_at, attempts, next_attempt_at)
      SELECT x.id, x.event, x.at, 0, x.at
      FROM unnest($${e}::text[], $${e + 1}::jsonb[], $${e + 2}::bigint[], $${e + 3}::text[]) AS x(id, event, at, report)
      WHERE x.report IN (SELECT id FROM ins)
      ON CONFLICT (id) DO NOTHING
      RETURNING id
    ), counted AS (
      INSERT INTO ${tables.counts} AS c (day, metric, source, category, severity, n)
      SELECT day, metric, source, category, severity, count(*)
      FROM unnest($${k}::text[], $${k + 1}::text[], $${k + 2}::text[], $${k + 3}::text[], $${k + 4}::text[], $${k + 5}::text[])
        AS x(report, day, metric, source, category, severity)
      WHERE x.report IN (SELECT id FROM ins)
      GROUP BY day, metric, source, category, severity
      ORDER BY day, metric, source, category, severity
      ON CONFLICT (day, metric, source, category, severity) DO UPDATE SET n = c.n + EXCLUDED.n
      RETURNING 1
    )
    SELECT id FROM ins`;
  const existing = `SELECT * FROM ${tables.reports}
    WHERE (subject, client_report_id) IN (SELECT * FROM unnest($1::text[], $2::text[]))`;

  let queue: Job[] = [];
  let scheduled = false;
  const running = new Set<Promise<void>>();

  function values(jobs: Job[]): unknown[] {
    const columns: unknown[][] = REPORT_COLUMNS.map(() => []);
    const escalations: unknown[][] = [[], [], [], []];
    const counts: unknown[][] = [[], [], [], [], [], []];
    const count = (reportId: string, at: number, key: [string, string, string, string]) => {
      counts[0]?.push(reportId);
      counts[1]?.push(dayOf(at));
      for (let i = 0; i < 4; i++) counts[i + 2]?.push(key[i]);
    };
    for (const { report, escalation } of jobs) {
      const row = reportValues(report, (v) => v, JSON.stringify);
      for (let i = 0; i < width; i++) columns[i]?.push(row[i]);
      count(
        report.id,
        report.createdAt,
        countKey({ metric: 'reports', category: report.reason, severity: report.severity }),
      );
      if (escalation) {
        escalations[0]?.push(escalation.id);
        escalations[1]?.push(JSON.stringify(escalation));
        escalations[2]?.push(report.createdAt);
        escalations[3]?.push(report.id);
        count(report.id, report.createdAt, countKey(escalationCount(escalation)));
      }
    }
    return [...columns, ...escalations, ...counts];
  }

  async function store(jobs: Job[]): Promise<void> {
    let created: Set<string>;
    try {
      const { rows: inserted } = await pool.query(text, values(jobs));
      created = new Set((inserted as { id: string }[]).map((row) => row.id));
    } catch {
      // One report's conflict (or a fault) undid the group: each is stored, or refused, on its own.
      await Promise.all(jobs.map((job) => single(job.report, job.escalation).then(job.resolve, job.reject)));
      return;
    }
    const repeated = jobs.filter((job) => !created.has(job.report.id));
    for (const job of jobs) if (created.has(job.report.id)) job.resolve({ report: job.report, created: true });
    if (repeated.length === 0) return;
    // A clientReportId this sender used before: answer with the report stored under it.
    try {
      const { rows: found } = await pool.query(existing, [
        repeated.map((job) => job.report.subject),
        repeated.map((job) => job.report.clientReportId),
      ]);
      const byKey = new Map(
        (found as Record<string, unknown>[]).map((row) => [`${row.subject}\u0000${row.client_report_id}`, row]),
      );
      for (const job of repeated) {
        const row = byKey.get(`${job.report.subject}\u0000${job.report.clientReportId}`);
        if (row) job.resolve({ report: rowToReport(row), created: false });
        else job.reject(new ReportConflictError('The report could not be stored.'));
      }
    } catch (error) {
      for (const job of repeated) job.reject(error);
    }
  }

  function send(): void {
    const jobs = queue.slice(0, maxGroup);
    queue = queue.slice(jobs.length);
    const call: Promise<void> = store(jobs).finally(() => {
      running.delete(call);
      if (queue.length > 0) schedule();
    });
    running.add(call);
  }

  function schedule(): void {
    if (scheduled || running.size >= concurrency) return;
    scheduled = true;
    setImmediate(() => {
      scheduled = false;
      while (running.size < concurrency && queue.length > 0) send();
    });
  }

  return {
    insert(report, escalation) {
      return new Promise<Inserted>((resolve, reject) => {
        queue.push({ report, escalation, resolve, reject });
        schedule();
      });
    },
    async drain() {
      while (running.size > 0 || queue.length > 0) {
        while (running.size < concurrency && queue.length > 0) send();
        await Promise.race(running);
      }
    },
  };
}
