/**
 * Which language packs are available, loading the others on demand, and
 * reading a message (and the child's earlier messages) with them.
 */
import { ALWAYS_ESCALATE } from '../../policy/resolve.js';
import type { ScreenCategory } from '../../policy/types.js';
import { foldText, unobfuscate } from '../normalize.js';
import en from '../packs/en.js';
import enModel from '../packs/en.model.js';
import { setCues } from './cues.js';
import { type CompiledPack, compilePack } from './compile.js';
import { annotate, type Matches, type Occurrences, type ProfaneWord, runRules } from './match.js';
import { modelCategories, modelFeatures } from './model.js';
import { type Token, tokenize } from './tokens.js';
import type { LanguagePack } from './types.js';

/** Packs that ship with the kit but load on demand. */
const LOADERS: Record<string, () => Promise<LanguagePack>> = {
  es: async () => ({
    ...(await import('../packs/es.js')).default,
    pii: (await import('../packs/es.pii.js')).default,
    model: (await import('../packs/es.model.js')).default,
  }),
  fr: async () => ({
    ...(await import('../packs/fr.js')).default,
    pii: (await import('../packs/fr.pii.js')).default,
    model: (await import('../packs/fr.model.js')).default,
  }),
  de: async () => ({
    ...(await import('../packs/de.js')).default,
    pii: (await import('../packs/de.pii.js')).default,
    model: (await import('../packs/de.model.js')).default,
  }),
};

/**
 * A few words that only the shipped languages use, to notice a message in a
 * language whose pack is not loaded yet.
 */
const MARKERS: Record<string, string> = {
  en: 'the and is are you my with what this that have not',
  es: 'que el los las una es por para pero con muy tengo estoy quiero',
  fr: 'je tu est les une pas avec pour mais tres suis cest jai moi',
  de: 'ich du ist und nicht mit das die der ein eine bin habe mein mich',
};

/** Every language the kit ships a pack for. */
export const SHIPPED_LANGUAGES: readonly string[] = ['en', 'es', 'fr', 'de'];

const packs = new Map<string, LanguagePack>([['en', { ...en, model: enModel }]]);

/** The primary language subtag of a BCP 47 tag: `fr-CA` → `fr`. */
export function primaryLanguage(locale: string | undefined): string {
  return (locale ?? 'en').toLowerCase().split(/[-_]/)[0] || 'en';
}

/**
 * Makes the packs for these locales available to `screenText` and `scrubPII`.
 * Shipped packs (`en`, `es`, `fr`, `de`) load on demand; other locales are
 * ignored, and a message written in them is reported with coverage `none`.
 *
 * @example
 * await loadLanguages(['es', 'fr']);
 */
export async function loadLanguages(locales: readonly string[]): Promise<void> {
  await Promise.all(
    locales.map(async (locale) => {
      const lang = primaryLanguage(locale);
      const load = LOADERS[lang];
      if (packs.has(lang) || !load) return;
      const pack = await load();
      packs.set(lang, pack);
      if (pack.pii) setCues(lang, pack.pii);
    }),
  );
}

/** Adds an app's own pack, or replaces a shipped one. */
export function registerLanguagePack(pack: LanguagePack): void {
  const lang = primaryLanguage(pack.locale);
  packs.set(lang, pack);
  if (pack.pii) setCues(lang, pack.pii);
}

/** The locales whose packs are available now. */
export function loadedLanguages(): string[] {
  return [...packs.keys()];
}

export type Coverage = 'full' | 'partial' | 'none';

/** What the packs read in a message. */
export interface Reading {
  categories: Set<ScreenCategory>;
  /** Ids of the rules that matched, in the new message or, for signals that add up, earlier. */
  rules: string[];
  coverage: Coverage;
  /** Languages found in the message, loaded or not. */
  languages: string[];
}

interface Read {
  tokens: Token[];
  occ: Occurrences;
  profane: ProfaneWord[];
  present: CompiledPack[];
  known: boolean[];
  languages: string[];
}

/** The words of a text, in every form the obfuscation undo gives. */
function tokensOf(text: string): Token[] {
  const folded = foldText(text);
  const tokens = tokenize(unobfuscate(folded, 'i'));
  if (/[a-z][1|]|[1|][a-z]/.test(folded)) {
    const last = tokens.length > 0 ? tokens[tokens.length - 1]!.s + 1 : 0;
    tokenize(unobfuscate(folded, 'l'), tokens, last);
  }
  return tokens;
}

