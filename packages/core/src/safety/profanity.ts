import { PROFANITY_WHITELIST, PROFANITY_WORDS } from './profanity-words.js';

/**
 * English profanity from obscenity's curated word list and whitelists,
 * compiled into {@link PROFANITY_WORDS} (see scripts/profanity-words.ts).
 * Look-alikes and leetspeak are already undone by the normaliser; repeated
 * characters are folded here the way obscenity folds them, and a match that
 * lies wholly inside a whitelisted phrase ("cockpit", "scunthorpe") is dropped,
 * as obscenity's matcher drops it.
 *
 * Most messages contain nothing profane: one regular expression, the union of
 * every pattern, looks once over the folded text, and the terms are asked
 * which of them matched only where it finds something.
 */

interface Term {
  kind: 'sexual' | 'profanity';
  /** An ordinary word in Spanish, not counted in a Spanish message. */
  spanish: boolean;
  /** Sticky, on folded text. */
  at: RegExp;
}

interface Engine {
  /** Every pattern, exact, on folded text. */
  exact: RegExp;
  /** The terms that can match at a character (by its code), in table order. */
  termsAt: (code: number) => Term[];
  whitelist: readonly string[];
}

let engine: Engine | undefined;

/** An alternative's first letter when it must start with one (after an optional `\b`); '' otherwise. */
const headOf = (alternative: string) => /^(?:\\b)?[a-z](?!\?)/.exec(alternative)?.[0] ?? '';

/**
 * The alternatives of every source as one, grouped by how they start (word
 * boundary and first letter), so that the engine tries few branches at each
 * position.
 */
function union(sources: string[]): string {
  const groups = new Map<string, string[]>();
  for (const alternative of sources.flatMap((source) => source.split('|'))) {
    const head = headOf(alternative);
    groups.set(head, [...(groups.get(head) ?? []), alternative.slice(head.length)]);
  }
  return [...groups].map(([head, rests]) => `${head}(?:${rests.join('|')})`).join('|');
}

function getEngine(): Engine {
  if (engine) return engine;
  const terms = PROFANITY_WORDS.map(
    ([, kind, source]): Term => ({
      kind: kind & 1 ? 'sexual' : 'profanity',
      spanish: (kind & 2) !== 0,
      at: new RegExp(source, 'y'),
    }),
  );
  // A term whose every alternative starts with a letter can only match at that letter; the others anywhere.
  const firsts = PROFANITY_WORDS.map(([, , source]) => {
    const heads = source.split('|').map((alternative) => headOf(alternative).slice(-1));
    return heads.includes('') ? undefined : heads;
  });
  const byCode = new Map<number, Term[]>();
  engine = {
    exact: new RegExp(union(PROFANITY_WORDS.map(([, , source]) => source)), 'g'),
    termsAt: (code) => {
      let list = byCode.get(code);
      if (!list) {
        const c = String.fromCharCode(code);
        list = terms.filter((_, i) => !firsts[i] || firsts[i].includes(c));
        byCode.set(code, list);
      }
      return list;
    },
    whitelist: PROFANITY_WHITELIST,
  };
  return engine;
}

/**
 * Runs of a character folded as obscenity folds them: at most two of b, e, o,
 * l, s and g, one of anything else (spaces too).
 */
const RUNS = /([beolsg])\1\1+|([^beolsg])\2+/g;

/**
 * The text with its runs folded ({@link RUNS}): read by code unit first, as
 * the pattern reads it, and replaced only when some run is longer than kept.
 */
function foldRuns(text: string): string {
  let run = 1;
  for (let i = 1; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c !== text.charCodeAt(i - 1)) run = 1;
    // b e o l s g: three in a row fold; any other code unit, two.
    else if (++run > (c === 98 || c === 101 || c === 111 || c === 108 || c === 115 || c === 103 ? 2 : 1))
      return text.replace(RUNS, '$1$1$2');
  }
  return text;
}

/** How many repeats of a character obscenity keeps. */
const keeps = (c: string) => ('beolsg'.includes(c) ? 2 : 1);

/** Where the character at `index` of the folded text came from in `text`. */
function origin(text: string, index: number): number | undefined {
  let run = 0;
  let kept = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    run = c === text[i - 1] ? run + 1 : 1;
    if (run <= keeps(c) && ++kept === index) return i;
  }
  return undefined;
}

/** Whether `text[start..end]` lies wholly inside an occurrence of a whitelisted phrase. */
function whitelisted(text: string, start: number, end: number, whitelist: readonly string[]): boolean {
  const piece = text.slice(start, end + 1);
  for (const phrase of whitelist) {
    // Such an occurrence begins between end - length + 1 and start, and the phrase holds the piece.
    if (!phrase.includes(piece)) continue;
    const at = text.indexOf(phrase, Math.max(0, end - phrase.length + 1));
    if (at >= 0 && at <= start) return true;
  }
  return false;
}

const SPANISH_WORDS = /\b(?:el|la|los|las|mi|mis|es|un|una|que|de|del|y|con|muy|por|para|pero|tengo|soy|esta)\b/g;

/** Two or more Spanish function words: words ordinary in Spanish ("negro", a colour) are not counted there. */
function looksSpanish(text: string): boolean {
  return (text.match(SPANISH_WORDS)?.length ?? 0) >= 2;
}

export interface ProfanityHit {
  sexual: boolean;
  profanity: boolean;
  /** The words found, as written after folding, with their kind. */
  words: { word: string; kind: 'sexual' | 'profanity' }[];
}

/**
 * Profane and sexual words in text that {@link unobfuscate} has already
 * folded (lower case, look-alikes and leetspeak resolved). `folded` is that
 * text with its runs folded, when the caller has it already.
 */
export function findProfanity(unobfuscated: string, locale: string, folded = foldRuns(unobfuscated)): ProfanityHit {
  const hit: ProfanityHit = { sexual: false, profanity: false, words: [] };
  const { exact, termsAt, whitelist } = getEngine();
  exact.lastIndex = 0;
  let m = exact.exec(folded);
  if (!m) return hit;

  // Whitelisted phrases are found with runs of spaces folded, as obscenity finds them; folding that
  // text gives the same folded text, since runs of spaces fold to one space anyway.
  const text = unobfuscated.replace(/ {2,}/g, ' ');
  let spanish: boolean | undefined;

  for (; m && !(hit.sexual && hit.profanity); m = exact.exec(folded)) {
    // The union finds where some pattern matches; each term then says whether it is one of them.
    for (const term of termsAt(folded.charCodeAt(m.index))) {
      if (hit[term.kind]) continue;
      term.at.lastIndex = m.index;
      const match = term.at.exec(folded);
      if (!match) continue;
      if (term.spanish) {
        spanish ??= locale.toLowerCase().startsWith('es') || looksSpanish(text);
        if (spanish) continue;
      }
      const start = origin(text, m.index)!;
      const end = origin(text, m.index + match[0].length - 1) ?? start;
      if (!whitelisted(text, start, end, whitelist)) {
        hit[term.kind] = true;
        hit.words.push({ word: text.slice(start, end + 1), kind: term.kind });
      }
    }
    exact.lastIndex = m.index + 1;
  }
  return hit;
}
