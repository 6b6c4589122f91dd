import { runEngineJob } from '@youthchat/server';
import { createEnginePool, type EnginePool } from '@youthchat/server/node';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { INLINE_SCRUB_CHARS, inlineBudget } from '../../../packages/server/src/node/engine-pool.ts';

const never = new AbortController().signal;
const scrubbed = (text: string, locale?: string) =>
  runEngineJob({ kind: 'scrub', texts: [text], ...(locale ? { locale } : {}) })[0];

/** Texts the scrubber finds most work in, each cut to `length` characters. */
function hostile(length: number): string[] {
  const shapes = [
    'Anna Lena Maria Berlin Street School Hans Otto ',
    'My Name Is Anna Lena Maria From Berlin Street School ',
    'ich heiße Anna und wohne in der Hauptstraße 12 in 10115 Berlin, meine Nummer ist 0151 2345678. ',
    "i'm Jake, I live at 12 Baker Street London NW1 6XE, my snap is jake_2010 and I go to St Mary's School ",
    'Mr Mrs Dr St Ave Rd ',
    'a.b@c.de 07700 900123 12/03/2011 ',
  ];
  return shapes.map((shape) => shape.repeat(Math.ceil(length / shape.length)).slice(0, length));
}

let pool: EnginePool;
beforeAll(async () => {
  pool = createEnginePool({ threads: 1, timeoutMs: 5000 });
  await pool.ready();
});
afterAll(() => pool.close());

/** `scrubNow`, given the moment its budget needs to refill when a text before spent it. */
async function inline(text: string, locale?: string): Promise<string | undefined> {
  for (let i = 0; i < 50; i++) {
    const clean = pool.scrubNow(text, locale);
    if (clean !== undefined) return clean;
    await new Promise((r) => setTimeout(r, 10));
  }
  return undefined;
}
afterEach(() => vi.restoreAllMocks());

describe('scrubbing short texts in the calling thread (scrubNow)', () => {
  it('answers as the workers do, for a text up to the bound', async () => {
    const texts = [
      'call me on 07700 900123 after school',
      'my email is sam@example.com',
      'nothing personal here',
      ...hostile(INLINE_SCRUB_CHARS),
    ];
    for (const text of texts) {
      expect(await inline(text)).toBe(scrubbed(text));
      expect(await inline(text, 'de')).toBe(scrubbed(text, 'de'));
      expect(await inline(text)).toEqual((await pool.run({ kind: 'scrub', texts: [text] }, never))[0]);
    }
  });

  it('leaves a longer text to the workers, where the time budget stops it', async () => {
    const long = `${'They keep posting mean things about me. '.repeat(14)}`.slice(0, INLINE_SCRUB_CHARS + 1);
    expect(long).toHaveLength(INLINE_SCRUB_CHARS + 1);
    expect(await inline(long.slice(0, INLINE_SCRUB_CHARS))).toBeDefined();
    expect(pool.scrubNow(long)).toBeUndefined();
  });

  it('scrubs the costliest texts found at the bound in a few milliseconds, far inside a request', async () => {
    // The bound argued in engine-pool.ts: a bounded text has a bounded cost. Generous here; on a quiet core each
    // takes a few milliseconds at most. CPU time, not wall time: on a busy machine (other test files, other
    // processes) the thread is interrupted, which says nothing of the work a text costs.
    for (const text of hostile(INLINE_SCRUB_CHARS)) {
      const times: number[] = [];
      for (let i = 0; i < 5; i++) {
        let clean: string | undefined;
        let cpu = Number.POSITIVE_INFINITY;
        // Until the budget, which counts wall time, has refilled enough for this text to run inline.
        for (let attempt = 0; attempt < 50 && clean === undefined; attempt++) {
          await new Promise((r) => setTimeout(r, 20));
          const started = process.cpuUsage();
          clean = pool.scrubNow(text);
          const { user, system } = process.cpuUsage(started);
          cpu = (user + system) / 1000;
        }
        expect(clean).toBeDefined();
        times.push(cpu);
      }
      times.sort((a, b) => a - b);
      expect(times[2]).toBeLessThan(25);
    }
  });

  it('sends texts to the workers while the inline budget is spent', () => {
    // Every reading of the clock is 1 ms after the last: each scrub is charged at least 1 ms, and the budget
    // (4 ms) runs out within a handful of texts, however cheap they are.
    let clock = performance.now() + 60_000;
    vi.spyOn(performance, 'now').mockImplementation(() => (clock += 1));
    const answers = Array.from({ length: 12 }, () => pool.scrubNow('call me on 07700 900123'));
    expect(answers).toContain(undefined);
    expect(answers.filter((a) => a !== undefined).length).toBeGreaterThanOrEqual(4);
    for (const answer of answers) if (answer !== undefined) expect(answer).toBe('call me on [phone]');
  });
});

