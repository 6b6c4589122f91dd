import type { EscalationSeverity } from './categories.js';

/** How strongly one finding raises a subject's risk score. */
export interface RiskWeights {
  /** A verdict that gives a severity (the youth-policy classifier): its severity's weight. */
  low: number;
  medium: number;
  high: number;
  /** A verdict without a severity whose category the band escalates (the local screen, moderation). */
  escalate: number;
  /** A verdict without a severity whose category the band blocks and escalates (e.g. `harassment/threatening`). */
  block: number;
  /**
   * A category found that the band lets through on the child's message
   * (`harassment`: a child describing bullying): nothing happens to the
   * message, but a pattern of them adds up.
   */
  flagged: number;
  /**
   * Times a score (0 to 1) a check gave a risk category without flagging it
   * (moderation's sub-threshold scores); scores under 0.1 count as nothing.
   */
  score: number;
}

/**
 * Risk that adds up across turns, per keyed subject and category: each
 * finding adds its weight, and the score halves every `halfLifeHours`.
 * When a score reaches `threshold` the subject is escalated (`accumulated-risk`),
 * once per crossing: it can cross again only after falling below
 * `threshold × rearmRatio`.
 */
export interface RiskPolicy {
  /** Score at which the subject is escalated. Above 0. */
  threshold: number;
  /** Hours for a score to halve, per category; `default` for the others. Each above 0. */
  halfLifeHours: { default: number } & Record<string, number>;
  weights: RiskWeights;
  /** Share of the threshold a score must fall below before it can escalate again. @default 0.5 */
  rearmRatio: number;
  /** Severity of the `accumulated-risk` escalation event. */
  severity: EscalationSeverity;
}

const HALF_LIVES: RiskPolicy['halfLifeHours'] = {
  // Grooming and sextortion build over weeks: a slow half-life keeps the pattern visible.
  default: 72,
  grooming: 14 * 24,
  sextortion: 14 * 24,
  abuse: 7 * 24,
  'self-harm': 7 * 24,
  'self-harm/intent': 7 * 24,
  'eating-disorder': 7 * 24,
};

const WEIGHTS: RiskWeights = { low: 1, medium: 3, high: 6, escalate: 2, block: 2, flagged: 1, score: 2 };

/** The defaults for minors: lower thresholds for younger children. */
export const DEFAULT_RISK_POLICIES: Readonly<Record<'under13' | 'teen13to15' | 'teen16to17' | 'adult', RiskPolicy>> = {
  under13: { threshold: 4, halfLifeHours: HALF_LIVES, weights: WEIGHTS, rearmRatio: 0.5, severity: 'high' },
  teen13to15: { threshold: 5, halfLifeHours: HALF_LIVES, weights: WEIGHTS, rearmRatio: 0.5, severity: 'high' },
  teen16to17: { threshold: 6, halfLifeHours: HALF_LIVES, weights: WEIGHTS, rearmRatio: 0.5, severity: 'high' },
  adult: { threshold: 8, halfLifeHours: HALF_LIVES, weights: WEIGHTS, rearmRatio: 0.5, severity: 'medium' },
};

/** The half-life of one category, in milliseconds. */
export function riskHalfLifeMs(policy: RiskPolicy, category: string): number {
  return (policy.halfLifeHours[category] ?? policy.halfLifeHours.default) * 3_600_000;
}

/** Every reason a risk policy is unusable; `at` prefixes each message. */
export function riskPolicyProblems(policy: RiskPolicy, at: string): string[] {
  const problems: string[] = [];
  const positive = (value: unknown) => typeof value === 'number' && Number.isFinite(value) && value > 0;
  if (!positive(policy.threshold)) problems.push(`${at}.threshold must be a number above 0.`);
  if (!policy.halfLifeHours || !positive(policy.halfLifeHours.default))
    problems.push(`${at}.halfLifeHours.default must be a number of hours above 0.`);
  for (const [category, hours] of Object.entries(policy.halfLifeHours ?? {})) {
    if (!positive(hours)) problems.push(`${at}.halfLifeHours.${category} must be a number of hours above 0.`);
  }
  for (const key of ['low', 'medium', 'high', 'escalate', 'block', 'flagged', 'score'] as const) {
    const weight = policy.weights?.[key];
    if (typeof weight !== 'number' || !Number.isFinite(weight) || weight < 0)
      problems.push(`${at}.weights.${key} must be a number of 0 or more.`);
  }
  if (!(typeof policy.rearmRatio === 'number' && policy.rearmRatio >= 0 && policy.rearmRatio <= 1))
    problems.push(`${at}.rearmRatio must be from 0 to 1.`);
  if (!['low', 'medium', 'high'].includes(policy.severity))
    problems.push(`${at}.severity must be low, medium or high.`);
  return problems;
}

/** One subject's stored score for one category. Times are epoch milliseconds. */
export interface RiskState {
  score: number;
  /** When `score` was last computed (decayed to). */
  updatedAt: number;
  /** When a finding last raised it. */
  raisedAt: number;
  /** Escalated and not yet fallen below the re-arm level. */
  above: boolean;
}

/**
 * A score within 1% of the threshold has reached it: findings close together
 * (an hour apart at a 72-hour half-life) reach a threshold of their count,
 * although each has decayed a little by the time the last arrives.
 */
export const RISK_REACH_TOLERANCE = 0.01;

/** A score decayed from `from` to `to`. */
export function decayRisk(score: number, from: number, to: number, halfLifeMs: number): number {
  const elapsed = Math.max(0, to - from);
  return score * 0.5 ** (elapsed / halfLifeMs);
}

/**
 * Adds `amount` to a stored state at `now`: decays, adds, and says whether
 * this addition crossed the threshold (escalate) or not. Pure, so every
 * store applies the same rule inside its own transaction.
 */
export function addRisk(
  previous: RiskState | undefined,
  amount: number,
  now: number,
  options: { halfLifeMs: number; threshold: number; rearmRatio: number },
): { state: RiskState; crossed: boolean } {
  const decayed = previous ? decayRisk(previous.score, previous.updatedAt, now, options.halfLifeMs) : 0;
  const stillAbove = (previous?.above ?? false) && decayed >= options.threshold * options.rearmRatio;
  const score = decayed + amount;
  const crossed = !stillAbove && score >= options.threshold * (1 - RISK_REACH_TOLERANCE);
  return {
    state: {
      score,
      updatedAt: Math.max(now, previous?.updatedAt ?? now),
      raisedAt: amount > 0 ? now : (previous?.raisedAt ?? now),
      above: stillAbove || crossed,
    },
    crossed,
  };
}
