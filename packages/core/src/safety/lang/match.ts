/**
 * Matching: the words of a message are read by every pack of a language
 * present in it, into one map of concept name → positions, so that the rules
 * of each pack also see the concepts another pack found (a message that
 * switches language mid-sentence). Then each pack's rules look for their
 * concepts within their window.
 */
import type { ScreenCategory } from '../../policy/types.js';
import { ADULT_AGE, type CompiledPack, type CompiledRule, fuzzyKeys, type Phrase, RUDE, SEXUAL } from './compile.js';
import type { Token } from './tokens.js';

/** The longest word read with a typing slip. */
const MAX_SLIP_WORD = 24;

/** The most words a clause closed by a separable particle is read over (see `PackRule.ends`). */
const MAX_CLAUSE = 20;

/** Concept name → the positions of the words that hold it. */
export type Occurrences = Map<string, number[]>;

function note(occ: Occurrences, concept: string, at: number): void {
  const list = occ.get(concept);
  if (!list) occ.set(concept, [at]);
  else if (list[list.length - 1] !== at) list.push(at);
}

/**
 * Whether a word is one the pack looks for a typing slip in: word-sized (a run of thousands of letters is no word,
 * and its one-letter deletions would cost the square of its length), without digits.
 */
export function maySlip(pack: CompiledPack, w: string): boolean {
  return w.length >= pack.fuzzyMin - 1 && w.length <= MAX_SLIP_WORD && !/[0-9]/.test(w);
}

/** A rude or sexual word of a pack's own list. */
export interface ProfaneWord {
  locale: string;
  word: string;
  kind: 'profanity' | 'sexual';
}

/** Adds what `pack` reads in `tokens` to `occ`. */
export function annotate(
  pack: CompiledPack,
  tokens: readonly Token[],
  /** What the pack reads in each word ({@link wordInfo}), by the word's position. */
  infos: readonly WordInfo[],
  occ: Occurrences,
  known: boolean[],
  profane: ProfaneWord[],
  /** `false` for the exact pass; then, per word, whether slips may be looked for (no reader knows it). */
  slips: false | readonly boolean[],
  /** Words this pack leaves unread: written with letters its language never writes (see accents.ts). */
  foreign?: readonly boolean[],
): void {
  const mark = (c: string, i: number) => {
    if (c === RUDE || c === SEXUAL)
      profane.push({ locale: pack.locale, word: tokens[i]!.w, kind: c === RUDE ? 'profanity' : 'sexual' });
    else note(occ, c, i);
  };
  for (let i = 0; i < tokens.length; i++) {
    if (foreign?.[i]) continue;
    const w = tokens[i]!.w;
    const info = infos[i]!;
    if (slips) {
      // An ordinary word of the pack's language is read as itself: "prison" is no slip for "poison".
      if (slips[i] && maySlip(pack, w) && !pack.notSlips.has(info.stem)) {
        for (const c of info.near ?? nearConcepts(pack, w, info)) note(occ, c, i);
      }
      continue;
    }
    if (info.age) note(occ, ADULT_AGE, i);
    for (const c of info.concepts) mark(c, i);
    let hit = info.concepts.length > 0;
    if (info.phrases.length > 0) {
      for (const phrase of phrasesBefore(pack, info, tokens[i + 1]?.w, infos[i + 1])) {
        if (follows(pack, infos, phrase.rest, tokens, i + 1)) {
          hit = true;
          mark(phrase.concept, i);
        }
      }
    }
    if (hit || info.common) known[i] = true;
  }
}

/** A word's phrases by the key of their second word (`''` for a phrase of one word), each group in the word's order. */
const phraseGroups = new WeakMap<WordInfo, Map<string, Phrase[]>>();
const NO_PHRASES: Phrase[] = [];

/**
 * The phrases starting with a word (`info`) whose second word may be `next`
 * (its info `nextInfo`): those whose second key is `=next`, the next word's
 * stem or its respelling's stem, and those of one word, in the order of
 * `info.phrases`. Every other phrase fails {@link follows} at its second
 * word; a common word starts many phrases, and most are never tried.
 */
