import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { loadLanguages, SHIPPED_LANGUAGES } from '@youthchat/core';
import Tinypool from 'tinypool';
import { EngineError, type EngineJob, type EngineOutput, runEngineJob, type SafetyEngine } from '../chat/engine.js';
import { warmScrubber } from './warm-scrubber.js';

export interface EnginePoolOptions {
  /** Worker threads. @default between 2 and 4, by the machine's cores */
  threads?: number;
  /**
   * Longest a job may wait for a worker and run, in milliseconds. Past it the
   * message is held and a worker still running the job is stopped and
   * replaced. @default 2000
   */
  timeoutMs?: number;
  /** Jobs that may wait for a free worker; beyond that a job is refused at once (and its message held). @default 256 */
  maxQueue?: number;
  /**
   * The worker's file, as a path or `file:` URL: for a server bundled into
   * files of its own, point it at `@youthchat/server/engine-worker` (or a
   * bundle of it). @default the compiled `engine-worker.js` beside this
   * module; in a bundle, `@youthchat/server/engine-worker` as Node resolves it
   * from the bundle's folder or the working folder. Found nowhere, `ready()`
   * and every job reject (`engine_failed`): the app refuses to start and
   * nothing is checked in its place.
   */
  workerUrl?: string | URL;
  /**
   * Texts up to this many characters may be scrubbed in the calling thread
   * (`scrubNow`), within a share of its time, rather than handed to a worker;
   * 0 sends every text to the workers. @default 512 (see `INLINE_SCRUB_CHARS`)
   */
  inlineScrubChars?: number;
}

/** The safety engine in worker threads: what the Node app gives the chat handler. */
export interface EnginePool extends SafetyEngine {
  readonly threads: number;
  readonly timeoutMs: number;
  /** Resolves once every worker has loaded the language packs; rejects if the workers cannot start. */
  ready(): Promise<void>;
  /** Stops the workers; jobs still waiting are refused. */
  close(): Promise<void>;
  /**
   * Scrubs a text of at most `inlineScrubChars` characters in the calling
   * thread, while the inline budget lasts (see `INLINE_SCRUB_CHARS`); answers
   * undefined for a text that should go to the workers, and before the calling
   * thread has loaded the language packs (`ready()` starts that).
   */
  scrubNow(text: string, locale?: string): string | undefined;
}

/**
 * Scrubbing a short text in the calling thread costs less than handing it to
 * a worker and back (a message each way, and on a small machine a worker
 * competing with the event loop for a core): the report route's texts are
 * mostly a sentence or two. It is safe only while bounded, and two bounds hold
 * it:
 *
 * - Length. `scrubPII` reads a text in a bounded number of linear passes
 *   (`detect` at most nine times), so a text's cost is bounded by its length.
 *   The most expensive shapes found (runs of capitalised, name-like words) cost
 *   a few microseconds a character on one core: at most a few milliseconds for
 *   512 characters. A longer text always goes to a worker, where the pool's
 *   time budget stops it.
 * - Time, whatever the shape. The time each inline scrub takes is measured and
 *   charged to a budget that refills by half the time between scrubs and holds
 *   at most `INLINE_BURST_MS`; while it is spent, texts go to the workers. So
 *   however hostile the texts, inline scrubbing takes at most a third of the
 *   event loop over any stretch (S ≤ burst + (T − S) / 2), and holds up other
 *   requests by at most the burst plus one text at a time; the rest goes to the
 *   workers, with the pool's queue limit and time budget as before.
 */
export const INLINE_SCRUB_CHARS = 512;
/** What the inline budget gains per millisecond not spent scrubbing inline. */
const INLINE_SHARE = 0.5;
/** Inline scrubbing time that may be spent at once, in milliseconds. */
const INLINE_BURST_MS = 4;

/** The time inline scrubbing may take (see `INLINE_SCRUB_CHARS`): a bucket of milliseconds. */
export interface InlineBudget {
  /** Whether a text may be scrubbed inline at `now`: some of the budget is left. */
  allows(now: number): boolean;
  /** Charges a scrub that ran from `started` to `finished`. */
  spend(started: number, finished: number): void;
}

