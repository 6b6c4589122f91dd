import type { ReportStatus } from '@youthchat/core';
import type { EscalationEvent } from '../escalation/types.js';
import { recordTableNames } from '../risk/sql.js';
import { sqliteRecords } from '../risk/sqlite.js';
import { escalationCount } from '../risk/types.js';
import {
  isConstraintError,
  keepPrivate,
  openSharedSqlite,
  type SqliteDatabase,
  type SqliteDriver,
  type SqliteStatement,
} from '../sqlite-file.js';
import { openWalSync } from '../sqlite-wal-sync.js';
import {
  appealed,
  decided,
  listClause,
  purgeReportsWhere,
  REPORT_COLUMNS,
  reportValues,
  rowToEscalation,
  rowToReport,
  SCHEMA_VERSION,
  tableNames,
} from './sql.js';
import { ReportConflictError, type ReportRecord, type ReportStore } from './types.js';

export interface SqliteReportStoreOptions {
  /** Path of the database file, created when missing. */
  filename: string;
  /** Prefix of every table name. @default 'youthchat_' */
  tablePrefix?: string;
  /** How long to wait for a lock held by another process, in ms. @default 5000 */
  busyTimeoutMs?: number;
  /**
   * Which SQLite library opens the file: `'auto'` takes `node:sqlite` where
   * Node has it built in (22.13 and newer) and `better-sqlite3` otherwise.
   * @default 'auto'
   */
  driver?: SqliteDriver;
  /**
   * Share one connection with the other stores of this process that ask for
   * it on the same file (the rate-limit store's `shareConnection`), so neither
   * reads the other's pages again after each commit. This store's durability
   * setting governs the shared connection. @default false
   */
  shareConnection?: boolean;
}

type Database = SqliteDatabase;
type Row = Record<string, unknown>;

function reportsTable(name: string): string {
  return `
CREATE TABLE IF NOT EXISTS ${name} (
  id TEXT PRIMARY KEY,
  reference TEXT NOT NULL UNIQUE,
  client_report_id TEXT,
  reason TEXT NOT NULL,
  severity TEXT NOT NULL,
  status TEXT NOT NULL,
  band TEXT NOT NULL,
  band_verified INTEGER NOT NULL,
  source TEXT NOT NULL,
  details TEXT,
  excerpt TEXT,
  message_id TEXT,
  message_role TEXT,
  conversation_id TEXT,
  locale TEXT,
  good_faith INTEGER NOT NULL,
  subject TEXT NOT NULL,
  escalated INTEGER NOT NULL,
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL,
  preserve_until INTEGER,
  statements TEXT NOT NULL DEFAULT '[]',
  appeal_at INTEGER,
  appeal_text TEXT
);`;
}

function reportIndexes(t: ReturnType<typeof tableNames>): string {
  return `
CREATE INDEX IF NOT EXISTS ${t.reports}_created ON ${t.reports} (created_at, id);
CREATE INDEX IF NOT EXISTS ${t.reports}_status ON ${t.reports} (status, created_at);
CREATE INDEX IF NOT EXISTS ${t.reports}_subject ON ${t.reports} (subject);
CREATE UNIQUE INDEX IF NOT EXISTS ${t.reports}_client_id ON ${t.reports} (subject, client_report_id);`;
}

function schema(t: ReturnType<typeof tableNames>): string {
  return `${reportsTable(t.reports)}
${reportIndexes(t)}
CREATE TABLE IF NOT EXISTS ${t.escalations} (
  id TEXT PRIMARY KEY,
  event TEXT NOT NULL,
  created_at INTEGER NOT NULL,
  attempts INTEGER NOT NULL DEFAULT 0,
  next_attempt_at INTEGER NOT NULL,
  locked_until INTEGER,
  delivered_at INTEGER,
  last_error TEXT
);
CREATE INDEX IF NOT EXISTS ${t.escalations}_due ON ${t.escalations} (delivered_at, next_attempt_at);
CREATE TABLE IF NOT EXISTS ${t.revokedTokens} (id TEXT PRIMARY KEY, expires_at INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS ${t.meta} (key TEXT PRIMARY KEY, value TEXT NOT NULL);
INSERT OR IGNORE INTO ${t.meta} (key, value) VALUES ('schema_version', '${SCHEMA_VERSION}');
`;
}