function phrasesBefore(
  pack: CompiledPack,
  info: WordInfo,
  next: string | undefined,
  nextInfo: WordInfo | undefined,
): readonly Phrase[] {
  const { phrases } = info;
  if (phrases.length < 2) return phrases;
  let groups = phraseGroups.get(info);
  if (!groups) {
    groups = new Map();
    for (const phrase of phrases) {
      const key = phrase.rest[0] ?? '';
      groups.set(key, [...(groups.get(key) ?? []), phrase]);
    }
    phraseGroups.set(info, groups);
  }
  const found: Phrase[][] = [];
  const keys = nextInfo
    ? ['', `=${next}`, nextInfo.stem, nextInfo.alt === undefined ? '' : pack.stem(nextInfo.alt)]
    : [''];
  for (const key of keys) {
    const group = groups.get(key);
    if (group && !found.includes(group)) found.push(group);
  }
  return found.length < 2 ? (found[0] ?? NO_PHRASES) : phrases.filter((p) => found.some((g) => g.includes(p)));
}

/** Whether the words from `at` on are the rest of a phrase: each its stem, or `=word` that word as written. */
function follows(
  pack: CompiledPack,
  infos: readonly WordInfo[],
  rest: readonly string[],
  tokens: readonly Token[],
  at: number,
): boolean {
  for (let j = 0; j < rest.length; j++) {
    const next = tokens[at + j]?.w;
    if (next === undefined) return false;
    const info = infos[at + j]!;
    const r = rest[j]!;
    const ok =
      r.charCodeAt(0) === 61 // '='
        ? next.length === r.length - 1 && r.endsWith(next)
        : info.stem === r || (info.alt !== undefined && pack.stem(info.alt) === r);
    if (!ok) return false;
  }
  return true;
}

/** What a pack reads in one word, whatever its neighbours: kept per pack, since words repeat across messages. */
export interface WordInfo {
  stem: string;
  /** Concepts of the word itself: exact, by stem, by prefix. */
  concepts: string[];
  /** Phrases starting with the word. */
  phrases: readonly Phrase[];
  common: boolean;
  age: boolean;
  /** The word respelled (see `LanguagePack.respell`), when that changes it. */
  alt?: string;
  /** Concepts one slip away, once looked for. */
  near?: string[];
}

const infos = new WeakMap<CompiledPack, Map<string, WordInfo>>();
/** Words remembered per pack before the memory starts again. */
const MAX_WORDS = 20_000;

/** What `pack` reads in the word `w` (see {@link WordInfo}). */
export function wordInfo(pack: CompiledPack, w: string): WordInfo {
  let cache = infos.get(pack);
  if (!cache) {
    cache = new Map();
    infos.set(pack, cache);
  }
  const cached = cache.get(w);
  if (cached) return cached;
  const stem = pack.stem(w);
  const concepts: string[] = [];
  const add = (list: readonly string[] | undefined) => {
    for (const c of list ?? []) if (!concepts.includes(c)) concepts.push(c);
  };
  const alt = pack.respell(w);
  const phrases: Phrase[] = [];
  for (const form of alt === w ? [w] : [w, alt]) {
    const formStem = form === w ? stem : pack.stem(form);
    // An exact entry (`=last`) is that spelling alone: "laesst" is no "last".
    if (form === w) add(pack.keys.get(`=${form}`));
    add(pack.keys.get(formStem));
    for (const head of form.length > 1 ? [form.slice(0, 2), form[0]!] : [form]) {
      for (const [prefix, concept] of pack.prefixes.get(head) ?? []) if (form.startsWith(prefix)) add([concept]);
    }
    for (const phrase of [
      ...(form === w ? (pack.phrases.get(`=${form}`) ?? []) : []),
      ...(pack.phrases.get(formStem) ?? []),
    ])
      if (!phrases.includes(phrase)) phrases.push(phrase);
  }
  const info: WordInfo = {
    stem,
    concepts,
    phrases,
    common: pack.common.has(w) || (alt !== w && pack.common.has(alt)),
    age: /^[1-9][0-9]$/.test(w) && Number(w) >= 18,
    ...(alt === w ? {} : { alt }),
  };
  if (cache.size >= MAX_WORDS) cache.clear();
  cache.set(w, info);
  return info;
}

