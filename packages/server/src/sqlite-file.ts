import { chmodSync, closeSync, existsSync, openSync } from 'node:fs';
import { resolve } from 'node:path';
import { ConfigurationError } from '@youthchat/core';

/**
 * Which SQLite library opens the file. `'auto'` (the default) takes the one
 * built into Node (`node:sqlite`, Node 22.13 and newer, no native module to
 * install) when the runtime has it, and the optional `better-sqlite3`
 * package otherwise (Node 20).
 */
export type SqliteDriver = 'auto' | 'node:sqlite' | 'better-sqlite3';

/** A prepared statement: the part of the API the stores use, the same whichever driver runs it. */
export interface SqliteStatement {
  /** Parameters are strings, numbers, bigints, `null` or bytes. */
  run(...params: unknown[]): { changes: number };
  get(...params: unknown[]): unknown;
  all(...params: unknown[]): unknown[];
}

/** A function run in a transaction; nested calls run in a savepoint. */
export type SqliteTransaction<A extends unknown[], R> = ((...args: A) => R) & {
  /** The same in a `BEGIN IMMEDIATE` transaction, which takes the write lock first. */
  immediate(...args: A): R;
};

/** An open SQLite file, whichever driver opened it. */
export interface SqliteDatabase {
  readonly driver: Exclude<SqliteDriver, 'auto'>;
  exec(sql: string): void;
  prepare(sql: string): SqliteStatement;
  /** Runs `PRAGMA <statement>`; the result is not read. */
  pragma(statement: string): void;
  transaction<A extends unknown[], R>(run: (...args: A) => R): SqliteTransaction<A, R>;
  close(): void;
}

/** Whether SQLite opens `filename` as a file of that path: not in memory, not a `file:` URI. */
export function isPlainFile(filename: string): boolean {
  return filename !== '' && filename !== ':memory:' && !filename.startsWith('file:');
}

/**
 * Creates a database file owner-only (0600) when it is missing, before
 * SQLite opens it, and narrows an existing one and its `-wal` and `-shm`
 * files to that: the files hold children's words. SQLite gives the files it
 * creates beside the database the database file's mode.
 */
export function keepPrivate(filename: string): void {
  if (!isPlainFile(filename)) return;
  try {
    closeSync(openSync(filename, 'a', 0o600));
  } catch {
    // A folder that is missing or not writable: SQLite's own error says so better.
    return;
  }
  for (const file of [filename, `${filename}-wal`, `${filename}-shm`]) {
    try {
      if (existsSync(file)) chmodSync(file, 0o600);
    } catch {
      // Owned by another user: left as it is; the data folder's own mode still guards it.
    }
  }
}

interface NodeSqliteDatabase {
  exec(sql: string): void;
  prepare(sql: string): SqliteStatement;
  close(): void;
}
interface NodeSqliteModule {
  DatabaseSync: new (filename: string, options?: { open?: boolean }) => NodeSqliteDatabase;
}

/** SQLite's primary result code for a broken constraint (a UNIQUE index, say). */
const SQLITE_CONSTRAINT = 19;

/** Whether an error from either driver is a broken constraint. */
export function isConstraintError(error: unknown): boolean {
  const { code, errcode } = (error ?? {}) as { code?: unknown; errcode?: unknown };
  if (typeof code === 'string' && code.startsWith('SQLITE_CONSTRAINT')) return true; // better-sqlite3
  return typeof errcode === 'number' && (errcode & 0xff) === SQLITE_CONSTRAINT; // node:sqlite
}

/**
 * `node:sqlite` when this runtime has it without a flag. It is looked up at
 * run time (not imported) so that bundlers and older Nodes never see it.
 */
function builtinSqlite(): NodeSqliteModule | undefined {
  try {
    const module = process.getBuiltinModule?.('node:sqlite') as NodeSqliteModule | undefined;
    return typeof module?.DatabaseSync === 'function' ? module : undefined;
  } catch {
    return undefined;
  }
}

/** Whether this runtime has SQLite built in (`node:sqlite`), so no native module is needed. */
export function hasBuiltinSqlite(): boolean {
  return builtinSqlite() !== undefined;
}

/** Transactions with savepoints for nesting, as better-sqlite3's `db.transaction` behaves. */
function transactions(db: { exec(sql: string): void }): SqliteDatabase['transaction'] {
  let depth = 0;
  const rollback = (sql: string) => {
    try {
      db.exec(sql);
    } catch {
      // SQLite already rolled the transaction back (a failed COMMIT, say).
    }
  };
  return <A extends unknown[], R>(run: (...args: A) => R) => {
    const wrap =
      (begin: string) =>
      (...args: A): R => {
        const savepoint = depth > 0 ? `youthchat_savepoint_${depth}` : undefined;
        db.exec(savepoint ? `SAVEPOINT ${savepoint}` : begin);
        depth += 1;
        try {
          const result = run(...args);
          db.exec(savepoint ? `RELEASE ${savepoint}` : 'COMMIT');
          return result;
        } catch (error) {
          if (savepoint) {
            rollback(`ROLLBACK TO ${savepoint}`);
            rollback(`RELEASE ${savepoint}`);
          } else {
            rollback('ROLLBACK');
          }
          throw error;
        } finally {
          depth -= 1;
        }
      };
    return Object.assign(wrap('BEGIN'), { immediate: wrap('BEGIN IMMEDIATE') });
  };
}

