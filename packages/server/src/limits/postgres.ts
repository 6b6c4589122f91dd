import { ConfigurationError } from '@youthchat/core';
import type pg from 'pg';
import { batchedCounter, counterStore } from './batch.js';
import { limitsTable, SWEEP_EVERY_MS, storedKey, storedKeys } from './key.js';
import type { RateLimitStore } from './types.js';

/** The part of a `pg` Pool the store uses, written out so that the published types do not need `@types/pg`. */
export interface RateLimitPgPool {
  query(
    config: { name?: string; text: string; values?: unknown[] } | string,
    values?: unknown[],
  ): Promise<{ rows: unknown[] }>;
  end(): Promise<void>;
}

export interface PostgresRateLimitStoreOptions {
  /** A `postgres://` URL. Either this or `pool`. */
  connectionString?: string;
  /** A `pg` Pool you already have; the store does not end it on close. */
  pool?: RateLimitPgPool;
  /** Schema holding the table, created when missing. @default 'public' */
  schema?: string;
  /** Prefix of the table name. @default 'youthchat_' */
  tablePrefix?: string;
  /** Key for hashing counter keys, e.g. the server's secret. @default unset: plain SHA-256 */
  hashKey?: string | Uint8Array;
  /** Most connections the store's own pool opens, and so calls out at once. @default 2 */
  maxConnections?: number;
}

/**
 * Counters in PostgreSQL, shared by every server instance on the database:
 * a limit of N per minute is N across all of them.
 *
 * Requests that arrive together (in one turn of the event loop, or while
 * each of the pool's connections has a call out) are counted with one statement: one round trip for
 * all of them, each request still getting a count of its own. The table is
 * UNLOGGED: it writes no WAL, so a bump never waits for a disk
 * sync; after a database crash the counters start again from zero, which
 * only resets the current windows.
 *
 * @example
 * const limits = await postgresRateLimitStore({ connectionString: process.env.DATABASE_URL, hashKey: secret });
 */
export async function postgresRateLimitStore(options: PostgresRateLimitStoreOptions): Promise<RateLimitStore> {
  const schema = options.schema ?? 'public';
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(schema)) {
    throw new ConfigurationError(
      'invalid_schema',
      `The schema name must be lower-case letters, digits and underscores; got "${schema}".`,
    );
  }
  const table = `"${schema}".${limitsTable(options.tablePrefix ?? 'youthchat_')}`;
  const ownPool = !options.pool;
  let pool: RateLimitPgPool;
  if (options.pool) pool = options.pool;
  else {
    if (!options.connectionString) {
      throw new ConfigurationError('missing_connection', 'postgresRateLimitStore needs a connectionString or a pool.');
    }
    let Pool: typeof pg.Pool;
    try {
      const mod = (await import('pg')) as unknown as { default?: typeof pg } & typeof pg;
      Pool = (mod.default ?? mod).Pool;
    } catch (cause) {
      throw new ConfigurationError(
        'missing_driver',
        'The PostgreSQL rate-limit store needs the optional dependency "pg": install it (npm install pg).',
        { cause },
      );
    }
    const own = new Pool({ connectionString: options.connectionString, max: options.maxConnections ?? 2 });
    own.on('error', (error) => console.error(`[youthchat] rate-limit store connection lost: ${error.name}`));
    pool = own as unknown as RateLimitPgPool;
  }
  try {
    await pool.query(`CREATE SCHEMA IF NOT EXISTS "${schema}"`);
    await pool.query(
      `CREATE UNLOGGED TABLE IF NOT EXISTS ${table} (key TEXT PRIMARY KEY, hits INTEGER NOT NULL, reset_at BIGINT NOT NULL)`,
    );
  } catch (error) {
    // Two instances starting together may both try to create the table; the loser finds it there.
    const code = (error as { code?: string }).code;
    if (code !== '23505' && code !== '42P06' && code !== '42P07') {
      if (ownPool) await pool.end().catch(() => {});
      throw error;
    }
  }

  // Keys in a fixed order, so two calls raising the same counters never wait on each other crosswise.
  // Each SET expression reads the row as it was.
  const text = `INSERT INTO ${table} AS r (key, hits, reset_at)
    SELECT k, n, $2::bigint + w FROM unnest($1::text[], $3::bigint[], $4::integer[]) AS u(k, w, n) ORDER BY k
    ON CONFLICT (key) DO UPDATE SET
      hits = CASE WHEN r.reset_at <= $2::bigint THEN EXCLUDED.hits ELSE r.hits + EXCLUDED.hits END,
      reset_at = CASE WHEN r.reset_at <= $2::bigint THEN EXCLUDED.reset_at ELSE r.reset_at END
    RETURNING key, hits, reset_at`;
  // Named after its text: pg prepares a named statement once per connection.
  const name = `youthchat_rate_limit_${storedKey(undefined, text).slice(0, 16)}`;
  const sweep = () =>
    pool.query(`DELETE FROM ${table} WHERE reset_at <= $1`, [Date.now()]).catch(() => {
      // The database is away: the next sweep catches up.
    });
  const timer = setInterval(sweep, SWEEP_EVERY_MS);
  timer.unref();

  const stored = storedKeys(options.hashKey);
  // Requests that arrive together, or while every connection has a call out, share one round trip.
  const counter = batchedCounter(
    async (entries, now) => {
      const keys = entries.map(({ key }) => stored(key));
      const { rows } = await pool.query({
        name,
        text,
        values: [keys, now, entries.map(({ windowMs }) => windowMs), entries.map(({ n }) => n)],
      });
      const byKey = new Map(
        (rows as { key: string; hits: number; reset_at: string | number }[]).map((row) => [row.key, row]),
      );
      return keys.map((key) => {
        const row = byKey.get(key);
        if (!row) throw new Error('The rate-limit store did not answer for every key.');
        return { count: row.hits, resetAt: Number(row.reset_at) };
      });
    },
    // One call per connection of the pool: a request waits for a free one rather than for the call before it.
    { concurrency: options.pool ? 1 : (options.maxConnections ?? 2) },
  );

  return counterStore('postgres', counter, async () => {
    clearInterval(timer);
    if (ownPool) await pool.end();
  });
}
