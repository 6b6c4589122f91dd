import { type AgeBand, type Policy, type ResolvedYouthSafetyPolicy, resolveYouthSafetyPolicy } from '@youthchat/core';
import type OpenAI from 'openai';
import { type CheckContext, CheckFailedError, type CheckVerdict, type ModerationCheck } from './checks.js';
import {
  parseYouthPolicyVerdict,
  UNKNOWN_CLASSIFIER_CATEGORY,
  verdictToCheckVerdict,
  YOUTH_POLICY_VERDICT_SCHEMA,
  YouthPolicyVerdictError,
} from './youth-policy-verdict.js';

/**
 * The classifier's model when none is named: a small current model of the
 * installed `openai` client's list, made for classification at volume.
 */
export const DEFAULT_SAFETY_MODEL = 'gpt-5.6-luna';

export const YOUTH_POLICY_CHECK_NAME = 'youth-policy';

export interface YouthPolicyCheckOptions {
  /** The official client pointed at the classifier's endpoint (OpenAI, or an OpenAI-compatible server). */
  client: OpenAI;
  /** The band policies whose `classifier` sections are read. */
  policy: Policy;
  /** @default DEFAULT_SAFETY_MODEL */
  model?: string;
  /**
   * `responses` (`text.format` json_schema) or `chat-completions`
   * (`response_format` json_schema) for servers that only speak that (Ollama,
   * older vLLM). @default 'responses'
   */
  api?: 'responses' | 'chat-completions';
  /** The endpoint is self-hosted: not a remote check (see the docs' under-13 path). @default false */
  firstParty?: boolean;
  /** Most turns sent, the latest included. @default 12 */
  maxTurns?: number;
  /** Most characters of conversation sent. @default 8000 */
  maxChars?: number;
  /** Upper bound on the classifier's answer (reasoning included), in tokens. Unset: the endpoint's. */
  maxOutputTokens?: number;
  /** @default 1 */
  maxRetries?: number;
  /** Also judge adults' chats (the policy is written for minors). @default false */
  adults?: boolean;
}

type Turn = { role: 'user' | 'assistant'; content: string };

/**
 * A policy-following youth-safety classifier (`gpt-oss-safeguard`, or any
 * model that follows a written policy) as a `ModerationCheck`. It reads the
 * last turns of the conversation (both sides, already scrubbed), bounded by
 * `maxTurns` and `maxChars`, with the band's edition of the youth-safety
 * policy, and answers one verdict for the latest text:
 * `{ violation, categories, severity, rationale }`, checked strictly.
 * Anything else (an outage, a timeout, malformed JSON, a refusal) fails the
 * check, and so holds the message.
 *
 * Categories go through the band's table with the others' (`decide`);
 * `severity` and `rationale` ride on the verdict for moderators, never to
 * the child or the logs.
 *
 * @example
 * const check = youthPolicyCheck({ client: new OpenAI({ baseURL: 'http://vllm:8000/v1' }), policy,
 *   model: 'openai/gpt-oss-safeguard-20b', firstParty: true });
 */
