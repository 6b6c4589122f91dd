import type { AgeBand } from '../age/band.js';

/** How urgent an escalation is. */
export type EscalationSeverity = 'high' | 'medium' | 'low';

/**
 * What happens when a check finds a category.
 *
 * - `allow`: nothing (the message goes on).
 * - `escalate`: the message goes on, the child sees help lines when
 *   `crisisResources` is set, and people are told when `severity` is set.
 * - `block`: the message stops with a kind explanation. Escalation still
 *   dominates: if the same message shows a risk, the risk is escalated and
 *   help is shown although the message is kept from the model.
 *
 * On the reply (output) anything not `allow` is withheld; `outputAction`
 * changes that for one category.
 */
export interface CategoryRule {
  action: 'allow' | 'block' | 'escalate';
  /** Raise an escalation event of this severity. Unset: no event. */
  severity?: EscalationSeverity;
  /** Show the help lines. @default false */
  crisisResources?: boolean;
  /** What to do when the model's reply is in this category. @default 'block' unless `action` is 'allow' */
  outputAction?: 'allow' | 'block';
  /**
   * Also count the category when a moderation score reaches this value,
   * even if the provider did not flag it. Unset: the provider's flag decides.
   */
  threshold?: number;
}

/** Category name (from the language packs, a classifier or the moderation endpoint) → rule. */
export type CategoryTable = Record<string, CategoryRule>;

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
 * Minors. Names are the screen's categories (see `ScreenCategory`) and those
 * of OpenAI's `omni-moderation-latest` (`self-harm/intent`, `sexual/minors`, …).
 */
export const MINOR_CATEGORY_TABLE: Readonly<CategoryTable> = {
  // A child in danger keeps talking and sees help lines; people are told.
  'self-harm': escalate('high'),
  'self-harm/intent': escalate('high'),
  'eating-disorder': escalate('medium'),
  grooming: escalate('high'),
  sextortion: escalate('high'),
  abuse: escalate('high'),
  violence: escalate('medium'),
  'friend-in-danger': escalate('high'),
  'dangerous-activity': escalate('medium'),
  // Asking how to hurt oneself is not answered, but help is shown.
  'self-harm/instructions': blockAndEscalate('high', true),
  // Sexual content involving a minor: never passed on, always looked at.
  'sexual/minors': blockAndEscalate('high', true),
  sexual: block,
  roleplay: block,
  graphic: block,
  'harassment/threatening': blockAndEscalate('medium'),
  'hate/threatening': blockAndEscalate('medium'),
  'illicit/violent': blockAndEscalate('medium'),
  hate: block,
  'violence/graphic': block,
  illicit: block,
  profanity: block,
  substances: block,
  // A violation the youth-policy classifier named with a category this table lacks: kept from the model, looked at.
  'youth-policy': blockAndEscalate('medium'),
  // A child describing bullying may quote it; the model may answer, never produce it.
  harassment: { action: 'allow', outputAction: 'block' },
};

export const ADULT_CATEGORY_TABLE: Readonly<CategoryTable> = {
  ...MINOR_CATEGORY_TABLE,
  violence: { action: 'allow', outputAction: 'block' },
  illicit: { action: 'allow', outputAction: 'block' },
  profanity: { action: 'allow', outputAction: 'allow' },
  substances: { action: 'allow', outputAction: 'allow' },
};

/** The built-in table of a band. */
export function defaultCategoryTable(band: AgeBand): CategoryTable {
  return { ...(band === 'adult' ? ADULT_CATEGORY_TABLE : MINOR_CATEGORY_TABLE) };
}

/** For minors these are never allowed through; a policy that tries is refused. */
export const NEVER_ALLOWED_FOR_MINORS = [
  'self-harm',
  'self-harm/intent',
  'self-harm/instructions',
  'eating-disorder',
  'grooming',
  'sextortion',
  'abuse',
  'friend-in-danger',
  'sexual/minors',
];

/** What a category without a rule gets: a flag we do not know is still a flag. */
export const UNKNOWN_CATEGORY_RULE: CategoryRule = { action: 'block' };
