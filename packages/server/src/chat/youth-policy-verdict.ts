import type { CheckVerdict } from './checks.js';

/** The JSON schema the classifier must answer in (CONTRACT.md's verdict). */
export const YOUTH_POLICY_VERDICT_SCHEMA = {
  type: 'object',
  properties: {
    violation: { type: 'boolean' },
    categories: { type: 'array', items: { type: 'string' } },
    severity: { type: 'string', enum: ['none', 'low', 'medium', 'high'] },
    rationale: { type: 'string' },
  },
  required: ['violation', 'categories', 'severity', 'rationale'],
  additionalProperties: false,
} as const;

export type VerdictSeverity = 'none' | 'low' | 'medium' | 'high';

/** The classifier's answer, as the model gave it. */
export interface YouthPolicyVerdict {
  violation: boolean;
  categories: string[];
  severity: VerdictSeverity;
  rationale: string;
}

/** Why a verdict was refused; says nothing of what the model wrote. */
export class YouthPolicyVerdictError extends Error {
  override readonly name = 'YouthPolicyVerdictError';
  readonly reason: 'not_json' | 'bad_shape' | 'incomplete' | 'refusal' | 'empty';

  constructor(reason: YouthPolicyVerdictError['reason']) {
    super(`The classifier's verdict was refused (${reason}).`);
    this.reason = reason;
  }
}

const SEVERITIES: readonly string[] = ['none', 'low', 'medium', 'high'];
const KEYS = ['violation', 'categories', 'severity', 'rationale'];
/** More than this is not a verdict but a model running on. */
const MAX_CATEGORIES = 16;
const MAX_CATEGORY_CHARS = 64;
const MAX_RATIONALE_CHARS = 2000;

/** Parses and checks the model's output text strictly: exactly the four fields, with their types. */
export function parseYouthPolicyVerdict(text: string | null | undefined): YouthPolicyVerdict {
  if (typeof text !== 'string' || text.trim() === '') throw new YouthPolicyVerdictError('empty');
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new YouthPolicyVerdictError('not_json');
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw new YouthPolicyVerdictError('bad_shape');
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record);
  if (keys.length !== KEYS.length || !KEYS.every((k) => keys.includes(k)))
    throw new YouthPolicyVerdictError('bad_shape');
  const { violation, categories, severity, rationale } = record;
  if (typeof violation !== 'boolean') throw new YouthPolicyVerdictError('bad_shape');
  if (
    !Array.isArray(categories) ||
    categories.length > MAX_CATEGORIES ||
    !categories.every((c) => typeof c === 'string' && c.length <= MAX_CATEGORY_CHARS)
  )
    throw new YouthPolicyVerdictError('bad_shape');
  if (typeof severity !== 'string' || !SEVERITIES.includes(severity)) throw new YouthPolicyVerdictError('bad_shape');
  if (typeof rationale !== 'string' || rationale.length > MAX_RATIONALE_CHARS)
    throw new YouthPolicyVerdictError('bad_shape');
  return { violation, categories: categories as string[], severity: severity as VerdictSeverity, rationale };
}

/**
 * Names other classifiers and policy packs use for the categories of the
 * table (the teen-safety policy pack's labels among them). Anything else the
 * model names becomes `youth-policy`.
 */
const ALIASES: Readonly<Record<string, string>> = {
  selfharm: 'self-harm',
  suicide: 'self-harm',
  'suicide-and-self-harm': 'self-harm',
  'eating-disorders': 'eating-disorder',
  'harmful-body-ideals': 'eating-disorder',
  'disordered-eating': 'eating-disorder',
  'dangerous-content': 'dangerous-activity',
  'dangerous-activities': 'dangerous-activity',
  'dangerous-challenge': 'dangerous-activity',
  'dangerous-challenges': 'dangerous-activity',
  csam: 'sexual/minors',
  'child-sexual-abuse': 'sexual/minors',
  'sexual-minors': 'sexual/minors',
  'sexual-content': 'sexual',
  'graphic-sexual-content': 'sexual',
  'graphic-violent-content': 'graphic',
  gore: 'graphic',
  'dangerous-roleplay': 'roleplay',
  'romantic-roleplay': 'roleplay',
  'age-restricted-goods-and-services': 'substances',
  drugs: 'substances',
  alcohol: 'substances',
  bullying: 'harassment',
  'child-abuse': 'abuse',
  threats: 'violence',
  exploitation: 'grooming',
};

/** The category used for a violation whose category the band's table and sections do not know. */
export const UNKNOWN_CLASSIFIER_CATEGORY = 'youth-policy';

/**
 * Maps the model's category names onto the table's, conservatively: names
 * are normalised (case, `_` and spaces), known aliases are followed, and any
 * other name becomes `youth-policy` (kept from the model and escalated, see
 * the table). A violation without categories is `youth-policy` too; categories
 * named without `violation: true` still count.
 */
export function verdictToCheckVerdict(verdict: YouthPolicyVerdict, known: ReadonlySet<string>): CheckVerdict {
  const categories = new Set<string>();
  for (const raw of verdict.categories) {
    const name = raw
      .trim()
      .toLowerCase()
      .replace(/[\s_]+/g, '-');
    if (name === '' || name === 'none') continue;
    const mapped = known.has(name) ? name : (ALIASES[name] ?? ALIASES[name.replace(/\//g, '-')]);
    categories.add(mapped && known.has(mapped) ? mapped : UNKNOWN_CLASSIFIER_CATEGORY);
  }
  if (verdict.violation && categories.size === 0) categories.add(UNKNOWN_CLASSIFIER_CATEGORY);
  return { categories: [...categories], severity: verdict.severity, rationale: verdict.rationale };
}
