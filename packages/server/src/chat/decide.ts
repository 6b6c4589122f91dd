import type { EscalationSeverity } from '../escalation/types.js';
import type { ChatStage, CheckVerdict } from './checks.js';
import { type CategoryTable, ruleFor } from './rules.js';

export type ChatAction = 'allow' | 'escalate' | 'block';

/** What the checks' verdicts on one text add up to. */
export interface Decision {
  action: ChatAction;
  /** The categories behind a non-allow action, without repeats. */
  categories: string[];
  /** Show help lines. */
  crisisResources: boolean;
  /** Escalation events to raise, one per category. */
  escalations: { category: string; severity: EscalationSeverity }[];
}

const ACTION_RANK: Record<ChatAction, number> = { allow: 0, escalate: 1, block: 2 };
const SEVERITY_RANK: Record<EscalationSeverity, number> = { low: 0, medium: 1, high: 2 };

export const ALLOW: Decision = Object.freeze({
  action: 'allow',
  categories: [],
  crisisResources: false,
  escalations: [],
}) as Decision;

/**
 * Combines verdicts (from every check, for one text) through the band's
 * table. The strictest action wins; on the reply anything not allowed is
 * withheld.
 */
export function decide(verdicts: readonly CheckVerdict[], table: CategoryTable, stage: ChatStage): Decision {
  let action: ChatAction = 'allow';
  let crisisResources = false;
  const categories: string[] = [];
  const escalations = new Map<string, EscalationSeverity>();
  for (const verdict of verdicts) {
    const found = new Set(verdict.categories);
    for (const [category, score] of Object.entries(verdict.scores ?? {})) {
      const threshold = table[category]?.threshold;
      if (threshold !== undefined && score >= threshold) found.add(category);
    }
    if (found.size === 0 && verdict.action !== undefined && verdict.action !== 'allow') found.add('unspecified');
    for (const category of found) {
      const rule = ruleFor(table, category);
      let effective: ChatAction;
      if (verdict.action !== undefined) {
        // The check decided by policy; the table only adds severity and help lines.
        effective = stage === 'output' ? (verdict.action === 'block' ? 'block' : 'allow') : verdict.action;
      } else if (stage === 'output') {
        effective =
          (rule.outputAction ?? (rule.action === 'allow' ? 'allow' : 'block')) === 'allow' ? 'allow' : 'block';
      } else {
        effective = rule.action;
      }
      if (effective === 'allow') continue;
      if (ACTION_RANK[effective] > ACTION_RANK[action]) action = effective;
      if (!categories.includes(category)) categories.push(category);
      // A check that escalates on its own still gets help lines and an event, even for a category the table lacks.
      const checkEscalated = verdict.action === 'escalate' && effective === 'escalate';
      if (rule.crisisResources ?? checkEscalated) crisisResources = true;
      const severity = rule.severity ?? (checkEscalated ? 'medium' : undefined);
      if (severity) {
        const previous = escalations.get(category);
        if (!previous || SEVERITY_RANK[severity] > SEVERITY_RANK[previous]) escalations.set(category, severity);
      }
    }
  }
  return {
    action,
    categories,
    crisisResources,
    escalations: [...escalations].map(([category, severity]) => ({ category, severity })),
  };
}

/** Merges decisions about the same text from separate rounds of checks. */
export function mergeDecisions(a: Decision, b: Decision): Decision {
  const escalations = new Map<string, EscalationSeverity>();
  for (const e of [...a.escalations, ...b.escalations]) {
    const previous = escalations.get(e.category);
    if (!previous || SEVERITY_RANK[e.severity] > SEVERITY_RANK[previous]) escalations.set(e.category, e.severity);
  }
  return {
    action: ACTION_RANK[b.action] > ACTION_RANK[a.action] ? b.action : a.action,
    categories: [...new Set([...a.categories, ...b.categories])],
    crisisResources: a.crisisResources || b.crisisResources,
    escalations: [...escalations].map(([category, severity]) => ({ category, severity })),
  };
}
