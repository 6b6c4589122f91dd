import { ConfigurationError, type ReportStatus } from '@youthchat/core';
import type pg from 'pg';
import type { EscalationEvent } from '../escalation/types.js';
import { postgresRecords, postgresRecordsDdl } from '../risk/postgres.js';
import { recordTableNames } from '../risk/sql.js';
import { escalationCount } from '../risk/types.js';
import { groupInsert } from './postgres-group.js';
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

export interface PostgresReportStoreOptions {
  /** A `postgres://` URL. Either this or `pool`. */
  connectionString?: string;
  /** A `pg` Pool you already have; the store does not end it on close. */
  pool?: PgPool;
  /** Schema holding the tables, created when missing. @default 'public' */
  schema?: string;
  /** Prefix of every table name. @default 'youthchat_' */
  tablePrefix?: string;
  /** Most connections the store's own pool opens. @default 10 */
  maxConnections?: number;
}

/**
 * The part of a `pg` Pool the store uses, written out so that the published
 * types do not need `@types/pg`.
 */
export interface PgPool {
  query(text: string, values?: unknown[]): Promise<{ rows: unknown[]; rowCount: number | null }>;
  connect(): Promise<{
    query(text: string, values?: unknown[]): Promise<{ rows: unknown[]; rowCount: number | null }>;
    release(): void;
  }>;
  end(): Promise<void>;
}

type Row = Record<string, unknown>;

async function loadPg(): Promise<typeof pg> {
  try {
    const mod = (await import('pg')) as unknown as { default?: typeof pg } & typeof pg;
    return mod.default ?? mod;
  } catch (cause) {
    throw new ConfigurationError(
      'missing_driver',
      'The PostgreSQL report store needs the optional dependency "pg": install it (npm install pg).',
      { cause },
    );
  }
}

function ddl(r: string, e: string, m: string, v: string, names: ReturnType<typeof tableNames>): string[] {
  return [
    `CREATE TABLE IF NOT EXISTS ${r} (
      id TEXT PRIMARY KEY,
      reference TEXT NOT NULL UNIQUE,
      client_report_id TEXT,
      reason TEXT NOT NULL,
      severity TEXT NOT NULL,
      status TEXT NOT NULL,
      band TEXT NOT NULL,
      band_verified BOOLEAN NOT NULL,
      source TEXT NOT NULL,
      details TEXT,
      excerpt TEXT,
      message_id TEXT,
      message_role TEXT,
      conversation_id TEXT,
      locale TEXT,
      good_faith BOOLEAN NOT NULL,
      subject TEXT NOT NULL,
      escalated BOOLEAN NOT NULL,
      created_at BIGINT NOT NULL,
      updated_at BIGINT NOT NULL,
      preserve_until BIGINT,
      statements JSONB NOT NULL DEFAULT '[]',
      appeal_at BIGINT,
      appeal_text TEXT
    )`,
    `CREATE INDEX IF NOT EXISTS ${names.reports}_created ON ${r} (created_at, id)`,
    `CREATE INDEX IF NOT EXISTS ${names.reports}_status ON ${r} (status, created_at)`,
    `CREATE INDEX IF NOT EXISTS ${names.reports}_subject ON ${r} (subject)`,
    // Version 1 made client_report_id unique across every report; it is unique per sender now.
    `DO $$ DECLARE c text; BEGIN
       FOR c IN SELECT con.conname FROM pg_constraint con
         JOIN pg_attribute att ON att.attrelid = con.conrelid AND att.attnum = con.conkey[1]
         WHERE con.conrelid = '${r}'::regclass AND con.contype = 'u'
           AND array_length(con.conkey, 1) = 1 AND att.attname = 'client_report_id'
       LOOP EXECUTE format('ALTER TABLE ${r} DROP CONSTRAINT %I', c); END LOOP;
     END $$`,
    `CREATE UNIQUE INDEX IF NOT EXISTS ${names.reports}_client_id ON ${r} (subject, client_report_id)`,
    `CREATE TABLE IF NOT EXISTS ${e} (
      id TEXT PRIMARY KEY,
      event JSONB NOT NULL,
      created_at BIGINT NOT NULL,
      attempts INTEGER NOT NULL DEFAULT 0,
      next_attempt_at BIGINT NOT NULL,
      locked_until BIGINT,
      delivered_at BIGINT,
      last_error TEXT
    )`,
    `CREATE INDEX IF NOT EXISTS ${names.escalations}_due ON ${e} (delivered_at, next_attempt_at)`,
    `CREATE TABLE IF NOT EXISTS ${v} (id TEXT PRIMARY KEY, expires_at BIGINT NOT NULL)`,
    `CREATE TABLE IF NOT EXISTS ${m} (key TEXT PRIMARY KEY, value TEXT NOT NULL)`,
    `INSERT INTO ${m} (key, value) VALUES ('schema_version', '${SCHEMA_VERSION}')
     ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value WHERE ${m}.value::int < ${SCHEMA_VERSION}`,
  ];
}

