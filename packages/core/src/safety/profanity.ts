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

interface Engine {
  prefilter: RegExp;
  matcher: RegExpMatcher;
}

let engine: Engine | undefined;

function escapeChar(char: number): string {
  const c = String.fromCodePoint(char);
  return /[[\]{}()*+?.\\^$|]/.test(c) ? `\\${c}` : c;
}

/**
 * A pattern as a regular expression that matches at least what obscenity
 * would after folding repeated letters: each letter may repeat, and a
 * wildcard may stand for a short run. The first letter is returned apart so
 * that patterns can be grouped by it.
 */
function source(pattern: ParsedPattern): [string, string] {
  const literal = (chars: number[]) => chars.map((c) => `${escapeChar(c)}+`).join('');
  let out = '';
  for (const node of pattern.nodes) {
    if (node.kind === SyntaxKind.Literal) out += literal(node.chars);
    else if (node.kind === SyntaxKind.Wildcard) out += '.{1,4}';
    else out += `(?:${node.childNode.kind === SyntaxKind.Literal ? literal(node.childNode.chars) : '.{1,4}'})?`;
  }
  if (pattern.requireWordBoundaryAtEnd) out += '\\b';
  const first = pattern.nodes[0];
  const head = first?.kind === SyntaxKind.Literal ? `${escapeChar(first.chars[0]!)}+` : '';
  return [(pattern.requireWordBoundaryAtStart ? '\\b' : '') + head, head ? out.slice(head.length) : out];
}

/** One alternation grouped by leading letter, so the engine tries few branches at each position. */
function union(patterns: ParsedPattern[]): RegExp {
  const groups = new Map<string, string[]>();
  for (const p of patterns) {
    const [head, rest] = source(p);
    groups.set(head, [...(groups.get(head) ?? []), rest]);
  }
  return new RegExp([...groups].map(([head, rests]) => `${head}(?:${rests.join('|')})`).join('|'), 'g');
}

function getEngine(): Engine {
  if (engine) return engine;
  const built = englishDataset.build();
  const prefilter = union(built.blacklistedTerms.map((term) => term.pattern));
  const matcher = new RegExpMatcher({
    blacklistedTerms: built.blacklistedTerms,
    whitelistedTerms: [...(built.whitelistedTerms ?? []), ...EXTRA_WHITELIST],
    ...englishRecommendedTransformers,
  });
  engine = { prefilter, matcher };
  return engine;
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
  const { prefilter, matcher } = getEngine();
  // Long runs fold to two letters, as obscenity's own folding would at most keep.
  const text = unobfuscated.replace(/([a-z])\1\1+/g, '$1$1');
  prefilter.lastIndex = 0;
  let spanish: boolean | undefined;
  let done = 0;
  for (let m = prefilter.exec(text); m; m = prefilter.exec(text)) {
    if (m.index < done) continue;
    // obscenity confirms, with its whitelists, on the words around the candidate only: its matcher walks
    // every character, so a short window keeps it cheap.
    const from = Math.max(0, text.lastIndexOf(' ', Math.max(0, m.index - 24)));
    const next = text.indexOf(' ', m.index + m[0].length + 24);
    done = next < 0 ? text.length : next;
    for (const match of matcher.getAllMatches(text.slice(from, done))) {
      const word = englishDataset.getPayloadWithPhraseMetadata(match).phraseMetadata?.originalWord ?? '';
      spanish ??= locale.toLowerCase().startsWith('es') || looksSpanish(text);
      if (NEUTRAL.has(word) || (spanish && word === 'negro')) continue;
      if (SEXUAL.has(word)) hit.sexual = true;
      else hit.profanity = true;
    }
    prefilter.lastIndex = Math.max(prefilter.lastIndex, done);
  }
  return hit;
}