function read(text: string, locale: string): Read {
  const tokens = tokensOf(text);
  const compiled = [...packs.values()].map(compilePack);
  const languages: string[] = [];
  const hits = new Map<CompiledPack, number>();
  for (const pack of compiled) {
    let n = 0;
    for (const t of tokens) if (pack.common.has(t.w)) n++;
    hits.set(pack, n);
  }
  const best = Math.max(0, ...hits.values());
  const present = compiled.filter((p) => {
    const n = hits.get(p)!;
    return n >= 2 ? n * 4 >= best : n === 1 && tokens.length <= 3;
  });
  // With no language clear, the locale's pack reads the message, and every other pack too.
  const lang = primaryLanguage(locale);
  const readers = present.length > 0 ? present : compiled;
  const own = compiled.find((p) => p.locale === lang);
  if (own && !readers.includes(own)) readers.push(own);
  for (const p of present) languages.push(p.locale);
  for (const [marker, list] of Object.entries(MARKERS)) {
    if (packs.has(marker)) continue;
    const set = new Set(list.split(' '));
    let n = 0;
    for (const t of tokens) if (set.has(t.w)) n++;
    if (n >= 2 && n * 4 >= best) languages.push(marker);
  }
  const occ: Occurrences = new Map();
  const profane: ProfaneWord[] = [];
  const known = tokens.map(() => false);
  for (const pack of readers) annotate(pack, tokens, occ, known, profane);
  // Each pack notes positions in order; several packs interleave them.
  if (readers.length > 1) {
    for (const [concept, list] of occ)
      occ.set(
        concept,
        [...new Set(list)].sort((a, b) => a - b),
      );
  }
  return { tokens, occ, profane, present: readers, known, languages };
}

function coverageOf(r: Read): Coverage {
  const words = r.tokens.filter((t) => !/^[0-9]+$/.test(t.w));
  const unloaded = r.languages.some((l) => !packs.has(l));
  if (words.length === 0) return 'full';
  const share = r.known.filter((k, i) => k && !/^[0-9]+$/.test(r.tokens[i]!.w)).length / words.length;
  if (unloaded) return r.languages.every((l) => !packs.has(l)) ? 'none' : 'partial';
  if (words.length < 4) return share > 0 || words.length < 2 ? 'full' : 'partial';
  return share < 0.3 ? 'none' : share < 0.6 ? 'partial' : 'full';
}

/** A pack's rude words count unless a language present in the message uses the word innocently. */
function profanity(r: Read, into: Set<ScreenCategory>): void {
  for (const hit of r.profane) {
    const ordinary = r.present.some(
      (p) => p.locale !== hit.locale && (p.innocent.has(hit.word) || p.common.has(hit.word)),
    );
    if (!ordinary) into.add(hit.kind);
  }
}

/** Earlier messages read for signals that add up: at most this many, each cut to this length. */
const HISTORY_MESSAGES = 10;
const HISTORY_CHARS = 2000;
/** Earlier messages the learned model reads. */
const MODEL_HISTORY = 5;

function historyOf(history: readonly unknown[] | undefined): string[] {
  if (!Array.isArray(history)) return [];
  return history
    .slice(-HISTORY_MESSAGES)
    .filter((m): m is string => typeof m === 'string' && m !== '')
    .map((m) => m.slice(0, HISTORY_CHARS));
}

/** The learned model's features of a message, as training sees them (scripts/train-screen-model.ts). */
export function featuresOf(text: string, locale: string, history?: readonly unknown[]): Set<string> {
  const r = read(text, locale);
  const past = historyOf(history).map((m) => read(m, locale));
  return modelFeatures(r.tokens, r.occ, past.slice(-MODEL_HISTORY));
}

/**
 * Reads a message, and the child's earlier messages for the signals that add
 * up across turns. `englishProfanity` lists the English table's hits, which
 * are checked against the languages present like a pack's own.
 */
export function readMessage(
  text: string,
  options: { locale?: string; history?: readonly unknown[]; englishProfanity?: ProfaneWord[] },
): Reading {
  const locale = options.locale ?? 'en';
  const r = read(text, locale);
  if (options.englishProfanity) r.profane.push(...options.englishProfanity);
  const now = runRules(r.present, r.occ, r.tokens);
  const categories = new Set(now.strong);
  const rules = [...now.rules];
  profanity(r, categories);
  const earlier: Matches[] = [];
  const pastReads: Read[] = [];
  for (const past of historyOf(options.history)) {
    const p = read(past, locale);
    pastReads.push(p);
    earlier.push(runRules(p.present, p.occ, p.tokens));
  }
  // The learned model of each language present reads the words and concepts, and the earlier messages'.
  const features = modelFeatures(r.tokens, r.occ, pastReads.slice(-MODEL_HISTORY));
  for (const pack of r.present) {
    const model = packs.get(pack.locale)?.model;
    if (!model) continue;
    for (const category of modelCategories(model, features)) {
      if (![...categories].some((c) => (ALWAYS_ESCALATE.includes(c) ? 1 : 0) === (ALWAYS_ESCALATE.includes(category) ? 1 : 0)))
        categories.add(category);
      rules.push(`${pack.locale}.model`);
    }
  }
  // A category is found when its signals, strong ones from earlier messages counting 2, reach 2, and the new
  // message adds at least one of them.
  for (const [category, signals] of now.weak) {
    if (categories.has(category)) continue;
    const all = new Map(signals);
    for (const m of earlier) {
      if (m.strong.has(category)) all.set(`${category}:earlier`, 2);
      for (const [name, weight] of m.weak.get(category) ?? []) all.set(name, Math.max(all.get(name) ?? 0, weight));
    }
    let total = 0;
    for (const w of all.values()) total += w;
    if (total >= 2) {
      categories.add(category);
      for (const m of earlier) rules.push(...m.rules.filter((id) => !rules.includes(id)));
    }
  }
  return { categories, rules, coverage: coverageOf(r), languages: r.languages };
}
