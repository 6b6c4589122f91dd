import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { type FileHandle, open } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sqliteReportStore } from '@youthchat/server';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openWalSync } from '../../../packages/server/src/sqlite-wal-sync.ts';
import { record } from './helpers.ts';

let dir: string;
let fileHandleProto: FileHandle;

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'youthchat-wal-sync-'));
  const probe = await open(join(dir, 'probe'), 'w');
  fileHandleProto = Object.getPrototypeOf(probe) as FileHandle;
  await probe.close();
});

afterEach(() => {
  vi.restoreAllMocks();
  rmSync(dir, { recursive: true, force: true });
});

/** Holds every fsync of a file handle until released, counting them. */
function holdSyncs() {
  const held: (() => void)[] = [];
  const real = fileHandleProto.sync;
  const spy = vi.spyOn(fileHandleProto, 'sync').mockImplementation(function (this: FileHandle) {
    return new Promise<void>((resolve, reject) => {
      held.push(() => real.call(this).then(resolve, reject));
    });
  });
  return {
    spy,
    /** Lets the oldest held sync run. */
    releaseOne: () => held.shift()?.(),
    get waiting() {
      return held.length;
    },
  };
}

const settled = async (promise: Promise<unknown>): Promise<boolean> => {
  let done = false;
  void promise.then(
    () => {
      done = true;
    },
    () => {
      done = true;
    },
  );
  await new Promise((resolve) => setImmediate(resolve));
  return done;
};

describe('openWalSync', () => {
  it('is null without a log to sync (an in-memory database, a file not in WAL mode)', async () => {
    expect(await openWalSync(':memory:')).toBeNull();
    expect(await openWalSync(join(dir, 'missing.sqlite'))).toBeNull();
  });

  it('gives callers that arrive while a sync runs one shared sync of their own, started after them', async () => {
    const file = join(dir, 'db.sqlite');
    writeFileSync(`${file}-wal`, '');
    const syncs = holdSyncs();
    const wal = await openWalSync(file);
    if (!wal) throw new Error('expected a log to sync');

    const first = [wal.durable()];
    expect(syncs.spy).toHaveBeenCalledTimes(1);
    // These commits came after the first sync started: it cannot cover them, and they wait for the next one together.
    const second = [wal.durable(), wal.durable(), wal.durable()];
    expect(syncs.spy).toHaveBeenCalledTimes(1);
    expect(await settled(Promise.all(first))).toBe(false);

    syncs.releaseOne();
    await Promise.all(first);
    expect(await settled(Promise.all(second))).toBe(false);
    await vi.waitFor(() => expect(syncs.spy).toHaveBeenCalledTimes(2));

    syncs.releaseOne();
    await Promise.all(second);
    expect(syncs.spy).toHaveBeenCalledTimes(2);
    await wal.close();
  });

  it('rejects the waiting callers when the sync fails, and syncs again for the next ones', async () => {
    const file = join(dir, 'db.sqlite');
    writeFileSync(`${file}-wal`, '');
    const wal = await openWalSync(file);
    if (!wal) throw new Error('expected a log to sync');
    vi.spyOn(fileHandleProto, 'sync').mockRejectedValueOnce(Object.assign(new Error('EIO'), { code: 'EIO' }));
    await expect(wal.durable()).rejects.toThrow('EIO');
    await expect(wal.durable()).resolves.toBeUndefined();
    await wal.close();
  });
});

describe('SQLite report store durability', () => {
  it('answers a write only after a sync of the log that began after its commit', async () => {
    const filename = join(dir, 'reports.sqlite');
    const store = await sqliteReportStore({ filename, driver: 'better-sqlite3' });
    const syncs = holdSyncs();
    const report = record();
    const inserted = store.insertReport(report);

    // Committed (another connection reads it) but not acknowledged: the log is not on disk yet.
    const reader = new Database(filename, { readonly: true });
    await vi.waitFor(() => expect(syncs.waiting).toBe(1));
    expect(reader.prepare('SELECT id FROM youthchat_reports WHERE id = ?').get(report.id)).toEqual({ id: report.id });
    reader.close();
    expect(await settled(inserted)).toBe(false);

    syncs.releaseOne();
    await expect(inserted).resolves.toMatchObject({ created: true, report: { id: report.id } });
    vi.restoreAllMocks();
    await store.close();
  });

  it('refuses a write whose sync failed, so nothing unsynced is acknowledged', async () => {
    const filename = join(dir, 'reports.sqlite');
    const store = await sqliteReportStore({ filename, driver: 'better-sqlite3' });
    vi.spyOn(fileHandleProto, 'sync').mockRejectedValueOnce(Object.assign(new Error('EIO'), { code: 'EIO' }));
    await expect(store.insertReport(record())).rejects.toThrow('EIO');
    // The next write gets a sync of its own.
    await expect(store.insertReport(record())).resolves.toMatchObject({ created: true });
    await store.close();
  });

  it('shares one sync among writes committed together, and syncs again for a later write', async () => {
    const filename = join(dir, 'reports.sqlite');
    const store = await sqliteReportStore({ filename, driver: 'better-sqlite3' });
    const spy = vi.spyOn(fileHandleProto, 'sync');
    await Promise.all([store.insertReport(record()), store.insertReport(record())]);
    // Two writes in one turn: one commit, one sync.
    expect(spy).toHaveBeenCalledTimes(1);
    await store.insertReport(record());
    expect(spy).toHaveBeenCalledTimes(2);
    await store.close();
  });
});
