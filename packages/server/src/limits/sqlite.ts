import { openSharedSqlite, type SqliteDriver } from '../sqlite-file.js';
import { type BatchEntry, batchedCounter, counterStore } from './batch.js';
import { limitsTable, SWEEP_EVERY_MS, storedKeys } from './key.js';
import type { RateLimitCount, RateLimitStore } from './types.js';

export interface SqliteRateLimitStoreOptions {
  /** Path of the database file (the report store's may be shared), created when missing. */
  filename: string;
  /** Key for hashing counter keys, e.g. the server's secret. @default unset: plain SHA-256 */
  hashKey?: string | Uint8Array;
  /** Prefix of the table name. @default 'youthchat_' */
  tablePrefix?: string;
  /** How long to wait for a lock held by another process, in ms. @default 5000 */
  busyTimeoutMs?: number;
  /** Which SQLite library opens the file (see `SqliteReportStoreOptions.driver`). @default 'auto' */
  driver?: SqliteDriver;
  /**
   * Share one connection with the other stores of this process that ask for
   * it on the same file (the report store's `shareConnection`), so neither
   * reads the other's pages again after each commit. @default false
   */
  shareConnection?: boolean;
}

/**
 * Counters in a SQLite file, shared by every process on the machine that
 * opens the same file (several server processes behind one port, say).
 *
 * The store has a connection of its own (or, with `shareConnection`, the
 * report store's) with `synchronous=NORMAL`: its
 * commits are not synced (a counter lost in a power cut only resets a limit),
 * so a request never waits for a disk sync here, and the requests of one turn
 * of the event loop share one transaction. NORMAL, not OFF, because this
 * connection may checkpoint the shared log: SQLite then syncs the database
 * before the log is reused, so reports in the same file keep their own
 * connection's durability.
 *
 * @example
 * const limits = await sqliteRateLimitStore({ filename: '.data/youthchat.sqlite', hashKey: secret });
 */
export async function sqliteRateLimitStore(options: SqliteRateLimitStoreOptions): Promise<RateLimitStore> {
  const table = limitsTable(options.tablePrefix ?? 'youthchat_');
  // Created owner-only when missing, as the report store's file is.
  const { db, fresh } = await openSharedSqlite(
    options.filename,
    options.busyTimeoutMs ?? 5000,
    'rate-limit store',
    '',
    options.driver,
    options.shareConnection ?? false,
  );
  db.pragma('journal_mode = WAL');
  // A connection the report store already holds keeps that store's durability setting.
  if (fresh) db.pragma('synchronous = NORMAL');
  db.exec(`CREATE TABLE IF NOT EXISTS ${table} (
    key TEXT PRIMARY KEY,
    hits INTEGER NOT NULL,
    reset_at INTEGER NOT NULL
  ) WITHOUT ROWID`);
  // Every SET expression reads the row as it was, so both CASEs see the old reset_at.
  const upsert = db.prepare(
    `INSERT INTO ${table} (key, hits, reset_at) VALUES (?, ?, ?)
     ON CONFLICT (key) DO UPDATE SET
       hits = CASE WHEN reset_at <= ? THEN excluded.hits ELSE hits + excluded.hits END,
       reset_at = CASE WHEN reset_at <= ? THEN excluded.reset_at ELSE reset_at END
     RETURNING hits, reset_at`,
  );
  const sweep = db.prepare(`DELETE FROM ${table} WHERE reset_at <= ?`);
  const stored = storedKeys(options.hashKey);
  // The requests of one turn of the event loop share a transaction, as the report store's writes do.
  const countAll = db.transaction((entries: BatchEntry[], now: number) =>
    entries.map(({ key, windowMs, n }): RateLimitCount => {
      const row = upsert.get(stored(key), n, now + windowMs, now, now) as {
        hits: number;
        reset_at: number;
      };
      return { count: row.hits, resetAt: row.reset_at };
    }),
  );
  const counter = batchedCounter(countAll);
  const timer = setInterval(() => {
    try {
      sweep.run(Date.now());
    } catch {
      // Busy with another process's write: the next sweep catches up.
    }
  }, SWEEP_EVERY_MS);
  timer.unref();

  return counterStore('sqlite', counter, () => {
    clearInterval(timer);
    db.close();
  });
}
