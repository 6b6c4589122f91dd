import { PROFANITY_WHITELIST, PROFANITY_WORDS } from './profanity-words.js';

/**
 * English profanity from obscenity's curated word list and whitelists,
 * compiled into {@link PROFANITY_WORDS} (see scripts/profanity-words.ts).
 * Look-alikes and leetspeak are already undone by the normaliser; repeated
 * characters are folded here the way obscenity folds them, and a match that
 * lies wholly inside a whitelisted phrase ("cockpit", "scunthorpe") is dropped,
 * as obscenity's matcher drops it.
 *
 * Most messages contain nothing profane, so one regular expression that
 * matches a superset of every pattern (letters may repeat) screens first, and
 * the exact patterns run only when it finds something.
 */

interface Term {
  word: string;
  kind: 'sexual' | 'profanity';
  /** Sticky, on folded text. */
  at: RegExp;
}

interface Engine {
  /** Loose: a superset of every pattern, on text whose runs are not folded yet. */
  prefilter: RegExp;
  /** Every pattern, exact, on folded text. */
  exact: RegExp;
  terms: Term[];
  whitelist: readonly string[];
}

let engine: Engine | undefined;

/**
 * The alternatives of every source as one, grouped by how they start (word
 * boundary and first letter), so that the engine tries few branches at each
 * position.
 */
function union(sources: string[], transform: (source: string) => string): string {
  const groups = new Map<string, string[]>();
  for (const alternative of sources.flatMap((source) => source.split('|'))) {
    const head = /^(?:\\b)?[a-z](?!\?)/.exec(alternative)?.[0] ?? '';
    groups.set(head, [...(groups.get(head) ?? []), alternative.slice(head.length)]);
  }
  return [...groups].map(([head, rests]) => `${transform(head)}(?:${rests.map(transform).join('|')})`).join('|');
}

/**
 * A superset of an exact source for text whose runs are not folded yet: each
 * literal may repeat, an optional literal may too, and a wildcard may stand
 * for a run of up to two characters.
 */
function loosen(source: string): string {
  let out = '';
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    if (source.startsWith('(?:', i)) {
      out += '(?:';
      i += 2;
    } else if (c === ')' || c === '?' || c === '|') out += c;
    else if (c === '.') {
      // An optional wildcard ".?" may match nothing.
      const optional = source[i + 1] === '?';
      out += optional ? '.{0,2}' : '.{1,2}';
      if (optional) i++;
    } else {
      let literal = c;
      if (c === '\\') {
        literal = source.slice(i, i + 2);
        i++;
      }
      if (literal === '\\b') out += literal;
      else if (source[i + 1] === '?') {
        out += `${literal}*`;
        i++;
      } else out += `${literal}+`;
    }
  }
  return out;
}

function getEngine(): Engine {
  if (engine) return engine;
  const terms = PROFANITY_WORDS.map(
    ([word, kind, source]): Term => ({ word, kind: kind === 1 ? 'sexual' : 'profanity', at: new RegExp(source, 'y') }),
  );
  const sources = PROFANITY_WORDS.map(([, , source]) => source);
  engine = {
    prefilter: new RegExp(union(sources, loosen)),
    exact: new RegExp(
      union(sources, (source) => source),
      'g',
    ),
    terms,
    whitelist: PROFANITY_WHITELIST,
  };
  return engine;
}

/** How many repeats of a character obscenity keeps. */
const keeps = (c: string) => ('beolsg'.includes(c) ? 2 : 1);

/** Text with runs of a character folded as obscenity folds them, and where each folded character came from. */
function fold(text: string): { folded: string; from: number[] } {
  let folded = '';
  const from: number[] = [];
  let run = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    run = c === text[i - 1] ? run + 1 : 1;
    if (run > keeps(c)) continue;
    folded += c;
    from.push(i);
  }
  return { folded, from };
}

/** Where each whitelisted phrase occurs, first and last index. */
function whitelisted(text: string, whitelist: readonly string[]): [number, number][] {
  const spans: [number, number][] = [];
  for (const phrase of whitelist) {
    for (let at = text.indexOf(phrase); at >= 0; at = text.indexOf(phrase, at + 1))
      spans.push([at, at + phrase.length - 1]);
  }
  return spans;
}

const SPANISH_WORDS = /\b(?:el|la|los|las|mi|mis|es|un|una|que|de|del|y|con|muy|por|para|pero|tengo|soy|esta)\b/g;

/** Two or more Spanish function words: "negro" there is a colour, not a slur. */
function looksSpanish(text: string): boolean {
  return (text.match(SPANISH_WORDS)?.length ?? 0) >= 2;
}

export interface ProfanityHit {
  sexual: boolean;
  profanity: boolean;
}

/**
 * Profane and sexual words in text that {@link unobfuscate} has already
 * folded (lower case, look-alikes and leetspeak resolved).
 */
export function findProfanity(unobfuscated: string, locale: string): ProfanityHit {
  const hit: ProfanityHit = { sexual: false, profanity: false };
  const { prefilter, exact, terms, whitelist } = getEngine();
  // Runs of three or more fold to two first, so a wildcard needs to cover at most two characters.
  if (!prefilter.test(unobfuscated.replace(/(.)\1\1+/g, '$1$1'))) return hit;

  // Whitelisted phrases are found with runs of spaces folded, as obscenity finds them.
  const text = unobfuscated.replace(/ {2,}/g, ' ');
  const { folded, from } = fold(text);
  let innocent: [number, number][] | undefined;
  let spanish: boolean | undefined;

  exact.lastIndex = 0;
  for (let m = exact.exec(folded); m && !(hit.sexual && hit.profanity); m = exact.exec(folded)) {
    // The union finds where some pattern matches; each term then says whether it is one of them.
    for (const term of terms) {
      if (hit[term.kind]) continue;
      term.at.lastIndex = m.index;
      const match = term.at.exec(folded);
      if (!match) continue;
      if (term.word === 'negro') {
        spanish ??= locale.toLowerCase().startsWith('es') || looksSpanish(text);
        if (spanish) continue;
      }
      innocent ??= whitelisted(text, whitelist);
      const start = from[m.index]!;
      const end = from[m.index + match[0].length - 1] ?? start;
      if (!innocent.some(([a, b]) => a <= start && end <= b)) hit[term.kind] = true;
    }
    exact.lastIndex = m.index + 1;
  }
  return hit;
}
