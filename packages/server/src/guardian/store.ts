import { type AgeBand, ConfigurationError } from '@youthchat/core';
import type { PgPool } from '../reports/postgres.js';
import { rowToEscalation } from '../reports/sql.js';
import { openSqlite, type SqliteDriver } from '../sqlite-file.js';
import { DEFAULT_GUARDIAN_SETTINGS, type GuardianLink, type GuardianSettings, type GuardianStore } from './types.js';

type Row = Record<string, unknown>;

/** The few calls the store makes, with `?` placeholders, the same for both databases. */
interface Sql {
  kind: 'sqlite' | 'postgres';
  run(sql: string, params?: unknown[]): Promise<number>;
  all(sql: string, params?: unknown[]): Promise<Row[]>;
  close(): Promise<void>;
}

const num = (v: unknown): number => Number(v);
const numOrNull = (v: unknown): number | null => (v === null || v === undefined ? null : Number(v));

function rowToLink(row: Row): GuardianLink {
  let settings: GuardianSettings = DEFAULT_GUARDIAN_SETTINGS;
  try {
    settings = { ...DEFAULT_GUARDIAN_SETTINGS, ...(JSON.parse(String(row.settings)) as Partial<GuardianSettings>) };
  } catch {
    // A damaged row keeps the defaults (alerts on, no limits) rather than failing the teen's chat.
  }
  return {
    id: String(row.id),
    subject: String(row.subject),
    band: String(row.band) as AgeBand,
    status: row.status === 'linked' ? 'linked' : 'pending',
    guardianEmail: String(row.guardian_email),
    guardianLocale: String(row.guardian_locale),
    confirmHash: row.confirm_hash === null ? null : String(row.confirm_hash),
    confirmExpiresAt: num(row.confirm_expires_at),
    manageHash: row.manage_hash === null ? null : String(row.manage_hash),
    createdAt: num(row.created_at),
    linkedAt: numOrNull(row.linked_at),
    settings,
    lastAlertAt: numOrNull(row.last_alert_at),
  };
}

function ddl(p: string, big: string): string[] {
  return [
    `CREATE TABLE IF NOT EXISTS ${p}guardian_links (
      id TEXT PRIMARY KEY,
      subject TEXT NOT NULL,
      band TEXT NOT NULL,
      status TEXT NOT NULL,
      guardian_email TEXT NOT NULL,
      guardian_locale TEXT NOT NULL,
      confirm_hash TEXT UNIQUE,
      confirm_expires_at ${big} NOT NULL,
      manage_hash TEXT UNIQUE,
      created_at ${big} NOT NULL,
      linked_at ${big},
      settings TEXT NOT NULL,
      last_alert_at ${big}
    )`,
    `CREATE INDEX IF NOT EXISTS ${p}guardian_links_subject ON ${p}guardian_links (subject)`,
    `CREATE TABLE IF NOT EXISTS ${p}guardian_usage (
      link_id TEXT NOT NULL,
      day TEXT NOT NULL,
      used_seconds ${big} NOT NULL,
      last_at ${big} NOT NULL,
      PRIMARY KEY (link_id, day)
    )`,
    // The guardian alert outbox: the same shape and lease rules as the escalation outbox.
    `CREATE TABLE IF NOT EXISTS ${p}guardian_alerts (
      id TEXT PRIMARY KEY,
      event TEXT NOT NULL,
      created_at ${big} NOT NULL,
      attempts INTEGER NOT NULL DEFAULT 0,
      next_attempt_at ${big} NOT NULL,
      locked_until ${big},
      delivered_at ${big},
      last_error TEXT
    )`,
    `CREATE INDEX IF NOT EXISTS ${p}guardian_alerts_due ON ${p}guardian_alerts (delivered_at, next_attempt_at)`,
  ];
}

const isBusy = (error: unknown): boolean => {
  const e = error as { code?: unknown; errcode?: unknown; message?: unknown };
  return e?.code === 'SQLITE_BUSY' || e?.errcode === 5 || /database is locked/i.test(String(e?.message ?? ''));
};

/** Runs a statement, retrying for up to five seconds while another connection holds the write lock. */
async function unlocked<T>(run: () => T): Promise<T> {
  const deadline = Date.now() + 5000;
  let wait = 5;
  for (;;) {
    try {
      return run();
    } catch (error) {
      if (!isBusy(error) || Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, wait));
      wait = Math.min(wait * 2, 100);
    }
  }
}

function checkPrefix(prefix: string): string {
  if (!/^[a-z_][a-z0-9_]{0,40}$/.test(prefix)) {
    throw new ConfigurationError(
      'invalid_option',
      `The table prefix must be lower-case letters, digits and underscores; got "${prefix}".`,
    );
  }
  return prefix;
}

