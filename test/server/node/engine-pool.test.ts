import { loadLanguages, SHIPPED_LANGUAGES } from '@youthchat/core';
import { EngineError, type EngineJob, runEngineJob } from '@youthchat/server';
import { createEnginePool, type EnginePool } from '@youthchat/server/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/** A screen job that takes seconds (9 MB of one phrase: about 2 s on one quiet core): far past any budget below. */
const SLOW: EngineJob = { kind: 'screen', texts: ['want die '.repeat(1_000_000)], band: 'under13' };
const never = new AbortController().signal;

/** Settles a promise into its value or its error code, with the time it took. */
async function timed<T>(promise: Promise<T>): Promise<{ ms: number; value?: T; code?: string }> {
  const started = performance.now();
  try {
    const value = await promise;
    return { ms: performance.now() - started, value };
  } catch (error) {
    return { ms: performance.now() - started, code: error instanceof EngineError ? error.code : String(error) };
  }
}

let pool: EnginePool;
beforeAll(async () => {
  await loadLanguages(SHIPPED_LANGUAGES);
  pool = createEnginePool({ threads: 1, timeoutMs: 600 });
  await pool.ready();
});
afterAll(() => pool.close());

describe('createEnginePool', () => {
  it('answers as the engine does in-process', async () => {
    const jobs: EngineJob[] = [
      { kind: 'scrub', texts: ['my email is sam@example.com', 'call me on 415-555-0199', 'nothing here'] },
      { kind: 'screen', texts: ['i want to die', 'what is a volcano?'], band: 'teen13to15' },
      { kind: 'screen', texts: ['are you home alone?'], band: 'under13', history: ['you can trust me'] },
    ];
    for (const job of jobs) expect(await pool.run(job, never)).toEqual(runEngineJob(job));
  });

  it('stops a job past its budget (engine_timeout), replaces the worker and keeps answering', async () => {
    const slow = await timed(pool.run(SLOW, never));
    expect(slow.code).toBe('engine_timeout');
    expect(slow.ms).toBeLessThan(600 + 1000);
    // The replacement loads the language packs first; give it the time that takes.
    let after: Awaited<ReturnType<typeof timed>> = { ms: 0 };
    for (let i = 0; i < 20 && after.value === undefined; i++) {
      after = await timed(pool.run({ kind: 'scrub', texts: ['hi, I am Maya'] }, never));
    }
    expect(after.value).toEqual(runEngineJob({ kind: 'scrub', texts: ['hi, I am Maya'] }));
  });

  it('never runs a waiting job whose client has gone, and answers it at once', async () => {
    const busy = pool.run(SLOW, never).catch(() => undefined);
    const controller = new AbortController();
    const waiting = timed(pool.run({ kind: 'scrub', texts: ['hello'] }, controller.signal));
    controller.abort();
    const result = await waiting;
    expect(result.code).toBe('engine_aborted');
    expect(result.ms).toBeLessThan(200);
    await busy;
  });

  it('gives a free worker to the smallest waiting job first', async () => {
    const single = createEnginePool({ threads: 1, timeoutMs: 20_000 });
    try {
      await single.ready();
      const order: string[] = [];
      const run = (name: string, job: EngineJob) =>
        single.run(job, never).then(() => {
          order.push(name);
        });
      const big: EngineJob = { kind: 'screen', texts: ['Ab '.repeat(20_000)], band: 'under13' };
      await Promise.all([
        run('first big', big),
        run('second big', big),
        run('small', { kind: 'screen', texts: ['hello'], band: 'under13' }),
      ]);
      expect(order).toEqual(['first big', 'small', 'second big']);
    } finally {
      await single.close();
    }
  });

  it('keeps a worker for short jobs, however many long ones wait', async () => {
    const two = createEnginePool({ threads: 2, timeoutMs: 30_000 });
    try {
      await two.ready();
      let longDone = 0;
      const long: EngineJob = { kind: 'screen', texts: ['want die '.repeat(40_000)], band: 'under13' };
      const longs = Array.from({ length: 4 }, () =>
        two.run(long, never).then(() => {
          longDone += 1;
        }),
      );
      const short = await timed(two.run({ kind: 'screen', texts: ['what is a volcano?'], band: 'under13' }, never));
      expect(short.value).toBeDefined();
      expect(longDone).toBeLessThan(4);
      await Promise.all(longs);
    } finally {
      await two.close();
    }
  });

  it('cuts a long job into pieces and puts the answers back in order', async () => {
    const texts = Array.from(
      { length: 12 },
      (_, i) => `Message ${i}: ${'x '.repeat(2000)} mail me at kid${i}@example.com`,
    );
    const job: EngineJob = { kind: 'scrub', texts };
    expect(await pool.run(job, never)).toEqual(runEngineJob(job));
  });

  it('refuses jobs once closed', async () => {
    const closing = createEnginePool({ threads: 1 });
    await closing.close();
    expect((await timed(closing.run({ kind: 'scrub', texts: ['x'] }, never))).code).toBe('engine_closed');
  });
});
