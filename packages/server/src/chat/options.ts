import type { AgeBand, Catalogue, Policy } from '@youthchat/core';
import type { ClientOptions, OpenAI } from 'openai';
import type { AgeTokenDenyList } from '../age/token.js';
import type { ConsentLookup } from '../consent/view.js';
import type { EscalationHook } from '../escalation/types.js';
import type { RateLimitStore } from '../limits/types.js';
import type { SafetyRecordStore } from '../risk/types.js';
import type { ModerationCheck } from './checks.js';
import type { SafetyClassifierOptions } from './classifier-setup.js';
import type { SafetyEngine } from './engine.js';
import type { ChatGate } from './gate.js';
import type { ChatServerMessages } from './messages.js';
import type { CategoryTableOverrides } from './rules.js';
import type { WindowOptions } from './windows.js';

/** What the chat handler tells its logger: codes and counts, never message text or ids. */
export interface ChatLogEntry {
  event:
    | 'check_failed'
    | 'upstream_error'
    | 'escalation_hook_failed'
    | 'provider_not_allowed'
    | 'input_unread'
    | 'internal_error'
    | 'risk_failed'
    | 'count_failed';
  code?: string;
  band?: AgeBand;
  stage?: 'input' | 'output';
  check?: string;
  /** What failed underneath, as an error class and HTTP status (e.g. `AuthenticationError_401`); never content. */
  cause?: string;
}

export type ChatLogger = (entry: ChatLogEntry) => void;