export function inlineBudget(share = INLINE_SHARE, burstMs = INLINE_BURST_MS): InlineBudget {
  let credit = burstMs;
  let at = Number.NEGATIVE_INFINITY;
  return {
    allows(now) {
      // Time since the last scrub ended refills it (at most to the burst); time spent scrubbing does not.
      credit = Math.min(burstMs, credit + Math.max(0, now - at) * share);
      at = now;
      return credit > 0;
    },
    spend(started, finished) {
      credit -= finished - started;
      at = finished;
    },
  };
}

interface Entry {
  job: EngineJob;
  /** Characters to read: the smallest waiting job goes first. */
  size: number;
  signal: AbortSignal;
  settle: (error: EngineError | null, value?: unknown) => void;
  /** Set while a worker runs the job: stops (and replaces) that worker. */
  stop?: AbortController;
}

/**
 * Runs scrubbing and screening in a small pool of worker threads, so that a
 * long or hostile message never holds up other requests, and a job past its
 * budget is stopped rather than waited for.
 *
 * Long jobs go in pieces of a few thousand characters, and waiting jobs go
 * to a free worker smallest first. With two workers or more, one is kept for
 * short jobs (an ordinary message, a window of the reply), so that no number
 * of long messages queues them. A client going away takes its waiting jobs out
 * of the queue; a job already running is left to finish (within its budget)
 * rather than costing a worker.
 *
 * @example
 * const engine = createEnginePool({ threads: 2, timeoutMs: 2000 });
 * await engine.ready();
 * const chat = createChatHandler({ secret, engine });
 */
