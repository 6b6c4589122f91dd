/**
 * Names after cues that only other languages' packs bring: introductions
 * ("je m'appelle", "dass ich * heiße"), weak introductions ("ich bin") and a
 * household's name at its door ("sonne chez", "bei Familie"). English has
 * none of these cues (its introductions are read in pii-names.ts), so they
 * load with the packs that do (`loadLanguages`, `registerLanguagePack`), not
 * with the engine.
 */
import {
  famous,
  HOUSEHOLD_WORDS,
  INTRO_WORDS,
  introName,
  known,
  longerLower,
  lowerKnown,
  packCues,
  plausibleAlone,
  readName,
  take,
  takeIntro,
  upper,
  WEAK_WORDS,
} from './pii-names.js';
import { alternation, fromPacks, type Scan } from './pii-shared.js';

const L = "[\\p{L}][\\p{L}\\p{M}'’-]*";

/** A German weak introduction, and the endings of German nouns that are rarely a given name's. */
const GERMAN_WEAK = /^(?:ich|i)[ \t]+b/i;
const GERMAN_NOUN =
  /(?:ier|ierin|eur|ling|kind|ung|heit|keit|schaft|ist|istin|ent|ion|tze|er|erin|in|fan|frau|mann|wart|chef|meister|schüler|sprecher)$/;

const CUES = fromPacks((lx) => {
  const intros = lx.list('intros');
  const plain = intros.filter((p) => !p.includes('*'));
  const slotted = intros.filter((p) => p.includes('*'));
  const weak = alternation(lx.list('weak'));
  const households = alternation(lx.list('households'));
  return {
    household: households ? new RegExp(`(?<![\\p{L}\\p{N}])(?:${households})[ \\t]+(?=\\p{Lu})`, 'giu') : undefined,
    intro: plain.length
      ? new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternation(plain)})(?:\\s*[:,]\\s*|\\s+)`, 'giu')
      : undefined,
    slotted: slotted.length
      ? new RegExp(
          `(?<![\\p{L}\\p{N}])(?:${alternation(slotted, { '*': `(${L}(?:[ \\t]+${L}){0,2})` })})(?![\\p{L}])`,
          'giu',
        )
      : undefined,
    weak: weak ? new RegExp(`(?<![\\p{L}\\p{N}])(?:${weak})\\s+`, 'giu') : undefined,
  };
});

function intros(scan: Scan): void {
  const { text } = scan;
  const p = CUES();
  if (p.intro && scan.has(INTRO_WORDS)) {
    for (const m of scan.all(p.intro))
      takeIntro(scan, longerLower(text, introName(text, m.index + m[0].length, true)), 1);
  }
  if (p.slotted && scan.has(INTRO_WORDS)) {
    // "dass ich Sophie Wagner heiße": the name between the template's words.
    for (const m of scan.all(p.slotted)) {
      const group = m.slice(1).find(Boolean);
      if (!group) continue;
      const span = readName(text, m.index + m[0].indexOf(group), true);
      if (span && span.end === m.index + m[0].indexOf(group) + group.length && (upper(span.tokens[0]!) || known(span)))
        take(scan, span, 1);
    }
  }
}

function weak(scan: Scan): void {
  const { text } = scan;
  const p = CUES();
  if (p.weak && scan.has(WEAK_WORDS)) {
    for (const m of scan.all(p.weak)) {
      const at = m.index + m[0].length;
      const read = introName(text, at, false);
      // Some languages capitalise every noun ("ich bin Fan von…"): two capitalised words need a known given name,
      // and one that is no known name must not have a German noun's ending ("ich bin Vegetarier", "…Einzelkind").
      const plausible =
        read &&
        (known(read) ||
          (read.tokens.length === 1 &&
            plausibleAlone(text, read) &&
            !(GERMAN_WEAK.test(m[0]) && GERMAN_NOUN.test(read.tokens[0]!))));
      const span = plausible ? read : lowerKnown(text, at);
      if (span && !famous(scan, span)) takeIntro(scan, span);
    }
  }
}

function households(scan: Scan): void {
  const p = CUES();
  if (p.household && scan.has(HOUSEHOLD_WORDS)) {
    // "sonne chez Rochat", "bei Familie Kowalski": a family's surname at its door.
    for (const m of scan.all(p.household)) {
      const span = readName(scan.text, m.index + m[0].length, false, 2);
      if (span && !famous(scan, span)) take(scan, span);
    }
  }
}

/** Lets the name reader read these cues. */
export function install(): void {
  packCues.intros = intros;
  packCues.weak = weak;
  packCues.households = households;
}
