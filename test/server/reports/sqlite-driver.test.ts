import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sqliteRateLimitStore, sqliteReportStore } from '@youthchat/server';
import { afterAll, describe, expect, it } from 'vitest';
import { openSharedSqlite } from '../../../packages/server/src/sqlite-file.ts';
import { record } from './helpers.ts';

const dir = mkdtempSync(join(tmpdir(), 'youthchat-driver-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const builtin = typeof process.getBuiltinModule?.('node:sqlite') === 'object';

describe('SQLite driver', () => {
  it('opens the report store with better-sqlite3 when asked, owner-only, and keeps what it stores', async () => {
    const filename = join(dir, 'better.sqlite');
    const store = await sqliteReportStore({ filename, driver: 'better-sqlite3' });
    try {
      const r = record();
      await store.insertReport(r);
      expect(await store.getReport(r.id)).toEqual(r);
      expect(statSync(filename).mode & 0o777).toBe(0o600);
    } finally {
      await store.close();
    }
  });

  it(`${builtin ? 'opens' : 'refuses, naming the Node version that has it,'} node:sqlite on Node ${process.version}`, async () => {
    const filename = join(dir, 'builtin.sqlite');
    const opening = sqliteReportStore({ filename, driver: 'node:sqlite' });
    if (!builtin) {
      await expect(opening).rejects.toMatchObject({
        code: 'missing_driver',
        message: expect.stringContaining('22.13'),
      });
      return;
    }
    const store = await opening;
    try {
      const r = record();
      await store.insertReport(r);
      expect(await store.getReport(r.id)).toEqual(r);
      expect(statSync(filename).mode & 0o777).toBe(0o600);
    } finally {
      await store.close();
    }
  });

  it('refuses a driver it does not know', async () => {
    await expect(
      sqliteRateLimitStore({ filename: join(dir, 'x.sqlite'), driver: 'sqlite3' as 'auto' }),
    ).rejects.toMatchObject({ code: 'invalid_option' });
  });

  it('shares one file between the report store and the rate-limit store on the automatic driver', async () => {
    const filename = join(dir, 'shared.sqlite');
    const reports = await sqliteReportStore({ filename });
    const limits = await sqliteRateLimitStore({ filename, hashKey: 'k' });
    try {
      const r = record();
      await reports.insertReport(r);
      const now = Date.now();
      expect((await limits.hit([{ key: 'a', windowMs: 60_000 }], now))[0]?.count).toBe(1);
      expect((await limits.hit([{ key: 'a', windowMs: 60_000 }], now))[0]?.count).toBe(2);
      expect(await reports.getReport(r.id)).toEqual(r);
    } finally {
      await limits.close();
      await reports.close();
    }
  });

  it('gives the stores that ask for it one connection per file, closed when the last of them closes', async () => {
    const filename = join(dir, 'one-connection.sqlite');
    const first = await openSharedSqlite(filename, 1000, 'test store');
    const second = await openSharedSqlite(filename, 1000, 'test store');
    const own = await openSharedSqlite(filename, 1000, 'test store', '', 'auto', false);
    expect([first.fresh, second.fresh, own.fresh]).toEqual([true, false, true]);
    // A temporary table belongs to the connection that made it.
    first.db.exec('CREATE TEMP TABLE mine (n INTEGER)');
    expect(second.db.prepare("SELECT count(*) AS n FROM temp.sqlite_master WHERE name = 'mine'").get()).toEqual({
      n: 1,
    });
    expect(own.db.prepare("SELECT count(*) AS n FROM temp.sqlite_master WHERE name = 'mine'").get()).toEqual({ n: 0 });
    first.db.close();
    first.db.close(); // a second close by the same holder releases nothing more
    expect(second.db.prepare('SELECT count(*) AS n FROM mine').get()).toEqual({ n: 0 });
    second.db.close();
    own.db.close();
    // Once every holder has closed, the next store opens a new connection.
    const again = await openSharedSqlite(filename, 1000, 'test store');
    expect(again.fresh).toBe(true);
    expect(again.db.prepare("SELECT count(*) AS n FROM temp.sqlite_master WHERE name = 'mine'").get()).toEqual({
      n: 0,
    });
    again.db.close();
    // In memory, every store has a database of its own.
    const a = await openSharedSqlite(':memory:', 1000, 'test store');
    const b = await openSharedSqlite(':memory:', 1000, 'test store');
    expect([a.fresh, b.fresh]).toEqual([true, true]);
    a.db.close();
    b.db.close();
  });

  it('keeps the report store durable and the limits counting on a shared connection, whichever closes first', async () => {
    for (const limitsFirst of [true, false]) {
      const filename = join(dir, `shared-connection-${limitsFirst}.sqlite`);
      const limits = await sqliteRateLimitStore({ filename, hashKey: 'k', shareConnection: true });
      const reports = await sqliteReportStore({ filename, shareConnection: true });
      const now = Date.now();
      const r = record();
      await reports.insertReport(r);
      expect((await limits.hit([{ key: 'a', windowMs: 60_000 }], now))[0]?.count).toBe(1);
      await (limitsFirst ? limits : reports).close();
      if (limitsFirst) expect(await reports.getReport(r.id)).toEqual(r);
      else expect((await limits.hit([{ key: 'a', windowMs: 60_000 }], now))[0]?.count).toBe(2);
      await (limitsFirst ? reports : limits).close();
      const reopened = await sqliteReportStore({ filename });
      expect(await reopened.getReport(r.id)).toEqual(r);
      await reopened.close();
    }
  });
});
