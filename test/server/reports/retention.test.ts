import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { postgresReportStore, purgeReports, type ReportStore, sqliteReportStore } from '@youthchat/server';
import { afterAll, describe, expect, it } from 'vitest';
import { record } from './helpers.ts';
import { dropSchema, pgUrl, uniqueSchema } from './postgres.ts';

const DAY = 86_400_000;
const NOW = Date.UTC(2035, 0, 1);
const daysAgo = (days: number) => ({ createdAt: NOW - days * DAY, updatedAt: NOW - days * DAY });

function describeRetention(name: string, open: () => Promise<{ store: ReportStore; cleanup: () => Promise<void> }>) {
  describe(`purgeReports on ${name}`, () => {
    it('keeps a report nobody has decided past reportDays, up to pendingMaxDays', async () => {
      const { store, cleanup } = await open();
      try {
        const unread = record(daysAgo(31));
        const appealed = record({ ...daysAgo(31), status: 'appealed', appealAt: NOW - 31 * DAY });
        const decided = record({ ...daysAgo(31), status: 'decided' });
        const forgotten = record(daysAgo(400));
        for (const r of [unread, appealed, decided, forgotten]) await store.insertReport(r);

        await purgeReports(store, { now: NOW, reportDays: 30 });
        expect(await store.getReport(decided.id)).toBeNull();
        expect(await store.getReport(unread.id)).not.toBeNull();
        expect(await store.getReport(appealed.id)).not.toBeNull();
        // The documented maximum: 365 days without a change by default.
        expect(await store.getReport(forgotten.id)).toBeNull();

        await purgeReports(store, { now: NOW, reportDays: 30, pendingMaxDays: 20 });
        // Never sooner than reportDays, whatever pendingMaxDays says.
        expect(await store.getReport(unread.id)).toBeNull();
      } finally {
        await cleanup();
      }
    });
  });
}

describeRetention('SQLite', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'youthchat-retention-'));
  const store = await sqliteReportStore({ filename: join(dir, 'reports.sqlite') });
  return {
    store,
    cleanup: async () => {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
});

describe.skipIf(!pgUrl)('PostgreSQL', () => {
  const schema = uniqueSchema('retention');
  afterAll(() => dropSchema(schema));
  describeRetention('PostgreSQL', async () => {
    const store = await postgresReportStore({ connectionString: pgUrl as string, schema });
    return { store, cleanup: () => store.close() };
  });
});