export function youthPolicyCheck(options: YouthPolicyCheckOptions): ModerationCheck & {
  /** The version of the policy text a band's verdicts are given under. */
  policyVersion(band: AgeBand): string;
} {
  const model = options.model ?? DEFAULT_SAFETY_MODEL;
  const api = options.api ?? 'responses';
  const maxTurns = Math.max(1, options.maxTurns ?? 12);
  const maxChars = Math.max(200, options.maxChars ?? 8000);
  const resolved = new Map<AgeBand, { policy: ResolvedYouthSafetyPolicy; known: Set<string> }>();

  function forBand(band: AgeBand) {
    let entry = resolved.get(band);
    if (!entry) {
      const bandPolicy = options.policy.bands[band];
      const policy = resolveYouthSafetyPolicy(band, bandPolicy.classifier);
      const known = new Set([
        ...policy.sections.map((s) => s.category),
        ...Object.keys(bandPolicy.categories ?? {}),
        UNKNOWN_CLASSIFIER_CATEGORY,
      ]);
      entry = { policy, known };
      resolved.set(band, entry);
    }
    return entry;
  }

  async function ask(instructions: string, prompt: string, context: CheckContext): Promise<string | null> {
    const request = { signal: context.signal, maxRetries: options.maxRetries ?? 1 };
    const identifier = context.safetyIdentifier ? { safety_identifier: context.safetyIdentifier } : {};
    if (api === 'chat-completions') {
      const completion = await options.client.chat.completions.create(
        {
          model,
          messages: [
            { role: 'system', content: instructions },
            { role: 'user', content: prompt },
          ],
          response_format: {
            type: 'json_schema',
            json_schema: { name: 'youth_safety_verdict', strict: true, schema: { ...YOUTH_POLICY_VERDICT_SCHEMA } },
          },
          stream: false,
          store: false,
          ...identifier,
          ...(options.maxOutputTokens ? { max_completion_tokens: options.maxOutputTokens } : {}),
        },
        request,
      );
      const choice = completion.choices[0];
      if (!choice) throw new YouthPolicyVerdictError('empty');
      if (choice.message.refusal) throw new YouthPolicyVerdictError('refusal');
      if (choice.finish_reason !== 'stop') throw new YouthPolicyVerdictError('incomplete');
      return choice.message.content;
    }
    const response = await options.client.responses.create(
      {
        model,
        instructions,
        input: [{ role: 'user', content: prompt }],
        text: {
          format: {
            type: 'json_schema',
            name: 'youth_safety_verdict',
            strict: true,
            schema: { ...YOUTH_POLICY_VERDICT_SCHEMA },
          },
        },
        stream: false,
        store: false,
        ...identifier,
        ...(options.maxOutputTokens ? { max_output_tokens: options.maxOutputTokens } : {}),
      },
      request,
    );
    if (response.status !== 'completed') throw new YouthPolicyVerdictError('incomplete');
    const refused = response.output.some(
      (item) => item.type === 'message' && item.content.some((part) => part.type === 'refusal'),
    );
    if (refused) throw new YouthPolicyVerdictError('refusal');
    return response.output_text;
  }

  async function judge(turns: Turn[], latest: Turn, context: CheckContext): Promise<CheckVerdict> {
    const { policy, known } = forBand(context.band);
    const prompt = renderConversation(bound([...turns, latest], maxTurns, maxChars), context);
    try {
      const verdict = parseYouthPolicyVerdict(await ask(policy.text, prompt, context));
      return verdictToCheckVerdict(verdict, known);
    } catch (error) {
      if (error instanceof YouthPolicyVerdictError)
        throw new CheckFailedError(YOUTH_POLICY_CHECK_NAME, 'check_invalid', { cause: error });
      throw error;
    }
  }

  return {
    name: YOUTH_POLICY_CHECK_NAME,
    remote: options.firstParty !== true,
    policyVersion: (band) => forBand(band).policy.version,
    async check(texts, context) {
      if (texts.length === 0) return [];
      if (context.band === 'adult' && options.adults !== true) return texts.map(() => ({ categories: [] }));
      if (context.stage === 'output') {
        // Each window of the reply, read after the conversation it answers.
        const before = [...(context.turns ?? [])];
        return Promise.all(texts.map((text) => judge(before, { role: 'assistant', content: text }, context)));
      }
      // The first text is the child's latest message; the rest are earlier turns, judged with it as one conversation.
      const before: Turn[] = context.turns
        ? [...context.turns]
        : (context.history ?? []).map((content) => ({ role: 'user', content }));
      const verdict = await judge(before, { role: 'user', content: texts[0] ?? '' }, context);
      return [verdict, ...texts.slice(1).map(() => ({ categories: [] }))];
    },
  };
}

/** The newest turns that fit: at most `maxTurns`, `maxChars` together; a long turn keeps its end. */
export function bound(turns: readonly Turn[], maxTurns: number, maxChars: number): Turn[] {
  const kept: Turn[] = [];
  let budget = maxChars;
  for (let i = turns.length - 1; i >= 0 && kept.length < maxTurns && budget > 0; i--) {
    const turn = turns[i] as Turn;
    const content = turn.content.length > budget ? turn.content.slice(turn.content.length - budget) : turn.content;
    kept.unshift({ role: turn.role, content });
    budget -= content.length;
  }
  return kept;
}

/**
 * The conversation as JSON, so that nothing a child writes can pose as the
 * end of the conversation or as instructions.
 */
function renderConversation(turns: readonly Turn[], context: CheckContext): string {
  const task =
    context.stage === 'output'
      ? "Classify the assistant's latest message (a part of its reply being written), in the light of the conversation."
      : "Classify the conversation as of the child's latest message (the last turn).";
  const conversation = turns.map((t) => ({ role: t.role === 'user' ? 'child' : 'assistant', text: t.content }));
  return `${task}\n\n${JSON.stringify({ band: context.band, conversation }, null, 1)}`;
}
