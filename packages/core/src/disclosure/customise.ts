import { AGE_BANDS, type AgeBand, isAgeBand, isMinorBand } from '../age/band.js';
import { ConfigurationError } from '../errors.js';
import { localeChain, resolveLocale } from '../i18n/catalogue.js';
import { loadedDisclosureCatalogue as disclosureCatalogue } from './loaded.js';
import type { DisclosureConfig, DisclosureOverride, DisclosureSection, DisclosureText } from './types.js';

/**
 * Sections every disclosure for the band must keep (they may be reworded).
 * For minors they carry what the law and the platforms ask for: that this is
 * an AI, that it can be wrong, personal information, what happens to
 * messages, getting help and reporting, and that it may not suit some minors.
 */
export const REQUIRED_SECTIONS: Readonly<Record<AgeBand, readonly string[]>> = {
  under13: ['ai', 'mistakes', 'privacy', 'messages', 'help', 'suitability'],
  teen13to15: ['ai', 'mistakes', 'privacy', 'messages', 'help', 'suitability'],
  teen16to17: ['ai', 'mistakes', 'privacy', 'messages', 'help', 'suitability'],
  adult: ['ai'],
};

const SECTION_ID = /^[a-z][a-z0-9-]{0,39}$/;
const LOCALE_TAG = /^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/;
const MAX_TITLE = 200;
const MAX_BODY = 4000;
const OVERRIDE_KEYS = ['title', 'sections', 'add', 'retention'];
const validated = new WeakSet<object>();

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function checkText(value: unknown, path: string, max: number, problems: string[]): void {
  if (typeof value !== 'string' || value.trim().length === 0) problems.push(`${path} must be non-empty text.`);
  else if (value.length > max) problems.push(`${path} is ${value.length} characters; keep it under ${max}.`);
}

function checkSection(value: unknown, path: string, problems: string[], allowAfter: boolean): void {
  if (!isObject(value)) {
    problems.push(`${path} must be { id, heading, body }.`);
    return;
  }
  for (const key of Object.keys(value)) {
    if (!['id', 'heading', 'body', ...(allowAfter ? ['after'] : [])].includes(key))
      problems.push(`${path}.${key} is not a section field.`);
  }
  if (typeof value.id !== 'string' || !SECTION_ID.test(value.id)) {
    problems.push(
      `${path}.id must be lower-case letters, digits and dashes, starting with a letter; got ${JSON.stringify(value.id)}.`,
    );
  }
  checkText(value.heading, `${path}.heading`, MAX_TITLE, problems);
  checkText(value.body, `${path}.body`, MAX_BODY, problems);
  if (allowAfter && value.after !== undefined && typeof value.after !== 'string')
    problems.push(`${path}.after must be a section id.`);
}

function checkOverride(value: unknown, path: string, problems: string[]): void {
  if (!isObject(value)) {
    problems.push(`${path} must be an object with title, sections, add or retention.`);
    return;
  }
  for (const key of Object.keys(value)) {
    if (!OVERRIDE_KEYS.includes(key)) problems.push(`${path}.${key} is not known; use ${OVERRIDE_KEYS.join(', ')}.`);
  }
  if (value.title !== undefined) checkText(value.title, `${path}.title`, MAX_TITLE, problems);
  const { sections } = value;
  if (Array.isArray(sections)) {
    for (const [i, section] of sections.entries()) checkSection(section, `${path}.sections[${i}]`, problems, false);
  } else if (isObject(sections)) {
    for (const [id, patch] of Object.entries(sections)) {
      const at = `${path}.sections.${id}`;
      if (patch === null) continue;
      if (!isObject(patch)) {
        problems.push(`${at} must be { heading?, body? } or null to remove it.`);
        continue;
      }
      for (const key of Object.keys(patch)) {
        if (key !== 'heading' && key !== 'body')
          problems.push(`${at}.${key} is not known; a section patch has heading and body.`);
      }
      if (patch.heading !== undefined) checkText(patch.heading, `${at}.heading`, MAX_TITLE, problems);
      if (patch.body !== undefined) checkText(patch.body, `${at}.body`, MAX_BODY, problems);
    }
  } else if (sections !== undefined) {
    problems.push(`${path}.sections must be a list of sections or an object of changes by section id.`);
  }
  if (value.add !== undefined) {
    if (!Array.isArray(value.add)) problems.push(`${path}.add must be a list of sections.`);
    else for (const [i, section] of value.add.entries()) checkSection(section, `${path}.add[${i}]`, problems, true);
  }
  const { retention } = value;
  if (retention !== undefined) {
    if (!isObject(retention)) problems.push(`${path}.retention must be { unknown?, none?, days? }.`);
    else {
      for (const key of Object.keys(retention)) {
        if (!['unknown', 'none', 'days'].includes(key)) problems.push(`${path}.retention.${key} is not known.`);
      }
      if (retention.unknown !== undefined)
        checkText(retention.unknown, `${path}.retention.unknown`, MAX_BODY, problems);
      if (retention.none !== undefined) checkText(retention.none, `${path}.retention.none`, MAX_BODY, problems);
      if (retention.days !== undefined) {
        if (!isObject(retention.days)) problems.push(`${path}.retention.days must be { one, other }.`);
        else {
          checkText(retention.days.one, `${path}.retention.days.one`, MAX_BODY, problems);
          checkText(retention.days.other, `${path}.retention.days.other`, MAX_BODY, problems);
        }
      }
    }
  }
}

