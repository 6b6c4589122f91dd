import { type EngineJob, inProcessEngine, runEngineJob, type SafetyEngine } from '@youthchat/server';
import { describe, expect, it } from 'vitest';
import { engineScrub } from '../../../packages/server/src/node/report-scrub.ts';

/** An engine that answers each job once `release` is called, recording the jobs in order. */
function heldEngine(): { engine: SafetyEngine; jobs: EngineJob[]; release: () => void; fail: (error: Error) => void } {
  const jobs: EngineJob[] = [];
  const waiting: { settle: (error?: Error) => void }[] = [];
  return {
    jobs,
    engine: {
      run(job, signal) {
        jobs.push(job);
        return new Promise((resolve, reject) => {
          waiting.push({
            settle: (error) => (error ? reject(error) : resolve(inProcessEngine.run(job, signal))),
          });
        });
      },
    },
    release: () => {
      for (const w of waiting.splice(0)) w.settle();
    },
    fail: (error) => {
      for (const w of waiting.splice(0)) w.settle(error);
    },
  };
}

const tick = () => new Promise((resolve) => setImmediate(resolve));

describe('engineScrub (report text on the safety engine)', () => {
  it('sends texts of one turn and one locale in one job, and answers each with its own text', async () => {
    const held = heldEngine();
    const scrub = engineScrub(held.engine);
    const texts = ['call 07700 900123', 'mail me at kid@example.com', 'nothing personal here'];
    const answers = Promise.all(texts.map((text) => scrub(text, { locale: 'en' })));
    await tick();
    expect(held.jobs).toEqual([{ kind: 'scrub', texts, locale: 'en' }]);
    held.release();
    expect(await answers).toEqual(['call [phone]', 'mail me at [email]', 'nothing personal here']);
  });

  it('keeps locales apart', async () => {
    const held = heldEngine();
    const scrub = engineScrub(held.engine);
    const answers = Promise.all([
      scrub('ruf mich an: 0151 23456789', { locale: 'de' }),
      scrub('call 07700 900123', { locale: 'en' }),
      scrub('call 07700 900124', {}),
    ]);
    await tick();
    expect(held.jobs).toHaveLength(3);
    expect(held.jobs.map((job) => (job.kind === 'scrub' ? (job.locale ?? null) : 'screen')).sort()).toEqual([
      'de',
      'en',
      null,
    ]);
    held.release();
    expect((await answers).every((text) => text.includes('[phone]'))).toBe(true);
  });

  it('sends a text over 2,000 characters in a job of its own, at once', async () => {
    const held = heldEngine();
    const scrub = engineScrub(held.engine);
    const long = `${'They keep posting mean things about me. '.repeat(60)}Call 07700 900123.`;
    const answers = Promise.all([scrub('call 07700 900124', {}), scrub(long, {})]);
    // The long one goes before the turn ends; the short one waits for it.
    expect(held.jobs).toEqual([{ kind: 'scrub', texts: [long] }]);
    await tick();
    expect(held.jobs).toEqual([
      { kind: 'scrub', texts: [long] },
      { kind: 'scrub', texts: ['call 07700 900124'] },
    ]);
    held.release();
    const [short, longClean] = await answers;
    expect(short).toBe('call [phone]');
    expect(longClean).toContain('[phone]');
  });

  it('keeps two shared jobs out at most; texts arriving meanwhile go together in the next', async () => {
    const held = heldEngine();
    const scrub = engineScrub(held.engine);
    const first = scrub('first 07700 900121', {});
    await tick();
    const second = scrub('second 07700 900122', {});
    await tick();
    const later = ['third 07700 900123', 'fourth 07700 900124', 'fifth 07700 900125'].map((t) => scrub(t, {}));
    await tick();
    expect(held.jobs).toHaveLength(2);
    held.release();
    expect(await first).toBe('first [phone]');
    expect(await second).toBe('second [phone]');
    await tick();
    expect(held.jobs).toHaveLength(3);
    expect(held.jobs[2]).toEqual({
      kind: 'scrub',
      texts: ['third 07700 900123', 'fourth 07700 900124', 'fifth 07700 900125'],
    });
    held.release();
    expect(await Promise.all(later)).toEqual(['third [phone]', 'fourth [phone]', 'fifth [phone]']);
  });

  it('rejects every text of a failed job, and the next turn sends again', async () => {
    const held = heldEngine();
    const scrub = engineScrub(held.engine);
    const failed = [scrub('a 07700 900121', {}), scrub('b 07700 900122', {})].map((p) =>
      Promise.resolve(p).then(
        () => 'answered',
        (error: Error) => error.message,
      ),
    );
    await tick();
    held.fail(new Error('engine_timeout'));
    expect(await Promise.all(failed)).toEqual(['engine_timeout', 'engine_timeout']);
    const again = scrub('c 07700 900123', {});
    await tick();
    held.release();
    expect(await again).toBe('c [phone]');
  });

  it('rejects the texts of a job the engine refuses at once (throwing as it is called)', async () => {
    const scrub = engineScrub({
      run() {
        throw new Error('engine_closed');
      },
    });
    await expect(scrub('call 07700 900123', {})).rejects.toThrow('engine_closed');
  });

  it("takes the engine's own answer at once for a text it scrubs on the spot, and a job for the rest", async () => {
    const held = heldEngine();
    const now: string[] = [];
    const scrub = engineScrub({
      ...held.engine,
      scrubNow(text, locale) {
        now.push(`${locale ?? ''}:${text}`);
        return text.startsWith('short') ? (runEngineJob({ kind: 'scrub', texts: [text] })[0] as string) : undefined;
      },
    });
    expect(await scrub('short: call 07700 900123', { locale: 'en' })).toBe('short: call [phone]');
    const sent = scrub('sent: call 07700 900124', {});
    await tick();
    expect(now).toEqual(['en:short: call 07700 900123', ':sent: call 07700 900124']);
    expect(held.jobs).toEqual([{ kind: 'scrub', texts: ['sent: call 07700 900124'] }]);
    held.release();
    expect(await sent).toBe('sent: call [phone]');
  });

  it('rejects a text whose on-the-spot scrub throws (the handler then withholds it)', async () => {
    const held = heldEngine();
    const scrub = engineScrub({
      ...held.engine,
      scrubNow() {
        throw new Error('scrubber failed');
      },
    });
    await expect(Promise.resolve(scrub('call 07700 900123', {}))).rejects.toThrow('scrubber failed');
    await tick();
    expect(held.jobs).toEqual([]);
  });
});
