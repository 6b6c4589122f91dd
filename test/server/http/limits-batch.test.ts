import { postgresRateLimitStore } from '@youthchat/server';
import { afterAll, describe, expect, it } from 'vitest';
import { type BatchEntry, batchedCounter } from '../../../packages/server/src/limits/batch.ts';
import { dropSchema, pgUrl, uniqueSchema } from '../reports/postgres.ts';

/** A counter whose calls wait until released, keeping totals in memory as a database would. */
function heldCounter() {
  const totals = new Map<string, number>();
  const calls: { entries: BatchEntry[]; release: () => void }[] = [];
  const count = (entries: BatchEntry[]) =>
    new Promise<{ count: number; resetAt: number }[]>((resolve) => {
      calls.push({
        entries,
        release: () =>
          resolve(
            entries.map(({ key, n }) => {
              const total = (totals.get(key) ?? 0) + n;
              totals.set(key, total);
              return { count: total, resetAt: 60_000 };
            }),
          ),
      });
    });
  return { count, calls };
}

const tick = () => new Promise((resolve) => setImmediate(resolve));
/** A few turns of the event loop: a call's end, and the next call it schedules. */
const turns = async () => {
  for (let i = 0; i < 3; i++) await tick();
};
const key = [{ key: 'reports:address\u0000203.0.113.5', windowMs: 60_000 }];

describe('batchedCounter with calls out at once', () => {
  it('keeps one call out by default: requests arriving meanwhile go together in the next', async () => {
    const held = heldCounter();
    const counter = batchedCounter(held.count);
    const first = counter.hit(key, 0);
    await tick();
    const later = [counter.hit(key, 0), counter.hit(key, 0)];
    await tick();
    expect(held.calls).toHaveLength(1);
    held.calls[0]?.release();
    expect(await first).toEqual([{ count: 1, resetAt: 60_000 }]);
    await turns();
    expect(held.calls).toHaveLength(2);
    expect(held.calls[1]?.entries).toEqual([{ key: key[0]?.key, windowMs: 60_000, n: 2 }]);
    held.calls[1]?.release();
    expect((await Promise.all(later)).map(([c]) => c?.count)).toEqual([2, 3]);
  });

  it('sends a second call while the first is out, and gives every request a count of its own', async () => {
    const held = heldCounter();
    const counter = batchedCounter(held.count, { concurrency: 2 });
    const a = counter.hit(key, 0);
    await tick();
    const b = [counter.hit(key, 0), counter.hit(key, 0)];
    await tick();
    const c = [counter.hit(key, 0), counter.hit(key, 0), counter.hit(key, 0)];
    await tick();
    // Two calls out; the three that came after wait for one of them.
    expect(held.calls).toHaveLength(2);
    // The second call answers first: the counts are still each request's own.
    held.calls[1]?.release();
    held.calls[0]?.release();
    await turns();
    expect(held.calls).toHaveLength(3);
    expect(held.calls[2]?.entries[0]?.n).toBe(3);
    held.calls[2]?.release();
    const counts = [await a, ...(await Promise.all(b)), ...(await Promise.all(c))].map(([x]) => x?.count);
    expect(counts.sort((x, y) => (x ?? 0) - (y ?? 0))).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('drains every call out and everything queued', async () => {
    const held = heldCounter();
    const counter = batchedCounter(held.count, { concurrency: 2 });
    const hits = [counter.hit(key, 0), counter.hit(key, 0)];
    const drained = counter.drain();
    await tick();
    for (const call of held.calls) call.release();
    await drained;
    expect((await Promise.all(hits)).map(([x]) => x?.count)).toEqual([1, 2]);
  });
});

describe.skipIf(!pgUrl)('the PostgreSQL rate-limit store with a call out per connection', () => {
  const schema = uniqueSchema('limits_batch');
  afterAll(() => dropSchema(schema));

  it('counts 300 requests on one key as 1 to 300, each once, across two connections', async () => {
    const store = await postgresRateLimitStore({
      connectionString: pgUrl as string,
      schema,
      hashKey: 'k',
      maxConnections: 2,
    });
    try {
      const counts: number[] = [];
      await Promise.all(
        Array.from({ length: 300 }, async (_, i) => {
          // Spread over turns of the event loop, so that calls overlap.
          if (i % 7 === 0) await tick();
          const [result] = await store.hit(key, 1_000);
          counts.push(result?.count ?? 0);
        }),
      );
      expect(counts.sort((x, y) => x - y)).toEqual(Array.from({ length: 300 }, (_, i) => i + 1));
    } finally {
      await store.close();
    }
  });
});
