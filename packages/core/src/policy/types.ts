import type { AgeBand } from '../age/band.js';
import type { BandAssurancePolicy } from './assurance.js';
import type { CategoryTable } from './categories.js';
import type { ClassifierPolicy } from './classifier-policy.js';
import type { RiskPolicy } from './risk.js';

/** What the client screen and the server do with each screening category. */
export type ScreenAction = 'allow' | 'block' | 'escalate';

/**
 * Categories the screen can find. The first eight are risks to the child or
 * someone near them, and always escalate for minors; the rest are content a
 * band may block.
 */
export type ScreenCategory =
  | 'self-harm'
  | 'eating-disorder'
  | 'grooming'
  | 'sextortion'
  | 'abuse'
  | 'violence'
  | 'friend-in-danger'
  | 'dangerous-activity'
  | 'roleplay'
  | 'sexual'
  | 'graphic'
  | 'profanity'
  | 'substances';

/** The rules for one age band. */
export interface BandPolicy {
  pii: {
    /** Remove personal data from outgoing messages. Always on for under-13. */
    scrub: boolean;
  };
  screening: {
    /** Run the screen at all. Always on for minors. */
    enabled: boolean;
    /** Action per category. For minors, self-harm, grooming, abuse and violence must escalate. */
    actions: Record<ScreenCategory, ScreenAction>;
  };
  disclosure: {
    /** The child must acknowledge the AI disclosure before the first message. Always on for minors. */
    requireAcknowledgement: boolean;
    /** Minutes of use between "I am not a person" reminders; 60 to 180 for minors, 0 turns it off for adults. */
    reminderIntervalMinutes: number;
  };
  chat: {
    /** Model name passed to the provider. */
    model: string;
    /** Band-appropriate instructions sent as the system prompt. */
    instructions: string;
    /** Longest message a person may send, in characters. */
    maxMessageChars: number;
    /** Most messages of history sent per request. */
    maxMessages: number;
    /** Upper bound on the reply's length, in tokens. */
    maxOutputTokens: number;
  };
  upstream: {
    /** Refuse to contact the model provider unless zero data retention is declared. Always on for under-13. */
    requireZeroDataRetention: boolean;
  };
  escalation: {
    /** Include the message text in escalation events. Off by default: category, severity and a keyed hash only. */
    includeText: boolean;
  };
  /**
   * Severity, help lines and reply handling per category, for `decide` on
   * the device and the server. Screen categories take their action from
   * `screening.actions`. @default the built-in table for the band
   */
  categories?: CategoryTable;
  /**
   * The band's edition of the youth-safety policy the server's classifier
   * reads (`youthPolicyCheck`): sections added, replaced or extended, and a
   * version for them. @default the built-in sections
   */
  classifier?: ClassifierPolicy;
  /**
   * Risk that adds up across turns: threshold, half-lives and weights of the
   * per-subject score kept by the server. @default `DEFAULT_RISK_POLICIES[band]`
   */
  risk?: RiskPolicy;
  /**
   * The minimum age assurance (how the band was established: `self-declared`
   * < `platform` < `verified`) this band needs, for every feature
   * (`minimum`) or per feature (`features`: `chat`, `ai-provider`, or the
   * app's own). The chat handler enforces `chat` and `ai-provider`.
   * @default no minimum
   * @example
   * { features: { chat: 'platform' } }
   */
  assurance?: BandAssurancePolicy;
}

export interface Policy {
  /** The band used when age is unknown or unproven. */
  youngestBand: AgeBand;
  bands: Record<AgeBand, BandPolicy>;
}

/** Every field optional, at every depth. */
export type DeepPartial<T> = T extends readonly (infer _U)[]
  ? T
  : T extends object
    ? { [K in keyof T]?: DeepPartial<T[K]> }
    : T;

export type PolicyOverrides = DeepPartial<Policy>;
