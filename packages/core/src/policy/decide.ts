import { type CategoryTable, type EscalationSeverity, UNKNOWN_CATEGORY_RULE } from './categories.js';
import { ALWAYS_ESCALATE } from './resolve.js';
import type { ScreenAction, ScreenCategory } from './types.js';

/**
 * Where a decision is made: on the device before sending (`client`), on the
 * server before the model is called (`input`), or on the model's reply (`output`).
 */
export type DecisionStage = 'client' | 'input' | 'output';

/** What one check found in one text. */
export interface Finding {
  /** Categories found; empty when nothing was found. */
  categories: readonly string[];
  /** Scores per category (0 to 1), for a table rule's `threshold`. */
  scores?: Readonly<Record<string, number>>;
  /** A check's own decision for every category it found, instead of the policy's. */
  action?: ScreenAction;
}

/** The part of a band's policy a decision reads. */
export interface DecisionPolicy {
  /** Screening actions per screen category; they win over the table's action for those categories. */
  screening?: { actions?: Partial<Record<ScreenCategory, ScreenAction>> };
  /** Severity, help lines and output handling per category. */
  categories?: CategoryTable;
  /** Whether the band is a minor's: the risk categories then always escalate. @default true */
  minor?: boolean;
}

/** What findings add up to. */
export interface Decision {
  /**
   * `client`: `escalate` wins over `block`, so that a risk reaches the
   * server, which is the authority, even when the message holds blocked words.
   * `input`: `block` wins (the model is not called) but escalations and help
   * lines found alongside still count. `output`: `block` or `allow`.
   */
  action: ScreenAction;
  /** The categories behind a non-allow action, without repeats, strongest first. */
  categories: string[];
  /** Show help lines. */
  crisisResources: boolean;
  /** Escalation events to raise, one per category. */
  escalations: { category: string; severity: EscalationSeverity }[];
  /** Whether the message must be kept from the model (a category found asks to block it). */
  withheld: boolean;
}

const SEVERITY_RANK: Record<EscalationSeverity, number> = { low: 0, medium: 1, high: 2 };

export const ALLOW_DECISION: Decision = Object.freeze({
  action: 'allow',
  categories: [],
  crisisResources: false,
  escalations: [],
  withheld: false,
}) as Decision;

/**
 * One decision from every finding about one text, through a band's policy.
 * Detection detects and this decides, on the device and on the server alike.
 *
 * @example
 * const found = screenText(text, { band: 'teen13to15' });
 * decide([found], bandPolicy(DEFAULT_POLICY, 'teen13to15'), 'client');
 */
export function decide(findings: readonly Finding[], policy: DecisionPolicy, stage: DecisionStage): Decision {
  const table = policy.categories ?? {};
  const minor = policy.minor ?? true;
  const escalations = new Map<string, EscalationSeverity>();
  const blocked: string[] = [];
  const escalated: string[] = [];
  let crisisResources = false;
  for (const finding of findings) {
    const found = new Set(finding.categories);
    for (const [category, score] of Object.entries(finding.scores ?? {})) {
      const threshold = table[category]?.threshold;
      if (threshold !== undefined && score >= threshold) found.add(category);
    }
    if (found.size === 0 && finding.action !== undefined && finding.action !== 'allow') found.add('unspecified');
    for (const category of found) {
      const rule = table[category] ?? UNKNOWN_CATEGORY_RULE;
      const risk = minor && ALWAYS_ESCALATE.includes(category as ScreenCategory);
      let action: ScreenAction;
      if (stage === 'output') {
        if (finding.action !== undefined) action = finding.action === 'block' ? 'block' : 'allow';
        else
          action = (rule.outputAction ?? (rule.action === 'allow' ? 'allow' : 'block')) === 'allow' ? 'allow' : 'block';
      } else {
        action = finding.action ?? policy.screening?.actions?.[category as ScreenCategory] ?? rule.action;
        if (risk) action = 'escalate';
      }
      if (action === 'allow') continue;
      const list = action === 'block' ? blocked : escalated;
      if (!list.includes(category)) list.push(category);
      // A risk always gets help lines and an event, even for a category the table lacks. On the reply, only the
      // table's own rule does: the child's risk categories describe the child, not the model.
      const escalates = action === 'escalate' && stage !== 'output';
      if (rule.crisisResources ?? escalates) crisisResources = true;
      const severity = rule.severity ?? (escalates ? 'medium' : undefined);
      if (severity) {
        const previous = escalations.get(category);
        if (!previous || SEVERITY_RANK[severity] > SEVERITY_RANK[previous]) escalations.set(category, severity);
      }
    }
  }
  const withheld = blocked.length > 0;
  let action: ScreenAction = 'allow';
  if (stage === 'client') action = escalated.length > 0 ? 'escalate' : withheld ? 'block' : 'allow';
  else action = withheld ? 'block' : escalated.length > 0 ? 'escalate' : 'allow';
  return {
    action,
    categories: action === 'escalate' || stage === 'client' ? [...escalated, ...blocked] : [...blocked, ...escalated],
    crisisResources,
    escalations: [...escalations].map(([category, severity]) => ({ category, severity })),
    withheld,
  };
}

/** Merges decisions about the same text from separate rounds of checks. */
export function mergeDecisions(a: Decision, b: Decision, stage: DecisionStage = 'input'): Decision {
  const escalations = new Map<string, EscalationSeverity>();
  for (const e of [...a.escalations, ...b.escalations]) {
    const previous = escalations.get(e.category);
    if (!previous || SEVERITY_RANK[e.severity] > SEVERITY_RANK[previous]) escalations.set(e.category, e.severity);
  }
  const withheld = a.withheld || b.withheld;
  const escalates = a.action === 'escalate' || b.action === 'escalate' || escalations.size > 0;
  const action: ScreenAction =
    stage === 'client'
      ? escalates
        ? 'escalate'
        : withheld
          ? 'block'
          : 'allow'
      : withheld
        ? 'block'
        : escalates
          ? 'escalate'
          : 'allow';
  return {
    action,
    categories: [...new Set([...a.categories, ...b.categories])],
    crisisResources: a.crisisResources || b.crisisResources,
    escalations: [...escalations].map(([category, severity]) => ({ category, severity })),
    withheld,
  };
}