export function createEnginePool(options: EnginePoolOptions = {}): EnginePool {
  const threads = Math.max(1, options.threads ?? Math.min(4, Math.max(2, availableParallelism())));
  const timeoutMs = options.timeoutMs ?? 2000;
  const maxQueue = options.maxQueue ?? 256;
  let entry: ReturnType<typeof workerEntry>;
  try {
    entry = workerEntry(options.workerUrl);
  } catch (error) {
    return missingWorker(threads, timeoutMs, error);
  }
  const pool = new Tinypool({
    ...entry,
    minThreads: threads,
    maxThreads: threads,
    // Workers stay up: each holds the language packs, which take a while to load.
    idleTimeout: 2 ** 31 - 1,
    // A hostile job must not take the worker's memory with it either.
    resourceLimits: { maxOldGenerationSizeMb: 512 },
  });
  const queue: Entry[] = [];
  let running = 0;
  let runningLong = 0;
  const longLanes = threads > 1 ? threads - 1 : 1;
  let closed = false;
  const inlineChars = Math.max(0, options.inlineScrubChars ?? INLINE_SCRUB_CHARS);
  /**
   * Set once `ready()` has loaded the language packs in this thread and run the scrubber over every pack once
   * (its word tables are built on first use: that first pass takes a while, and is made before any request).
   * A failed load leaves every text to the workers.
   */
  let inlineReady = false;
  let inlineLoad: Promise<void> | undefined;
  const loadInline = () => {
    if (inlineChars === 0) return Promise.resolve();
    inlineLoad ??= loadLanguages(SHIPPED_LANGUAGES)
      .then(() => {
        warmScrubber();
        inlineReady = true;
      })
      .catch(() => undefined);
    return inlineLoad;
  };
  const budget = inlineBudget();

  function scrubNow(text: string, locale?: string): string | undefined {
    if (!inlineReady || closed || text.length > inlineChars) return undefined;
    const started = performance.now();
    if (!budget.allows(started)) return undefined;
    // The same code the workers run (`engine-worker.ts`), with the same packs.
    const [clean] = runEngineJob({ kind: 'scrub', texts: [text], ...(locale ? { locale } : {}) });
    budget.spend(started, performance.now());
    return clean as string;
  }

  function pump(): void {
    while (!closed && running < threads && queue.length > 0) {
      // Smallest first (the earliest among equals), so an ordinary message never waits behind long ones.
      let next = 0;
      for (let i = 1; i < queue.length; i++) if ((queue[i] as Entry).size < (queue[next] as Entry).size) next = i;
      const long = (queue[next] as Entry).size > SHORT_CHARS;
      if (long && runningLong >= longLanes) return;
      const [entry] = queue.splice(next, 1) as [Entry];
      const stop = new AbortController();
      entry.stop = stop;
      running += 1;
      if (long) runningLong += 1;
      pool
        .run(entry.job, { signal: stop.signal })
        .then(
          (value: unknown) => entry.settle(null, value),
          (error: unknown) => entry.settle(new EngineError('engine_failed', { cause: error })),
        )
        .finally(() => {
          running -= 1;
          if (long) runningLong -= 1;
          pump();
        });
    }
  }

  function run<J extends EngineJob>(job: J, signal: AbortSignal): Promise<EngineOutput<J>> {
    if (closed) return Promise.reject(new EngineError('engine_closed'));
    if (signal.aborted) return Promise.reject(new EngineError('engine_aborted'));
    const pieces = split(job);
    if (queue.length + pieces.length > maxQueue) return Promise.reject(new EngineError('engine_busy'));
    const deadline = performance.now() + timeoutMs;
    if (pieces.length === 1) return enqueue(job, signal, deadline) as Promise<EngineOutput<J>>;
    // A long job goes in pieces, so that a worker is free again soon for a short message waiting behind it.
    const stop = new AbortController();
    const either = AbortSignal.any([signal, stop.signal]);
    return Promise.all(pieces.map((piece) => enqueue(piece, either, deadline))).then(
      (results) => results.flat() as EngineOutput<J>,
      (error: unknown) => {
        stop.abort();
        throw error;
      },
    );
  }

  function enqueue(job: EngineJob, signal: AbortSignal, deadline: number): Promise<unknown[]> {
    return new Promise<unknown[]>((resolve, reject) => {
      let settled = false;
      const entry: Entry = {
        job,
        size: job.texts.reduce((sum, text) => sum + text.length, 0) + (job.kind === 'screen' ? historySize(job) : 0),
        signal,
        settle(error, value) {
          clearTimeout(timer);
          signal.removeEventListener('abort', onAbort);
          if (settled) return;
          settled = true;
          if (error) reject(error);
          else resolve(value as unknown[]);
        },
      };
      const leaveQueue = () => {
        const index = queue.indexOf(entry);
        if (index >= 0) queue.splice(index, 1);
        return index >= 0;
      };
      const onAbort = () => {
        // A job still waiting never runs; one already running finishes unheard (its budget still stops it).
        if (leaveQueue()) clearTimeout(timer);
        if (settled) return;
        settled = true;
        reject(new EngineError('engine_aborted'));
      };
      const timer = setTimeout(() => {
        leaveQueue();
        entry.stop?.abort();
        entry.settle(new EngineError('engine_timeout'));
      }, deadline - performance.now());
      signal.addEventListener('abort', onAbort, { once: true });
      queue.push(entry);
      pump();
    });
  }

  // One small job per worker loads every worker's language packs before the first message.
  let warm: Promise<void> | undefined;
  const ready = () => {
    warm ??= Promise.all([
      ...Array.from({ length: threads }, () =>
        pool.run({ kind: 'screen', texts: ['hello'], band: 'adult' } satisfies EngineJob),
      ),
      loadInline(),
    ]).then(
      () => undefined,
      (error: unknown) => {
        throw new EngineError('engine_failed', { cause: error });
      },
    );
    return warm;
  };

  return {
    threads,
    timeoutMs,
    run,
    ready,
    scrubNow,
    async close() {
      if (closed) return;
      closed = true;
      for (const entry of queue.splice(0)) entry.settle(new EngineError('engine_closed'));
      await pool.destroy();
    },
  };
}

/** Characters in one piece of a long job: one piece takes a worker a few tens of milliseconds. */
const PIECE_CHARS = 8000;

/** Jobs up to this size are short: an ordinary message with some history, a window of the reply. */
const SHORT_CHARS = 2000;