/**
 * Brings tables made by an earlier version up to date. Version 1 made
 * `client_report_id` unique across every report; SQLite cannot drop a
 * column's UNIQUE, so the table is rebuilt without it (the documented
 * create, copy, drop, rename), keeping every row.
 */
function migrate(db: Database, t: ReturnType<typeof tableNames>): void {
  db.transaction(() => {
    const indexes = db.prepare(`PRAGMA index_list(${t.reports})`).all() as { name: string; unique: number }[];
    const globalClientId = indexes.some((index) => {
      if (!index.unique) return false;
      const columns = db.prepare(`PRAGMA index_info("${index.name.replace(/"/g, '""')}")`).all() as { name: string }[];
      return columns.length === 1 && columns[0]?.name === 'client_report_id';
    });
    if (globalClientId) {
      const columns = REPORT_COLUMNS.join(', ');
      db.exec(`${reportsTable(`${t.reports}_migrating`)}
INSERT INTO ${t.reports}_migrating (${columns}) SELECT ${columns} FROM ${t.reports};
DROP TABLE ${t.reports};
ALTER TABLE ${t.reports}_migrating RENAME TO ${t.reports};
${reportIndexes(t)}`);
    }
    db.prepare(`UPDATE ${t.meta} SET value = ? WHERE key = 'schema_version' AND CAST(value AS INTEGER) < ?`).run(
      String(SCHEMA_VERSION),
      SCHEMA_VERSION,
    );
  }).immediate();
}

interface Job {
  run: () => unknown;
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
}

/**
 * Reports in a SQLite file, through `node:sqlite` where Node has it built in
 * (22.13 and newer) and the optional `better-sqlite3` otherwise. The file is in WAL mode, and a
 * write resolves only after its transaction is committed and synced to disk.
 * Writes arriving together share one commit (group commit), so durability
 * does not cost one disk sync per report; the sync runs on Node's thread pool
 * (see `sqlite-wal-sync.ts`), so requests keep being served while the disk
 * works, and commits made meanwhile share the next sync.
 *
 * @example
 * const store = await sqliteReportStore({ filename: '.data/youthchat.sqlite' });
 */
