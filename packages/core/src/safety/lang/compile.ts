/**
 * Turns a {@link LanguagePack} into matchers. Packs are compiled on first
 * use and kept; nothing is set up when a module is imported.
 */
import type { ScreenCategory } from '../../policy/types.js';
import { foldText } from '../normalize.js';
import { tokenize } from './tokens.js';
import type { LanguagePack } from './types.js';

/** A rule with its concepts resolved. */
export interface CompiledRule {
  /** `<locale>.<id>` */
  id: string;
  category: ScreenCategory;
  all: string[];
  not: string[];
  /** Guards that count only just before a matched word (`NAME-` in the pack). */
  notBefore: string[];
  /** Guards that count only just after a matched word (`NAME+` in the pack). */
  notAfter: string[];
  unless: string[];
  window: number;
  ordered: boolean;
  weight: number;
  signal: string;
  message: boolean;
  ends: boolean;
  /** The pack's conjunctions (`LanguagePack.joins`), which end a clause for `ends`. */
  joins: ReadonlySet<string>;
}

/** A phrase entry: the keys of its words after the first. */
export interface Phrase {
  rest: string[];
  concept: string;
}

export interface CompiledPack {
  locale: string;
  stem(word: string): string;
  /** Stem (or `=word`) → concepts. */
  keys: Map<string, string[]>;
  /** Prefix entries by their first two letters (or one, for a one-letter prefix). */
  prefixes: Map<string, [prefix: string, concept: string][]>;
  /** First word's key → phrases starting with it. */
  phrases: Map<string, Phrase[]>;
  fuzzyMin: number;
  /** One-letter deletions of the stems of `fuzzyMin` letters or more → those stems; made on first use. */
  deletions?: Map<string, string[]>;
  rules: CompiledRule[];
  common: Set<string>;
  /** Stems of ordinary words one slip from a concept's word: never read as a slip (see {@link LanguagePack.notSlips}). */
  notSlips: ReadonlySet<string>;
  innocent: Set<string>;
  /** Concepts that set a frame for the conversation (see {@link LanguagePack.frames}). */
  frames: string[];
  /** Concepts that make a match a question (see {@link LanguagePack.questions}). */
  questions: string[];
  /** See {@link LanguagePack.letters}. */
  letters?: string;
  /** The word read with {@link LanguagePack.respell}'s pairs replaced (the word itself when none applies). */
  respell(word: string): string;
}

/** Concept names the compiler gives a pack's profanity lists. */
export const RUDE = '#rude';
export const SEXUAL = '#sexual';
/** A concept every pack has: a number from 18 to 99, as in an adult's age. */
export const ADULT_AGE = 'ADULT_AGE';

const cache = new WeakMap<LanguagePack, CompiledPack>();

function words(text: string): string[] {
  return tokenize(foldText(text)).map((t) => t.w);
}

function stemmer(pack: LanguagePack): (word: string) => string {
  const suffixes = words(pack.suffixes).sort((a, b) => b.length - a.length);
  const min = pack.minStem ?? 3;
  return (word) => {
    if (word.length <= min || /[0-9]/.test(word)) return word;
    for (const suffix of suffixes) {
      if (word.length - suffix.length >= min && word.endsWith(suffix)) return word.slice(0, -suffix.length);
    }
    return word;
  };
}

/** See {@link LanguagePack.respell}. */
function respeller(spec?: string): (word: string) => string {
  const pairs = (spec ?? '')
    .split(/\s+/)
    .map((pair) => pair.split('>') as [string, string])
    .filter(([from, to]) => from && to !== undefined);
  if (pairs.length === 0) return (word) => word;
  const literal = (t: string) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const to = new Map(pairs);
  const pattern = new RegExp(`(?<![aeiouyq])(${pairs.map(([from]) => literal(from)).join('|')})`, 'g');
  return (word) => (word.length < 3 ? word : word.replace(pattern, (from) => to.get(from) ?? from));
}

