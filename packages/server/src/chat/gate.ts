import type { AgeClaims } from '../age/token.js';

/** What a gate sees: the verified age token, the keyed subject escalations name, the locale, the time. */
export interface ChatGateContext {
  claims: AgeClaims;
  /** Keyed hash of the age session, the same `subject` escalation events carry. */
  subject: string;
  locale: string | undefined;
  now: Date;
}

/** A chat held before any model call: a JSON 4xx whose message the child reads. */
export interface ChatHold {
  status: 403 | 423 | 429;
  code: string;
  /** Kind words in the child's band and language. */
  message: string;
  /** Seconds until the chat opens again, when known (sent as `Retry-After`). */
  retryAfterSeconds?: number;
}

/**
 * A check run on every `POST /api/chat` after the body is read and before
 * anything is screened or sent upstream: quiet hours, a daily time limit, a
 * minimum age assurance. Returns a hold, or null to let the message through.
 */
export type ChatGate = (context: ChatGateContext) => Promise<ChatHold | null> | ChatHold | null;