describe('the inline budget', () => {
  it('holds at most the burst, and refills by half the time between scrubs', () => {
    const budget = inlineBudget(0.5, 4);
    expect(budget.allows(1000)).toBe(true);
    budget.spend(1000, 1003);
    expect(budget.allows(1003)).toBe(true);
    budget.spend(1003, 1005);
    // 4 − 3 − 2 = −1: spent.
    expect(budget.allows(1005)).toBe(false);
    expect(budget.allows(1006)).toBe(false);
    // 2 ms after the last scrub ended: −1 + 1 = 0, still spent; 1 ms more gives half a millisecond.
    expect(budget.allows(1007)).toBe(false);
    expect(budget.allows(1008)).toBe(true);
    // However long the pause, no more than the burst is saved up.
    budget.spend(1008, 1008);
    expect(budget.allows(1_000_000)).toBe(true);
    budget.spend(1_000_000, 1_000_004);
    expect(budget.allows(1_000_004)).toBe(false);
  });

  it('takes at most a third of the time under a flood of costly texts', () => {
    const budget = inlineBudget(0.5, 4);
    let now = 0;
    let inline = 0;
    // A text arrives every 0.1 ms and costs 2 ms when scrubbed inline.
    for (let i = 0; i < 100_000; i++) {
      if (budget.allows(now)) {
        budget.spend(now, now + 2);
        now += 2;
        inline += 2;
      } else now += 0.1;
    }
    expect(inline / now).toBeLessThanOrEqual(1 / 3 + 0.01);
    expect(inline / now).toBeGreaterThan(0.25);
  });
});

describe('scrubNow beside the pool', () => {
  it('scrubs nothing before ready() has loaded the packs in this thread', async () => {
    const fresh = createEnginePool({ threads: 1 });
    try {
      expect(fresh.scrubNow('call me on 07700 900123')).toBeUndefined();
      await fresh.ready();
      expect(fresh.scrubNow('call me on 07700 900123')).toBe('call me on [phone]');
    } finally {
      await fresh.close();
    }
  });

  it('can be turned off, and a pool without workers scrubs nothing itself', async () => {
    const off = createEnginePool({ threads: 1, inlineScrubChars: 0 });
    const missing = createEnginePool({ threads: 1, workerUrl: '/nowhere/engine-worker.js' });
    try {
      await off.ready();
      await missing.ready().catch(() => undefined);
      expect(off.scrubNow('call me on 07700 900123')).toBeUndefined();
      expect(missing.scrubNow('call me on 07700 900123')).toBeUndefined();
      await expect(missing.run({ kind: 'scrub', texts: ['call me on 07700 900123'] }, never)).rejects.toThrow();
    } finally {
      await off.close();
      await missing.close();
    }
  });

  it('scrubs nothing once closed', async () => {
    const closing = createEnginePool({ threads: 1 });
    await closing.ready();
    await closing.close();
    expect(closing.scrubNow('call me on 07700 900123')).toBeUndefined();
  });
});
