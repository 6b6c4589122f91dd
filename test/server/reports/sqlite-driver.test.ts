import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sqliteRateLimitStore, sqliteReportStore } from '@youthchat/server';
import { afterAll, describe, expect, it } from 'vitest';
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
});