async function makeStore(sql: Sql, p: string): Promise<GuardianStore> {
  const L = `${p}guardian_links`;
  const U = `${p}guardian_usage`;
  const A = `${p}guardian_alerts`;
  const first = async (query: string, params: unknown[]) => {
    const rows = await sql.all(query, params);
    return rows[0] ? rowToLink(rows[0]) : null;
  };
  const DAY_MS = 86_400_000;
  return {
    kind: sql.kind,
    async insertPendingLink(link) {
      const linked = await sql.all(`SELECT id FROM ${L} WHERE subject = ? AND status = 'linked'`, [link.subject]);
      if (linked.length > 0) return false;
      await sql.run(`DELETE FROM ${L} WHERE subject = ? AND status = 'pending'`, [link.subject]);
      await sql.run(
        `INSERT INTO ${L} (id, subject, band, status, guardian_email, guardian_locale, confirm_hash, confirm_expires_at,
           manage_hash, created_at, linked_at, settings, last_alert_at)
         VALUES (?, ?, ?, 'pending', ?, ?, ?, ?, NULL, ?, NULL, ?, NULL)`,
        [
          link.id,
          link.subject,
          link.band,
          link.guardianEmail,
          link.guardianLocale,
          link.confirmHash,
          link.confirmExpiresAt,
          link.createdAt,
          JSON.stringify(link.settings),
        ],
      );
      return true;
    },
    linkBySubject: (subject) =>
      first(`SELECT * FROM ${L} WHERE subject = ? ORDER BY (status = 'linked') DESC, created_at DESC LIMIT 1`, [
        subject,
      ]),
    linkById: (id) => first(`SELECT * FROM ${L} WHERE id = ?`, [id]),
    linkByConfirmHash: (hash) => first(`SELECT * FROM ${L} WHERE confirm_hash = ?`, [hash]),
    linkByManageHash: (hash) => first(`SELECT * FROM ${L} WHERE manage_hash = ? AND status = 'linked'`, [hash]),
    async confirmLink(id, manageHash, now) {
      const changed = await sql.run(
        `UPDATE ${L} SET status = 'linked', confirm_hash = NULL, manage_hash = ?, linked_at = ?
         WHERE id = ? AND status = 'pending' AND confirm_hash IS NOT NULL AND confirm_expires_at > ?`,
        [manageHash, now, id, now],
      );
      return changed === 1;
    },
    async updateSettings(id, settings) {
      await sql.run(`UPDATE ${L} SET settings = ? WHERE id = ?`, [JSON.stringify(settings), id]);
    },
    async recordAlert(id, at) {
      await sql.run(`UPDATE ${L} SET last_alert_at = ? WHERE id = ?`, [at, id]);
    },
    async deleteLink(id) {
      await sql.run(`DELETE FROM ${U} WHERE link_id = ?`, [id]);
      await sql.run(`DELETE FROM ${L} WHERE id = ?`, [id]);
    },
    async usedSeconds(id, day) {
      const rows = await sql.all(`SELECT used_seconds FROM ${U} WHERE link_id = ? AND day = ?`, [id, day]);
      return rows[0] ? num(rows[0].used_seconds) : 0;
    },
    async addUsage(id, day, now, capSeconds, firstSeconds) {
      const rows = await sql.all(`SELECT used_seconds, last_at FROM ${U} WHERE link_id = ? AND day = ?`, [id, day]);
      const row = rows[0];
      if (!row) {
        await sql.run(
          `INSERT INTO ${U} (link_id, day, used_seconds, last_at) VALUES (?, ?, ?, ?)
           ON CONFLICT (link_id, day) DO UPDATE SET used_seconds = ${U}.used_seconds + excluded.used_seconds, last_at = excluded.last_at`,
          [id, day, firstSeconds, now],
        );
        return firstSeconds;
      }
      const gap = Math.max(0, Math.round((now - num(row.last_at)) / 1000));
      const used = num(row.used_seconds) + Math.min(gap, capSeconds);
      await sql.run(`UPDATE ${U} SET used_seconds = ?, last_at = ? WHERE link_id = ? AND day = ?`, [
        used,
        now,
        id,
        day,
      ]);
      return used;
    },
    async purge(now) {
      const links = await sql.run(`DELETE FROM ${L} WHERE status = 'pending' AND confirm_expires_at <= ?`, [now]);
      await sql.run(`DELETE FROM ${U} WHERE last_at < ?`, [now - 7 * DAY_MS]);
      await sql.run(`DELETE FROM ${A} WHERE delivered_at IS NOT NULL AND delivered_at < ?`, [now - 30 * DAY_MS]);
      return { links };
    },
    async enqueueEscalation(event, now) {
      await sql.run(
        `INSERT INTO ${A} (id, event, created_at, attempts, next_attempt_at) VALUES (?, ?, ?, 0, ?) ON CONFLICT (id) DO NOTHING`,
        [event.id, JSON.stringify(event), now, now],
      );
    },
    async claimEscalations({ now, limit, leaseMs }) {
      // One statement, and the lease re-checked on the row itself, so two instances never take the same alert.
      const rows = await sql.all(
        `UPDATE ${A} SET locked_until = ?
         WHERE id IN (SELECT id FROM ${A} WHERE delivered_at IS NULL AND next_attempt_at <= ?
                        AND (locked_until IS NULL OR locked_until <= ?) ORDER BY next_attempt_at LIMIT ?)
           AND delivered_at IS NULL AND (locked_until IS NULL OR locked_until <= ?)
         RETURNING *`,
        [now + leaseMs, now, now, limit, now],
      );
      return rows.map(rowToEscalation).sort((a, b) => a.nextAttemptAt - b.nextAttemptAt);
    },
    async markEscalationDelivered(id, now) {
      await sql.run(
        `UPDATE ${A} SET delivered_at = ?, locked_until = NULL, attempts = attempts + 1, last_error = NULL WHERE id = ?`,
        [now, id],
      );
    },
    async markEscalationFailed(id, failure) {
      await sql.run(
        `UPDATE ${A} SET attempts = ?, next_attempt_at = ?, last_error = ?, locked_until = NULL WHERE id = ?`,
        [failure.attempts, failure.nextAttemptAt, failure.error, id],
      );
    },
    close: () => sql.close(),
  };
}

