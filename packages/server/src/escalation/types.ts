import type { AgeBand } from '@youthchat/core';

export type EscalationSeverity = 'high' | 'medium' | 'low';

/**
 * A high-risk moment that people should look at: raised by the chat handler's
 * moderation or by a report. Carries no raw text unless the band's policy
 * says `escalation.includeText`.
 */
export interface EscalationEvent {
  /** Unique event id; delivery is at least once per id. */
  id: string;
  source: 'chat' | 'report';
  /** e.g. 'self-harm', 'grooming', 'sexual', 'violence', 'abuse'. */
  category: string;
  severity: EscalationSeverity;
  band: AgeBand;
  /** Keyed hash of the age session: links events of one user without naming them. */
  subject: string;
  /** ISO 8601 time it happened. */
  createdAt: string;
  /** The message text, only when the policy allows it. */
  text?: string;
  /** The youth-safety policy's version, when the youth-policy classifier judged the text. */
  policyVersion?: string;
  /** The classifier's reasons, for moderators; only when the policy allows text (`escalation.includeText`). */
  rationale?: string;
  /** The report it came from, for `source: 'report'`. */
  reportId?: string;
  /**
   * `accumulated-risk`: no single message escalated, but the subject's risk
   * score for `category` reached the band's threshold (see `score`).
   */
  trigger?: 'accumulated-risk';
  /** The risk score that crossed the threshold, for `trigger: 'accumulated-risk'`. */
  score?: number;
  /** The band's threshold it crossed, for `trigger: 'accumulated-risk'`. */
  threshold?: number;
}

/** Where escalation events go. May be async; a rejection is logged, never shown to the child. */
export type EscalationHook = (event: EscalationEvent) => void | Promise<void>;
