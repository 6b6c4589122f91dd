/**
 * Which language packs are available, loading the others on demand, and
 * reading a message (and the child's earlier messages) with them.
 */
import { ALWAYS_ESCALATE } from '../../policy/screen-actions.js';
import type { ScreenCategory } from '../../policy/types.js';
import { foldText, unobfuscate, withoutPlaceholders } from '../normalize.js';
import en from '../packs/en.js';
import enPII from '../packs/en.pii.js';
import { kit } from '../pii.js';
import { markedWords, writes } from './accents.js';
import { type CompiledPack, compilePack } from './compile.js';
import { setCues } from './cues.js';
import {
  annotate,
  type Frames,
  type Matches,
  type Occurrences,
  type ProfaneWord,
  runRules,
  type WordInfo,
  wordInfo,
} from './match.js';
import type { ScreenModel } from './model.js';
import { collapse, type Token, tokenize } from './tokens.js';
import type { LanguagePack } from './types.js';

/** Packs that ship with the kit but load on demand. */
const LOADERS: Record<string, () => Promise<LanguagePack>> = {
  // English's rules ship in the engine; its learned model loads on demand like the other languages.
  // So do its longer list of given names and the words that guard it, added to the cues that ship in the engine.
  en: async () => {
    const more = (await import('../packs/en.names.js')).default;
    return {
      ...en,
      pii: { ...enPII, ...more, names: `${enPII.names ?? ''} ${more.names}` },
      model: (await import('../packs/en.model.js')).default,
    };
  },
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
const MARKERS: Record<string, ReadonlySet<string>> = {
  en: new Set('the and is are you my with what this that have not'.split(' ')),
  es: new Set('que el los las una es por para pero con muy tengo estoy quiero'.split(' ')),
  fr: new Set('je tu est les une pas avec pour mais tres suis cest jai moi'.split(' ')),
  de: new Set('ich du ist und nicht mit das die der ein eine bin habe mein mich'.split(' ')),
};

const MARKER_LIST = Object.entries(MARKERS);

/** Every language the kit ships a pack for. */
export const SHIPPED_LANGUAGES: readonly string[] = ['en', 'es', 'fr', 'de'];
/** Where a pack reads in a message: the shipped languages in their order, then any other. */
const rank = (locale: string) => {
  const at = SHIPPED_LANGUAGES.indexOf(locale);
  return at < 0 ? SHIPPED_LANGUAGES.length : at;
};

const packs = new Map<string, LanguagePack>([['en', en]]);
/** Counts the changes to `packs`, so that a message need not sort the packs to know they are the same. */
let packsVersion = 0;

/** The reader of learned models (lang/model.ts): loaded with the first model, as no model ships in the engine. */
let modelReader: typeof import('./model.js') | undefined;
let readerLoad: Promise<void> | undefined;
/** The readers of cues that only other languages' packs bring (pii-pack-cues.ts, in pii-given.ts's chunk), loaded with such a pack. */
let cueReaders: Promise<void> | undefined;
function loadCueReaders(): Promise<void> {
  cueReaders ??= import('../pii-given.js').then(
    (m) => m.installCues(kit),
    (error: unknown) => {
      cueReaders = undefined;
      throw error;
    },
  );
  return cueReaders;
}
function loadReader(): Promise<void> {
  readerLoad ??= import('./model.js').then(
    (m) => {
      modelReader = m;
    },
    (error: unknown) => {
      readerLoad = undefined;
      throw error;
    },
  );
  return readerLoad;
}
/** Languages loading or loaded whole (rules, cues and model), by their load. */
const loading = new Map<string, Promise<void>>();

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
      if (!load) return;
      let pending = loading.get(lang);
      if (!pending) {
        // Every pack brings the reader of given names without cue words (pii-given.ts).
        pending = Promise.all([
          load(),
          import('../pii-given.js').then((m) => m.install(kit)),
          loadReader(),
          loadCueReaders(),
        ]).then(
          ([pack]) => {
            packs.set(lang, pack);
            packsVersion++;
            if (pack.pii) setCues(lang, pack.pii);
          },
          (error: unknown) => {
            loading.delete(lang);
            throw error;
          },
        );
        loading.set(lang, pending);
      }
      await pending;
    }),
  );
}