/**
 * Guardian links in a SQLite file (the report store's file works: the
 * tables are its own).
 *
 * @example
 * const store = await sqliteGuardianStore({ filename: '.data/youthchat.sqlite' });
 */
export async function sqliteGuardianStore(options: {
  filename: string;
  tablePrefix?: string;
  driver?: SqliteDriver;
}): Promise<GuardianStore> {
  const prefix = checkPrefix(options.tablePrefix ?? 'youthchat_');
  // A short wait inside SQLite, then retries that give the event loop back: another store in this process
  // may hold a write transaction across an await, which a blocking wait here would never let finish.
  const db = await openSqlite(options.filename, 20, 'guardian store', '', options.driver ?? 'auto');
  await unlocked(() => db.pragma('journal_mode = WAL'));
  await unlocked(() => db.pragma('synchronous = FULL'));
  for (const statement of ddl(prefix, 'INTEGER')) await unlocked(() => db.exec(statement));
  const sql: Sql = {
    kind: 'sqlite',
    run: (query, params = []) => unlocked(() => db.prepare(query).run(...params).changes),
    all: (query, params = []) => unlocked(() => db.prepare(query).all(...params) as Row[]),
    close: async () => db.close(),
  };
  return makeStore(sql, prefix);
}

/**
 * Guardian links in PostgreSQL through `pg`, for several server instances.
 *
 * @example
 * const store = await postgresGuardianStore({ connectionString: process.env.DATABASE_URL });
 */
export async function postgresGuardianStore(options: {
  connectionString?: string;
  pool?: PgPool;
  schema?: string;
  tablePrefix?: string;
}): Promise<GuardianStore> {
  const schema = options.schema ?? 'public';
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(schema)) {
    throw new ConfigurationError(
      'invalid_schema',
      `The schema name must be lower-case letters, digits and underscores; got "${schema}".`,
    );
  }
  const prefix = `"${schema}".${checkPrefix(options.tablePrefix ?? 'youthchat_')}`;
  let pool: PgPool;
  const ownPool = !options.pool;
  if (options.pool) pool = options.pool;
  else {
    if (!options.connectionString) {
      throw new ConfigurationError('missing_connection', 'postgresGuardianStore needs a connectionString or a pool.');
    }
    let pg: typeof import('pg');
    try {
      const mod = (await import('pg')) as unknown as { default?: typeof import('pg') } & typeof import('pg');
      pg = mod.default ?? mod;
    } catch (cause) {
      throw new ConfigurationError('missing_driver', 'The PostgreSQL guardian store needs "pg": npm install pg.', {
        cause,
      });
    }
    const own = new pg.Pool({ connectionString: options.connectionString, max: 4 });
    own.on('error', (error) => console.error(`[youthchat] guardian store connection lost: ${error.name}`));
    pool = own as unknown as PgPool;
  }
  const numbered = (query: string) => {
    let i = 0;
    return query.replace(/\?/g, () => `$${++i}`);
  };
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    await client.query(`SELECT pg_advisory_xact_lock(hashtext($1))`, [`youthchat-guardian-schema:${prefix}`]);
    await client.query(`CREATE SCHEMA IF NOT EXISTS "${schema}"`);
    for (const statement of ddl(prefix, 'BIGINT')) {
      // Index names take no schema; the table name does.
      await client.query(statement.replace(/INDEX IF NOT EXISTS "[^"]+"\./, 'INDEX IF NOT EXISTS '));
    }
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {});
    client.release();
    if (ownPool) await pool.end().catch(() => {});
    throw error;
  }
  client.release();
  const sql: Sql = {
    kind: 'postgres',
    run: async (query, params = []) => (await pool.query(numbered(query), params)).rowCount ?? 0,
    all: async (query, params = []) => (await pool.query(numbered(query), params)).rows as Row[],
    close: async () => {
      if (ownPool) await pool.end();
    },
  };
  return makeStore(sql, prefix);
}
