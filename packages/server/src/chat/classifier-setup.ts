import { ConfigurationError, type Policy } from '@youthchat/core';
import { type ClientOptions, OpenAI } from 'openai';
import type { ModerationCheck } from './checks.js';
import { type YouthPolicyCheckOptions, youthPolicyCheck } from './youth-policy-check.js';

/** `createChatHandler`'s `safetyClassifier` option. */
export interface SafetyClassifierOptions extends Omit<YouthPolicyCheckOptions, 'client' | 'policy' | 'maxRetries'> {
  /**
   * The classifier's endpoint: a client, or its options (`{ apiKey, baseURL }`).
   * @default the chat's `openai` client
   */
  openai?: OpenAI | ClientOptions;
  /**
   * Also judge each window of the reply (one more model call per window,
   * which slows the reply). @default false: the child's messages only
   */
  onReply?: boolean;
}

export type YouthPolicyChecks = ReturnType<typeof youthPolicyCheck> & { onReply: boolean };

/** The youth-policy check the handler runs, or undefined when the option is not given. */
export function classifierFromOptions(
  options: SafetyClassifierOptions | undefined,
  chatClient: OpenAI | undefined,
  policy: Policy,
  maxRetries: number,
): YouthPolicyChecks | undefined {
  if (!options) return undefined;
  const { openai, onReply, ...rest } = options;
  const client = openai ? toClient(openai) : chatClient;
  if (!client) {
    throw new ConfigurationError(
      'safety_classifier_without_client',
      'safetyClassifier needs an endpoint: give safetyClassifier.openai ({ apiKey, baseURL }) or the chat `openai` option.',
    );
  }
  return Object.assign(youthPolicyCheck({ ...rest, client, policy, maxRetries }), { onReply: onReply === true });
}

function toClient(openai: OpenAI | ClientOptions): OpenAI {
  const maybe = openai as Partial<OpenAI>;
  if (typeof maybe.responses?.create === 'function' && typeof maybe.chat?.completions?.create === 'function')
    return openai as OpenAI;
  return new OpenAI(openai as ClientOptions);
}

/** Where the classifier runs: the child's messages always, the reply's windows when asked. */
export function classifierChecks(check: YouthPolicyChecks | undefined): {
  input: ModerationCheck[];
  output: ModerationCheck[];
} {
  if (!check) return { input: [], output: [] };
  return { input: [check], output: check.onReply ? [check] : [] };
}
