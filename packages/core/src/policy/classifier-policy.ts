import type { AgeBand } from '../age/band.js';

/**
 * The youth-safety policy a policy-following classifier (such as
 * `gpt-oss-safeguard`) reads: one section per category of the language packs'
 * table, each with a definition, what counts, what does not, short examples
 * and what changes per age band. Written to be read by people too: a
 * moderator can check a verdict against the same text the model saw.
 *
 * Its {@link YOUTH_SAFETY_POLICY_VERSION} changes whenever the text changes;
 * the server records it with every verdict that escalates.
 */
export interface YouthSafetySection {
  /** The category a violation of this section is reported as (a name of the category table). */
  category: string;
  /** A short heading. */
  title: string;
  /** What the category means, in a sentence or two. */
  definition: string;
  /** What counts as a violation. */
  violates: string[];
  /** What does not, however close it looks (so that a child asking for help is not treated as a risk). */
  allowed: string[];
  /** Short, invented examples. */
  examples?: YouthSafetyExample[];
  /** What changes for a band, added under the section for that band only. */
  bands?: Partial<Record<AgeBand, string>>;
}

export interface YouthSafetyExample {
  /** The conversation, shortened; `child:` and `assistant:` prefixes mark turns. */
  text: string;
  violation: boolean;
  /** The severity a violation deserves. */
  severity?: 'low' | 'medium' | 'high';
}

/**
 * A section added or changed by an app, per band, through the typed policy
 * (`BandPolicy.classifier.sections`): a whole {@link YouthSafetySection}
 * adds or replaces the section of that category; `{ extend: true, … }` adds
 * lines and examples to the built-in one.
 */
export interface YouthSafetySectionExtension {
  extend: true;
  violates?: string[];
  allowed?: string[];
  examples?: YouthSafetyExample[];
  /** A sentence added under the section for this band. */
  note?: string;
}

/** What a band may change in the classifier's policy. */
export interface ClassifierPolicy {
  /** Your edition of the sections, by category. Needs `version`. */
  sections?: Record<string, YouthSafetySection | YouthSafetySectionExtension>;
  /**
   * Your edition's version, recorded after the built-in one
   * (`2026-12-05+school-edition-3`). Change it whenever you change `sections`.
   */
  version?: string;
}

/**
 * The categories of the built-in sections (see `YOUTH_SAFETY_SECTIONS`). Kept
 * apart from the text, so that checking a policy does not load it.
 */
export const BUILT_IN_SECTION_CATEGORIES: readonly string[] = [
  'grooming',
  'sextortion',
  'self-harm',
  'eating-disorder',
  'abuse',
  'friend-in-danger',
  'violence',
  'dangerous-activity',
  'sexual/minors',
  'sexual',
  'roleplay',
  'graphic',
  'substances',
  'harassment',
];

/** Whether a band's section adds to the built-in one rather than replacing it. */
export function isSectionExtension(
  section: YouthSafetySection | YouthSafetySectionExtension,
): section is YouthSafetySectionExtension {
  return (section as YouthSafetySectionExtension).extend === true;
}

const CATEGORY_NAME = /^[a-z][a-z0-9/-]{0,47}$/;
const VERSION_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,39}$/;

/** Problems with a band's classifier policy, for `policyProblems`; `at` names the band. */
export function classifierPolicyProblems(at: string, classifier: ClassifierPolicy | undefined): string[] {
  if (classifier === undefined) return [];
  const problems: string[] = [];
  const sections = classifier.sections ?? {};
  if (
    Object.keys(sections).length > 0 &&
    (typeof classifier.version !== 'string' || !VERSION_NAME.test(classifier.version))
  )
    problems.push(
      `${at}.classifier.version must name your edition of the sections (letters, digits, dots, dashes; up to 40) so that verdicts record which text was used.`,
    );
  for (const [category, section] of Object.entries(sections)) {
    const where = `${at}.classifier.sections.${category}`;
    if (!CATEGORY_NAME.test(category))
      problems.push(`${where}: a category name is lower case letters, digits, / and -.`);
    if (!section || typeof section !== 'object') {
      problems.push(`${where} must be a section or { extend: true, … }.`);
      continue;
    }
    const lists = [section.violates, section.allowed];
    if (isSectionExtension(section)) {
      if (!BUILT_IN_SECTION_CATEGORIES.includes(category))
        problems.push(`${where} extends a section the built-in policy does not have; give a whole section instead.`);
    } else {
      if (typeof section.title !== 'string' || section.title.trim() === '') problems.push(`${where}.title is missing.`);
      if (typeof section.definition !== 'string' || section.definition.trim() === '')
        problems.push(`${where}.definition is missing.`);
      if (!Array.isArray(section.violates) || section.violates.length === 0)
        problems.push(`${where}.violates must list at least one thing that counts.`);
      if (!Array.isArray(section.allowed)) problems.push(`${where}.allowed must be a list (it may be empty).`);
    }
    for (const list of lists) {
      if (list !== undefined && (!Array.isArray(list) || list.some((l) => typeof l !== 'string' || l.trim() === '')))
        problems.push(`${where}: violates and allowed are lists of sentences.`);
    }
  }
  return problems;
}
