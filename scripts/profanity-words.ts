/**
 * Compiles obscenity's English word list into the small table that
 * `screenText` ships (`packages/core/src/safety/profanity-words.ts`).
 *
 * obscenity's package loads as one CommonJS module, so a bundle that imports
 * it carries all of it, including a 19 KB Unicode look-alike table that our
 * own normaliser already replaces. Its curated words and whitelists are what
 * the engine needs, so they are compiled here, at development time, into
 * regular expression sources, and the table is committed.
 *
 *   pnpm gen:profanity      rewrite the table
 *
 * A test regenerates the table in memory and fails if the committed one
 * differs, so a change here or an obscenity upgrade cannot go unnoticed.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

export const TABLE_PATH = join(ROOT, 'packages/core/src/safety/profanity-words.ts');

/** Words from obscenity's list that mean sexual content rather than swearing or slurs. */
const SEXUAL = new Set(
  'anal,bestiality,blowjob,boob,buttplug,cum,deepthroat,dildo,doggystyle,double penetration,ejaculate,felch,fellatio,finger bang,fisting,gangbang,handjob,hentai,hooker,incest,jerk off,jizz,lubejob,masturbate,orgasm,orgy,porn,pussy,rape,semen,sex,tit'.split(
    ',',
  ),
);

/** Words that are ordinary in Spanish ("negro" is the colour black): a Spanish message does not count them. */
const ORDINARY_IN_SPANISH = new Set(['negro']);

/** Anatomy and other words a child may use in an honest question; other rules judge them in context. */
const NEUTRAL = new Set(['penis', 'vagina', 'anus', 'scat']);

/** Innocent phrases that obscenity's list would otherwise flag, added to its own whitelist. */
export const EXTRA_WHITELIST = [
  'cockpit',
  'tit for tat',
  'blue tit',
  'great tit',
  'coal tit',
  'blue tits',
  'great tits',
  'coal tits',
  'dead ass',
  'deadass',
  'spotted dick',
  'dick whittington',
  'retardant',
  'pussycat',
  'pussy cat',
  'pussy willow',
  'cum laude',
  'penistone',
  'rapeseed',
  'moby dick',
  'sex education',
  'sex ed ',
  'sex cell',
  'sex chromosome',
  'same sex',
  'same-sex',
  'opposite sex',
  'sex organ',
  'sex of the',
  'sex and gender',
  'sex of a',
  'hancock',
  'dickinson',
  'cumin',
  'cummings',
  'shiitake',
];

/** The parts of obscenity's parsed patterns that the table needs. */
interface Node {
  kind: number;
  chars?: number[];
  childNode?: Node;
}
interface Pattern {
  requireWordBoundaryAtStart: boolean;
  requireWordBoundaryAtEnd: boolean;
  nodes: Node[];
}
interface Container {
  patterns: Pattern[];
  whitelistedTerms: string[];
  metadata?: { originalWord?: string };
}
interface Obscenity {
  englishDataset: { containers: Container[] };
  SyntaxKind: { Optional: number; Wildcard: number; Literal: number };
}

const requireFromCore = createRequire(join(ROOT, 'packages/core/package.json'));

/** Where obscenity's entry file is: it is a development dependency of the core package, so it resolves from there. */
export const obscenityPath = (): string => requireFromCore.resolve('obscenity');

/** obscenity itself, loaded from the core package. */
export function loadObscenity(): Obscenity {
  return requireFromCore(obscenityPath()) as Obscenity;
}

function obscenityVersion(): string {
  // The package's exports hide package.json; it sits two folders above the main file.
  const main = requireFromCore.resolve('obscenity');
  return (JSON.parse(readFileSync(join(dirname(main), '..', 'package.json'), 'utf8')) as { version: string }).version;
}

const SPECIAL = /[[\]{}()*+?.\\^$|/]/;

/** A pattern node as regular expression source, as obscenity's own RegExpMatcher compiles it. */
function nodeSource(node: Node, kinds: Obscenity['SyntaxKind']): string {
  if (node.kind === kinds.Wildcard) return '.';
  if (node.kind === kinds.Optional) {
    const inner = nodeSource(node.childNode!, kinds);
    return inner.length === 1 ? `${inner}?` : `(?:${inner})?`;
  }
  return (node.chars ?? [])
    .map((code) => {
      const c = String.fromCodePoint(code);
      return SPECIAL.test(c) ? `\\${c}` : c;
    })
    .join('');
}

function patternSource(pattern: Pattern, kinds: Obscenity['SyntaxKind']): string {
  const body = pattern.nodes.map((node) => nodeSource(node, kinds)).join('');
  return `${pattern.requireWordBoundaryAtStart ? '\\b' : ''}${body}${pattern.requireWordBoundaryAtEnd ? '\\b' : ''}`;
}

export interface ProfanityTable {
  words: [word: string, kind: number, source: string][];
  whitelist: string[];
}

/** The table, from obscenity's dataset and the choices above. */
export function buildProfanityTable(obscenity: Obscenity = loadObscenity()): ProfanityTable {
  const kinds = obscenity.SyntaxKind;
  const words: ProfanityTable['words'] = [];
  const whitelist = new Set<string>();
  for (const container of obscenity.englishDataset.containers) {
    const word = container.metadata?.originalWord ?? '';
    for (const term of container.whitelistedTerms) whitelist.add(term);
    if (!word || NEUTRAL.has(word)) continue;
    const kind = (SEXUAL.has(word) ? 1 : 0) | (ORDINARY_IN_SPANISH.has(word) ? 2 : 0);
    words.push([word, kind, container.patterns.map((p) => patternSource(p, kinds)).join('|')]);
  }
  for (const term of EXTRA_WHITELIST) whitelist.add(term);
  return { words, whitelist: [...whitelist].sort() };
}

/** The table as a TypeScript module. */
export function renderProfanityWords(table: ProfanityTable = buildProfanityTable()): string {
  const rows = table.words.map((row) => `  ${JSON.stringify(row)},`);
  return `// Generated by scripts/profanity-words.ts from obscenity ${obscenityVersion()}'s English dataset
// (https://github.com/jo3-l/obscenity, MIT licence, Copyright (c) 2025 Joseph Liu). Do not edit by hand:
// change the script and run \`pnpm gen:profanity\`.

/**
 * English profane words: obscenity's word, its kind (bits: 1 sexual rather
 * than profanity or a slur, 2 an ordinary word in Spanish) and its patterns
 * as regular expression sources, joined by \`|\`.
 * Patterns match text whose repeated characters are folded as obscenity folds
 * them (at most two of b, e, o, l, s, g; one of anything else).
 */
export const PROFANITY_WORDS: readonly (readonly [word: string, kind: number, source: string])[] = [
${rows.join('\n')}
];

/** Innocent phrases: a match that lies wholly inside one of these is not a match. */
export const PROFANITY_WHITELIST: readonly string[] = ${JSON.stringify(table.whitelist)};
`;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  writeFileSync(TABLE_PATH, renderProfanityWords());
  execFileSync('biome', ['format', '--write', TABLE_PATH], { stdio: 'ignore' });
  console.log(`wrote ${TABLE_PATH}`);
}
