import { chmodSync, closeSync, existsSync, openSync } from 'node:fs';
import { ConfigurationError } from '@youthchat/core';
import type BetterSqlite3 from 'better-sqlite3';

/**
 * Creates a database file owner-only (0600) when it is missing, before
 * SQLite opens it, and narrows an existing one and its `-wal` and `-shm`
 * files to that: the files hold children's words. SQLite gives the files it
 * creates beside the database the database file's mode.
 */
export function keepPrivate(filename: string): void {
  if (filename === '' || filename === ':memory:' || filename.startsWith('file:')) return;
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

/**
 * Opens a SQLite file with the optional `better-sqlite3` driver, private as
 * {@link keepPrivate} makes it. `store` names what needs the driver in the
 * error when it is missing, and `otherwise` what else would do.
 */
export async function openSqlite(
  filename: string,
  busyTimeoutMs: number,
  store: string,
  otherwise = '',
): Promise<BetterSqlite3.Database> {
  let Driver: typeof BetterSqlite3;
  try {
    Driver = (await import('better-sqlite3')).default;
  } catch (cause) {
    throw new ConfigurationError(
      'missing_driver',
      `The SQLite ${store} needs the optional dependency "better-sqlite3": install it (npm install better-sqlite3)${otherwise}.`,
      { cause },
    );
  }
  keepPrivate(filename);
  return new Driver(filename, { timeout: busyTimeoutMs });
}
