import { type AgeBand, type Policy, type ScreenResult, screenText, scrubPII } from '@youthchat/core';

/** Scrub personal details out of each text (`scrubPII`). */
export interface ScrubJob {
  kind: 'scrub';
  texts: string[];
  locale?: string;
}

/** Screen each text (`screenText`); the first is read with `history`. */
export interface ScreenJob {
  kind: 'screen';
  texts: string[];
  band: AgeBand;
  /** Where the band's actions come from. @default DEFAULT_POLICY */
  policy?: Policy;
  locale?: string;
  history?: string[];
  /** False on the model's replies: the rules alone. */
  learned?: boolean;
}

export type EngineJob = ScrubJob | ScreenJob;

/** What a screen job answers for each text: the parts of `ScreenResult` a check needs. */
export type ScreenOutcome = Pick<ScreenResult, 'categories' | 'coverage'>;

export type EngineOutput<J extends EngineJob> = J extends ScrubJob ? string[] : ScreenOutcome[];

/**
 * Where the safety engine's work (scrubbing and screening) runs. The Node
 * app runs it in a pool of worker threads with a time budget per job
 * (`createEnginePool` from `@youthchat/server/node`), so no message can hold
 * up other requests; elsewhere it runs in the request's own thread.
 */
export interface SafetyEngine {
  /**
   * Runs one job. Rejects (never answers) when the job runs past its budget,
   * its worker fails, or `signal` aborts first; the chat handler then holds
   * the message.
   */
  run<J extends EngineJob>(job: J, signal: AbortSignal): Promise<EngineOutput<J>>;
  /**
   * Scrubs one short text in the calling thread, when the engine judges that
   * cheaper than a job and within what it allows the calling thread; answers
   * undefined when the text should go in a job (`run`) instead. Optional: an
   * engine without it gets every text as a job.
   */
  scrubNow?(text: string, locale?: string): string | undefined;
}

/** Why the engine gave no answer. */
export class EngineError extends Error {
  override readonly name = 'EngineError';
  readonly code: 'engine_timeout' | 'engine_busy' | 'engine_failed' | 'engine_aborted' | 'engine_closed';

  constructor(code: EngineError['code'], options: { cause?: unknown } = {}) {
    super(`The safety engine gave no answer (${code}).`, options);
    this.code = code;
  }
}

/** Runs a job in the calling thread: what the engine's workers call, and the default outside Node. */
export function runEngineJob(job: EngineJob): string[] | ScreenOutcome[] {
  if (job.kind === 'scrub') {
    return job.texts.map((text) => scrubPII(text, job.locale ? { locale: job.locale } : {}).text);
  }
  return job.texts.map((text, i) => {
    const result = screenText(text, {
      band: job.band,
      ...(job.policy ? { policy: job.policy } : {}),
      ...(job.locale ? { locale: job.locale } : {}),
      ...(i === 0 && job.history ? { history: job.history } : {}),
      ...(job.learned === false ? { learned: false } : {}),
    });
    return { categories: result.categories, ...(result.coverage ? { coverage: result.coverage } : {}) };
  });
}

/**
 * The engine in the request's own thread: for runtimes without worker
 * threads (Workers, edge functions). A job cannot be stopped once started, so
 * the chat handler's per-request character cap is what bounds it.
 */
export const inProcessEngine: SafetyEngine = {
  async run(job, signal) {
    if (signal.aborted) throw new EngineError('engine_aborted');
    return runEngineJob(job) as EngineOutput<typeof job>;
  },
};
