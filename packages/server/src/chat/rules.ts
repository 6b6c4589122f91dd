import { AGE_BANDS, type AgeBand, ConfigurationError, isMinorBand } from '@youthchat/core';
import type { EscalationSeverity } from '../escalation/types.js';

/**
 * What the chat handler does when a check finds a category.
 *
 * - `allow`: nothing (the message goes on).
 * - `escalate`: the message goes on, the child sees crisis resources when
 *   `crisisResources` is set, and people are told when `severity` is set.
 * - `block`: the message stops here with a kind explanation.
 *
 * On the reply (output) a window in any category that is not `allow` is
 * withheld; `outputAction` changes that for one category.
 */
export interface CategoryRule {
  action: 'allow' | 'block' | 'escalate';
  /** Raise an escalation event of this severity. Unset: no event. */
  severity?: EscalationSeverity;
  /** Show the help lines (`showCrisisResources` on the wire). @default false */
  crisisResources?: boolean;
  /** What to do when the model's reply is in this category. @default 'block' unless `action` is 'allow' */
  outputAction?: 'allow' | 'block';
  /**
   * Also count the category when the moderation score reaches this value,
   * even if the provider did not flag it (stricter than the provider's own
   * thresholds). Unset: the provider's `flagged` decides.
   */
  threshold?: number;
}

/** Category name (from the local screen or the moderation endpoint) → rule. */
export type CategoryTable = Record<string, CategoryRule>;

/** Overrides per band, merged category by category over the defaults. */
export type CategoryTableOverrides = Partial<Record<AgeBand, Record<string, CategoryRule>>>;

const escalate = (severity: EscalationSeverity): CategoryRule => ({
  action: 'escalate',
  severity,
  crisisResources: true,
});
const block: CategoryRule = { action: 'block' };
const blockAndEscalate = (severity: EscalationSeverity, crisisResources = false): CategoryRule => ({
  action: 'block',
  severity,
  crisisResources,
});

/**
 * Minors. Names are the local screen's categories (`self-harm`, `grooming`,
 * `abuse`, `violence`, `sexual`, `profanity`, `substances`) and the categories
 * of OpenAI's `omni-moderation-latest` (`self-harm/intent`, `sexual/minors`, …).
 */
const MINOR_TABLE: CategoryTable = {
  // A child in danger keeps talking and sees help lines; people are told.
  'self-harm': escalate('high'),
  'self-harm/intent': escalate('high'),
  grooming: escalate('high'),
  abuse: escalate('high'),
  violence: escalate('medium'),
  // Asking how to hurt oneself is not answered, but help is shown.
  'self-harm/instructions': blockAndEscalate('high', true),
  // Sexual content involving a minor: never passed on, always looked at.
  'sexual/minors': blockAndEscalate('high', true),
  sexual: block,
  'harassment/threatening': blockAndEscalate('medium'),
  'hate/threatening': blockAndEscalate('medium'),
  'illicit/violent': blockAndEscalate('medium'),
  hate: block,
  'violence/graphic': block,
  illicit: block,
  profanity: block,
  substances: block,
  // A child describing bullying may quote it; the model may answer, never produce it.
  harassment: { action: 'allow', outputAction: 'block' },
};

const ADULT_TABLE: CategoryTable = {
  ...MINOR_TABLE,
  violence: { action: 'allow', outputAction: 'block' },
  illicit: { action: 'allow', outputAction: 'block' },
  profanity: { action: 'allow', outputAction: 'allow' },
  substances: { action: 'allow', outputAction: 'allow' },
};

/** The built-in table for each band. */
export const DEFAULT_CATEGORY_TABLES: Readonly<Record<AgeBand, Readonly<CategoryTable>>> = {
  under13: MINOR_TABLE,
  teen13to15: MINOR_TABLE,
  teen16to17: MINOR_TABLE,
  adult: ADULT_TABLE,
};

/** For minors these must never be allowed through; an override that tries is refused. */
const NEVER_ALLOWED_FOR_MINORS = [
  'self-harm',
  'self-harm/intent',
  'self-harm/instructions',
  'grooming',
  'abuse',
  'sexual/minors',
];

/** What a category without a rule gets: a provider flag we do not know is still a flag. */
export const UNKNOWN_CATEGORY_RULE: CategoryRule = { action: 'block' };

/** The defaults with overrides merged in; refuses overrides that would let minors' danger signs through. */
export function resolveCategoryTables(overrides: CategoryTableOverrides = {}): Record<AgeBand, CategoryTable> {
  const out = {} as Record<AgeBand, CategoryTable>;
  const problems: string[] = [];
  for (const band of AGE_BANDS) {
    const table: CategoryTable = { ...DEFAULT_CATEGORY_TABLES[band], ...overrides[band] };
    for (const [category, rule] of Object.entries(table)) {
      if (!['allow', 'block', 'escalate'].includes(rule.action)) {
        problems.push(`${band}.${category}.action must be 'allow', 'block' or 'escalate'.`);
      }
      if (rule.threshold !== undefined && !(rule.threshold > 0 && rule.threshold <= 1)) {
        problems.push(`${band}.${category}.threshold must be above 0 and at most 1.`);
      }
    }
    if (isMinorBand(band)) {
      for (const category of NEVER_ALLOWED_FOR_MINORS) {
        const rule = table[category];
        if (!rule || rule.action === 'allow' || rule.outputAction === 'allow') {
          problems.push(`${band}.${category} cannot be allowed for minors.`);
        }
      }
    }
    out[band] = table;
  }
  if (problems.length > 0) {
    throw new ConfigurationError(
      'unsafe_chat_actions',
      `The chat category actions are not safe to use:\n- ${problems.join('\n- ')}`,
    );
  }
  return out;
}

/** The rule for a category in a table. */
export function ruleFor(table: CategoryTable, category: string): CategoryRule {
  return table[category] ?? UNKNOWN_CATEGORY_RULE;
}