/**
 * Adds an app's own pack, or replaces a shipped one. Its rules and most of
 * its cues apply at once; a learned model (`model`) and the cues `intros`,
 * `weak`, `households`, `streets`, `corners` and `verbAfter` apply once their readers have loaded, when the
 * promise returned resolves (at once if a shipped pack has been loaded before).
 */
export function registerLanguagePack(pack: LanguagePack): Promise<void> {
  const lang = primaryLanguage(pack.locale);
  packs.set(lang, pack);
  packsVersion++;
  if (pack.pii) setCues(lang, pack.pii);
  const pii = pack.pii;
  return Promise.all([
    pack.model ? loadReader() : undefined,
    pii?.intros || pii?.weak || pii?.households || pii?.streets || pii?.corners || pii?.verbAfter
      ? loadCueReaders()
      : undefined,
  ]).then(() => undefined);
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
  /** The packs that read the message: those of the languages found, and the locale's. */
  readers: CompiledPack[];
  /** The packs of the languages found in the message by their own words. */
  detected: CompiledPack[];
  known: boolean[];
  languages: string[];
}

/** Every word the loaded packs know as written, for reading a phrase spelled out with no breaks. */
let vocabulary: { packs: readonly CompiledPack[]; words: Set<string> } | undefined;

function vocabularyOf(compiled: readonly CompiledPack[]): Set<string> {
  if (vocabulary && vocabulary.packs.length === compiled.length && vocabulary.packs.every((p, i) => p === compiled[i]))
    return vocabulary.words;
  const words = new Set<string>();
  for (const pack of compiled) {
    for (const w of pack.common) words.add(w);
    for (const key of pack.keys.keys()) if (key[0] === '~' || key[0] === '=') words.add(key.slice(1));
  }
  vocabulary = { packs: compiled, words };
  return words;
}

/**
 * A phrase spelled letter by letter with no breaks ("iwanttodie"), split
 * into the fewest known words; letters no word covers cost more, so that
 * the split follows the words.
 */
export function segment(letters: string, words: ReadonlySet<string>): string {
  const n = letters.length;
  const cost = new Array<number>(n + 1).fill(Number.POSITIVE_INFINITY);
  const from = new Array<number>(n + 1).fill(0);
  cost[0] = 0;
  for (let i = 0; i < n; i++) {
    if (cost[i] === Number.POSITIVE_INFINITY) continue;
    if (cost[i]! + 3 < cost[i + 1]!) {
      cost[i + 1] = cost[i]! + 3;
      from[i + 1] = i;
    }
    for (let j = i + 2; j <= Math.min(n, i + 16); j++) {
      if (cost[i]! + 1 < cost[j]! && words.has(letters.slice(i, j))) {
        cost[j] = cost[i]! + 1;
        from[j] = i;
      }
    }
  }
  const parts: string[] = [];
  for (let j = n; j > 0; j = from[j]!) parts.unshift(letters.slice(from[j]!, j));
  return parts.join(' ');
}

/** A message folded ({@link foldText}, placeholders out) and unobfuscated, with the phrases spelled out letter by letter. */
export interface Plain {
  folded: string;
  plain: string;
  spelled: string[];
}

/** {@link Plain} of a text: screenText reads it once for the profanity table and the packs. */
export function plainOf(text: string): Plain {
  const folded = foldText(withoutPlaceholders(text));
  const spelled: string[] = [];
  return { folded, plain: unobfuscate(folded, 'i', spelled), spelled };
}

/** The words of a text, in every form the obfuscation undo gives. */
function tokensOf(text: string, compiled: readonly CompiledPack[], given?: Plain): Token[] {
  const { folded, plain, spelled } = given ?? plainOf(text);
  const tokens = tokenize(plain);
  const next = () => (tokens.length > 0 ? tokens[tokens.length - 1]!.s + 1 : 0);
  if (/[a-z][1|]|[1|][a-z]/.test(folded)) tokenize(unobfuscate(folded, 'l'), tokens, next());
  if (spelled.length > 0) {
    const words = vocabularyOf(compiled);
    for (const phrase of spelled) tokenize(segment(phrase, words), tokens, next());
  }
  return tokens;
}

