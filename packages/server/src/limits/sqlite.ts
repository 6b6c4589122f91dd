import { closeSync, openSync } from 'node:fs';
import { ConfigurationError } from '@youthchat/core';
import type BetterSqlite3 from 'better-sqlite3';
import { limitsTable, SWEEP_EVERY_MS, storedKey } from './key.js';
import type { RateLimitCount, RateLimitKey, RateLimitStore } from './types.js';

export interface SqliteRateLimitStoreOptions {
  /** Path of the database file (the report store's may be shared), created when missing. */
  filename: string;
  /** Key for hashing counter keys, e.g. the server's secret. @default unset: plain SHA-256 */
  hashKey?: string | Uint8Array;
  /** Prefix of the table name. @default 'youthchat_' */
  tablePrefix?: string;
  /** How long to wait for a lock held by another process, in ms. @default 5000 */
  busyTimeoutMs?: number;
}

/**
 * Counters in a SQLite file, shared by every process on the machine that
 * opens the same file (several server processes behind one port, say).
 *
 * The store has a connection of its own with `synchronous=OFF`: a counter
 * lost in a power cut only resets a limit, so a request never waits for a
 * disk sync here. Reports in the same file keep their own connection's
 * durability.
 *
 * @example
 * const limits = await sqliteRateLimitStore({ filename: '.data/youthchat.sqlite', hashKey: secret });
 */
export async function sqliteRateLimitStore(options: SqliteRateLimitStoreOptions): Promise<RateLimitStore> {
  let Driver: typeof BetterSqlite3;
  try {
    Driver = (await import('better-sqlite3')).default;
  } catch (cause) {
    throw new ConfigurationError(
      'missing_driver',
      'The SQLite rate-limit store needs the optional dependency "better-sqlite3": install it (npm install better-sqlite3).',
      { cause },
    );
  }
  const table = limitsTable(options.tablePrefix ?? 'youthchat_');
  if (options.filename !== ':memory:' && !options.filename.startsWith('file:')) {
    // Created owner-only when missing, as the report store does.
    closeSync(openSync(options.filename, 'a', 0o600));
  }
  const db = new Driver(options.filename, { timeout: options.busyTimeoutMs ?? 5000 });
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = OFF');
  db.exec(`CREATE TABLE IF NOT EXISTS ${table} (
    key TEXT PRIMARY KEY,
    hits INTEGER NOT NULL,
    reset_at INTEGER NOT NULL
  ) WITHOUT ROWID`);
  // Every SET expression reads the row as it was, so both CASEs see the old reset_at.
  const upsert = db.prepare(
    `INSERT INTO ${table} (key, hits, reset_at) VALUES (?, 1, ?)
     ON CONFLICT (key) DO UPDATE SET
       hits = CASE WHEN reset_at <= ? THEN 1 ELSE hits + 1 END,
       reset_at = CASE WHEN reset_at <= ? THEN excluded.reset_at ELSE reset_at END
     RETURNING hits, reset_at`,
  );
  const sweep = db.prepare(`DELETE FROM ${table} WHERE reset_at <= ?`);
  const hitOne = (key: string, windowMs: number, now: number): RateLimitCount => {
    const row = upsert.get(storedKey(options.hashKey, key), now + windowMs, now, now) as {
      hits: number;
      reset_at: number;
    };
    return { count: row.hits, resetAt: row.reset_at };
  };
  const hitMany = db.transaction((keys: readonly RateLimitKey[], now: number) =>
    keys.map(({ key, windowMs }) => hitOne(key, windowMs, now)),
  );
  let closed = false;
  const timer = setInterval(() => {
    try {
      sweep.run(Date.now());
    } catch {
      // Busy with another process's write: the next sweep catches up.
    }
  }, SWEEP_EVERY_MS);
  timer.unref();

  return {
    kind: 'sqlite',
    async hit(keys, now) {
      if (closed) throw new Error('The rate-limit store is closed.');
      const [only] = keys;
      // One statement is atomic on its own; several share a transaction.
      return keys.length === 1 && only ? [hitOne(only.key, only.windowMs, now)] : hitMany(keys, now);
    },
    async close() {
      if (closed) return;
      closed = true;
      clearInterval(timer);
      db.close();
    },
  };
}
