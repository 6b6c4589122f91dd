import {
  englishDataset,
  englishRecommendedTransformers,
  type ParsedPattern,
  RegExpMatcher,
  SyntaxKind,
} from 'obscenity';

/**
 * English profanity through `obscenity` (its word list, whitelists for the
 * Scunthorpe family, look-alike and leetspeak handling). Its matcher walks the
 * text character by character, so a single regular expression compiled from
 * the same patterns screens first and the matcher only confirms candidates.
 */

/** Words from obscenity's list that mean sexual content rather than swearing or slurs. */
const SEXUAL = new Set(
  'anal,bestiality,blowjob,boob,buttplug,cum,deepthroat,dildo,doggystyle,double penetration,ejaculate,felch,fellatio,finger bang,fisting,gangbang,handjob,hentai,hooker,incest,jerk off,jizz,lubejob,masturbate,orgasm,orgy,porn,pussy,rape,semen,sex,tit'.split(
    ',',
  ),
);

/** Anatomy and other words a child may use in an honest question; other rules judge them in context. */
const NEUTRAL = new Set(['penis', 'vagina', 'anus', 'scat']);

/** Innocent phrases obscenity's list would otherwise flag. */
const EXTRA_WHITELIST =
  'cockpit|tit for tat|blue tit|great tit|coal tit|retardant|pussycat|pussy cat|pussy willow|cum laude|penistone|rapeseed|moby dick|sex education|sex ed |sex cell|sex chromosome|same sex|same-sex|opposite sex|sex organ|sex of the|sex and gender|hancock|dickinson'.split(
    '|',
  );

interface Term {
  id: number;
  /** Sticky: does this term's pattern (loosely) start here? */
  at: RegExp;
  matcher?: RegExpMatcher;
  /** obscenity's word for the term, looked up on first use. */
  word?: string;
}

interface Engine {
  prefilter: RegExp;
  /** Terms by the letter their pattern starts with; '' for patterns that start with an optional part. */
  byHead: Map<string, Term[]>;
  whitelist: string[];
}

let engine: Engine | undefined;

function escapeChar(char: number): string {
  const c = String.fromCodePoint(char);
  return /[[\]{}()*+?.\\^$|]/.test(c) ? `\\${c}` : c;
}

/**
 * A pattern as a regular expression that matches at least what obscenity
 * would after folding repeated letters: each letter may repeat, and a
 * wildcard may stand for a short run.
 */
function source(pattern: ParsedPattern): string {
  const literal = (chars: number[]) => chars.map((c) => `${escapeChar(c)}+`).join('');
  let out = pattern.requireWordBoundaryAtStart ? '\\b' : '';
  for (const node of pattern.nodes) {
    if (node.kind === SyntaxKind.Literal) out += literal(node.chars);
    else if (node.kind === SyntaxKind.Wildcard) out += '.{1,4}';
    else out += `(?:${node.childNode.kind === SyntaxKind.Literal ? literal(node.childNode.chars) : '.{1,4}'})?`;
  }
  return pattern.requireWordBoundaryAtEnd ? `${out}\\b` : out;
}

function getEngine(): Engine {
  if (engine) return engine;
  const built = englishDataset.build();
  const byHead = new Map<string, Term[]>();
  const groups = new Map<string, string[]>();
  for (const term of built.blacklistedTerms) {
    const first = term.pattern.nodes[0];
    const head = first?.kind === SyntaxKind.Literal ? String.fromCodePoint(first.chars[0]!) : '';
    const src = source(term.pattern);
    byHead.set(head, [...(byHead.get(head) ?? []), { id: term.id, at: new RegExp(src, 'y') }]);
    // One alternation grouped by leading letter, so the engine tries few branches at each position.
    const key =
      (term.pattern.requireWordBoundaryAtStart ? '\\b' : '') + (head ? `${escapeChar(head.codePointAt(0)!)}+` : '');
    groups.set(key, [...(groups.get(key) ?? []), src.slice(key.length)]);
  }
  const prefilter = new RegExp([...groups].map(([key, rests]) => `${key}(?:${rests.join('|')})`).join('|'), 'g');
  engine = { prefilter, byHead, whitelist: [...(built.whitelistedTerms ?? []), ...EXTRA_WHITELIST] };
  return engine;
}

/**
 * obscenity's own matcher for one term (made on first use) on a window of
 * text, less the matches inside an innocent phrase from obscenity's whitelist
 * (or ours) found in the same window, as obscenity's matcher would drop them.
 */
function confirm(term: Term, window: string, whitelist: string[]): number[] {
  term.matcher ??= new RegExpMatcher({
    blacklistedTerms: englishDataset.build().blacklistedTerms.filter((t) => t.id === term.id),
    blacklistMatcherTransformers: englishRecommendedTransformers.blacklistMatcherTransformers ?? [],
  });
  const innocent: [number, number][] = [];
  for (const phrase of whitelist) {
    for (let at = window.indexOf(phrase); at >= 0; at = window.indexOf(phrase, at + 1))
      innocent.push([at, at + phrase.length - 1]);
  }
  return term.matcher
    .getAllMatches(window)
    .filter((m) => !innocent.some(([from, to]) => m.startIndex <= to && from <= m.endIndex))
    .map((m) => m.termId);
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
/** What obscenity's word for a term means here: sexual, profanity, or nothing on its own. */
function kindOf(term: Term, spanish: () => boolean): 'sexual' | 'profanity' | undefined {
  term.word ??=
    englishDataset.getPayloadWithPhraseMetadata({ termId: term.id, startIndex: 0, endIndex: 0, matchLength: 0 })
      .phraseMetadata?.originalWord ?? '';
  if (!term.word || NEUTRAL.has(term.word) || (term.word === 'negro' && spanish())) return undefined;
  return SEXUAL.has(term.word) ? 'sexual' : 'profanity';
}

export function findProfanity(unobfuscated: string, locale: string): ProfanityHit {
  const hit: ProfanityHit = { sexual: false, profanity: false };
  const { prefilter, byHead, whitelist } = getEngine();
  // Long runs fold to two letters, as obscenity's own folding would at most keep.
  const text = unobfuscated.replace(/([a-z])\1\1+/g, '$1$1');
  let isSpanish: boolean | undefined;
  const spanish = () => {
    isSpanish ??= locale.toLowerCase().startsWith('es') || looksSpanish(text);
    return isSpanish;
  };
  prefilter.lastIndex = 0;
  for (let m = prefilter.exec(text); m && !(hit.sexual && hit.profanity); m = prefilter.exec(text)) {
    // obscenity confirms, with its whitelists, only the terms that start here, only on the words around,
    // and only while their kind is still unknown: its matcher walks every character and every term.
    const from = Math.max(0, text.lastIndexOf(' ', Math.max(0, m.index - 24)));
    const next = text.indexOf(' ', m.index + m[0].length + 24);
    const window = text.slice(from, next < 0 ? text.length : next);
    for (const term of [...(byHead.get(text[m.index]!) ?? []), ...(byHead.get('') ?? [])]) {
      const kind = kindOf(term, spanish);
      if (!kind || hit[kind]) continue;
      term.at.lastIndex = m.index;
      if (term.at.test(text) && confirm(term, window, whitelist).length > 0) hit[kind] = true;
    }
    prefilter.lastIndex = m.index + 1;
  }
  return hit;
}
