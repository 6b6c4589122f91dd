import {
  AGE_BANDS,
  type AgeBand,
  type CategoryRule,
  type CategoryTable,
  ConfigurationError,
  DEFAULT_POLICY,
  defaultCategoryTable,
  isMinorBand,
  NEVER_ALLOWED_FOR_MINORS,
  type Policy,
  UNKNOWN_CATEGORY_RULE,
} from '@youthchat/core';

export type { CategoryRule, CategoryTable };
export { UNKNOWN_CATEGORY_RULE };

/** Overrides per band, merged category by category over the policy's table. */
export type CategoryTableOverrides = Partial<Record<AgeBand, Record<string, CategoryRule>>>;

/** The built-in table for each band (the default policy's `categories`). */
export const DEFAULT_CATEGORY_TABLES: Readonly<Record<AgeBand, Readonly<CategoryTable>>> = {
  under13: defaultCategoryTable('under13'),
  teen13to15: defaultCategoryTable('teen13to15'),
  teen16to17: defaultCategoryTable('teen16to17'),
  adult: defaultCategoryTable('adult'),
};

/**
 * Each band's table: the policy's `categories` (the built-in table when it
 * has none) with overrides merged in. Refuses overrides that would let
 * minors' danger signs through.
 */
export function resolveCategoryTables(
  overrides: CategoryTableOverrides = {},
  policy: Policy = DEFAULT_POLICY,
): Record<AgeBand, CategoryTable> {
  const out = {} as Record<AgeBand, CategoryTable>;
  const problems: string[] = [];
  for (const band of AGE_BANDS) {
    const table: CategoryTable = {
      ...(policy.bands[band]?.categories ?? DEFAULT_CATEGORY_TABLES[band]),
      ...overrides[band],
    };
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