/** The loaded packs that compile; a broken pack is left out, so that its language reads as unread, not as safe. */
const broken = new WeakSet<LanguagePack>();

/** The compiled packs for the packs loaded now, and which of them count each word seen as common. */
let compiledFor:
  | { version: number; loaded: LanguagePack[]; compiled: CompiledPack[]; words: Map<string, WordEntry> }
  | undefined;

function compiledState(): NonNullable<typeof compiledFor> {
  if (compiledFor?.version === packsVersion) return compiledFor;
  // In one order however the packs arrived (loadLanguages fetches them at once): a message read by several packs
  // is then read the same way every time, down to which category a tie goes to.
  const loaded = [...packs.values()].sort(
    (a, b) => rank(a.locale) - rank(b.locale) || a.locale.localeCompare(b.locale),
  );
  if (
    compiledFor &&
    loaded.length === compiledFor.loaded.length &&
    loaded.every((p, i) => p === compiledFor!.loaded[i])
  ) {
    compiledFor.version = packsVersion;
    return compiledFor;
  }
  const compiled: CompiledPack[] = [];
  for (const pack of loaded) {
    if (broken.has(pack)) continue;
    try {
      compiled.push(compilePack(pack));
    } catch {
      // Reported by the pack's own tests (compilePack names the rule and the concept).
      broken.add(pack);
    }
  }
  compiledFor = { version: packsVersion, loaded, compiled, words: new Map() };
  return compiledFor;
}

/** Words whose common-word bits are remembered before the memory starts again. */
const MAX_COMMON_WORDS = 20_000;

/**
 * What the loaded packs know of a word seen: which of them (bit `i` for
 * `compiled[i]`) count it among their common words, and what each pack
 * reads in it, once asked. One lookup per word of a message gives both.
 */
interface WordEntry {
  common: number;
  infos: (WordInfo | undefined)[];
}

/** The {@link WordEntry} of `w`: looked up once per word. */
function entryOf(state: NonNullable<typeof compiledFor>, w: string): WordEntry {
  let entry = state.words.get(w);
  if (entry === undefined) {
    let bits = 0;
    state.compiled.forEach((pack, i) => {
      if (pack.common.has(w)) bits |= 1 << i;
    });
    entry = { common: bits, infos: [] };
    if (state.words.size >= MAX_COMMON_WORDS) state.words.clear();
    state.words.set(w, entry);
  }
  return entry;
}

/** Words in a row that {@link clauseLanguages} reads together. */
const CLAUSE_WINDOW = 5;
/** The shortest word {@link clauseLanguages} takes as a language's own by its concepts ("bone" is also French "bonne"). */
const CLAUSE_WORD = 5;

/**
 * The packs whose language shows in a short run of words of a message, by
 * words that are that language's alone: a common word no other loaded pack
 * counts as common, or a word of five letters or more that the pack reads as
 * one of its concepts (by its stem) while no other pack reads anything in it
 * or counts it as common. Two such words of one pack within
 * {@link CLAUSE_WINDOW} words, one of them a common word, make that pack a
 * reader of the message. Such a reader is kept from the main language's own
 * words (see `minor` in `read`), so an English message with a Spanish clause
 * is read by the Spanish pack for that clause without its English words
 * turning into Spanish concepts.
 */