function openBuiltin(module: NodeSqliteModule, filename: string, busyTimeoutMs: number): SqliteDatabase {
  const db = new module.DatabaseSync(filename);
  db.exec(`PRAGMA busy_timeout = ${Math.max(0, Math.floor(busyTimeoutMs))}`);
  return {
    driver: 'node:sqlite',
    exec: (sql) => db.exec(sql),
    prepare: (sql) => db.prepare(sql),
    pragma: (statement) => db.exec(`PRAGMA ${statement}`),
    transaction: transactions(db),
    close: () => db.close(),
  };
}

async function openBetterSqlite3(
  filename: string,
  busyTimeoutMs: number,
  store: string,
  otherwise: string,
): Promise<SqliteDatabase> {
  let Driver: typeof import('better-sqlite3');
  try {
    Driver = (await import('better-sqlite3')).default;
  } catch (cause) {
    throw new ConfigurationError(
      'missing_driver',
      `The SQLite ${store} needs SQLite: run it on Node 22.13 or newer (which has SQLite built in), or install the optional dependency "better-sqlite3" (npm install better-sqlite3)${otherwise}.`,
      { cause },
    );
  }
  keepPrivate(filename);
  let db: InstanceType<typeof Driver>;
  try {
    db = new Driver(filename, { timeout: busyTimeoutMs });
  } catch (cause) {
    // Its native part is missing or built for another Node (pnpm skips unapproved builds, say).
    if (!/bindings|NODE_MODULE_VERSION|\.node\b/.test(String((cause as Error)?.message))) throw cause;
    throw new ConfigurationError(
      'missing_driver',
      `The SQLite ${store} found "better-sqlite3" but not its native part for Node ${process.version} (${(cause as Error).message.split('\n')[0]}): rebuild it (npm rebuild better-sqlite3; with pnpm, allow its build script), or run Node 22.13 or newer, which has SQLite built in${otherwise}.`,
      { cause },
    );
  }
  return {
    driver: 'better-sqlite3',
    exec: (sql) => {
      db.exec(sql);
    },
    prepare: (sql) => db.prepare(sql) as unknown as SqliteStatement,
    pragma: (statement) => {
      db.pragma(statement);
    },
    transaction: <A extends unknown[], R>(run: (...args: A) => R) =>
      db.transaction(run) as unknown as SqliteTransaction<A, R>,
    close: () => {
      db.close();
    },
  };
}

/**
 * Opens a SQLite file, private as {@link keepPrivate} makes it, with the
 * driver {@link SqliteDriver} picks. `store` names what needs SQLite in the
 * error when no driver is found, and `otherwise` what else would do.
 */
export async function openSqlite(
  filename: string,
  busyTimeoutMs: number,
  store: string,
  otherwise = '',
  driver: SqliteDriver = 'auto',
): Promise<SqliteDatabase> {
  if (driver !== 'auto' && driver !== 'node:sqlite' && driver !== 'better-sqlite3') {
    throw new ConfigurationError(
      'invalid_option',
      `The SQLite driver must be "auto", "node:sqlite" or "better-sqlite3"; got "${String(driver)}".`,
    );
  }
  const builtin = driver === 'better-sqlite3' ? undefined : builtinSqlite();
  if (driver === 'node:sqlite' && !builtin) {
    throw new ConfigurationError(
      'missing_driver',
      `The SQLite ${store} was asked to use node:sqlite, which Node ${process.version} does not have without a flag: run Node 22.13 or newer, or use "better-sqlite3".`,
    );
  }
  if (builtin) {
    keepPrivate(filename);
    return openBuiltin(builtin, filename, busyTimeoutMs);
  }
  return openBetterSqlite3(filename, busyTimeoutMs, store, otherwise);
}

/** Connections that stores opened with {@link openSharedSqlite}, by file and driver, with how many stores hold each. */
const sharedConnections = new Map<string, { open: Promise<SqliteDatabase>; holders: number }>();

/**
 * One connection to a SQLite file for the stores of this process that ask
 * for it (the report store and the rate-limit store of one server), opened
 * by the first and closed when the last of them closes. In WAL mode SQLite
 * drops a connection's page cache whenever another connection has committed,
 * so two busy connections to one file keep reading each other's pages again;
 * one connection keeps them. Only stores whose transactions never span an
 * `await` may share: JavaScript then never runs one store's statements
 * inside another's transaction. `fresh` tells the first holder, which sets
 * the connection's pragmas. In-memory and `file:` names are never shared,
 * nor is anything when `share` is false (a connection of the store's own).
 */
export async function openSharedSqlite(
  filename: string,
  busyTimeoutMs: number,
  store: string,
  otherwise = '',
  driver: SqliteDriver = 'auto',
  share = true,
): Promise<{ db: SqliteDatabase; fresh: boolean }> {
  if (!share || !isPlainFile(filename)) {
    return { db: await openSqlite(filename, busyTimeoutMs, store, otherwise, driver), fresh: true };
  }
  const key = `${driver}\u0000${resolve(filename)}`;
  let entry = sharedConnections.get(key);
  const fresh = entry === undefined;
  if (!entry) {
    const open = openSqlite(filename, busyTimeoutMs, store, otherwise, driver);
    entry = { open, holders: 0 };
    sharedConnections.set(key, entry);
    // A failed open is forgotten, so the next store tries again.
    open.catch(() => {
      if (sharedConnections.get(key)?.open === open) sharedConnections.delete(key);
    });
  }
  const held = entry;
  const db = await held.open;
  held.holders += 1;
  let released = false;
  return {
    fresh,
    db: {
      ...db,
      close() {
        if (released) return;
        released = true;
        held.holders -= 1;
        if (held.holders > 0) return;
        if (sharedConnections.get(key) === held) sharedConnections.delete(key);
        db.close();
      },
    },
  };
}
