import {
  type AgeBand,
  type BandPolicy,
  DEFAULT_RISK_POLICIES,
  decide as decideFindings,
  type RiskPolicy,
  riskHalfLifeMs,
} from '@youthchat/core';
import type { CheckVerdict } from '../chat/checks.js';
import type { CategoryTable } from '../chat/rules.js';
import type { EscalationEvent, EscalationHook } from '../escalation/types.js';
import type { RiskAddition, SafetyRecordStore } from './types.js';

/** The band's risk rules, or the defaults for the band. */
export function riskPolicyFor(band: AgeBand, policy: BandPolicy): RiskPolicy {
  return policy.risk ?? DEFAULT_RISK_POLICIES[band];
}

/** Scores below this, given without a flag, add nothing. */
const MIN_SCORE = 0.1;

/**
 * How much one verdict adds to one category. A verdict with a severity (the
 * youth-policy classifier) adds its severity's weight. Without one, what the
 * band does with the category decides: one it escalates adds
 * `weights.escalate`, one it blocks and escalates `weights.block`, one it
 * lets through on the child's message (`harassment`) `weights.flagged`, and
 * plain blocked content (profanity) nothing: the score is about risk to the child.
 */
export function riskWeight(
  verdict: CheckVerdict,
  category: string,
  context: { band: AgeBand; policy: BandPolicy; table: CategoryTable },
): number {
  const { weights } = riskPolicyFor(context.band, context.policy);
  if (verdict.severity !== undefined) return verdict.severity === 'none' ? 0 : weights[verdict.severity];
  const decision = bandDecision(category, verdict.action, context);
  if (decision.action === 'allow') return weights.flagged;
  if (decision.escalations.length === 0) return 0;
  return decision.action === 'escalate' ? weights.escalate : weights.block;
}

/**
 * What a score given without a flag adds: `score × weights.score` for a
 * category the band would escalate, nothing for the rest or below 0.1.
 */
export function riskScoreWeight(
  category: string,
  score: number,
  context: { band: AgeBand; policy: BandPolicy; table: CategoryTable },
): number {
  if (!(score >= MIN_SCORE) || score > 1) return 0;
  if (bandDecision(category, undefined, context).escalations.length === 0) return 0;
  return score * riskPolicyFor(context.band, context.policy).weights.score;
}

function bandDecision(
  category: string,
  action: CheckVerdict['action'],
  context: { band: AgeBand; policy: BandPolicy; table: CategoryTable },
) {
  return decideFindings(
    [{ categories: [category], ...(action ? { action } : {}) }],
    { categories: context.table, minor: context.band !== 'adult', screening: context.policy.screening },
    'input',
  );
}

/** What the chat pipeline is handed: one call with the latest message's verdicts after each round of input checks. */
export interface ReplyRisk {
  /** Verdicts of the checks on the child's latest message. Synchronous: the store is written when the reply ends. */
  add(verdicts: readonly CheckVerdict[]): void;
}

/** A reply's risk: collects verdicts, then adds them to the subject's scores and escalates a crossing. */
export interface ReplyRiskRecorder extends ReplyRisk {
  /**
   * Writes the collected additions (one transaction) and raises an
   * `accumulated-risk` escalation for each category that crossed the band's
   * threshold, except one this reply already escalated on its own.
   */
  flush(options: { escalated: ReadonlySet<string> }): Promise<void>;
}

export function replyRisk(options: {
  store: SafetyRecordStore;
  band: AgeBand;
  policy: BandPolicy;
  table: CategoryTable;
  subject: string;
  now: () => Date;
  onEscalation: EscalationHook | undefined;
}): ReplyRiskRecorder {
  const risk = riskPolicyFor(options.band, options.policy);
  const additions = new Map<string, RiskAddition>();
  return {
    add(verdicts) {
      // The strongest finding of the message counts, not the number of checks that saw it.
      const raise = (category: string, amount: number) => {
        if (!(amount > 0)) return;
        const previous = additions.get(category);
        if (!previous || amount > previous.amount)
          additions.set(category, { category, amount, halfLifeMs: riskHalfLifeMs(risk, category) });
      };
      for (const verdict of verdicts) {
        const found = new Set(verdict.categories);
        for (const category of found) raise(category, riskWeight(verdict, category, options));
        for (const [category, score] of Object.entries(verdict.scores ?? {})) {
          if (!found.has(category)) raise(category, riskScoreWeight(category, score, options));
        }
      }
    },
    async flush({ escalated }) {
      if (additions.size === 0) return;
      const at = options.now();
      const changes = await options.store.addRisk({
        subject: options.subject,
        band: options.band,
        now: at.getTime(),
        threshold: risk.threshold,
        rearmRatio: risk.rearmRatio,
        additions: [...additions.values()],
      });
      for (const change of changes) {
        if (!change.crossed || escalated.has(change.category)) continue;
        const event: EscalationEvent = {
          id: crypto.randomUUID(),
          source: 'chat',
          trigger: 'accumulated-risk',
          category: change.category,
          severity: risk.severity,
          band: options.band,
          subject: options.subject,
          createdAt: at.toISOString(),
          score: Math.round(change.score * 100) / 100,
          threshold: risk.threshold,
        };
        await options.onEscalation?.(event);
      }
    },
  };
}