function checkBandOverrides(value: unknown, path: string, problems: string[]): void {
  if (!isObject(value)) {
    problems.push(`${path} must be an object keyed by age band.`);
    return;
  }
  for (const [key, override] of Object.entries(value)) {
    if (!isAgeBand(key)) problems.push(`${path}.${key} is not an age band; use ${AGE_BANDS.join(', ')}.`);
    else if (override !== undefined) checkOverride(override, `${path}.${key}`, problems);
  }
}

/** Applies one band's changes to its text; `problems` collects changes that do not fit the text. */
export function applyOverride(
  text: DisclosureText,
  override: DisclosureOverride,
  path: string,
  problems: string[],
): DisclosureText {
  let sections: DisclosureSection[] = text.sections;
  const patch = override.sections;
  if (Array.isArray(patch)) {
    sections = (patch as readonly DisclosureSection[]).map(({ id, heading, body }) => ({ id, heading, body }));
  } else if (patch) {
    const changes = patch as Readonly<Record<string, Partial<Omit<DisclosureSection, 'id'>> | null>>;
    for (const id of Object.keys(changes)) {
      if (!sections.some((s) => s.id === id)) {
        problems.push(
          `${path}.sections.${id} changes a section that does not exist (${sections.map((s) => s.id).join(', ')}); use add for a new one.`,
        );
      }
    }
    sections = sections.flatMap((section) => {
      const change = changes[section.id];
      if (change === null) return [];
      return change === undefined ? [section] : [{ ...section, ...change }];
    });
  }
  for (const { after, ...section } of override.add ?? []) {
    const at = after === undefined ? -1 : sections.findIndex((s) => s.id === after);
    if (after !== undefined && at === -1)
      problems.push(`${path}.add: "${section.id}" is to go after "${after}", which does not exist.`);
    const next = [...sections];
    next.splice(at === -1 ? next.length : at + 1, 0, { id: section.id, heading: section.heading, body: section.body });
    sections = next;
  }
  const retention = override.retention
    ? { ...text.retention, ...override.retention, days: { ...text.retention.days, ...override.retention.days } }
    : text.retention;
  return { title: override.title ?? text.title, sections, retention };
}

/**
 * The overrides that apply to a band in a locale, most general first:
 * top-level band keys, then `locales` entries from language to full tag.
 * Returns the locale the text ends up in.
 */
export function overridesFor(
  config: DisclosureConfig | undefined,
  band: AgeBand,
  locale: string | undefined,
): { locale: string; overrides: { override: DisclosureOverride; path: string }[] } {
  const builtIn = resolveLocale(disclosureCatalogue, locale);
  const overrides: { override: DisclosureOverride; path: string }[] = [];
  const top = config?.[band];
  if (top) overrides.push({ override: top, path: `disclosures.${band}` });
  let used = builtIn;
  const chain = localeChain(locale);
  const candidates = chain.slice(0, chain.indexOf(builtIn) + 1).reverse();
  for (const tag of candidates) {
    const override = config?.locales?.[tag]?.[band];
    if (override) {
      overrides.push({ override, path: `disclosures.locales.${tag}.${band}` });
      used = tag;
    }
  }
  return { locale: used, overrides };
}

function sectionProblems(
  sections: readonly DisclosureSection[],
  band: AgeBand,
  path: string,
  problems: string[],
): void {
  const seen = new Set<string>();
  for (const { id } of sections) {
    if (seen.has(id)) problems.push(`${path} has two sections with the id "${id}".`);
    seen.add(id);
  }
  const missing = REQUIRED_SECTIONS[band].filter((id) => !seen.has(id));
  if (missing.length > 0) {
    problems.push(
      `${path} is missing ${missing.map((id) => `"${id}"`).join(', ')}; ${isMinorBand(band) ? 'a minor' : 'an adult'}'s disclosure must keep ${REQUIRED_SECTIONS[band].join(', ')} (reword them instead).`,
    );
  }
}

