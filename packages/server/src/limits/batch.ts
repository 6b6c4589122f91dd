import type { RateLimitCount, RateLimitKey, RateLimitStore } from './types.js';

/** One counter to raise by `n` (the requests for that key in a batch). */
export interface BatchEntry {
  key: string;
  windowMs: number;
  n: number;
}

/** Raises each entry's counter by its `n` in one step; answers each counter's total after that. */
export type CountEntries = (entries: BatchEntry[], now: number) => RateLimitCount[] | Promise<RateLimitCount[]>;

interface Job {
  keys: readonly RateLimitKey[];
  now: number;
  resolve: (counts: RateLimitCount[]) => void;
  reject: (error: unknown) => void;
}

/**
 * Counts the requests that arrive together with one call to the database:
 * hits queued in one turn of the event loop (and while every call allowed
 * out is out) go in the next call, each key once with how many requests it
 * had. Every request still gets a count of its own (in arrival order within
 * a call; each call raises its counters atomically), so a limit of N lets
 * exactly N through.
 */
export function batchedCounter(
  count: CountEntries,
  options: {
    /**
     * Calls out at once (a pool's connections). Requests arriving while every
     * call is out go together in the next. Each call raises its counters
     * atomically, so every request still gets a count of its own. @default 1
     */
    concurrency?: number;
  } = {},
): {
  hit(keys: readonly RateLimitKey[], now: number): Promise<RateLimitCount[]>;
  /** Sends what is queued and waits for it. */
  drain(): Promise<void>;
} {
  const concurrency = Math.max(1, options.concurrency ?? 1);
  let queue: Job[] = [];
  let scheduled = false;
  const running = new Set<Promise<void>>();

  /** Sends what is queued in a call of its own. */
  function send(): Promise<void> {
    const call: Promise<void> = flush().finally(() => {
      running.delete(call);
      if (queue.length > 0) schedule();
    });
    running.add(call);
    return call;
  }

  function schedule(): void {
    if (scheduled || running.size >= concurrency) return;
    scheduled = true;
    setImmediate(() => {
      scheduled = false;
      // A drain may have started calls meanwhile; the end of one schedules what is left.
      if (running.size >= concurrency || queue.length === 0) return;
      void send();
    });
  }

  async function flush(): Promise<void> {
    const jobs = queue;
    queue = [];
    if (jobs.length === 0) return;
    const entries = new Map<string, BatchEntry & { index: number }>();
    // For each job's key: which entry, and its place among that entry's requests.
    const places = jobs.map((job) =>
      job.keys.map(({ key, windowMs }) => {
        let entry = entries.get(key);
        if (!entry) {
          entry = { key, windowMs, n: 0, index: entries.size };
          entries.set(key, entry);
        }
        entry.n += 1;
        return { entry, slot: entry.n - 1 };
      }),
    );
    const list = [...entries.values()];
    let totals: RateLimitCount[];
    try {
      totals = await count(
        list.map(({ key, windowMs, n }) => ({ key, windowMs, n })),
        Math.max(...jobs.map((job) => job.now)),
      );
    } catch (error) {
      for (const job of jobs) job.reject(error);
      return;
    }
    jobs.forEach((job, j) => {
      job.resolve(
        (places[j] ?? []).map(({ entry, slot }) => {
          const total = totals[entry.index] as RateLimitCount;
          return { count: total.count - entry.n + 1 + slot, resetAt: total.resetAt };
        }),
      );
    });
  }

  return {
    hit(keys, now) {
      return new Promise((resolve, reject) => {
        queue.push({ keys, now, resolve, reject });
        schedule();
      });
    },
    async drain() {
      while (running.size > 0 || queue.length > 0) {
        if (running.size < concurrency && queue.length > 0) send();
        await Promise.race(running);
      }
    },
  };
}

/**
 * A database store over a batched counter: hits are refused once it is
 * closed; closing sends what is queued, then lets `release` close the
 * connection and its timers.
 */
export function counterStore(
  kind: RateLimitStore['kind'],
  counter: ReturnType<typeof batchedCounter>,
  release: () => void | Promise<void>,
): RateLimitStore {
  let closed = false;
  return {
    kind,
    hit(keys, now) {
      if (closed) return Promise.reject(new Error('The rate-limit store is closed.'));
      return counter.hit(keys, now);
    },
    async close() {
      if (closed) return;
      closed = true;
      await counter.drain();
      await release();
    },
  };
}
