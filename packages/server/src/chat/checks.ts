import type { AgeBand, Policy } from '@youthchat/core';
import type OpenAI from 'openai';
import { inProcessEngine, type SafetyEngine } from './engine.js';

export type ChatStage = 'input' | 'output';

/** What a check is told besides the texts. */
export interface CheckContext {
  band: AgeBand;
  locale?: string;
  stage: ChatStage;
  /** Aborts when the check times out or the client goes away. */
  signal: AbortSignal;
  /**
   * The child's earlier messages in this conversation, oldest first, for
   * checks that read the first text in context (signals that add up across turns).
   */
  history?: readonly string[];
  /**
   * The conversation before the first text, both sides, scrubbed, oldest
   * first (on the reply: before the reply), for checks that read turns.
   */
  turns?: readonly { role: 'user' | 'assistant'; content: string }[];
  /** Keyed hash of the age session (never a raw id), for checks that call a provider. */
  safetyIdentifier?: string;
}

/** One check's finding for one text. */
export interface CheckVerdict {
  /** Categories found; empty when nothing was found. */
  categories: string[];
  /**
   * The check's own decision, for checks that follow the band's policy (the
   * local screen). Without it, the category table decides.
   */
  action?: 'allow' | 'block' | 'escalate';
  /** Scores per category (0 to 1), for the table's `threshold`. */
  scores?: Record<string, number>;
  /** The check could not read the text (no language pack for its language); nothing it says means it is safe. */
  unread?: boolean;
  /** How serious the check judged it (a policy-following classifier's verdict); weights the risk that adds up. */
  severity?: 'none' | 'low' | 'medium' | 'high';
  /** Why, for moderators only: never sent to the child or logged; in escalation events only where the policy allows text. */
  rationale?: string;
}

/**
 * A server moderation hook. Runs on the child's message (and the history
 * sent with it) before the model is called, and on each window of the reply.
 * Throwing, answering the wrong number of verdicts or running past the
 * handler's `checkTimeoutMs` holds the message: nothing goes on unchecked.
 *
 * @example
 * const keywordCheck: ModerationCheck = {
 *   name: 'school-names',
 *   check: (texts) => texts.map((t) => ({ categories: /springfield elementary/i.test(t) ? ['personal-info'] : [] })),
 * };
 */
export interface ModerationCheck {
  /** For logs. */
  name: string;
  /**
   * Sends text off the server. Remote checks never run where the model
   * provider may not be contacted (under-13 without zero data retention).
   * @default false
   */
  remote?: boolean;
  /**
   * Answers on the child's message before any remote check starts, so that a
   * message it blocks or cannot check never leaves the server; every other
   * check runs at the same time as the rest. Only for fast checks that stay
   * on this server (the built-in local screen is one); ignored on remote
   * checks and on the reply. @default false
   */
  gate?: boolean;
  /** One verdict per text, in order. */
  check(texts: readonly string[], context: CheckContext): Promise<CheckVerdict[]> | CheckVerdict[];
}

/**
 * The client's screen (`screenText` from `@youthchat/core`), run again on the
 * server because a client can be bypassed. The first text is read with the
 * child's earlier messages (`context.history`). Its categories go through
 * `decide` with the band's policy. On the reply only categories the band
 * blocks count: escalation categories describe the child, not the model.
 *
 * A minor's first text that the language packs could not read (`coverage`
 * `none`) is reported as `unread`, so that the handler holds it unless a
 * check that reads any language (the provider's moderation) also passed it.
 *
 * The screen runs on `engine` (the Node app's worker pool); a job that fails
 * or runs past its budget fails the check, and so holds the message.
 */