/** Every reason a disclosure configuration cannot be used; empty when it is fine. */
export function disclosureProblems(config: unknown): string[] {
  const problems: string[] = [];
  if (!isObject(config)) return ['disclosures must be an object keyed by age band.'];
  const { locales, facts, ...bands } = config;
  checkBandOverrides(bands, 'disclosures', problems);
  if (locales !== undefined) {
    if (!isObject(locales))
      problems.push('disclosures.locales must be an object keyed by locale, e.g. { es: { under13: … } }.');
    else {
      for (const [tag, value] of Object.entries(locales)) {
        if (!LOCALE_TAG.test(tag))
          problems.push(`disclosures.locales.${tag} is not a locale tag such as "es" or "pt-BR".`);
        checkBandOverrides(value, `disclosures.locales.${tag}`, problems);
      }
    }
  }
  if (facts !== undefined) {
    if (!isObject(facts)) problems.push('disclosures.facts must be { retentionDays? }.');
    else {
      for (const key of Object.keys(facts))
        if (key !== 'retentionDays') problems.push(`disclosures.facts.${key} is not known.`);
      const days = facts.retentionDays;
      if (days !== undefined && !(Number.isInteger(days) && (days as number) >= 0 && (days as number) <= 36_500)) {
        problems.push(
          `disclosures.facts.retentionDays must be a whole number of days from 0 (not kept) up; got ${String(days)}.`,
        );
      }
    }
  }
  if (problems.length > 0) return problems;

  // The shape is right: now check every band in every locale the text can be shown in.
  const typed = config as DisclosureConfig;
  const tags = new Set([...Object.keys(disclosureCatalogue), ...Object.keys(typed.locales ?? {})]);
  for (const tag of tags) {
    for (const band of AGE_BANDS) {
      const { overrides } = overridesFor(typed, band, tag);
      if (overrides.length === 0) continue;
      const found: string[] = [];
      let text = disclosureText(band, tag);
      for (const { override, path } of overrides) text = applyOverride(text, override, path, found);
      sectionProblems(text.sections, band, `The ${band} disclosure in "${tag}"`, found);
      for (const problem of found) if (!problems.includes(problem)) problems.push(problem);
    }
  }
  return problems;
}

/** The built-in text for a band in the locale the catalogue falls back to. */
export function disclosureText(band: AgeBand, locale: string | undefined): DisclosureText {
  const entry = disclosureCatalogue[resolveLocale(disclosureCatalogue, locale)] ?? disclosureCatalogue.en;
  return { ...entry.base, ...entry.bands?.[band] };
}

/** Throws a ConfigurationError listing every problem, or returns the configuration. Results are remembered per object. */
export function validateDisclosures<T extends DisclosureConfig>(config: T): T {
  if (validated.has(config)) return config;
  const problems = disclosureProblems(config);
  if (problems.length > 0) {
    throw new ConfigurationError(
      'invalid_disclosures',
      `The disclosure customisation cannot be used:\n- ${problems.join('\n- ')}`,
    );
  }
  validated.add(config);
  return config;
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    for (const inner of Object.values(value)) deepFreeze(inner);
    Object.freeze(value);
  }
  return value;
}

/**
 * Checks an app's disclosure customisation once and freezes a copy of it.
 * Throws a `ConfigurationError` (code `invalid_disclosures`) that names each
 * problem by path.
 *
 * @example
 * export const disclosures = defineDisclosures({
 *   facts: { retentionDays: 30 },
 *   under13: { title: 'Meet Pip, our AI helper', add: [{ id: 'rules', heading: 'Our rules', body: 'Be kind.' }] },
 *   locales: { es: { under13: { title: 'Te presentamos a Pip, nuestro ayudante de IA' } } },
 * });
 */
export function defineDisclosures(config: DisclosureConfig): DisclosureConfig {
  const problems = disclosureProblems(config);
  if (problems.length > 0) {
    throw new ConfigurationError(
      'invalid_disclosures',
      `The disclosure customisation cannot be used:\n- ${problems.join('\n- ')}`,
    );
  }
  const copy = deepFreeze(JSON.parse(JSON.stringify(config)) as DisclosureConfig);
  validated.add(copy);
  return copy;
}