export interface ChatHandlerOptions {
  /** Key the age tokens are signed with (the same as `createYouthchatHandler`'s). */
  secret: string | Uint8Array;
  /** Denied age token ids (the report store), checked on every request, so a reset token is refused at once. */
  revocations?: AgeTokenDenyList;
  /**
   * Reads a child's consent record on every request (`createConsent(...).lookup`),
   * so a parent's revocation holds at once. Without `use` the chat is held
   * after the local screen; without `ai-provider` nothing goes to the model
   * provider and the offline assistant answers. @default what the age token says
   */
  consent?: ConsentLookup;
  /** Per-band rules. @default DEFAULT_POLICY */
  policy?: Policy;
  /**
   * The official OpenAI client, or its options (`{ apiKey, baseURL }`) to
   * make one. Without it, replies come from the offline demo assistant
   * (labelled `assistant: 'offline-demo'`) and only local screening runs.
   */
  openai?: OpenAI | ClientOptions;
  /**
   * The organisation has zero data retention with the model provider.
   * Without it, bands whose policy requires it (always under-13) and
   * children below their country's age of digital consent are held, with no
   * upstream call at all. @default false
   */
  zeroDataRetention?: boolean;
  /** Moderation model. @default 'omni-moderation-latest' */
  moderationModel?: string;
  /**
   * The youth-policy classifier: a policy-following model (an OpenAI model,
   * or `gpt-oss-safeguard` behind your own OpenAI-compatible server) that
   * reads the last turns of the conversation against the youth-safety policy
   * and finds what moderation cannot (grooming, sextortion, eating disorders,
   * dangerous challenges). One more model call per message. Off unless given.
   *
   * @example
   * safetyClassifier: { model: 'openai/gpt-oss-safeguard-20b', openai: { baseURL: 'http://vllm:8000/v1', apiKey: 'local' }, firstParty: true }
   */
  safetyClassifier?: SafetyClassifierOptions;
  /**
   * The chat model's endpoint (the `openai` client's base URL) is
   * self-hosted: no third party receives the conversation, so under-13 chats
   * without zero data retention are answered (moderation on that client is
   * not a remote check either). @default false
   */
  chatFirstParty?: boolean;
  /**
   * Also ask the Responses API's built-in moderation on each generation
   * (`moderation: { model, policy: block input and output }`), an extra net
   * on top of the handler's own checks, never instead of them. `true` uses
   * `moderationModel`. @default false
   */
  responsesModeration?: boolean | { model?: string };
  /** How long any one check may take before the message is held. @default 8000 */
  checkTimeoutMs?: number;
  /** How long the model may go quiet mid-reply before the reply is stopped. @default 30000 */
  idleTimeoutMs?: number;
  /** Retries of a failed upstream call (inside the timeouts). @default 1 */
  maxRetries?: number;
  /**
   * How the reply is cut for output moderation: a short first clause, then sentences, up to `maxInFlight`
   * judged at once and released in order.
   * @default { minChars: 24, maxChars: 400, contextChars: 300, firstChars: 48, maxInFlight: 4 }
   */
  windows?: Partial<WindowOptions>;
  /**
   * Ask the model for the reply while the remote input checks still judge
   * the message (once the local screen, consent and gates passed it), so the
   * reply starts a check's latency sooner. Nothing of it is released before
   * every input check passed; a refusal, an escalation or a failed check
   * aborts the request and drops its text. The provider then receives a
   * message a check may refuse, so this runs only where the message goes to
   * that provider's moderation anyway, or the model is first party; aborted
   * requests may still be billed for the tokens made. @default true
   */
  overlapInput?: boolean;
  /**
   * Category → action, per band, merged over the built-in table. Minors'
   * self-harm, grooming, abuse and sexual-content-with-a-minor rules cannot
   * be set to allow.
   *
   * @example
   * actions: { teen16to17: { harassment: { action: 'block' } } }
   */
  actions?: CategoryTableOverrides;
  /** More server moderation hooks, run after the built-in ones. */
  checks?: { input?: ModerationCheck[]; output?: ModerationCheck[] };
  /**
   * Checks run before any screening or model call, in order; the first hold
   * answers the request (quiet hours and time limits from `createGuardian`,
   * `assuranceGate` for a minimum age assurance).
   */
  gates?: ChatGate[];
  /** Receives escalation events (category, severity, keyed subject, time; text only if the policy says so). */
  onEscalation?: EscalationHook;
  /**
   * Where risk that adds up across turns and the counters for regulators are
   * kept: the report store (`sqliteReportStore`, `postgresReportStore`).
   * Without it, neither is kept. @default none
   */
  records?: SafetyRecordStore;
  /** Key for `safety_identifier` and escalation subjects. @default secret */
  hashKey?: string | Uint8Array;
  /** Extra instructions for the model after an input escalation. */
  escalationInstructions?: string;
  /** Replaces the built-in strings (English and Spanish). */
  messages?: Catalogue<ChatServerMessages>;
  /** Browser origins allowed besides the server's own. */
  allowedOrigins?: string[];
  /** Requests per age session per minute (four times as many per address). @default 30 */
  rateLimitPerMinute?: number;
  /** Where the limits count: a shared SQLite or PostgreSQL store makes them hold across instances. @default in memory */
  rateLimitStore?: RateLimitStore;
  /** Largest request body in bytes. @default per band: max(16 KB, maxMessages × 2 KB) */
  maxBodyBytes?: number;
  /** Most characters, all messages together, scrubbed and screened per request; more is a 413. @default 64000 */
  maxScreenedChars?: number;
  /**
   * Where scrubbing and screening run. The Node app passes a pool of worker
   * threads (`createEnginePool` from `@youthchat/server/node`), so that no
   * message holds up other requests and a job past its time budget holds the
   * message instead of being waited for. @default the request's own thread
   *
   * @example
   * const engine = createEnginePool({ timeoutMs: 2000 });
   * const chat = createChatHandler({ secret, engine });
   */
  engine?: SafetyEngine;
  /** Pause between words of the offline demo reply. @default 25 */
  offlineDelayMs?: number;
  /** Where problems are logged. @default console.warn with the code only */
  log?: ChatLogger;
  /** Clock, for tests. */
  now?: () => Date;
}

/** Said to the model after a worrying message, so the reply is careful. */
export const DEFAULT_ESCALATION_INSTRUCTIONS =
  'The person may be in distress or at risk. Reply with warmth and care, take them seriously, do not lecture, ' +
  'encourage them to talk to a trusted adult, and mention that the help lines shown in the app are free and available now. ' +
  'Do not give any information that could be used for self-harm.';
