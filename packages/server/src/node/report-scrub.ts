import { setMaxListeners } from 'node:events';
import type { SafetyEngine } from '../chat/engine.js';
import type { ReportsHandlerOptions } from '../reports/handler.js';

/** Texts up to this many characters are sent together; a longer one goes in a job of its own. */
const SHORT_CHARS = 2000;
/** Characters in one shared job at most: one piece of the pool's (see `engine-pool.ts`), a few milliseconds of work. */
const JOB_CHARS = 8000;
/** Shared jobs out at once; texts arriving meanwhile wait for one to come back, and go together in the next. */
const IN_FLIGHT = 2;

interface Waiting {
  text: string;
  resolve: (clean: string) => void;
  reject: (error: unknown) => void;
}

/**
 * The report handler's scrubber on a safety engine (what the Node app gives
 * it). Short texts arriving in the same turn of the event loop (or while two
 * shared jobs are out), in the same locale, share one engine job, so a burst
 * of reports costs the event loop one hand-over to a worker rather than one
 * each; a long text goes alone, so it can never hold up another report's. The engine's own time budget
 * bounds a job; a failed job rejects each of its texts, and the handler then
 * keeps those reports with their text withheld. A text the engine can scrub
 * on the spot (`scrubNow`: the pool does so for short texts, within a share
 * of the event loop) is answered at once.
 */
export function engineScrub(engine: SafetyEngine): NonNullable<ReportsHandlerOptions['scrub']> {
  const never = new AbortController().signal;
  // Every job waiting for the engine listens to this one signal (and stops listening when answered).
  setMaxListeners(0, never);
  /** Texts waiting for the next turn, by locale ('' for none). */
  let waiting = new Map<string, Waiting[]>();
  let scheduled = false;
  let inFlight = 0;

  function send(locale: string, batch: Waiting[], shared: boolean): void {
    if (shared) inFlight += 1;
    let job: Promise<unknown[]>;
    try {
      job = engine.run({ kind: 'scrub', texts: batch.map((w) => w.text), ...(locale ? { locale } : {}) }, never);
    } catch (error) {
      job = Promise.reject(error);
    }
    job
      .then(
        (clean) => {
          batch.forEach((w, i) => {
            const text = clean[i];
            if (typeof text === 'string') w.resolve(text);
            else w.reject(new TypeError('The safety engine answered a scrub job without text.'));
          });
        },
        (error: unknown) => {
          for (const w of batch) w.reject(error);
        },
      )
      .finally(() => {
        if (!shared) return;
        inFlight -= 1;
        if (waiting.size > 0 && !scheduled) flush();
      });
  }

  function flush(): void {
    scheduled = false;
    // Full: the next job to come back sends what is waiting.
    if (inFlight >= IN_FLIGHT) return;
    const groups = waiting;
    waiting = new Map();
    for (const [locale, texts] of groups) {
      let batch: Waiting[] = [];
      let size = 0;
      for (const w of texts) {
        if (batch.length > 0 && size + w.text.length > JOB_CHARS) {
          send(locale, batch, true);
          batch = [];
          size = 0;
        }
        batch.push(w);
        size += w.text.length;
      }
      if (batch.length > 0) send(locale, batch, true);
    }
  }

  return (text, { locale }) => {
    // A short text the engine scrubs on the spot (see `scrubNow` in `engine-pool.ts`) needs no hand-over.
    if (engine.scrubNow) {
      let clean: string | undefined;
      try {
        clean = engine.scrubNow(text, locale);
      } catch (error) {
        return Promise.reject(error);
      }
      if (clean !== undefined) return clean;
    }
    return new Promise<string>((resolve, reject) => {
      const w: Waiting = { text, resolve, reject };
      if (text.length > SHORT_CHARS) {
        send(locale ?? '', [w], false);
        return;
      }
      const key = locale ?? '';
      const group = waiting.get(key);
      if (group) group.push(w);
      else waiting.set(key, [w]);
      if (!scheduled) {
        scheduled = true;
        setImmediate(flush);
      }
    });
  };
}