export async function sqliteReportStore(options: SqliteReportStoreOptions): Promise<ReportStore> {
  const t = tableNames(options.tablePrefix ?? 'youthchat_');
  const { db } = await openSharedSqlite(
    options.filename,
    options.busyTimeoutMs ?? 5000,
    'report store',
    ', or set DATABASE_URL to a postgres:// URL and install "pg"',
    options.driver,
    options.shareConnection ?? false,
  );
  db.pragma('journal_mode = WAL');
  // FULL syncs the WAL on every commit: an acknowledged report survives power loss, not just a crash.
  db.pragma('synchronous = FULL');
  db.exec(schema(t));
  migrate(db, t);
  // The WAL and shared-memory files exist now; make sure they are as private as the database.
  keepPrivate(options.filename);
  // The log is synced off the event loop before any write is acknowledged, which is what FULL did inside COMMIT;
  // NORMAL keeps SQLite's own syncs around checkpoints. Where the log cannot be opened, FULL stays.
  const walSync = await openWalSync(options.filename);
  if (walSync) db.pragma('synchronous = NORMAL');

  const insertReport = db.prepare(
    `INSERT INTO ${t.reports} (${REPORT_COLUMNS.join(', ')}) VALUES (${REPORT_COLUMNS.map(() => '?').join(', ')})
     ON CONFLICT (subject, client_report_id) DO NOTHING`,
  );
  const insertEscalation = db.prepare(
    `INSERT INTO ${t.escalations} (id, event, created_at, attempts, next_attempt_at) VALUES (?, ?, ?, 0, ?)
     ON CONFLICT (id) DO NOTHING`,
  );
  const byId = db.prepare(`SELECT * FROM ${t.reports} WHERE id = ?`);
  const byReference = db.prepare(`SELECT * FROM ${t.reports} WHERE reference = ?`);
  const byClientId = db.prepare(`SELECT * FROM ${t.reports} WHERE subject = ? AND client_report_id = ?`);
  const revoke = db.prepare(
    `INSERT INTO ${t.revokedTokens} (id, expires_at) VALUES (?, ?) ON CONFLICT (id) DO NOTHING`,
  );
  const revoked = db.prepare(`SELECT 1 FROM ${t.revokedTokens} WHERE id = ? AND expires_at > ?`);
  const escalationById = db.prepare(`SELECT * FROM ${t.escalations} WHERE id = ?`);
  const dueEscalations = db.prepare(
    `SELECT * FROM ${t.escalations}
     WHERE delivered_at IS NULL AND next_attempt_at <= ? AND (locked_until IS NULL OR locked_until <= ?)
     ORDER BY next_attempt_at, created_at LIMIT ?`,
  );
  const lockEscalation = db.prepare(`UPDATE ${t.escalations} SET locked_until = ? WHERE id = ?`);
  const delivered = db.prepare(
    `UPDATE ${t.escalations} SET delivered_at = ?, locked_until = NULL, attempts = attempts + 1, last_error = NULL WHERE id = ?`,
  );
  const failed = db.prepare(
    `UPDATE ${t.escalations} SET attempts = ?, next_attempt_at = ?, last_error = ?, locked_until = NULL
     WHERE id = ? AND delivered_at IS NULL`,
  );
  const bool = (v: boolean) => (v ? 1 : 0);
  const json = (v: unknown) => JSON.stringify(v);

  // Group commit: writes queued in one turn of the event loop share a transaction;
  // each runs in its own savepoint so one failing write does not undo the others.
  const savepoint = db.transaction((run: () => unknown) => run());
  let queue: Job[] = [];
  let scheduled = false;
  let closed = false;

  function flush(): void {
    scheduled = false;
    const jobs = queue;
    queue = [];
    if (jobs.length === 0) return;
    const results: ({ ok: true; value: unknown } | { ok: false; error: unknown })[] = [];
    try {
      db.transaction(() => {
        for (const job of jobs) {
          try {
            results.push({ ok: true, value: savepoint(job.run) });
          } catch (error) {
            results.push({ ok: false, error });
          }
        }
      })();
    } catch (error) {
      for (const job of jobs) job.reject(error);
      return;
    }
    const settle = () =>
      jobs.forEach((job, i) => {
        const result = results[i];
        if (result?.ok) job.resolve(result.value);
        else job.reject(result?.error);
      });
    if (!walSync) settle();
    else
      walSync.durable().then(settle, (error) => {
        for (const job of jobs) job.reject(error);
      });
  }

  function write<T>(run: () => T): Promise<T> {
    if (closed) return Promise.reject(new Error('The report store is closed.'));
    return new Promise<T>((resolve, reject) => {
      queue.push({ run, resolve: resolve as (value: unknown) => void, reject });
      if (!scheduled) {
        scheduled = true;
        setImmediate(flush);
      }
    });
  }

  const read = <T>(run: () => T): Promise<T> => {
    if (closed) return Promise.reject(new Error('The report store is closed.'));
    try {
      return Promise.resolve(run());
    } catch (error) {
      return Promise.reject(error);
    }
  };

  const records = sqliteRecords(db, recordTableNames(options.tablePrefix ?? 'youthchat_'), write, read);

  const get = (statement: SqliteStatement, ...params: unknown[]) => statement.get(...params) as Row | undefined;

  function changeStatus(
    id: string,
    from: readonly ReportStatus[],
    change: (row: ReportRecord) => ReportRecord,
  ): { report: ReportRecord | null; applied: boolean } {
    const row = get(byId, id);
    if (!row) return { report: null, applied: false };
    const current = rowToReport(row);
    if (!from.includes(current.status)) return { report: current, applied: false };
    const next = change(current);
    db.prepare(
      `UPDATE ${t.reports} SET status = ?, statements = ?, updated_at = ?, preserve_until = ?, appeal_at = ?, appeal_text = ?
       WHERE id = ?`,
    ).run(next.status, json(next.statements), next.updatedAt, next.preserveUntil, next.appealAt, next.appealText, id);
    return { report: next, applied: true };
  }

  return {
    kind: 'sqlite',
    insertReport(report, escalation?: EscalationEvent) {
      return write(() => {
        let changes: number;
        try {
          changes = insertReport.run(...reportValues(report, bool, json)).changes;
        } catch (error) {
          if (isConstraintError(error)) {
            throw new ReportConflictError('A report with this id or reference already exists.', { cause: error });
          }
          throw error;
        }
        if (changes === 0) {
          const existing = get(byClientId, report.subject, report.clientReportId);
          if (!existing) throw new ReportConflictError('The report could not be stored.');
          return { report: rowToReport(existing), created: false };
        }
        records.bump({ metric: 'reports', category: report.reason, severity: report.severity }, report.createdAt);
        if (escalation) {
          insertEscalation.run(escalation.id, json(escalation), report.createdAt, report.createdAt);
          records.bump(escalationCount(escalation), report.createdAt);
        }
        return { report, created: true };
      });
    },
    getReport: (id) =>
      read(() => {
        const row = get(byId, id);
        return row ? rowToReport(row) : null;
      }),
    getReportByReference: (reference) =>
      read(() => {
        const row = get(byReference, reference);
        return row ? rowToReport(row) : null;
      }),
    listReports: (query) =>
      read(() => {
        const { sql, params } = listClause(query, () => '?');
        return (db.prepare(`SELECT * FROM ${t.reports} ${sql}`).all(...params) as Row[]).map(rowToReport);
      }),
    recordDecision: (id, from, update) =>
      write(() => {
        const result = changeStatus(id, from, decided(update));
        const action = update.statement.decision.action;
        if (result.applied) records.bump({ metric: 'decisions', category: action }, update.now);
        return result;
      }),
    recordAppeal: (id, appeal) => write(() => changeStatus(id, ['decided'], appealed(appeal))),
    enqueueEscalation: (event, now) =>
      write(() => {
        if (insertEscalation.run(event.id, json(event), now, now).changes > 0)
          records.bump(escalationCount(event), now);
      }),
    claimEscalations: ({ now, limit, leaseMs }) =>
      write(() => {
        const rows = dueEscalations.all(now, now, limit) as Row[];
        for (const row of rows) lockEscalation.run(now + leaseMs, row.id);
        return rows.map(rowToEscalation);
      }),
    markEscalationDelivered: (id, now) =>
      write(() => {
        delivered.run(now, id);
      }),
    markEscalationFailed: (id, failure) =>
      write(() => {
        failed.run(failure.attempts, failure.nextAttemptAt, failure.error.slice(0, 200), id);
      }),
    getEscalation: (id) =>
      read(() => {
        const row = get(escalationById, id);
        return row ? rowToEscalation(row) : null;
      }),
    escalationStats: () =>
      read(() => {
        const row = get(
          db.prepare(
            `SELECT
               SUM(CASE WHEN delivered_at IS NULL THEN 1 ELSE 0 END) AS pending,
               SUM(CASE WHEN delivered_at IS NULL THEN 0 ELSE 1 END) AS delivered,
               MIN(CASE WHEN delivered_at IS NULL THEN created_at END) AS oldest,
               MAX(CASE WHEN delivered_at IS NULL THEN attempts ELSE 0 END) AS max_attempts
             FROM ${t.escalations}`,
          ),
        );
        return {
          pending: Number(row?.pending ?? 0),
          delivered: Number(row?.delivered ?? 0),
          oldestPendingAt: row?.oldest === null || row?.oldest === undefined ? null : Number(row.oldest),
          maxAttempts: Number(row?.max_attempts ?? 0),
        };
      }),
    revokeAgeToken: (tokenId, expiresAt) =>
      write(() => {
        revoke.run(tokenId, expiresAt);
      }),
    isAgeTokenRevoked: (tokenId, now) => read(() => revoked.get(tokenId, now) !== undefined),
    addRisk: records.addRisk,
    readRisk: records.readRisk,
    countEvent: records.countEvent,
    readCounts: records.readCounts,
    purge: ({ now, reportsChangedBefore, pendingChangedBefore, escalationsDeliveredBefore, riskChangedBefore }) =>
      write(() => {
        const reports = db
          .prepare(`DELETE FROM ${t.reports} WHERE ${purgeReportsWhere(() => '?')}`)
          .run(now, reportsChangedBefore, pendingChangedBefore ?? Number.MIN_SAFE_INTEGER).changes;
        const escalations = db
          .prepare(`DELETE FROM ${t.escalations} WHERE delivered_at IS NOT NULL AND delivered_at < ?`)
          .run(escalationsDeliveredBefore).changes;
        const revokedTokens = db.prepare(`DELETE FROM ${t.revokedTokens} WHERE expires_at <= ?`).run(now).changes;
        const risk = records.purge(riskChangedBefore ?? reportsChangedBefore);
        return { reports, escalations, revokedTokens, risk };
      }),
    async close() {
      if (closed) return;
      flush();
      closed = true;
      await walSync?.close();
      db.close();
    },
  };
}