/** A job cut into pieces of about PIECE_CHARS, texts kept whole and in order; the history stays with the first text. */
function split(job: EngineJob): EngineJob[] {
  const pieces: EngineJob[] = [];
  let texts: string[] = [];
  let size = 0;
  const flush = () => {
    if (texts.length === 0) return;
    if (job.kind === 'scrub' || pieces.length === 0) pieces.push({ ...job, texts });
    else {
      const { history: _, ...rest } = job;
      pieces.push({ ...rest, texts });
    }
    texts = [];
    size = 0;
  };
  for (const text of job.texts) {
    if (size > 0 && size + text.length > PIECE_CHARS) flush();
    texts.push(text);
    size += text.length;
  }
  flush();
  return pieces.length > 0 ? pieces : [job];
}

function historySize(job: Extract<EngineJob, { kind: 'screen' }>): number {
  return (job.history ?? []).reduce((sum, text) => sum + text.length, 0);
}

/** A pool whose worker file could not be found: it refuses every job, so nothing goes unchecked. */
function missingWorker(threads: number, timeoutMs: number, cause: unknown): EnginePool {
  const failed = () => Promise.reject(new EngineError('engine_failed', { cause }));
  let closed = false;
  return {
    threads,
    timeoutMs,
    run: () => (closed ? Promise.reject(new EngineError('engine_closed')) : failed()),
    ready: failed,
    // Nothing is scrubbed here either: every text goes to `run`, which refuses it.
    scrubNow: () => undefined,
    async close() {
      closed = true;
    },
  };
}

/** Where the published worker is, as Node resolves the package's `./engine-worker` export from `from`. */
function resolvePublishedWorker(from: string): string | undefined {
  try {
    return createRequire(from).resolve('@youthchat/server/engine-worker');
  } catch {
    return undefined;
  }
}

/** This module's own URL; undefined in a CommonJS bundle, where `import.meta` is empty. */
function ownUrl(): string | undefined {
  const url = (import.meta as { url?: unknown }).url;
  return typeof url === 'string' ? url : undefined;
}

/**
 * The worker's file. Given (`workerUrl`), that one. Published, it is the
 * compiled `engine-worker.js` beside this file, run in worker threads. In a
 * bundle, where that file is not beside the bundle, the package's
 * `@youthchat/server/engine-worker` export as Node resolves it from the
 * bundle's folder, then from the working folder; found nowhere, it throws
 * (and the pool refuses every job). Run from the TypeScript sources (the
 * monorepo's tests and demo), the workers are child processes that load the
 * sources through tsx, with `@youthchat/*` mapped to `src` as
 * `scripts/start.mjs` does.
 */
function workerEntry(workerUrl?: string | URL): {
  filename: string;
  runtime?: 'child_process';
  execArgv?: string[];
  env?: Record<string, string>;
} {
  if (workerUrl !== undefined) {
    const filename = workerUrl instanceof URL || workerUrl.startsWith('file:') ? fileURLToPath(workerUrl) : workerUrl;
    if (!existsSync(filename))
      throw new Error(`The safety engine's worker file ${filename} (workerUrl) does not exist.`);
    return { filename };
  }
  const own = ownUrl();
  if (own === undefined || !own.endsWith('.ts')) {
    const beside = own === undefined ? undefined : fileURLToPath(new URL('./engine-worker.js', own));
    if (beside !== undefined && existsSync(beside)) return { filename: beside };
    const published =
      (own === undefined ? undefined : resolvePublishedWorker(own)) ??
      resolvePublishedWorker(join(process.cwd(), 'package.json'));
    if (published !== undefined) return { filename: published };
    throw new Error(
      "The safety engine's worker file was not found beside the server's code or as @youthchat/server/engine-worker; when bundling the server, keep @youthchat/server installed or pass workerUrl to createEnginePool.",
    );
  }
  const url = own;
  const tsx = pathToFileURL(createRequire(url).resolve('tsx')).href;
  const tsconfig = fileURLToPath(new URL('../../../../scripts/tsconfig.start.json', url));
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(process.env)) if (value !== undefined) env[key] = value;
  return {
    filename: fileURLToPath(new URL('./engine-worker.ts', url)),
    // Worker threads on Node 20 do not take module hooks such as tsx's; a child process does.
    runtime: 'child_process',
    execArgv: ['--import', tsx],
    env: { ...env, TSX_TSCONFIG_PATH: tsconfig },
  };
}