function clauseLanguages(
  state: NonNullable<typeof compiledFor>,
  tokens: readonly Token[],
  entries: readonly WordEntry[],
  commonBits: readonly number[],
  readers: readonly CompiledPack[],
): CompiledPack[] {
  const { compiled } = state;
  // A clause needs a common word of its language alone: without one of a pack not reading yet, there is none.
  let alone = 0;
  for (const bits of commonBits) if (bits !== 0 && (bits & (bits - 1)) === 0) alone |= bits;
  for (const p of readers) alone &= ~(1 << compiled.indexOf(p));
  if (alone === 0) return [];
  // Bit k for a common word of pack k alone; bit k + 16 for a word only pack k reads a concept in.
  const own = tokens.map((t, i) => {
    const common = commonBits[i]!;
    if (common !== 0) return (common & (common - 1)) === 0 ? common : 0;
    if (t.w.length < CLAUSE_WORD || isNumber(t.w)) return 0;
    let bits = 0;
    for (let k = 0; k < compiled.length; k++) {
      if (infoOf(entries[i]!, k, compiled[k]!, t.w).concepts.length > 0) {
        if (bits !== 0) return 0;
        bits = 1 << (k + 16);
      }
    }
    return bits;
  });
  const found: CompiledPack[] = [];
  for (let k = 0; k < compiled.length; k++) {
    const common = 1 << k;
    if ((alone & common) === 0) continue;
    const either = common | (1 << (k + 16));
    // The last word of the pack's own, and the last of its own common words.
    let last = -CLAUSE_WINDOW;
    let lastCommon = -CLAUSE_WINDOW;
    for (let i = 0; i < own.length; i++) {
      const bits = own[i]!;
      if ((bits & either) === 0) continue;
      const isCommon = (bits & common) !== 0;
      // Two words of its own close together, one of them a common word: borrowed nouns ("follower",
      // "account" in German) are no clause in another language.
      if (i - last < CLAUSE_WINDOW && (isCommon || i - lastCommon < CLAUSE_WINDOW)) {
        found.push(compiled[k]!);
        break;
      }
      last = i;
      if (isCommon) lastCommon = i;
    }
  }
  return found;
}

/** What `pack` (the `k`th compiled) reads in `w`, remembered in the word's entry. */
function infoOf(entry: WordEntry, k: number, pack: CompiledPack, w: string): WordInfo {
  let info = entry.infos[k];
  if (info === undefined) {
    info = wordInfo(pack, w);
    entry.infos[k] = info;
  }
  return info;
}

/** How many bits of `bits` are set. */
function ones(bits: number): number {
  let n = 0;
  for (let b = bits; b !== 0; b &= b - 1) n++;
  return n;
}

