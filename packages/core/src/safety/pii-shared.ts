import { piiCues, piiCuesGeneration } from './lang/cues.js';
import type { PackPII } from './lang/types.js';
import { isSpace } from './normalize.js';
import type { PIIType } from './types.js';
import { MAX_BITS, meets, unite, WordTable } from './word-table.js';

/** How much a kind of finding wins when two overlap: structured, validated kinds first. */
const PRIORITY: Record<PIIType, number> = {
  email: 10,
  url: 9,
  card: 8,
  id_number: 8,
  ip: 8,
  geo: 8,
  birthdate: 7,
  phone: 6,
  handle: 6,
  school: 5,
  address: 4,
  name: 3,
};

/** A possible finding; overlaps are settled by `priority`, then by length. */
export interface Candidate {
  type: PIIType;
  start: number;
  end: number;
  priority: number;
}

/** Turns a space-separated word list into a set, once, on first use. */
export function words(list: string): () => ReadonlySet<string> {
  let set: Set<string> | undefined;
  return () => {
    set ??= new Set(list.split(' '));
    return set;
  };
}

/** A field of the language packs' personal-data cues. */
export type Field = keyof PackPII;

/** A word without accents, in lower case, for lists that children type with or without them ("ecole", "heisse"). */
/** Days of the week in the shipped languages (a sentence may open with one, "C'est Lundi"; one ends a school's name). */
export const WEEKDAY =
  /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|lunes|martes|miércoles|miercoles|jueves|viernes|sábado|sabado|domingo|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag)$/i;

export function fold(word: string): string {
  const lower = word.toLowerCase();
  if (!/[^\x00-\x7f]/.test(lower)) return lower;
  // Words with accents recur (a message repeats its words), and decomposing them is the slow part.
  let folded = FOLDED_WORDS.get(lower);
  if (folded === undefined) {
    folded = lower
      .replace(/ß/g, 'ss')
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '');
    if (FOLDED_WORDS.size >= 4096) FOLDED_WORDS.clear();
    FOLDED_WORDS.set(lower, folded);
  }
  return folded;
}
/** Words with accents folded lately, at most 4096. */
const FOLDED_WORDS = new Map<string, string>();

/** The entries of a pack list: split at `|` when it holds one, else at spaces. */
export function entries(list: string | undefined): string[] {
  if (!list) return [];
  const out: string[] = [];
  for (const e of list.includes('|') ? list.split('|') : list.split(/\s+/)) {
    const t = e.trim();
    if (t) out.push(t);
  }
  return out;
}

/** The cue words registered by the detectors: their own words, and the pack fields whose words count too. */
const CUE_DEFS: { bit: number; list: string; fields: Field[] }[] = [];

/**
 * Registers cue words (lower case), and the fields of the language packs
 * whose entries count as the same cue; returns the bit a {@link Scan} sets
 * when a message has one of them.
 */
export function cue(list: string, ...fields: Field[]): number {
  if (CUE_DEFS.length >= MAX_BITS) throw new Error(`more than ${MAX_BITS} cue lists: a Scan cannot tell them apart`);
  const bit = 2 ** CUE_DEFS.length;
  CUE_DEFS.push({ bit, list, fields });
  return bit;
}

/** What the loaded language packs say about personal data, merged, with the cue-word table built from it. */
export interface Lexicon {
  generation: number;
  /** Every loaded pack's entries of a field, once each, in pack order. */
  list(field: Field): string[];
  /** The same entries folded ({@link fold}), as a set. */
  set(field: Field): ReadonlySet<string>;
  /** Each loaded pack's cues as written. */
  packs: { locale: string; pii: PackPII }[];
  table: WordTable;
}

let lexiconCache: Lexicon | undefined;

/** The rarest-looking word of a phrase (its longest), which every message holding the phrase holds. */
function keyWord(phrase: string): string | undefined {
  let best: string | undefined;
  for (const w of phrase.toLowerCase().split(/[^a-z0-9\u00c0-\u1fff\u2070-\uffff]+/)) {
    if (w && (!best || w.length > best.length)) best = w;
  }
  return best;
}

