import { ConfigurationError } from '@youthchat/core';
import type { PgPool } from '../reports/postgres.js';
import { openSqlite, type SqliteDriver } from '../sqlite-file.js';

/** The few statements the consent store runs, the same for SQLite and PostgreSQL (`?` placeholders). */
export interface SqlTx {
  run(sql: string, params?: unknown[]): Promise<number>;
  get<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T | undefined>;
  all<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]>;
}

export interface SqlDb extends SqlTx {
  readonly dialect: 'sqlite' | 'postgres';
  /** Runs `work` in one transaction (SQLite: `BEGIN IMMEDIATE`; PostgreSQL: a pooled client). */
  tx<T>(work: (tx: SqlTx) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/**
 * A SQLite connection of the consent store's own. Every call goes through
 * one queue, so a transaction's statements never interleave with another
 * request's on the shared connection.
 */
export async function openSqliteDb(filename: string, driver: SqliteDriver = 'auto'): Promise<SqlDb> {
  const db = await openSqlite(filename, 5000, 'consent store', '', driver);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  let queue: Promise<unknown> = Promise.resolve();
  let closed = false;
  const serial = <T>(work: () => Promise<T>): Promise<T> => {
    if (closed) return Promise.reject(new Error('The consent store is closed.'));
    const next = queue.then(work, work);
    queue = next.catch(() => undefined);
    return next;
  };
  const direct: SqlTx = {
    async run(sql, params = []) {
      return db.prepare(sql).run(...params).changes;
    },
    async get<T>(sql: string, params: unknown[] = []) {
      return db.prepare(sql).get(...params) as T | undefined;
    },
    async all<T>(sql: string, params: unknown[] = []) {
      return db.prepare(sql).all(...params) as T[];
    },
  };
  return {
    dialect: 'sqlite',
    run: (sql, params) => serial(() => direct.run(sql, params)),
    get: <T>(sql: string, params?: unknown[]) => serial(() => direct.get<T>(sql, params)),
    all: <T>(sql: string, params?: unknown[]) => serial(() => direct.all<T>(sql, params)),
    tx: (work) =>
      serial(async () => {
        db.exec('BEGIN IMMEDIATE');
        try {
          const result = await work(direct);
          db.exec('COMMIT');
          return result;
        } catch (error) {
          db.exec('ROLLBACK');
          throw error;
        }
      }),
    async close() {
      if (closed) return;
      await queue;
      closed = true;
      db.close();
    },
  };
}

/** `?` placeholders as PostgreSQL's `$1`, `$2`… (no statement here has a `?` inside a string). */
function numbered(sql: string): string {
  let n = 0;
  return sql.replace(/\?/g, () => `$${++n}`);
}

function pgTx(client: { query: PgPool['query'] }): SqlTx {
  return {
    async run(sql, params = []) {
      return (await client.query(numbered(sql), params)).rowCount ?? 0;
    },
    async get<T>(sql: string, params: unknown[] = []) {
      return (await client.query(numbered(sql), params)).rows[0] as T | undefined;
    },
    async all<T>(sql: string, params: unknown[] = []) {
      return (await client.query(numbered(sql), params)).rows as T[];
    },
  };
}

/** A PostgreSQL pool of the consent store's own (or one given). */
export async function openPostgresDb(options: { connectionString?: string; pool?: PgPool }): Promise<SqlDb> {
  let pool: PgPool;
  const own = !options.pool;
  if (options.pool) pool = options.pool;
  else {
    if (!options.connectionString)
      throw new ConfigurationError('missing_connection', 'The consent store needs a connectionString or a pool.');
    let Pool: new (config: {
      connectionString: string;
      max: number;
    }) => PgPool & {
      on(event: 'error', listener: (error: Error) => void): void;
    };
    try {
      const mod = (await import('pg')) as unknown as { default?: { Pool: typeof Pool }; Pool: typeof Pool };
      Pool = (mod.default ?? mod).Pool;
    } catch (cause) {
      throw new ConfigurationError(
        'missing_driver',
        'The PostgreSQL consent store needs the optional dependency "pg": install it (npm install pg).',
        { cause },
      );
    }
    const created = new Pool({ connectionString: options.connectionString, max: 4 });
    created.on('error', (error) => console.error(`[youthchat] consent store connection lost: ${error.name}`));
    pool = created;
  }
  const direct = pgTx(pool);
  return {
    dialect: 'postgres',
    ...direct,
    async tx(work) {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const result = await work(pgTx(client));
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => {});
        throw error;
      } finally {
        client.release();
      }
    },
    async close() {
      if (own) await pool.end();
    },
  };
}