function read(text: string, locale: string, plain?: Plain): Read {
  const state = compiledState();
  const { compiled } = state;
  const tokens = tokensOf(text, compiled, plain);
  // Each common word counts for the languages that use it, shared among them ("que" is half Spanish, half French).
  const shares = new Array<number>(compiled.length).fill(0);
  const entries = tokens.map((t) => entryOf(state, t.w));
  const commonBits = entries.map((e) => e.common);
  for (const bits of commonBits) {
    if (bits === 0) continue;
    const share = 1 / ones(bits);
    for (let i = 0; i < compiled.length; i++) if (bits & (1 << i)) shares[i]! += share;
  }
  const hits = new Map<CompiledPack, number>(compiled.map((p, i) => [p, shares[i]!]));
  const languages: string[] = [];
  const best = Math.max(0, ...hits.values());
  const present = compiled.filter((p) => {
    const n = hits.get(p)!;
    return n >= 1.5 ? n * 4 >= best : n >= 0.5 && tokens.length <= 5 && n * 2 >= best;
  });
  // The packs of the languages found in the message read it, and the locale's pack too unless the message is
  // clearly in other languages only (so that German "die" is not read as English).
  const lang = primaryLanguage(locale);
  const readers = [...present];
  const mine = compiled.find((p) => p.locale === lang) ?? compiled.find((p) => p.locale === 'en');
  if (mine && !readers.includes(mine) && !present.some((p) => hits.get(p)! >= 1.5)) readers.push(mine);
  // A clause in another language inside a longer message ("ugh so much homework, me quiero morir") is too
  // short to count against the whole, so it is looked for in a window of its own; its pack reads too.
  if (readers.length < compiled.length) {
    for (const p of clauseLanguages(state, tokens, entries, commonBits, readers)) {
      readers.push(p);
      present.push(p);
    }
  }
  for (const p of present) languages.push(p.locale);
  for (const [marker, set] of MARKER_LIST) {
    if (packs.has(marker)) continue;
    let n = 0;
    for (const t of tokens) if (set.has(t.w)) n++;
    if (n >= 2 && n * 4 >= best) languages.push(marker);
  }
  const occ: Occurrences = new Map();
  const profane: ProfaneWord[] = [];
  const known = tokens.map(() => false);
  const leaders = readers.filter((p) => hits.get(p) === best && best > 0);
  // A word written with letters a pack's language never writes is another language's, unless the message is
  // mainly in the pack's language (or in none found, read by the locale's pack): there an accent is a disguise.
  const marked = markedWords(text);
  const foreign = (pack: CompiledPack) => {
    if (marked.size === 0 || pack.letters === undefined) return undefined;
    if (leaders.length > 0 ? leaders.includes(pack) : pack === mine) return undefined;
    return tokens.map((t) => {
      const marks = marked.get(t.w);
      return marks !== undefined && !writes(pack.letters, marks);
    });
  };
  // A word of the message's one main language is that language's, not another pack's concept ("ma" is French
  // "my", not an English word for a mother, in a French message with an English "like" in it), unless the other
  // language uses the word too.
  const lead = leaders.length === 1 ? leaders[0]! : undefined;
  const leadBit = lead ? 1 << compiled.indexOf(lead) : 0;
  const minor = (pack: CompiledPack) => {
    if (lead === undefined || pack === lead) return undefined;
    const own = 1 << compiled.indexOf(pack);
    return commonBits.map((bits) => (bits & leadBit) !== 0 && (bits & own) === 0);
  };
  const skips = new Map(
    readers.map((p) => {
      const a = foreign(p);
      const b = minor(p);
      return [p, a && b ? a.map((x, i) => x || b[i]!) : (a ?? b)];
    }),
  );
  // What each reader reads in each word, from the words' entries.
  const infos = new Map(
    readers.map((p) => {
      const k = compiled.indexOf(p);
      return [p, entries.map((e, i) => infoOf(e, k, p, tokens[i]!.w))];
    }),
  );
  // Exact readings first, by every reader; then slips, only for words no reader knows.
  for (const pack of readers) annotate(pack, tokens, infos.get(pack)!, occ, known, profane, false, skips.get(pack));
  let readerBits = 0;
  for (const pack of readers) readerBits |= 1 << compiled.indexOf(pack);
  const unknown = known.map((k, i) => !k && (commonBits[i]! & readerBits) === 0);
  // Slips are read only by the message's main language (and the locale's): a word of one language is
  // often one slip from another language's word ("chicas", "chicha").
  for (const pack of readers) {
    if ((leaders.length === 1 && leaders[0] === pack) || pack === mine) {
      annotate(pack, tokens, infos.get(pack)!, occ, known, profane, unknown, skips.get(pack));
    }
  }
  // Each pack notes positions in order; several packs interleave them.
  for (const [concept, list] of occ) {
    let ordered = true;
    for (let i = 1; ordered && i < list.length; i++) ordered = list[i]! > list[i - 1]!;
    if (!ordered)
      occ.set(
        concept,
        [...new Set(list)].sort((a, b) => a - b),
      );
  }
  return { tokens, occ, profane, readers, detected: present, known, languages };
}

/** Whether a word is digits alone. */
function isNumber(w: string): boolean {
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return w.length > 0;
}

function coverageOf(r: Read): Coverage {
  // The words that are not numbers, and how many of them a pack knows.
  let words = 0;
  let known = 0;
  for (let i = 0; i < r.tokens.length; i++) {
    if (isNumber(r.tokens[i]!.w)) continue;
    words++;
    if (r.known[i]) known++;
  }
  const unloaded = r.languages.some((l) => !packs.has(l));
  if (words === 0) return 'full';
  const share = known / words;
  if (unloaded) return r.languages.every((l) => !packs.has(l)) ? 'none' : 'partial';
  if (words < 4) return share > 0 || words < 2 ? 'full' : 'partial';
  return share < 0.3 ? 'none' : share < 0.6 ? 'partial' : 'full';
}

/** How far, in words, the question around a word asked about may stand from it. */
const ASKED_REACH = 4;
/** Concepts a pack names for a question about what a word means (see docs/language-packs.md). */
const ASKW = 'ASKW';
const MEANW = 'MEANW';
const DEFW = 'DEFW';
/** The concept a pack names for a question about one's own body or health ("is it normal", "sore", "puberty"). */
const BODYQ = 'BODYQ';