export function localScreenCheck(policy: Policy, engine: SafetyEngine = inProcessEngine): ModerationCheck {
  return {
    name: 'local-screen',
    gate: true,
    async check(texts, context) {
      const actions = policy.bands[context.band]?.screening.actions;
      const results = await engine.run(
        {
          kind: 'screen',
          texts: [...texts],
          band: context.band,
          policy,
          ...(context.locale ? { locale: context.locale } : {}),
          ...(context.history ? { history: [...context.history] } : {}),
          // The learned models know children's messages, not the model's replies: on the reply, the rules alone.
          ...(context.stage === 'output' ? { learned: false } : {}),
        },
        context.signal,
      );
      return results.map((result, i) => {
        const categories =
          context.stage === 'output' ? result.categories.filter((c) => actions?.[c] === 'block') : result.categories;
        return {
          categories: [...categories],
          ...(i === 0 && result.coverage === 'none' && context.band !== 'adult' ? { unread: true } : {}),
        };
      });
    },
  };
}

/**
 * OpenAI's moderation endpoint, one request for all the texts, with the
 * keyed `safety_identifier` (sent as an extra body field: the client's
 * types do not list it for moderations yet).
 */
export function openAIModerationCheck(
  client: OpenAI,
  options: {
    model?: string;
    maxRetries?: number;
    /** The client's endpoint is self-hosted (`chatFirstParty`): not a remote check. @default false */
    firstParty?: boolean;
  } = {},
): ModerationCheck {
  const model = options.model ?? 'omni-moderation-latest';
  return {
    name: 'openai-moderation',
    remote: options.firstParty !== true,
    async check(texts, context) {
      const body: OpenAI.ModerationCreateParams & { safety_identifier?: string } = {
        model,
        input: [...texts],
        ...(context.safetyIdentifier ? { safety_identifier: context.safetyIdentifier } : {}),
      };
      const response = await client.moderations.create(body, {
        signal: context.signal,
        maxRetries: options.maxRetries ?? 1,
      });
      return response.results.map((result) => {
        const categories = Object.entries(result.categories)
          .filter(([, flagged]) => flagged === true)
          .map(([category]) => category);
        // A flag without a named category is still a flag.
        if (result.flagged && categories.length === 0) categories.push('flagged');
        const scores: Record<string, number> = {};
        for (const [category, score] of Object.entries(result.category_scores ?? {})) {
          if (typeof score === 'number') scores[category] = score;
        }
        return { categories, scores };
      });
    },
  };
}

/** Thrown when a check cannot give an answer in time or at all. */
export class CheckFailedError extends Error {
  override readonly name = 'CheckFailedError';
  readonly code: 'check_timeout' | 'check_error' | 'check_invalid';
  readonly check: string;

  constructor(check: string, code: CheckFailedError['code'], options: { cause?: unknown } = {}) {
    super(`The ${check} check failed (${code}).`, options);
    this.check = check;
    this.code = code;
  }
}

/** Runs one check with a deadline; any failure becomes a CheckFailedError (fail closed). */
export async function runCheck(
  check: ModerationCheck,
  texts: readonly string[],
  context: Omit<CheckContext, 'signal'> & { signal: AbortSignal },
  timeoutMs: number,
): Promise<CheckVerdict[]> {
  // Nothing is read for a client that has gone.
  if (context.signal.aborted) throw new CheckFailedError(check.name, 'check_error', { cause: context.signal.reason });
  const controller = new AbortController();
  const onAbort = () => controller.abort(context.signal.reason);
  context.signal.addEventListener('abort', onAbort, { once: true });
  let timer: ReturnType<typeof setTimeout> | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      controller.abort(new Error('timeout'));
      reject(new CheckFailedError(check.name, 'check_timeout'));
    }, timeoutMs);
  });
  try {
    const verdicts = await Promise.race([
      Promise.resolve().then(() => check.check(texts, { ...context, signal: controller.signal })),
      deadline,
    ]);
    if (!Array.isArray(verdicts) || verdicts.length !== texts.length)
      throw new CheckFailedError(check.name, 'check_invalid');
    for (const verdict of verdicts) {
      if (!verdict || !Array.isArray(verdict.categories)) throw new CheckFailedError(check.name, 'check_invalid');
    }
    return verdicts;
  } catch (error) {
    if (error instanceof CheckFailedError) throw error;
    throw new CheckFailedError(check.name, 'check_error', { cause: error });
  } finally {
    clearTimeout(timer);
    context.signal.removeEventListener('abort', onAbort);
  }
}
