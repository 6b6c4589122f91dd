/**
 * Writes each language pack's `notSlips`: the stems of the words of the
 * language that are one typing slip from a word the pack's concepts list, but
 * are ordinary words in their own right ("prison" is no "poison", "across" no
 * "macros", French "décrit" no "décris"). The engine reads a slip only in a
 * word no pack knows; a word with one of these stems it reads as itself.
 * Stems rather than words: one entry holds a verb's every form, and the list
 * is a third of the size. A word one ending away from a concept's word
 * ("medicaments", "laxatives", "screenshots") is that word, inflected: its
 * stem is left out, and the slip is read.
 *
 * The words come from the system's spelling dictionaries, Debian's word lists:
 *
 *   apt-get install wamerican wbritish wspanish
 *   pnpm gen:not-slips            rewrite packages/core/src/safety/packs/{en,es}.not-slips.ts
 *
 * Run it again after changing a pack's concepts. A list made before a change
 * can only miss new words (they are then read as slips, as before), never
 * hide a concept's own word: a word a concept lists is read exactly first.
 * Words a child misspells a risk word into (`KEEP_SLIPS`) stay slips.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compilePack, fuzzyKeys, RUDE, SEXUAL } from '../packages/core/src/safety/lang/compile.ts';
import { maySlip, wordInfo } from '../packages/core/src/safety/lang/match.ts';
import { tokenize } from '../packages/core/src/safety/lang/tokens.ts';
import type { LanguagePack } from '../packages/core/src/safety/lang/types.ts';
import { foldText } from '../packages/core/src/safety/normalize.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const PACKS = join(ROOT, 'packages/core/src/safety/packs');

/**
 * Each language's dictionaries (Debian's wamerican, wbritish and wspanish). French and German have none here:
 * their dictionaries list every inflected form, and many of them are one slip from another form of the same
 * concept's word ("brûlures" and "brûler", "Erbrochenes" and "erbrechen"), where the slip is the right reading.
 * On the development messages, rules alone, their lists took 8 (German) and 11 (French) escalations away and
 * kept 0 and 2 more everyday messages allowed, where English's and Spanish's escalated 3 and 1 more and kept
 * 2 and 3 more allowed.
 */
const DICTIONARIES: Record<string, string[]> = {
  en: ['/usr/share/dict/american-english', '/usr/share/dict/british-english'],
  es: ['/usr/share/dict/spanish'],
};

/**
 * Dictionary words that children write for a risk word more often than they
 * mean the word itself: they stay slips ("overdoes" for "overdose").
 */
const KEEP_SLIPS: Record<string, string[]> = {
  en: ['overdoes'],
  es: [],
};

export function notSlipsOf(pack: LanguagePack, dictionary: Iterable<string>, keep: readonly string[]): string[] {
  const compiled = compilePack(pack);
  const kept = new Set(keep.flatMap((w) => tokenize(foldText(w)).map((t) => compiled.stem(t.w))));
  const found = new Set<string>();
  // Stems that one dictionary word reaches as an inflection of a concept's word ("medicaments" for "medicament",
  // "laxatives" for "laxatif"): that slip is the word itself, and stays.
  const inflected = new Set<string>();
  for (const entry of dictionary) {
    const tokens = tokenize(foldText(entry));
    if (tokens.length !== 1) continue;
    const w = tokens[0]!.w;
    const stem = compiled.stem(w);
    if (kept.has(stem) || inflected.has(stem)) continue;
    if (!maySlip(compiled, w)) continue;
    const info = wordInfo(compiled, w);
    // A word read exactly, or a common word, is never looked at for a slip.
    if (info.concepts.length > 0 || info.common) continue;
    const keys = fuzzyKeys(compiled, w, info.stem);
    if (info.alt !== undefined) keys.push(...fuzzyKeys(compiled, info.alt, compiled.stem(info.alt)));
    const near = keys.filter((key) => (compiled.keys.get(key) ?? []).some((c) => c !== RUDE && c !== SEXUAL));
    if (near.length === 0) continue;
    // Another ending of the same word: one of the two begins with the other.
    const form = (key: string) => (key.startsWith('~') ? key.slice(1) : key);
    if (near.some((key) => [w, stem].some((x) => x.startsWith(form(key)) || form(key).startsWith(x)))) {
      inflected.add(stem);
      found.delete(stem);
    } else found.add(stem);
  }
  return [...found].sort();
}

async function main() {
  for (const [lang, files] of Object.entries(DICTIONARIES)) {
    const present = files.filter((f) => existsSync(f));
    if (present.length === 0) {
      console.error(
        `No dictionary for ${lang} (${files.join(', ')}): install Debian's word lists (see the top of this file).`,
      );
      process.exit(1);
    }
    const pack = (await import(join(PACKS, `${lang}.ts`))).default as LanguagePack;
    const dictionary = new Set(present.flatMap((f) => readFileSync(f, 'utf8').split('\n')));
    const list = notSlipsOf({ ...pack, notSlips: '' }, dictionary, KEEP_SLIPS[lang] ?? []);
    const lines = [];
    for (let i = 0; i < list.length; i += 12) lines.push(`  '${list.slice(i, i + 12).join(' ')} '`);
    writeFileSync(
      join(PACKS, `${lang}.not-slips.ts`),
      `// Generated by \`pnpm gen:not-slips\` (scripts/not-slips.ts) from Debian's word lists: the stems of words one typing\n` +
        `// slip from a concept's word that are words in their own right, never read as a slip. Do not edit by hand.\n` +
        `export const NOT_SLIPS =\n${lines.length > 0 ? lines.join(' +\n') : "  ''"};\n`,
    );
    console.log(`${lang}: ${list.length} stems`);
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main();
