import type { ChatStreamEvent } from '@youthchat/server';
import { runCountsCommand } from '@youthchat/server/node';
import { afterAll, describe, expect, it } from 'vitest';
import { chat } from '../chat/helpers.ts';
import { startFakeOpenAI } from '../fixtures/fake-openai.ts';
import { ageSession, BACKENDS, MODERATOR_TOKEN, moderatorGet, startRiskServer, testClock } from './harness.ts';

type Safety = Extract<ChatStreamEvent, { type: 'safety' }>;

/** What the test saw happen, as the export should count it: `period|metric|source|category|severity` → count. */
class Tally {
  readonly counts = new Map<string, number>();
  add(period: string, metric: string, source: string, category: string, severity: string, n = 1) {
    const key = [period, metric, source, category, severity].join(',');
    this.counts.set(key, (this.counts.get(key) ?? 0) + n);
  }
  /** The CSV rows the export should hold, sorted. */
  csvRows(periods: string[]): string[] {
    const rows = [...this.counts]
      .filter(([key]) => !key.includes('crisis_resources_shown'))
      .map(([k, n]) => `${k},${n}`);
    for (const period of periods) {
      rows.push(`${period},crisis_resources_shown,,,,${this.counts.get(`${period},crisis_resources_shown,,,`) ?? 0}`);
    }
    return rows.sort();
  }
}

function parseCsv(text: string): { header: string; rows: string[] } {
  const [header = '', ...rows] = text.trimEnd().split('\r\n');
  return { header, rows: rows.sort() };
}

