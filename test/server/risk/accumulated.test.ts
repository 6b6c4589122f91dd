import { DEFAULT_POLICY } from '@youthchat/core';
import { type EscalationEvent, keyedHash, purgeReports, type ReportStore } from '@youthchat/server';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { chat } from '../chat/helpers.ts';
import { type FakeOpenAI, startFakeOpenAI } from '../fixtures/fake-openai.ts';
import {
  ageSession,
  BACKENDS,
  type Backend,
  moderatorGet,
  type RiskServer,
  SECRET,
  startRiskServer,
  testClock,
} from './harness.ts';

// A child describing bullying may quote it (harassment is let through on a minor's message), so no single
// message escalates; repeated, it is a pattern. teen13to15: threshold 5, each flagged message adds 1.
const TAUNT = 'someone in my class wrote that I am a worthless loser';
const FLAGS = { moderation: { flags: [{ contains: 'worthless loser', categories: ['harassment'] }] } };
const THRESHOLD = DEFAULT_POLICY.bands.teen13to15.risk?.threshold ?? 0;

interface SubjectRisk {
  band: string | null;
  categories: {
    category: string;
    score: number;
    scoreAtLastRaise: number;
    threshold: number;
    halfLifeHours: number;
    lastRaisedAt: string;
    escalated: boolean;
  }[];
}

let fake: FakeOpenAI;
beforeAll(async () => {
  fake = await startFakeOpenAI();
});
afterAll(() => fake.close());

for (const makeBackend of BACKENDS) {
  describe(`risk that adds up (${makeBackend().name})`, () => {
    let backend: Backend;
    let store: ReportStore | undefined;
    let server: RiskServer | undefined;
    const clock = testClock('2026-03-10T12:00:00Z');

    async function start(): Promise<RiskServer> {
      store = await backend.open();
      server = await startRiskServer(store, { now: clock.now, fake });
      return server;
    }
    async function stop(): Promise<void> {
      await server?.close();
      await store?.close();
      server = undefined;
      store = undefined;
    }
    async function risk(subject: string): Promise<SubjectRisk> {
      const response = await moderatorGet(`${server?.url}/api/moderation/subjects/${subject}/risk`);
      expect(response.status).toBe(200);
      return (await response.json()) as SubjectRisk;
    }
    const accumulated = (events: EscalationEvent[]) => events.filter((e) => e.trigger === 'accumulated-risk');

    beforeAll(() => {
      backend = makeBackend();
      fake.script(FLAGS);
    });
    afterEach(stop);
    afterAll(() => backend.cleanup());

    it('crosses the band threshold over several requests, across a restart, and escalates once', async () => {
      const child = ageSession('teen13to15', clock);
      const { subject } = child;
      const say = async (url: string) => chat(`${url}/api/chat`, await child.token(), TAUNT);
      let running = await start();
      for (let i = 0; i < THRESHOLD - 2; i++) {
        const reply = await say(running.url);
        // Nothing happens to any one message: no block, no escalation, no help lines.
        expect(reply.safety, JSON.stringify(reply.safety)).toEqual([]);
        expect(reply.done?.finishReason).toBe('stop');
      }
      expect(running.escalations).toEqual([]);
      expect((await risk(subject)).categories).toEqual([
        expect.objectContaining({
          category: 'harassment',
          score: THRESHOLD - 2,
          threshold: THRESHOLD,
          escalated: false,
        }),
      ]);

      // A restart: the server and its store are closed and opened again; the score is in the database.
      await stop();
      running = await start();
      expect((await risk(subject)).categories[0]?.score).toBe(THRESHOLD - 2);
      await say(running.url);
      expect(running.escalations).toEqual([]);
      const crossing = await say(running.url);
      expect(crossing.safety).toEqual([]);
      const [event, ...more] = accumulated(running.escalations);
      expect(more).toEqual([]);
      expect(event).toMatchObject({
        source: 'chat',
        trigger: 'accumulated-risk',
        category: 'harassment',
        severity: 'high',
        band: 'teen13to15',
        subject,
        score: THRESHOLD,
        threshold: THRESHOLD,
      });
      expect(event).not.toHaveProperty('text');
      // It is in the durable outbox, for the webhook worker.
      expect(await store?.getEscalation(event?.id ?? '')).toMatchObject({ deliveredAt: null });

      // Once per crossing: further messages raise the score but not another event.
      await say(running.url);
      await say(running.url);
      expect(accumulated(running.escalations)).toHaveLength(1);
      const after = await risk(subject);
      expect(after.band).toBe('teen13to15');
      expect(after.categories[0]).toMatchObject({ score: THRESHOLD + 2, escalated: true, halfLifeHours: 72 });
      // Nothing the child wrote is stored with the score.
      expect(JSON.stringify(after)).not.toMatch(/loser|worthless/);
    });

    it('decays with the half-life, can cross again once it has fallen, and is purged with retention', async () => {
      const child = ageSession('teen13to15', clock);
      const { subject } = child;
      const say = async (url: string) => chat(`${url}/api/chat`, await child.token(), TAUNT);
      const running = await start();
      for (let i = 0; i < THRESHOLD; i++) await say(running.url);
      expect(accumulated(running.escalations)).toHaveLength(1);
      const raisedAt = clock.now().toISOString();

      clock.advanceHours(72);
      const halved = (await risk(subject)).categories[0];
      expect(halved).toMatchObject({ score: THRESHOLD / 2, scoreAtLastRaise: THRESHOLD, lastRaisedAt: raisedAt });

      // Below half the threshold the alarm re-arms; enough new findings escalate again.
      clock.advanceHours(72);
      const low = (await risk(subject)).categories[0]?.score ?? 0;
      expect(low).toBeLessThan(THRESHOLD / 2);
      const needed = Math.ceil(THRESHOLD - low);
      for (let i = 0; i < needed; i++) await say(running.url);
      expect(accumulated(running.escalations)).toHaveLength(2);

      // Retention: 90 days after the last finding the score is gone.
      clock.advanceHours(89 * 24);
      await purgeReports(store as ReportStore, { now: clock.ms });
      expect(await store?.readRisk(subject)).toHaveLength(1);
      clock.advanceHours(2 * 24);
      expect((await purgeReports(store as ReportStore, { now: clock.ms })).risk).toBeGreaterThanOrEqual(1);
      expect((await risk(subject)).categories).toEqual([]);
      expect(await store?.readRisk(subject)).toEqual([]);
    });

    it('answers moderators only, and refuses a malformed subject with a 400', async () => {
      const running = await start();
      const subject = keyedHash(SECRET, 'someone');
      const anonymous = await fetch(`${running.url}/api/moderation/subjects/${subject}/risk`);
      expect(anonymous.status).toBe(401);
      expect(await anonymous.json()).toMatchObject({ error: { code: 'moderator_token_invalid' } });
      const bad = await moderatorGet(`${running.url}/api/moderation/subjects/not%20a%20hash/risk`);
      expect(bad.status).toBe(400);
      expect(await bad.json()).toMatchObject({ error: { code: 'invalid_request' } });
      const posted = await fetch(`${running.url}/api/moderation/subjects/${subject}/risk`, { method: 'POST' });
      expect(posted.status).toBe(405);
      const unknown = await moderatorGet(`${running.url}/api/moderation/subjects`);
      expect(unknown.status).toBe(404);
      expect((await risk(subject)).categories).toEqual([]);
    });
  });
}