/**
 * Whether every place where the message writes one of `words` is a question
 * about what the word means: "what does nsfw mean" (`ASKW` before it and
 * `MEANW` after it), "meaning of simp", "someone wrote thot, what does that
 * mean", "ntm ça veut dire quoi" (`DEFW` just before or after it), "what's
 * nsfw?" (`ASKW` right before a word that ends the sentence), in the same
 * sentence; and, for a sexual word, a question about one's own body beside
 * it (`BODYQ`: "is it normal that one boob is bigger").
 */
function askedAbout(r: Read, words: readonly string[], kind: ProfaneWord['kind']): boolean {
  const near = (concept: string, at: number, from: number, to: number) =>
    (r.occ.get(concept) ?? []).some((q) => q >= at + from && q <= at + to && r.tokens[q]!.s === r.tokens[at]!.s);
  let seen = false;
  for (let i = 0; i < r.tokens.length; i++) {
    if (!words.includes(collapse(r.tokens[i]!.w)) && !words.includes(r.tokens[i]!.w)) continue;
    seen = true;
    const asked =
      (near(ASKW, i, -ASKED_REACH, -1) && near(MEANW, i, 1, ASKED_REACH)) ||
      near(DEFW, i, -ASKED_REACH, -1) ||
      near(DEFW, i, 1, ASKED_REACH) ||
      // a body word in a question about one's body ("is it normal that one boob is bigger")
      (kind === 'sexual' && near(BODYQ, i, -ASKED_REACH, ASKED_REACH)) ||
      // "what's nsfw?": the question word just before a word that ends the sentence
      (near(ASKW, i, -1, -1) && r.tokens[i + 1]?.s !== r.tokens[i]!.s);
    if (!asked) return false;
  }
  return seen;
}

/**
 * A pack's rude words count unless a language present in the message uses
 * the word innocently (in its `innocent` or `common` words). A hit from the
 * English table may be part of a word ("anal" in "análisis"): the words of
 * the message that hold it are asked too.
 */
function profanity(r: Read, into: Set<ScreenCategory>): void {
  // A rude word repeated through a message is asked about once, and a kind already found not again: a run of
  // one word must not cost a pass over every word of the message per repetition.
  const asked = new Set<string>();
  let distinct: string[] | undefined;
  for (const hit of r.profane) {
    if (into.has(hit.kind)) continue;
    const word = collapse(hit.word);
    const key = `${hit.locale} ${hit.kind} ${word}`;
    if (asked.has(key)) continue;
    asked.add(key);
    distinct ??= [...new Set(r.tokens.map((t) => t.w))];
    const words = [word, ...distinct.filter((w) => w !== word && w.includes(word))];
    const ordinary = r.detected.some(
      (p) => p.locale !== hit.locale && words.some((w) => p.innocent.has(w) || p.common.has(w)),
    );
    if (!ordinary && !askedAbout(r, words, hit.kind)) into.add(hit.kind);
  }
}

/** Earlier messages read for signals that add up: at most this many, each cut to this length. */
const HISTORY_MESSAGES = 10;
const HISTORY_CHARS = 2000;
/** Earlier messages the learned model reads. */
const MODEL_HISTORY = 5;
/**
 * A model score that, beside a rule's weak signal of the same kind, finds the
 * category: each is evidence short of its own bar, and together they are
 * enough (chosen on development batches held out of training: scripts/holdout.ts).
 */
const LEAN = 0.8;

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
  if (!modelReader)
    throw new Error('featuresOf: load a language first (loadLanguages), which loads the models’ reader');
  return modelReader.modelFeatures(r.tokens, r.occ, past.slice(-MODEL_HISTORY));
}

/**
 * Whether a category's weak signals of different names, in these messages and
 * `signals`, reach 2, a category found outright in one of them counting 2.
 */
function addsUp(messages: readonly Matches[], category: ScreenCategory, signals?: Map<string, number>): boolean {
  const all = new Map(signals);
  for (const m of messages) {
    if (m.strong.has(category)) all.set(`${category}:earlier`, 2);
    for (const [name, weight] of m.weak.get(category) ?? []) all.set(name, Math.max(all.get(name) ?? 0, weight));
  }
  let total = 0;
  for (const w of all.values()) total += w;
  return total >= 2;
}