/**
 * Reports in PostgreSQL through `pg` (an optional dependency, loaded only
 * here), for deployments with several server instances: idempotency holds
 * across instances, and the escalation outbox is shared with `FOR UPDATE SKIP
 * LOCKED`, so each event is taken by one instance at a time.
 *
 * @example
 * const store = await postgresReportStore({ connectionString: process.env.DATABASE_URL });
 */
export async function postgresReportStore(options: PostgresReportStoreOptions): Promise<ReportStore> {
  const schemaName = options.schema ?? 'public';
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(schemaName)) {
    throw new ConfigurationError(
      'invalid_schema',
      `The schema name must be lower-case letters, digits and underscores; got "${schemaName}".`,
    );
  }
  const names = tableNames(options.tablePrefix ?? 'youthchat_');
  const R = `"${schemaName}".${names.reports}`;
  const recordNames = recordTableNames(options.tablePrefix ?? 'youthchat_');
  const E = `"${schemaName}".${names.escalations}`;
  const M = `"${schemaName}".${names.meta}`;
  const V = `"${schemaName}".${names.revokedTokens}`;
  let pool: PgPool;
  const ownPool = !options.pool;
  if (options.pool) pool = options.pool;
  else {
    if (!options.connectionString) {
      throw new ConfigurationError('missing_connection', 'postgresReportStore needs a connectionString or a pool.');
    }
    const { Pool } = await loadPg();
    const own = new Pool({ connectionString: options.connectionString, max: options.maxConnections ?? 10 });
    // An idle connection dropped by the server must not take the process down; the pool replaces it.
    own.on('error', (error) => console.error(`[youthchat] report store connection lost: ${error.name}`));
    pool = own;
  }

  async function transaction<T>(run: (client: Awaited<ReturnType<PgPool['connect']>>) => Promise<T>): Promise<T> {
    const client = await pool.connect();
    try {
      await client.query('BEGIN');
      const result = await run(client);
      await client.query('COMMIT');
      return result;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => {});
      throw error;
    } finally {
      client.release();
    }
  }

  try {
    await transaction(async (client) => {
      // Instances starting together must not race on CREATE TABLE.
      await client.query(`SELECT pg_advisory_xact_lock(hashtext($1))`, [`youthchat-schema:${R}`]);
      await client.query(`CREATE SCHEMA IF NOT EXISTS "${schemaName}"`);
      for (const statement of ddl(R, E, M, V, names)) await client.query(statement);
      for (const statement of postgresRecordsDdl(schemaName, recordNames)) await client.query(statement);
    });
  } catch (error) {
    if (ownPool) await pool.end().catch(() => {});
    throw error;
  }

  const records = postgresRecords(pool, schemaName, recordNames, transaction);
  const json = (v: unknown) => JSON.stringify(v);
  const placeholders = REPORT_COLUMNS.map((_, i) => `$${i + 1}`).join(', ');
  const one = async (sql: string, params: unknown[]) => (await pool.query(sql, params)).rows[0] as Row | undefined;

  async function changeStatus(
    id: string,
    from: readonly ReportStatus[],
    change: (r: ReportRecord) => ReportRecord,
    applied?: (client: Awaited<ReturnType<PgPool['connect']>>) => Promise<void>,
  ): Promise<{ report: ReportRecord | null; applied: boolean }> {
    return transaction(async (client) => {
      const row = (await client.query(`SELECT * FROM ${R} WHERE id = $1 FOR UPDATE`, [id])).rows[0] as Row | undefined;
      if (!row) return { report: null, applied: false };
      const current = rowToReport(row);
      if (!from.includes(current.status)) return { report: current, applied: false };
      const next = change(current);
      await client.query(
        `UPDATE ${R} SET status = $1, statements = $2, updated_at = $3, preserve_until = $4, appeal_at = $5, appeal_text = $6
         WHERE id = $7`,
        [next.status, json(next.statements), next.updatedAt, next.preserveUntil, next.appealAt, next.appealText, id],
      );
      await applied?.(client);
      return { report: next, applied: true };
    });
  }

  /** One report in a transaction of its own: what a group falls back to. */
  async function insertOne(report: ReportRecord, escalation: EscalationEvent | undefined) {
    try {
      return await transaction(async (client) => {
        const inserted = await client.query(
          `INSERT INTO ${R} (${REPORT_COLUMNS.join(', ')}) VALUES (${placeholders})
             ON CONFLICT (subject, client_report_id) DO NOTHING RETURNING id`,
          reportValues(report, (v) => v, json),
        );
        if (inserted.rowCount === 0) {
          const existing = (
            await client.query(`SELECT * FROM ${R} WHERE subject = $1 AND client_report_id = $2`, [
              report.subject,
              report.clientReportId,
            ])
          ).rows[0] as Row | undefined;
          if (!existing) throw new ReportConflictError('The report could not be stored.');
          return { report: rowToReport(existing), created: false };
        }
        if (escalation) {
          await client.query(
            `INSERT INTO ${E} (id, event, created_at, attempts, next_attempt_at) VALUES ($1, $2, $3, 0, $3)
               ON CONFLICT (id) DO NOTHING`,
            [escalation.id, json(escalation), report.createdAt],
          );
          await records.bump(client, escalationCount(escalation), report.createdAt);
        }
        await records.bump(
          client,
          { metric: 'reports', category: report.reason, severity: report.severity },
          report.createdAt,
        );
        return { report, created: true };
      });
    } catch (error) {
      if ((error as { code?: string }).code === '23505') {
        throw new ReportConflictError('A report with this id or reference already exists.', { cause: error });
      }
      throw error;
    }
  }

  // Reports arriving together are stored with one statement (see `postgres-group.ts`).
  const group = groupInsert({
    pool,
    tables: { reports: R, escalations: E, counts: `"${schemaName}".${recordNames.counts}` },
    single: insertOne,
  });

  return {
    kind: 'postgres',
    insertReport: (report, escalation) => group.insert(report, escalation),
    async getReport(id) {
      const row = await one(`SELECT * FROM ${R} WHERE id = $1`, [id]);
      return row ? rowToReport(row) : null;
    },
    async getReportByReference(reference) {
      const row = await one(`SELECT * FROM ${R} WHERE reference = $1`, [reference]);
      return row ? rowToReport(row) : null;
    },
    async listReports(query) {
      const { sql, params } = listClause(query, (i) => `$${i}`);
      return ((await pool.query(`SELECT * FROM ${R} ${sql}`, params)).rows as Row[]).map(rowToReport);
    },
    recordDecision: (id, from, update) =>
      changeStatus(id, from, decided(update), (client) =>
        records.bump(client, { metric: 'decisions', category: update.statement.decision.action }, update.now),
      ),
    recordAppeal: (id, appeal) => changeStatus(id, ['decided'], appealed(appeal)),
    async enqueueEscalation(event, now) {
      await transaction(async (client) => {
        const inserted = await client.query(
          `INSERT INTO ${E} (id, event, created_at, attempts, next_attempt_at) VALUES ($1, $2, $3, 0, $3)
           ON CONFLICT (id) DO NOTHING`,
          [event.id, json(event), now],
        );
        if ((inserted.rowCount ?? 0) > 0) await records.bump(client, escalationCount(event), now);
      });
    },
    async claimEscalations({ now, limit, leaseMs }) {
      const { rows } = await pool.query(
        `UPDATE ${E} SET locked_until = $1 WHERE id IN (
           SELECT id FROM ${E}
           WHERE delivered_at IS NULL AND next_attempt_at <= $2 AND (locked_until IS NULL OR locked_until <= $2)
           ORDER BY next_attempt_at, created_at LIMIT $3
           FOR UPDATE SKIP LOCKED
         ) RETURNING *`,
        [now + leaseMs, now, limit],
      );
      return (rows as Row[]).map(rowToEscalation).sort((a, b) => a.nextAttemptAt - b.nextAttemptAt);
    },
    async markEscalationDelivered(id, now) {
      await pool.query(
        `UPDATE ${E} SET delivered_at = $1, locked_until = NULL, attempts = attempts + 1, last_error = NULL WHERE id = $2`,
        [now, id],
      );
    },
    async markEscalationFailed(id, failure) {
      await pool.query(
        `UPDATE ${E} SET attempts = $1, next_attempt_at = $2, last_error = $3, locked_until = NULL
         WHERE id = $4 AND delivered_at IS NULL`,
        [failure.attempts, failure.nextAttemptAt, failure.error.slice(0, 200), id],
      );
    },
    async getEscalation(id) {
      const row = await one(`SELECT * FROM ${E} WHERE id = $1`, [id]);
      return row ? rowToEscalation(row) : null;
    },
    async escalationStats() {
      const row = await one(
        `SELECT
           COUNT(*) FILTER (WHERE delivered_at IS NULL) AS pending,
           COUNT(*) FILTER (WHERE delivered_at IS NOT NULL) AS delivered,
           MIN(created_at) FILTER (WHERE delivered_at IS NULL) AS oldest,
           COALESCE(MAX(attempts) FILTER (WHERE delivered_at IS NULL), 0) AS max_attempts
         FROM ${E}`,
        [],
      );
      return {
        pending: Number(row?.pending ?? 0),
        delivered: Number(row?.delivered ?? 0),
        oldestPendingAt: row?.oldest === null || row?.oldest === undefined ? null : Number(row.oldest),
        maxAttempts: Number(row?.max_attempts ?? 0),
      };
    },
    async revokeAgeToken(tokenId, expiresAt) {
      await pool.query(`INSERT INTO ${V} (id, expires_at) VALUES ($1, $2) ON CONFLICT (id) DO NOTHING`, [
        tokenId,
        expiresAt,
      ]);
    },
    async isAgeTokenRevoked(tokenId, now) {
      return (
        (await one(`SELECT 1 AS revoked FROM ${V} WHERE id = $1 AND expires_at > $2`, [tokenId, now])) !== undefined
      );
    },
    addRisk: records.addRisk,
    readRisk: records.readRisk,
    countEvent: records.countEvent,
    readCounts: records.readCounts,
    async purge({ now, reportsChangedBefore, pendingChangedBefore, escalationsDeliveredBefore, riskChangedBefore }) {
      const reports = await pool.query(`DELETE FROM ${R} WHERE ${purgeReportsWhere((i) => `$${i}`)}`, [
        now,
        reportsChangedBefore,
        pendingChangedBefore ?? Number.MIN_SAFE_INTEGER,
      ]);
      const escalations = await pool.query(`DELETE FROM ${E} WHERE delivered_at IS NOT NULL AND delivered_at < $1`, [
        escalationsDeliveredBefore,
      ]);
      const revokedTokens = await pool.query(`DELETE FROM ${V} WHERE expires_at <= $1`, [now]);
      return {
        reports: reports.rowCount ?? 0,
        escalations: escalations.rowCount ?? 0,
        revokedTokens: revokedTokens.rowCount ?? 0,
        risk: await records.purge(riskChangedBefore ?? reportsChangedBefore),
      };
    },
    async close() {
      await group.drain();
      if (ownPool) await pool.end();
    },
  };
}