export function compilePack(pack: LanguagePack): CompiledPack {
  const done = cache.get(pack);
  if (done) return done;
  const stem = stemmer(pack);
  const keys = new Map<string, string[]>();
  const prefixes = new Map<string, [string, string][]>();
  const phrases = new Map<string, Phrase[]>();
  const keyOf = (entry: string) => (entry.startsWith('=') ? `=${words(entry.slice(1))[0] ?? ''}` : stem(entry));
  const add = (concept: string, list: string) => {
    for (const raw of list.split(',')) {
      const entry = raw.trim();
      if (!entry) continue;
      if (entry.endsWith('*')) {
        const prefix = words(entry.slice(0, -1))[0];
        if (prefix) {
          const head = prefix.slice(0, 2);
          prefixes.set(head, [...(prefixes.get(head) ?? []), [prefix, concept]]);
        }
        continue;
      }
      // Each word keeps its '=' mark through tokenising: the mark is not a word character.
      const parts = entry.split(/\s+/).flatMap((part) => {
        const exact = part.startsWith('=');
        return words(exact ? part.slice(1) : part).map((w) => (exact ? `=${w}` : w));
      });
      if (parts.length === 0) continue;
      const [first, ...rest] = parts.map(keyOf);
      if (rest.length === 0) {
        // The word as written too ('~word'), for slips that its stem would hide.
        for (const k of parts[0]!.startsWith('=') ? [first!] : [first!, `~${parts[0]}`]) {
          const list = keys.get(k) ?? [];
          if (!list.includes(concept)) list.push(concept);
          keys.set(k, list);
        }
      } else {
        const list = phrases.get(first!) ?? [];
        list.push({ rest, concept });
        phrases.set(first!, list);
      }
    }
  };
  for (const [name, list] of Object.entries(pack.concepts)) add(name, list);
  if (pack.profanity?.rude) add(RUDE, pack.profanity.rude);
  if (pack.profanity?.sexual) add(SEXUAL, pack.profanity.sexual);
  const names = (list?: string) => (list ? list.split(/\s+/).filter(Boolean) : []);
  const joins: ReadonlySet<string> = new Set(words(pack.joins ?? ''));
  /** The guards written for one side (`NAME-`, `NAME+`), by their concept's name. */
  const sided = (list: string | undefined, side: '-' | '+') =>
    names(list)
      .filter((n) => n.endsWith(side))
      .map((n) => n.slice(0, -1));
  const rules: CompiledRule[] = pack.rules.map((rule) => ({
    id: `${pack.locale}.${rule.id}`,
    category: rule.category,
    all: names(rule.all),
    not: names(rule.not).filter((n) => !/[-+]$/.test(n)),
    notBefore: sided(rule.not, '-'),
    notAfter: sided(rule.not, '+'),
    unless: names(rule.unless),
    window: rule.window ?? 6,
    ordered: rule.ordered ?? false,
    weight: rule.weight ?? 2,
    // In lower case: one signal read by two packs (English "MEET", German "meet") counts once.
    signal: (rule.signal ?? rule.id).toLowerCase(),
    message: rule.message ?? false,
    ends: rule.ends ?? false,
    joins,
  }));
  for (const rule of [
    ...rules,
    { id: 'frames', all: names(pack.frames), not: [], notBefore: [], notAfter: [], unless: [] },
    { id: 'questions', all: names(pack.questions), not: [], notBefore: [], notAfter: [], unless: [] },
  ]) {
    for (const name of [...rule.all, ...rule.not, ...rule.notBefore, ...rule.notAfter, ...rule.unless]) {
      if (!(name in pack.concepts) && name !== ADULT_AGE)
        throw new Error(`Language pack ${pack.locale}: rule ${rule.id} names no concept ${name}.`);
    }
  }
  const compiled: CompiledPack = {
    locale: pack.locale,
    stem,
    respell: respeller(pack.respell),
    keys,
    prefixes,
    phrases,
    fuzzyMin: pack.fuzzyMin ?? 6,
    rules,
    common: new Set(words(pack.common)),
    notSlips: new Set(words(pack.notSlips ?? '')),
    innocent: new Set(words(pack.profanity?.innocent ?? '')),
    frames: names(pack.frames),
    questions: names(pack.questions),
    ...(pack.letters === undefined ? {} : { letters: pack.letters }),
  };
  cache.set(pack, compiled);
  return compiled;
}

/** Whether two words are at most one slip apart: a letter missing, added or changed, or two neighbours swapped. */
export function oneSlip(a: string, b: string): boolean {
  if (a === b) return true;
  const la = a.length;
  const lb = b.length;
  if (Math.abs(la - lb) > 1) return false;
  let i = 0;
  while (i < la && i < lb && a[i] === b[i]) i++;
  if (la === lb) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  return la > lb ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

function deletionsOf(word: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < word.length; i++) out.push(word.slice(0, i) + word.slice(i + 1));
  return out;
}

/** Keys of the pack (stems, and words as written) one slip away from the word or its stem. */
export function fuzzyKeys(pack: CompiledPack, word: string, stem: string): string[] {
  if (!pack.deletions) {
    pack.deletions = new Map();
    for (const key of pack.keys.keys()) {
      const form = key.startsWith('~') ? key.slice(1) : key;
      if (form.length < pack.fuzzyMin || key.startsWith('=')) continue;
      for (const d of [form, ...deletionsOf(form)]) {
        const list = pack.deletions.get(d) ?? [];
        list.push(key);
        pack.deletions.set(d, list);
      }
    }
  }
  const found = new Set<string>();
  for (const probe of stem === word ? [word] : [word, stem]) {
    for (const d of [probe, ...deletionsOf(probe)]) {
      for (const key of pack.deletions.get(d) ?? []) {
        if (oneSlip(key.startsWith('~') ? key.slice(1) : key, probe)) found.add(key);
      }
    }
  }
  return [...found];
}
