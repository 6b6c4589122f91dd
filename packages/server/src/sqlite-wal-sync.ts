import { type FileHandle, open } from 'node:fs/promises';
import { isPlainFile } from './sqlite-file.js';

/**
 * Makes a SQLite file's committed transactions durable off the event loop.
 *
 * With `synchronous=FULL`, SQLite syncs the write-ahead log inside COMMIT,
 * and the event loop waits for the disk (milliseconds on most disks) with
 * every other request queued behind it. With `synchronous=NORMAL` in WAL mode,
 * SQLite still syncs around checkpoints and when the log is reused, but not
 * at COMMIT; this closes that gap: a caller awaits {@link WalSync.durable}
 * after committing, which resolves only once an fsync of the log, started
 * after that commit, has finished on Node's thread pool. Commits made while
 * one sync is running share the next one. So what is acknowledged after
 * `durable()` survives power loss exactly as with `synchronous=FULL`, and the
 * server keeps working while the disk syncs.
 *
 * Answers null when the log cannot be opened (an in-memory database, say):
 * the caller then keeps `synchronous=FULL`.
 */
export interface WalSync {
  /** Resolves once everything committed before the call is on disk; rejects if the sync fails. */
  durable(): Promise<void>;
  /** Waits for a sync under way, then closes the log's handle (after the database is closed). */
  close(): Promise<void>;
}

interface Waiting {
  promise: Promise<void>;
  resolve: () => void;
  reject: (error: unknown) => void;
}

function waiting(): Waiting {
  let resolve!: () => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<void>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  // A caller that stopped waiting (a store being closed) must not leave an unhandled rejection behind.
  promise.catch(() => {});
  return { promise, resolve, reject };
}

export async function openWalSync(filename: string): Promise<WalSync | null> {
  if (!isPlainFile(filename)) return null;
  let handle: FileHandle;
  try {
    // Read-write: some systems refuse to sync a handle opened only for reading. The file is SQLite's; never written here.
    handle = await open(`${filename}-wal`, 'r+');
  } catch {
    return null;
  }
  let running: Promise<void> | undefined;
  /** Callers whose commits come after the running sync started: the next sync is theirs. */
  let next: Waiting | undefined;

  function start(): void {
    const mine = next;
    if (!mine) return;
    next = undefined;
    running = handle.sync().then(mine.resolve, mine.reject);
    void running.finally(() => {
      running = undefined;
      start();
    });
  }

  return {
    durable() {
      if (!next) next = waiting();
      const { promise } = next;
      if (!running) start();
      return promise;
    },
    async close() {
      while (running) await running;
      await handle.close();
    },
  };
}