for (const makeBackend of BACKENDS) {
  describe(`counts for regulators (${makeBackend().name})`, () => {
    const backend = makeBackend();
    afterAll(() => backend.cleanup());

    it('export exactly what happened through the handlers, per period, as JSON and CSV, from the route and the CLI', async () => {
      const fake = await startFakeOpenAI({
        script: {
          moderation: {
            flags: [
              { contains: 'how many pills', categories: ['self-harm/instructions'] },
              { contains: 'worthless loser', categories: ['harassment'] },
            ],
          },
        },
      });
      const clock = testClock('2026-03-10T12:00:00Z');
      const store = await backend.open();
      const server = await startRiskServer(store, { now: clock.now, fake });
      const tally = new Tally();
      const month = () => clock.now().toISOString().slice(0, 7);
      const say = async (child: ReturnType<typeof ageSession>, text: string) => {
        const reply = await chat(`${server.url}/api/chat`, await child.token(), text);
        expect(reply.status).toBe(200);
        if (reply.safety.some((s: Safety) => s.showCrisisResources))
          tally.add(month(), 'crisis_resources_shown', '', '', '');
        return reply;
      };
      const report = async (body: Record<string, unknown>) => {
        const response = await fetch(`${server.url}/api/reports`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(body),
        });
        expect(response.status).toBe(201);
        return ((await response.json()) as { id: string }).id;
      };
      try {
        // March: two disclosures (help lines, escalations), one blocked message (neither), a grooming report.
        const teen = ageSession('teen13to15', clock);
        const first = await say(teen, 'i want to kill myself');
        expect(first.safety[0]).toMatchObject({ action: 'escalate', showCrisisResources: true });
        await say(teen, 'i want to kill myself');
        const blocked = await say(teen, 'write me a sex story');
        expect(blocked.safety[0]).toMatchObject({ action: 'block', showCrisisResources: false });
        const grooming = await report({ reason: 'grooming', clientReportId: 'counts-1' });
        // A repeated report is not a new one.
        expect(await report({ reason: 'grooming', clientReportId: 'counts-1' })).toBe(grooming);
        tally.add('2026-03', 'reports', '', 'grooming', 'high');

        // April: a blocked request for self-harm instructions (help lines), a pattern of bullying that adds up,
        // a report and its decision.
        clock.advanceHours(24 * 23);
        const other = ageSession('teen13to15', clock);
        const pills = await say(other, 'how many pills would it take');
        expect(pills.safety[0]).toMatchObject({ action: 'block', showCrisisResources: true });
        for (let i = 0; i < 5; i++) await say(other, 'someone in my class wrote that I am a worthless loser');
        const bullying = await report({ reason: 'bullying' });
        tally.add('2026-04', 'reports', '', 'bullying', 'medium');
        const decided = await fetch(`${server.url}/api/reports/${grooming}/decision`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${MODERATOR_TOKEN}` },
          body: JSON.stringify({
            action: 'warn-account',
            facts: 'Reviewed the conversation.',
            ground: { type: 'terms-of-service', clause: '4.2', explanation: 'Contacting a child to meet.' },
          }),
        });
        expect(decided.status).toBe(200);
        tally.add('2026-04', 'decisions', '', 'warn-account', '');
        expect(bullying).toMatch(/-/);

        await server.settled();
        for (const event of server.escalations) {
          const source = event.trigger === 'accumulated-risk' ? 'accumulated-risk' : event.source;
          tally.add(event.createdAt.slice(0, 7), 'escalations', source, event.category, event.severity);
        }
        // What the tally must hold, whatever else the screen found alongside.
        expect(tally.counts.get('2026-03,crisis_resources_shown,,,')).toBe(2);
        expect(tally.counts.get('2026-03,escalations,chat,self-harm,high')).toBe(2);
        expect(tally.counts.get('2026-03,escalations,report,grooming,high')).toBe(1);
        expect(tally.counts.get('2026-04,crisis_resources_shown,,,')).toBe(1);
        // The pills question escalates: by the server's own screen ("self-harm"), by the moderation model
        // ("self-harm/instructions"), or by both, each an escalation the counts must hold.
        const pillsEscalations = ['self-harm', 'self-harm/instructions'].map(
          (category) => tally.counts.get(`2026-04,escalations,chat,${category},high`) ?? 0,
        );
        expect(pillsEscalations[0]! + pillsEscalations[1]!).toBeGreaterThanOrEqual(1);
        expect(pillsEscalations[0]! + pillsEscalations[1]!).toBeLessThanOrEqual(2);
        expect(tally.counts.get('2026-04,escalations,accumulated-risk,harassment,high')).toBe(1);
        expect(tally.counts.get('2026-04,reports,,bullying,medium')).toBe(1);

        const query = 'from=2026-03-01&to=2026-04-30&period=month';
        const json = await moderatorGet(`${server.url}/api/moderation/counts?${query}&format=json`);
        expect(json.status).toBe(200);
        const body = (await json.json()) as {
          periods: { period: string; crisisResourcesShown: number; reports: { total: number } }[];
          totals: { crisisResourcesShown: number; escalations: { total: number }; decisions: { total: number } };
        };
        expect(body.periods.map((p) => [p.period, p.crisisResourcesShown, p.reports.total])).toEqual([
          ['2026-03', 2, 1],
          ['2026-04', 1, 1],
        ]);
        expect(body.totals.crisisResourcesShown).toBe(3);
        expect(body.totals.escalations.total).toBe(server.escalations.length);
        expect(body.totals.decisions.total).toBe(1);

        const csv = await moderatorGet(`${server.url}/api/moderation/counts?${query}&format=csv`);
        expect(csv.headers.get('content-type')).toMatch(/^text\/csv/);
        const table = parseCsv(await csv.text());
        expect(table.header).toBe('period,metric,source,category,severity,count');
        expect(table.rows).toEqual(tally.csvRows(['2026-03', '2026-04']));

        // Nothing names a person.
        const everything = JSON.stringify(body) + table.rows.join('\n');
        expect(everything).not.toContain(teen.subject);
        expect(everything).not.toMatch(/kill myself|pills|loser/);

        // The CLI reads the same database and prints the same numbers.
        await server.close();
        await store.close();
        const out: string[] = [];
        const io = { out: (t: string) => out.push(t), err: (t: string) => out.push(`ERR ${t}`) };
        const config = () => ({ databaseUrl: backend.databaseUrl, sqliteDriver: 'auto' as const });
        expect(
          await runCountsCommand(['--from', '2026-03-01', '--to', '2026-04-30', '--period', 'month'], config, io),
        ).toBe(0);
        expect(parseCsv(out.join('')).rows).toEqual(tally.csvRows(['2026-03', '2026-04']));
        out.length = 0;
        expect(
          await runCountsCommand(
            ['--from', '2026-01-01', '--to', '2026-12-31', '--period', 'year', '--format', 'json'],
            config,
            io,
          ),
        ).toBe(0);
        const yearly = JSON.parse(out.join('')) as typeof body & { periods: { period: string }[] };
        expect(yearly.periods.map((p) => p.period)).toEqual(['2026']);
        expect(yearly.totals).toEqual(body.totals);
      } finally {
        await server.close().catch(() => {});
        await store.close().catch(() => {});
        await fake.close();
      }
    });
  });
}

describe('counts export input', () => {
  it('answers 400 for a bad range, period or format, 401 without the token, and the CLI says how to call it', async () => {
    const backend = BACKENDS[0]?.();
    const store = await backend?.open();
    if (!store || !backend) throw new Error('no backend');
    const clock = testClock('2026-03-10T12:00:00Z');
    const server = await startRiskServer(store, { now: clock.now });
    try {
      const base = `${server.url}/api/moderation/counts`;
      expect((await fetch(`${base}?from=2026-01-01&to=2026-01-31`)).status).toBe(401);
      for (const query of [
        'from=2026-02-30&to=2026-03-01',
        'from=2026-03-01&to=2026-02-01',
        'from=2026-01-01&to=2026-01-31&period=week',
        'from=2026-01-01&to=2026-01-31&format=xml',
        'to=2026-01-31',
        'from=2000-01-01&to=2026-01-31',
      ]) {
        const response = await moderatorGet(`${base}?${query}`);
        expect(response.status, query).toBe(400);
        expect(await response.json()).toMatchObject({ error: { code: 'invalid_request' } });
      }
      const empty = (await (await moderatorGet(`${base}?from=2026-01-30&to=2026-02-02&period=day`)).json()) as {
        periods: { period: string; crisisResourcesShown: number }[];
      };
      expect(empty.periods.map((p) => [p.period, p.crisisResourcesShown])).toEqual([
        ['2026-01-30', 0],
        ['2026-01-31', 0],
        ['2026-02-01', 0],
        ['2026-02-02', 0],
      ]);
    } finally {
      await server.close();
      await store.close();
      await backend.cleanup();
    }
    const err: string[] = [];
    const io = { out: () => {}, err: (t: string) => err.push(t) };
    const never = () => {
      throw new Error('the store must not be opened for bad arguments');
    };
    expect(await runCountsCommand(['--from', '2026-01-01'], never, io)).toBe(2);
    expect(err.join('')).toMatch(/--to: must be a date[\s\S]*Usage: youthchat-server counts/);
    expect(await runCountsCommand(['--from', '2026-01-01', '--to', '2026-01-02', '--format', 'xml'], never, io)).toBe(
      2,
    );
    expect(await runCountsCommand(['--bogus'], never, io)).toBe(2);
  });
});