/** Earlier messages whose frame (a game, a story, school work), or whose risk, carries over to the new message. */
const FRAME_MESSAGES = 3;
/** The most words of a reply that a risk in the child's last messages carries over to. */
const SHORT_REPLY = 12;
/** The concept a pack names for a first-person, real-world cue: with it, no frame guards the message. */
const REAL = 'REAL';
/** The concept a pack names for the writer owning what they ask about ("i think i do it"): with it, no question guards. */
const OWN = 'OWN';
/** The concepts a pack names for joke markers ("lol", "jaja", "mdr") and for everyday mishaps (a quiz, a crush, a lost match). */
const JOKE = 'JOKE';
const MUNDANE = 'MUNDANE';

/**
 * The frames the readers' packs find in the child's last earlier messages,
 * unless the new message holds a real-world cue, which also keeps a frame in
 * the new message from guarding. A frame in the new message itself guards
 * only the words beside it (a rule's `not` window): a cry for help next to a
 * question about homework is still heard. A message where the writer owns
 * what they ask about ("what does self harm mean, i think i do it") keeps the
 * packs' question concepts from guarding.
 */
function framesOf(r: Read, past: readonly Read[]): Frames | undefined {
  const all = r.readers.flatMap((pack) => pack.frames);
  // "what does self harm mean, i think i do it": the question is the writer's own, and guards nothing.
  const owned = r.occ.has(OWN) ? r.readers.flatMap((pack) => pack.questions) : [];
  if (r.occ.has(REAL)) return { earlier: new Set(), muted: new Set([...all, ...owned]) };
  const recent = past.slice(-FRAME_MESSAGES);
  const earlier = new Set(all.filter((c) => recent.some((p) => p.occ.has(c))));
  // A joke about an everyday mishap ("failed the quiz, i want to die lol"), told in this message or the one
  // before ("mon petit frère a encore pris mon chargeur" … "je vais le tuer 😂"), is read in a frame of its own:
  // the rules a frame lowers count one less, so that the words alone are a weak signal that needs another.
  if (r.occ.has(JOKE) && (r.occ.has(MUNDANE) || recent.slice(-2).some((p) => p.occ.has(MUNDANE))))
    for (const c of all) earlier.add(c);
  return earlier.size > 0 || owned.length > 0 ? { earlier, muted: new Set(owned) } : undefined;
}

/** Whether a message names a frame of its readers' packs (a game, a story, school work) and no real-world cue. */
const framed = (r: Read) => !r.occ.has(REAL) && r.readers.some((pack) => pack.frames.some((c) => r.occ.has(c)));

/**
 * The risk the learned models find in the child's earlier message `i`, read with the messages before it as
 * screening read it when it was sent; none when a frame held that message.
 */
function earlierModelRisk(
  pastReads: readonly Read[],
  earlier: readonly Matches[],
  i: number,
  learned: readonly { locale: string; model: ScreenModel }[],
): { category: ScreenCategory; locale: string } | undefined {
  const before = pastReads.slice(0, i);
  const p = pastReads[i]!;
  if (framesOf(p, before)?.earlier.size) return undefined;
  const features = modelReader!.featureHashes(p.tokens, p.occ, before.slice(-MODEL_HISTORY));
  const corroborated = earlier.slice(0, i + 1).some((m) => m.rules.length > 0);
  for (const { locale, model } of learned) {
    const category = modelReader!
      .modelCategories(model, features, corroborated)
      .find((c) => ALWAYS_ESCALATE.includes(c));
    if (category) return { category, locale };
  }
  return undefined;
}

/**
 * Reads a message, and the child's earlier messages for the signals that add
 * up across turns. `englishProfanity` lists the English table's hits, which
 * are checked against the languages present like a pack's own.
 */
