import { randomUUID } from 'node:crypto';
import { postgresReportStore, ReportConflictError, type ReportStore } from '@youthchat/server';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { escalationFor, record } from './helpers.ts';
import { dropSchema, pgUrl, uniqueSchema } from './postgres.ts';

/** Reports sent to the store in the same turn of the event loop share one statement and one commit. */
describe.skipIf(!pgUrl)('PostgreSQL report store: reports arriving together', () => {
  const schema = uniqueSchema('group');
  let pool: pg.Pool;
  let store: ReportStore;
  /** Statements sent on the pool since the last reset, by their first words. */
  let sent: string[] = [];

  beforeAll(async () => {
    pool = new pg.Pool({ connectionString: pgUrl as string, max: 6 });
    const query = pool.query.bind(pool) as (...args: unknown[]) => Promise<unknown>;
    (pool as unknown as { query: (...args: unknown[]) => Promise<unknown> }).query = (...args: unknown[]) => {
      const text = typeof args[0] === 'string' ? args[0] : String((args[0] as { text?: string }).text);
      sent.push(text.trim().split(/\s+/).slice(0, 2).join(' '));
      return query(...args);
    };
    store = await postgresReportStore({ pool: pool as never, schema });
  });
  afterAll(async () => {
    await store?.close();
    await pool?.end();
    await dropSchema(schema);
  });

  const day = (at: number) => new Date(at).toISOString().slice(0, 10);

  it('stores forty reports, their escalations and counters with one statement, each answered as created', async () => {
    const at = Date.UTC(2031, 0, 5, 12);
    const reports = Array.from({ length: 40 }, (_, i) =>
      record({ createdAt: at, updatedAt: at, reason: i % 2 ? 'grooming' : 'bullying', subject: `sender-${i}` }),
    );
    const events = reports.map((r, i) => (i % 2 ? escalationFor(r) : undefined));
    sent = [];
    const results = await Promise.all(reports.map((r, i) => store.insertReport(r, events[i])));

    expect(results.every((r) => r.created)).toBe(true);
    expect(results.map((r) => r.report.id)).toEqual(reports.map((r) => r.id));
    // One round trip for the whole group, where one report alone took five.
    expect(sent).toEqual(['WITH ins']);
    for (const r of reports) expect((await store.getReport(r.id))?.reference).toBe(r.reference);
    for (const event of events.filter((e) => e !== undefined)) {
      expect((await store.getEscalation(event.id))?.event.reportId).toBe(event.reportId);
    }
    const counts = await store.readCounts({ from: day(at), to: day(at) });
    const n = (metric: string, category: string) =>
      counts.find((c) => c.metric === metric && c.category === category)?.count;
    expect(n('reports', 'bullying')).toBe(20);
    expect(n('reports', 'grooming')).toBe(20);
    expect(n('escalations', 'grooming')).toBe(20);
  });

  it('answers a clientReportId sent twice in one group with the one report stored, counted once', async () => {
    const at = Date.UTC(2031, 0, 6, 12);
    const clientReportId = randomUUID();
    const first = record({ createdAt: at, updatedAt: at, clientReportId, subject: 'twice', reason: 'scary' });
    const again = record({ createdAt: at, updatedAt: at, clientReportId, subject: 'twice', reason: 'scary' });
    const other = record({ createdAt: at, updatedAt: at, clientReportId, subject: 'someone-else', reason: 'scary' });
    const [a, b, c] = await Promise.all([first, again, other].map((r) => store.insertReport(r, escalationFor(r))));

    expect(a?.created).toBe(true);
    expect(b?.created).toBe(false);
    expect(b?.report.id).toBe(first.id);
    expect(b?.report.reference).toBe(first.reference);
    // Another sender's key is their own.
    expect(c?.created).toBe(true);
    const counts = await store.readCounts({ from: day(at), to: day(at) });
    expect(counts.find((row) => row.metric === 'reports' && row.category === 'scary')?.count).toBe(2);
    expect(counts.find((row) => row.metric === 'escalations' && row.category === 'scary')?.count).toBe(2);
  });

  it('refuses only the report whose id is taken; the rest of its group is stored', async () => {
    const taken = record();
    await store.insertReport(taken);
    const clash = record({ id: taken.id });
    const fine = [record(), record(), record()];
    const results = await Promise.allSettled([clash, ...fine].map((r) => store.insertReport(r)));

    expect(results[0]?.status).toBe('rejected');
    expect((results[0] as PromiseRejectedResult).reason).toBeInstanceOf(ReportConflictError);
    expect(results.slice(1).map((r) => r.status)).toEqual(['fulfilled', 'fulfilled', 'fulfilled']);
    for (const r of fine) expect((await store.getReport(r.id))?.reference).toBe(r.reference);
    // The taken id still holds the first report.
    expect((await store.getReport(taken.id))?.reference).toBe(taken.reference);
  });

  it('has committed every report it answered for: another connection finds each one', async () => {
    const reports = Array.from({ length: 12 }, () => record());
    const answered = await Promise.all(reports.map((r) => store.insertReport(r)));
    expect(answered.every((r) => r.created)).toBe(true);
    const again = await postgresReportStore({ connectionString: pgUrl as string, schema });
    try {
      for (const r of reports) expect((await again.getReport(r.id))?.id).toBe(r.id);
    } finally {
      await again.close();
    }
  });
});