function nearConcepts(pack: CompiledPack, w: string, info: WordInfo): string[] {
  const near: string[] = [];
  const keys = fuzzyKeys(pack, w, info.stem);
  if (info.alt !== undefined) keys.push(...fuzzyKeys(pack, info.alt, pack.stem(info.alt)));
  for (const key of keys) {
    for (const c of pack.keys.get(key) ?? []) if (c !== RUDE && c !== SEXUAL && !near.includes(c)) near.push(c);
  }
  info.near = near;
  return near;
}

/** The first index of `list` (ascending) whose value is at least `value`. */
function lowerBound(list: readonly number[], value: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (list[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * How far a rule's `not` guard reaches from the words the rule matched: the
 * rule's window, and never less than this, so that a rule of two neighbouring
 * words ("se pend", window 2) still sees a guard a few words off.
 */
const GUARD_REACH = 6;
/** How far a guard written for one side (`NAME-`, `NAME+`) reaches from a matched word. */
const SIDE_REACH = 2;

/**
 * Whether the rule's concepts occur together. Positions are sorted, so each
 * concept is looked for only inside the window around the first one: the
 * work grows with the message's length, never with its square.
 */
function place(rule: CompiledRule, occ: Occurrences, tokens: readonly Token[], frames?: Frames): Placed {
  // Most rules miss a concept: asked first, with nothing built for them.
  for (const c of rule.all) if (!occ.has(c)) return false;
  for (const c of rule.unless) if (occ.has(c)) return false;
  const lists = rule.all.map((c) => occ.get(c)!);
  let framed = false;
  const [first, ...others] = lists as number[][];
  const last = tokens.length - 1;
  /** Whether the word at `q` ends its clause (see `PackRule.ends`). */
  const sided = rule.notBefore.length > 0 || rule.notAfter.length > 0;
  const endsClause = (q: number) =>
    q === last || tokens[q]!.e === true || tokens[q + 1]!.s !== tokens[q]!.s || rule.joins.has(tokens[q + 1]!.w);
  for (const p of first!) {
    const s = tokens[p]!.s;
    let lo = p;
    let hi = p;
    let prev = p;
    let ok = true;
    const matched: number[] | undefined = sided ? [p] : undefined;
    for (const [k, list] of others.entries()) {
      const from = rule.ordered ? prev + 1 : rule.message ? 0 : p - rule.window + 1;
      const to = rule.message ? last : p + rule.window - 1;
      let best = -1;
      if (rule.ends && k === others.length - 1) {
        // The particle closes the clause the words before it are in: the first clause end after them, at any distance.
        for (let q = prev + 1; q <= Math.min(last, prev + MAX_CLAUSE); q++) {
          if (!endsClause(q)) continue;
          if (list.includes(q)) best = q;
          break;
        }
      } else
        for (let i = lowerBound(list, from); i < list.length && list[i]! <= to; i++) {
          const q = list[i]!;
          if (!rule.message && tokens[q]!.s !== s) continue;
          if (best < 0 || Math.abs(q - p) < Math.abs(best - p)) best = q;
          if (rule.ordered || q >= p) break;
        }
      if (best < 0) {
        ok = false;
        break;
      }
      prev = best;
      matched?.push(best);
      lo = Math.min(lo, best);
      hi = Math.max(hi, best);
    }
    if (!ok) continue;
    const guarded = rule.not.some((c) => {
      const list = occ.get(c);
      if (!list || frames?.muted.has(c)) return false;
      const reach = Math.max(rule.window, GUARD_REACH);
      for (let i = lowerBound(list, lo - reach); i < list.length && list[i]! <= hi + reach; i++) {
        if (tokens[list[i]!]!.s === s) return true;
      }
      return false;
    });
    if (guarded) continue;
    if (matched && sideGuarded(rule, occ, tokens, matched, s, frames)) continue;
    // A frame set earlier in the conversation lowers the match; another match may be clear of it.
    if (frames && rule.not.some((c) => frames.earlier.has(c))) framed = true;
    else return true;
  }
  return framed ? 'framed' : false;
}

/** Whether a one-sided guard (`NAME-`, `NAME+`) stands just before or just after one of the matched words. */
function sideGuarded(
  rule: CompiledRule,
  occ: Occurrences,
  tokens: readonly Token[],
  matched: readonly number[],
  sentence: number,
  frames?: Frames,
): boolean {
  const near = (c: string, offsets: (q: number) => [from: number, to: number]) => {
    const list = occ.get(c);
    if (!list || frames?.muted.has(c)) return false;
    return matched.some((q) => {
      const [from, to] = offsets(q);
      for (let i = lowerBound(list, from); i < list.length && list[i]! <= to; i++) {
        if (tokens[list[i]!]!.s === sentence && !matched.includes(list[i]!)) return true;
      }
      return false;
    });
  };
  return (
    rule.notBefore.some((c) => near(c, (q) => [q - SIDE_REACH, q - 1])) ||
    rule.notAfter.some((c) => near(c, (q) => [q + 1, q + SIDE_REACH]))
  );
}

/** Whether a rule's concepts occur together: `'framed'` when only inside a frame (see {@link Frames}). */
type Placed = boolean | 'framed';

/** What the rules found in one message. */
export interface Matches {
  /** Categories decided by a rule alone. */
  strong: Set<ScreenCategory>;
  /** Per category, the names of the weak signals seen, with their weights. */
  weak: Map<ScreenCategory, Map<string, number>>;
  /** Ids of the rules that matched. */
  rules: string[];
}

/** The frames a message is read in (see `LanguagePack.frames`). */
export interface Frames {
  /**
   * Frame concepts found in the child's last earlier messages: a rule that
   * names one as a guard counts for less, a strong rule as a weak signal and
   * a weak signal not at all.
   */
  earlier: ReadonlySet<string>;
  /** Concepts that guard nothing: frames, when the new message holds a real-world cue; questions, when the writer owns what they ask about. */
  muted: ReadonlySet<string>;
}

/** A pack's rules by one concept each rule needs: its `all` concept that the fewest rules need. */
interface RuleIndex {
  byConcept: Map<string, number[]>;
  /** Rules that need no concept, asked of every message. */
  always: number[];
}

const ruleIndexes = new WeakMap<readonly CompiledRule[], RuleIndex>();

function rulesByConcept(rules: readonly CompiledRule[]): RuleIndex {
  let index = ruleIndexes.get(rules);
  if (index) return index;
  const uses = new Map<string, number>();
  for (const rule of rules) for (const c of new Set(rule.all)) uses.set(c, (uses.get(c) ?? 0) + 1);
  index = { byConcept: new Map(), always: [] };
  for (let r = 0; r < rules.length; r++) {
    let key: string | undefined;
    for (const c of rules[r]!.all) if (key === undefined || uses.get(c)! < uses.get(key)!) key = c;
    if (key === undefined) index.always.push(r);
    else {
      const list = index.byConcept.get(key);
      if (list) list.push(r);
      else index.byConcept.set(key, [r]);
    }
  }
  ruleIndexes.set(rules, index);
  return index;
}

/**
 * The rules, by position in the pack, that may match a message with these
 * concepts, in the pack's order: a rule whose key concept the message lacks
 * cannot match (see `place`), so the work follows the concepts present, not
 * the number of rules.
 */
function candidates(index: RuleIndex, occ: Occurrences): number[] {
  const out = index.always.slice();
  for (const c of occ.keys()) {
    const list = index.byConcept.get(c);
    if (list) for (const r of list) out.push(r);
  }
  return out.length > 1 ? out.sort((a, b) => a - b) : out;
}

export function runRules(
  packs: readonly CompiledPack[],
  occ: Occurrences,
  tokens: readonly Token[],
  frames?: Frames,
): Matches {
  const found: Matches = { strong: new Set(), weak: new Map(), rules: [] };
  for (const pack of packs) {
    const { rules } = pack;
    for (const r of candidates(rulesByConcept(rules), occ)) {
      const rule = rules[r]!;
      const placed = place(rule, occ, tokens, frames);
      // Inside a frame a rule counts for less: a strong rule is a weak signal, a weak signal is none.
      const weight = placed === 'framed' ? rule.weight - 1 : placed ? rule.weight : 0;
      if (weight === 0) continue;
      found.rules.push(rule.id);
      if (weight >= 2) found.strong.add(rule.category);
      else {
        const signals = found.weak.get(rule.category) ?? new Map<string, number>();
        // Strong rules lowered by one frame are one signal together: the same words read by several rules.
        const name = placed === 'framed' ? `${rule.category}:framed` : rule.signal;
        signals.set(name, Math.max(signals.get(name) ?? 0, weight));
        found.weak.set(rule.category, signals);
      }
    }
  }
  return found;
}