export function readMessage(
  text: string,
  options: {
    locale?: string;
    history?: readonly unknown[];
    englishProfanity?: ProfaneWord[];
    learned?: boolean;
    /** The text's {@link plainOf}, when the caller has it already. */
    plain?: Plain;
  },
): Reading {
  const locale = options.locale ?? 'en';
  const r = read(text, locale, options.plain);
  if (options.englishProfanity) r.profane.push(...options.englishProfanity);
  const earlier: Matches[] = [];
  const pastReads: Read[] = [];
  for (const past of historyOf(options.history)) {
    const p = read(past, locale);
    // Each earlier message is read in the frames of the messages before it.
    earlier.push(runRules(p.readers, p.occ, p.tokens, framesOf(p, pastReads)));
    pastReads.push(p);
  }
  const now = runRules(r.readers, r.occ, r.tokens, framesOf(r, pastReads));
  const categories = new Set(now.strong);
  const rules = [...now.rules];
  profanity(r, categories);
  // The learned model of each language present reads the words and concepts, and the earlier messages', once.
  const models =
    options.learned === false || !modelReader
      ? []
      : r.readers.flatMap((pack) => {
          const model = packs.get(pack.locale)?.model;
          return model ? [{ locale: pack.locale, model }] : [];
        });
  const features =
    modelReader && models.length > 0
      ? modelReader.featureHashes(r.tokens, r.occ, pastReads.slice(-MODEL_HISTORY))
      : new Set<string>();
  const learned = models.map((m) => ({ ...m, scores: modelReader!.modelScores(m.model, features) }));
  // The model acts with the rules: a signal they found (here or in earlier messages), or a near-certain score.
  const corroborated = rules.length > 0 || earlier.some((m) => m.rules.length > 0);
  for (const { locale: lang, model, scores } of learned) {
    for (const category of modelReader!.modelCategories(model, features, corroborated, scores)) {
      // The rules' categories are the more precise: the model adds a risk, or a content category, only where
      // the rules found none of that kind.
      const risk = ALWAYS_ESCALATE.includes(category);
      if ([...categories].some((c) => ALWAYS_ESCALATE.includes(c) === risk)) continue;
      categories.add(category);
      rules.push(`${lang}.model`);
    }
  }
  // A short reply after a disclosure goes on with it ("ok", "where", "tonight"): the risk found in one of the
  // child's last messages holds for it too.
  if (r.tokens.length <= SHORT_REPLY) {
    for (const m of earlier.slice(-FRAME_MESSAGES)) {
      // The risks that message told: by a rule alone, or by weak signals of its own that add up.
      for (const c of [...m.strong, ...[...m.weak.keys()].filter((k) => addsUp([m], k))]) {
        if (!ALWAYS_ESCALATE.includes(c) || categories.has(c)) continue;
        categories.add(c);
        rules.push(...m.rules.filter((id) => !rules.includes(id)));
      }
    }
    // Or the risk the learned model found in one of them, read as it was when the child sent it ("ok he's here
    // now" after "my uncle comes in my room at night"), the latest first; not where a frame (a game, a story,
    // school work) holds the reply ("how do i clutch in fortnite") or the messages before it.
    if (
      learned.length > 0 &&
      ![...categories].some((c) => ALWAYS_ESCALATE.includes(c)) &&
      !framed(r) &&
      !framesOf(r, pastReads)?.earlier.size
    ) {
      for (let i = earlier.length - 1; i >= Math.max(0, earlier.length - FRAME_MESSAGES); i--) {
        const risk = earlierModelRisk(pastReads, earlier, i, learned);
        if (risk) {
          categories.add(risk.category);
          rules.push(`${risk.locale}.model`);
          break;
        }
      }
    }
  }
  // A category is found when its signals, strong ones from earlier messages counting 2, reach 2, and the new
  // message adds at least one of them.
  for (const [category, signals] of now.weak) {
    if (categories.has(category)) continue;
    const risk = ALWAYS_ESCALATE.includes(category);
    // A weak signal counts as found when the model leans the same way, short of its own bar.
    const leaning = learned.find((l) => (risk ? l.scores.risk : l.scores.block) >= LEAN);
    if (leaning) {
      categories.add(category);
      rules.push(`${leaning.locale}.model`);
      continue;
    }
    if (addsUp(earlier, category, signals)) {
      categories.add(category);
      for (const m of earlier) rules.push(...m.rules.filter((id) => !rules.includes(id)));
    }
  }
  return { categories, rules, coverage: coverageOf(r), languages: r.languages };
}