/** The merged cues of the loaded packs as last checked by {@link refreshLexicon}. */
export function lexicon(): Lexicon {
  return lexiconCache ?? refreshLexicon();
}

/** Checks which packs are loaded, once a message, and rebuilds the merged cues when packs were added. */
export function refreshLexicon(): Lexicon {
  if (lexiconCache?.generation === piiCuesGeneration()) return lexiconCache;
  const { generation, cues } = piiCues();
  const lists = new Map<Field, string[]>();
  const sets = new Map<Field, Set<string>>();
  const list = (field: Field): string[] => {
    let l = lists.get(field);
    if (!l) {
      l = [...new Set(cues.flatMap((c) => entries(c.pii[field])))];
      lists.set(field, l);
    }
    return l;
  };
  const set = (field: Field): ReadonlySet<string> => {
    let s = sets.get(field);
    if (!s) {
      s = new Set(list(field).map(fold));
      sets.set(field, s);
    }
    return s;
  };
  const table = new WordTable();
  for (const def of CUE_DEFS) {
    for (const w of def.list.split(' ')) if (w) table.add(w, def.bit);
    for (const field of def.fields) {
      for (const entry of list(field)) {
        for (const form of entry.replace(/^[-+]/, '').split('/')) {
          // A template with a platform's slot needs the platform's name, which cues it.
          if (form.includes('@')) continue;
          const key = keyWord(form.replace(/[*#@~]/g, ' '));
          if (key) {
            table.add(key, def.bit);
            table.add(fold(key), def.bit);
          }
        }
      }
    }
  }
  lexiconCache = { generation, list, set, packs: cues, table };
  return lexiconCache;
}

/** The months of the loaded packs, every form folded ("januar/jänner/jan"). */
const MONTH_FORMS = fromPacks(
  (lx) =>
    new Set(
      lx
        .list('months')
        .flatMap((m) => m.split('/'))
        .map(fold),
    ),
);

const ENGLISH_MONTHS = new Set(
  'january february march april may june july august september october november december'.split(' '),
);
/** Whether a word is a month's name, in English or a loaded pack ("Juli", "août", "agosto"). */
export function isMonth(word: string): boolean {
  const key = fold(word);
  return ENGLISH_MONTHS.has(key) || MONTH_FORMS().has(key);
}

/** Abbreviations whose dot ends no sentence: "Nr. 12", "Tel. 0421…", "Str. 5", "geb. am", "Dr. Weber". */
const ABBREVIATIONS = new Set(
  'nr no tel tél str geb bzw ca inkl evtl dr mr mrs ms st av bd ave rd hr fr frl prof mme mlle num núm pág pag tlf tfno nac naiss'.split(
    ' ',
  ),
);
function abbreviationDot(slice: string, dot: number): boolean {
  const word = /(?:^|[^\p{L}])([\p{L}]{1,4})$/u.exec(slice.slice(Math.max(0, dot - 6), dot))?.[1];
  return word !== undefined && ABBREVIATIONS.has(word.toLowerCase());
}

/**
 * Whether the ". " at `dot` follows a day of the month or a rank (one or two digits, after a space or a
 * sentence's start) and comes before a month or a word in lower case: a German ordinal, no sentence's end.
 */
function ordinalDot(slice: string, dot: number): boolean {
  const digits = /(?:^|[ \t(])(\d{1,2})$/.exec(slice.slice(Math.max(0, dot - 3), dot));
  if (!digits) return false;
  const next = /^[\p{L}]+/u.exec(slice.slice(dot + 2, dot + 20))?.[0];
  return next !== undefined && (/^[\p{Ll}]/u.test(next) || MONTH_FORMS().has(fold(next)));
}

/** A value built from the packs' cues, rebuilt when packs are added. */
export function fromPacks<T>(build: (lexicon: Lexicon) => T): () => T {
  let generation = -1;
  let value: T;
  return () => {
    const lx = lexicon();
    if (lx.generation !== generation) {
      value = build(lx);
      generation = lx.generation;
    }
    return value;
  };
}

const ACCENTS: Record<string, string> = {
  a: 'aàáâäã',
  e: 'eéèêë',
  i: 'iíìîï',
  o: 'oóòôöõ',
  u: 'uúùûü',
  c: 'cç',
  n: 'nñ',
};
const BASE = new Map<string, string>();
for (const [base, all] of Object.entries(ACCENTS)) for (const c of all) BASE.set(c, base);

type Slots = Partial<Record<'*' | '#' | '@' | '~', string>>;

/**
 * The pattern source of a phrase of a pack: any case; letters with or
 * without their accent ("ecole", "heisse"); an apostrophe optional; a space
 * or a hyphen, one or more spaces, hyphens, commas or "!" ("salut! c'est"). `slots` gives the source of
 * `*`, `#`, `@` and `~`.
 */
export function phrase(text: string, slots: Slots = {}): string {
  return atoms(text, slots).join('');
}

/** A phrase's pattern, one piece per character of it (a slot's piece takes the space it swallows). */
function atoms(text: string, slots: Slots): string[] {
  const out: string[] = [];
  const lower = text.toLowerCase();
  for (let i = 0; i < lower.length; i++) {
    const c = lower[i]!;
    const next = lower[i + 1];
    if (c === '*' || c === '#' || c === '@' || c === '~') {
      out.push(slots[c] ?? '');
      // The slot's own spacing: "~" swallows the space after it.
      if (c === '~' && next === ' ') i++;
    } else if (c === "'" || c === '’') out.push("['’]?\\s?");
    else if (c === ' ') out.push('[\\s,!-]+');
    else if (c === '-') out.push('[\\s-]?');
    else if (c === 'ß') out.push('(?:ß|ss)');
    else if (c === 'ä' || c === 'ö' || c === 'ü') out.push(`(?:${c}|${BASE.get(c)}e?)`);
    else if (BASE.has(c) && BASE.get(c) !== c) out.push(`[${ACCENTS[BASE.get(c)!]}]`);
    else out.push(c.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'));
  }
  return out;
}

interface Trie {
  /** Whether a phrase ends here. */
  end: boolean;
  next: Map<string, Trie>;
  /** The longest phrase through here, in characters: branches are tried longest first. */
  longest: number;
}

/** A text as a literal in a regular expression's source. */
export const literal = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * An alternation of phrases, longest first (so that "ich bin der" wins over
 * "ich bin"). What phrases share at their start is written once ("my
 * username on @ is|my @ is" becomes "my[sep](?:username[sep]on[sep]@[sep]is|@[sep]is)"),
 * so the regex engine tries a shared start once at each position instead of
 * once per phrase: long lists of cues cost a fraction of what they did, and
 * match the same text. When a slot captures, every phrase keeps its own
 * group, as callers count on: the phrases are then listed one by one.
 */
export function alternation(list: string[], slots: Slots = {}): string {
  const sorted = [...list].sort((a, b) => b.length - a.length);
  if (Object.values(slots).some((source) => /\((?!\?)/.test(source ?? ''))) {
    return sorted.map((p) => phrase(p, slots)).join('|');
  }
  const root: Trie = { end: false, next: new Map(), longest: 0 };
  for (const text of sorted) {
    let node = root;
    for (const atom of atoms(text, slots)) {
      let child = node.next.get(atom);
      if (!child) {
        child = { end: false, next: new Map(), longest: 0 };
        node.next.set(atom, child);
      }
      child.longest = Math.max(child.longest, text.length);
      node = child;
    }
    node.end = true;
  }
  return branches(root);
}

/** The alternatives below a node of the trie, longest phrase first. */
function branches(node: Trie): string {
  return [...node.next]
    .sort((a, b) => b[1].longest - a[1].longest)
    .map(([atom, child]) => {
      // A run of single children is written straight on.
      let source = atom;
      let at = child;
      while (at.next.size === 1 && !at.end) {
        const [only] = at.next as Iterable<[string, Trie]>;
        source += only![0];
        at = only![1];
      }
      if (at.next.size === 0) return source;
      return `${source}(?:${branches(at)})${at.end ? '?' : ''}`;
    })
    .join('|');
}

/**
 * One message being scanned: the text, which cue words it has (one pass, so
 * that a detector can skip its patterns when none of its cues is there), and
 * the candidates found so far.
 */
export class Scan {
  readonly out: Candidate[] = [];
  private bits = 0;
  private indexed = false;
  private hits: [word: string, bits: number, at: number][] = [];
  private lowered: string | undefined;
  /** How many times a name has been weighed (see `overWeighed` in pii-names.ts). */
  weighed = 0;

  constructor(readonly text: string) {}

  /** The text in lower case, offset for offset (characters whose lower case is longer stay as they are). */
  get lower(): string {
    if (this.lowered === undefined) {
      const lower = this.text.toLowerCase();
      this.lowered = lower.length === this.text.length ? lower : this.text.replace(/[A-Z]/g, (c) => c.toLowerCase());
    }
    return this.lowered;
  }

  private index(): number {
    let bits = 0;
    // Letters and digits; letters outside ASCII too, but not the punctuation block (’ “ ” – —).
    lexicon().table.scan(this.lower, false, (word, b, at) => {
      bits = unite(bits, b);
      this.hits.push([word, b, at]);
    });
    this.bits = bits;
    this.indexed = true;
    return bits;
  }

  /** True when the message has one of the cue words behind `bit`. */
  has(bit: number): boolean {
    return meets(this.indexed ? this.bits : this.index(), bit);
  }

  /** The cue words behind `bit` that the message has, once each, in order. */
  found(bit: number): string[] {
    const words: string[] = [];
    if (this.has(bit)) for (const [w, b] of this.hits) if (meets(b, bit) && !words.includes(w)) words.push(w);
    return words;
  }

  /** How many times the message uses the cue words behind `bit`. */
  count(bit: number): number {
    let n = 0;
    if (this.has(bit)) for (const [, b] of this.hits) if (meets(b, bit)) n++;
    return n;
  }

  /** Where `word` (lower case, a cue word) stands as a whole word. */
  positions(word: string): number[] {
    // In ASCII text the cue words found are exactly the whole words.
    if (this.isAscii()) {
      if (!this.indexed) this.index();
      return this.hits.filter((h) => h[0] === word).map((h) => h[2]);
    }
    const { lower } = this;
    const at: number[] = [];
    for (let i = lower.indexOf(word); i >= 0; i = lower.indexOf(word, i + 1)) {
      if (!/[a-z0-9]/.test(lower[i - 1] ?? ' ') && !/[a-z0-9]/.test(lower[i + word.length] ?? ' ')) at.push(i);
    }
    return at;
  }

  add(type: PIIType, start: number, end: number, boost = 0): void {
    if (end > start) this.out.push({ type, start, end, priority: PRIORITY[type] + boost });
  }

  /**
   * Every match of a global pattern. A case-insensitive pattern runs, on
   * ASCII text, as a case-sensitive one on the lower-case text (several times
   * faster); its matches are then read back from the text, so they are the same.
   */
  all(re: RegExp): RegExpExecArray[] {
    const found: RegExpExecArray[] = [];
    const folded = this.isAscii() ? caseFolded(re) : undefined;
    const pattern = folded?.re ?? re;
    const subject = folded ? this.lower : this.text;
    pattern.lastIndex = 0;
    for (let m = pattern.exec(subject); m; m = pattern.exec(subject)) {
      if (folded?.groups) {
        for (let k = 0; k < m.length; k++) {
          const at = m.indices?.[k];
          m[k] = at ? this.text.slice(at[0], at[1]) : (undefined as unknown as string);
        }
      } else if (folded) m[0] = this.text.slice(m.index, m.index + m[0].length);
      found.push(m);
      if (m[0].length === 0) pattern.lastIndex++;
    }
    return found;
  }

  private ascii: boolean | undefined;
  private hasDigits: boolean | undefined;

  /** Whether the text has a digit 0-9. */
  get digits(): boolean {
    this.hasDigits ??= /\d/.test(this.text);
    return this.hasDigits;
  }

  private isAscii(): boolean {
    this.ascii ??= !/[^\x00-\x7f]/.test(this.text);
    return this.ascii;
  }

  /** The text before `index` (at most `width` characters), cut at the last sentence end; placeholders are not cues. */
  before(index: number, width = 40): string {
    let slice = wordsBefore(this.text, index, width);
    if (slice.includes('[')) slice = slice.replace(/\[[a-z_]+\]/g, ' ');
    let dot = slice.lastIndexOf('. ');
    // A day's or a rank's dot ends no sentence: "Mozart ist am 27. Januar 1756 … geboren", "in der 7. Klasse".
    while (dot > 0 && (ordinalDot(slice, dot) || abbreviationDot(slice, dot))) dot = slice.lastIndexOf('. ', dot - 1);
    const cut = Math.max(dot, slice.lastIndexOf('? '), slice.lastIndexOf('! '), slice.lastIndexOf('\n\n'));
    return cut >= 0 ? slice.slice(cut + 2) : slice;
  }

  /** The text after `index` (at most `width` characters), cut at the next sentence end. */
  after(index: number, width = 30): string {
    const slice = this.text.slice(index, index + width);
    const cut = slice.search(/[.?!]\s|\n\n/);
    return cut >= 0 ? slice.slice(0, cut) : slice;
  }

  /**
   * A match of `tail` (a pattern ending in `$`) in the `width` characters
   * before `index`, with `index` set in the text. When no match can span more
   * than `runs` runs of non-space characters (nor start with `^`), the search
   * starts at the last `runs` of them: the same match, found sooner.
   */
  back(index: number, tail: RegExp, width = 60, runs = 0): RegExpExecArray | undefined {
    let from = Math.max(0, index - width);
    if (runs > 0) {
      const { text } = this;
      let i = index;
      while (i > from && runs > 0) {
        while (i > from && isSpace(text.charCodeAt(i - 1))) i--;
        while (i > from && !isSpace(text.charCodeAt(i - 1))) i--;
        runs--;
      }
      from = i;
    }
    const m = tail.exec(this.text.slice(from, index));
    if (m) m.index += from;
    return m ?? undefined;
  }
}

/** A pattern to run on lower-case text instead of a case-insensitive one; `groups` when it has capture groups. */
interface Folded {
  re: RegExp;
  groups: boolean;
}

const FOLDED = new Map<RegExp, Folded | null>();

/**
 * A case-insensitive pattern without the `i` flag, for lower-case ASCII
 * text, when that matches exactly what the pattern matches on the text: no
 * capital letters, no case-specific classes, no escapes by code, and no
 * character that folds to an ASCII letter (ſ, K). A pattern with capture
 * groups also gets match indices, so that its groups can be read back.
 */
function caseFolded(re: RegExp): Folded | undefined {
  let folded = FOLDED.get(re);
  if (folded === undefined) {
    const safe =
      re.flags.includes('i') &&
      !/[A-Z\u017f\u212a]|\\[pP]\{(?:L[ult]|LC|[A-Z][a-z]+=|[A-Z]\w*case)|\\[uxck1-9]|[^\x00-\x7f]-|-[^\x00-\x7f]/.test(
        re.source.replace(/\\[bBdDsSwW]|\\p\{L\}|\\p\{N\}|\\p\{M\}/g, ''),
      );
    // An alternative that matches the empty string makes every group show in the match.
    const groups = safe && new RegExp(`${re.source}|`, re.flags.replace(/[gy]/g, '')).exec('')!.length > 1;
    folded = safe ? { re: new RegExp(re.source, re.flags.replace('i', '') + (groups ? 'd' : '')), groups } : null;
    FOLDED.set(re, folded);
  }
  return folded ?? undefined;
}

/**
 * The answers of a question about a place in the message being scanned, kept for that message: readers
 * often ask again about the same finding (a street found by two patterns, a name read after a relation
 * and again as a given name), and the answer depends only on the text and the place. `key` names the place.
 */
export function perScan<A extends unknown[]>(
  key: (...args: A) => string,
  ask: (scan: Scan, ...args: A) => boolean,
): (scan: Scan, ...args: A) => boolean {
  let scanned: Scan | undefined;
  const answers = new Map<string, boolean>();
  return (scan, ...args) => {
    if (scan !== scanned) {
      scanned = scan;
      answers.clear();
    }
    const k = key(...args);
    let answer = answers.get(k);
    if (answer === undefined) {
      answer = ask(scan, ...args);
      answers.set(k, answer);
    }
    return answer;
  };
}

const LETTER = /[\p{L}\p{M}]/u;

/**
 * The text before `index`, at most `width` characters, starting at a word:
 * a word the cut falls inside is left out, so that its tail is not read as a
 * word of its own (the "ne" of "phone" as French "né").
 */
export function wordsBefore(text: string, index: number, width: number): string {
  let from = Math.max(0, index - width);
  if (from > 0) while (from < index && LETTER.test(text[from - 1] ?? '') && LETTER.test(text[from] ?? '')) from++;
  return text.slice(from, index);
}

/**
 * `ask` about a whole message, remembered for the last message asked: readers ask once per finding, and a long
 * message must not be read again for each.
 */
export function perMessage<T = boolean>(ask: (text: string) => T): (text: string) => T {
  let asked: string | undefined;
  let answer: T;
  return (text) => {
    if (text !== asked) answer = ask(text);
    // Kept even when equal: a message scrubbed again arrives as another string of the same characters, and
    // comparing it with the one kept reads every character, for every finding, until the kept one is it.
    asked = text;
    return answer;
  };
}

/**
 * {@link perMessage} for a question about one word of the message (a name,
 * say): answered once per message and word. For what reads every place a
 * word stands, which a message of thousands of names would otherwise read
 * once per name.
 */
export function perMessageWord<T>(ask: (scan: Scan, word: string) => T): (scan: Scan, word: string) => T {
  let asked: string | undefined;
  let answers = new Map<string, T>();
  return (scan, word) => {
    if (scan.text !== asked) answers = new Map();
    // (Kept even when equal, as in perMessage.)
    asked = scan.text;
    if (!answers.has(word)) answers.set(word, ask(scan, word));
    return answers.get(word) as T;
  };
}

/** How many digits 0-9 a string has. */
export function digitCount(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) n++;
  }
  return n;
}

/** The digits of a string. */
export function digitsOf(value: string): string {
  return value.replace(/\D/g, '');
}

/** The Luhn checksum used by payment cards. */
export function luhn(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = digits.charCodeAt(digits.length - 1 - i) - 48;
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return digits.length > 0 && sum % 10 === 0;
}

/** An alternation whose words match with a capital or a small first letter, for case-sensitive patterns. */
export function eitherCase(words: string): string {
  // Only where an alternative of the whole starts: a bar inside a group continues a word ("str(?:asse|eet)").
  let depth = 0;
  let out = '';
  for (let i = 0; i < words.length; i++) {
    const c = words[i]!;
    if (c === '\\') {
      out += c + (words[i + 1] ?? '');
      i++;
      continue;
    }
    if (c === '(' || c === '[') depth++;
    else if (c === ')' || c === ']') depth--;
    const starts = depth === 0 && (i === 0 || words[i - 1] === '|') && /[a-z]/.test(c);
    out += starts ? `[${c.toUpperCase()}${c}]` : c;
  }
  return out;
}
