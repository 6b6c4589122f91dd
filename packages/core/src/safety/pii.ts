import { famousPeople } from './lexicon.js';
import { findEmails, findHandles, findUrls, isPlatform } from './pii-contact.js';
import { wordsOf, writerIn } from './pii-context.js';
import { findBirthdates } from './pii-dates.js';
import { classicTitle, findNames, isRelation, madeUp } from './pii-names.js';
import { findNumbers } from './pii-numbers.js';
import { findAddresses, findSchools } from './pii-places.js';
import { type Candidate, fold as foldWord, fromPacks, isMonth, refreshLexicon, Scan } from './pii-shared.js';
import type { PIIFinding, ScrubOptions, ScrubResult } from './types.js';

const DETECTORS: ((scan: Scan) => void)[] = [
  findEmails,
  findUrls,
  findHandles,
  findNumbers,
  findBirthdates,
  findAddresses,
  findSchools,
  findNames,
];

const strongest = (a: Candidate, b: Candidate) =>
  b.priority - a.priority || b.end - b.start - (a.end - a.start) || a.start - b.start;
const byStart = (a: PIIFinding, b: PIIFinding) => a.start - b.start;

/** Sorts in place, stably; the few findings of a message are sorted without the engine's work arrays. */
function sortStable<T>(list: T[], order: (a: T, b: T) => number): T[] {
  if (list.length > 16) return list.sort(order);
  for (let i = 1; i < list.length; i++) {
    const item = list[i]!;
    let j = i;
    for (; j > 0 && order(list[j - 1]!, item) > 0; j--) list[j] = list[j - 1]!;
    list[j] = item;
  }
  return list;
}

/**
 * Keeps the strongest of overlapping candidates: higher priority, then
 * longer, then earlier. The characters taken so far are marked, so that each
 * candidate is checked against its own span, not against every kept finding:
 * thousands of findings settle in time proportional to their length.
 */
function settle(candidates: Candidate[], length: number): PIIFinding[] {
  const kept: PIIFinding[] = [];
  if (candidates.length === 1) {
    const [c] = candidates as [Candidate];
    return [{ type: c.type, start: c.start, end: c.end }];
  }
  const taken = new Uint8Array(length);
  for (const c of sortStable(candidates, strongest)) {
    let free = true;
    for (let i = c.start; i < c.end; i++) {
      if (taken[i]) {
        free = false;
        break;
      }
    }
    if (!free) continue;
    taken.fill(1, c.start, c.end);
    kept.push({ type: c.type, start: c.start, end: c.end });
  }
  return sortStable(kept, byStart);
}

/** A possessive just before a word: "son", "my", "seine". */
const POSSESSIVE_BEFORE =
  /(?<![\p{L}])(?:my|your|his|her|their|our|mon|ma|mes|ton|ta|tes|son|sa|ses|notre|votre|leur|mi|mis|tu|tus|su|sus|nuestra|nuestro|mein|meine|meinem|meinen|meiner|dein|deine|sein|seine|seinem|seinen|seiner|ihr|ihre|ihrem|ihren|ihrer|unser|unsere)[ \t]+$/iu;

/** A preposition or a word of time before a month. */
const MONTH_BEFORE =
  /(?<![\p{L}])(?:im|in|en|au|ab|seit|bis|vor|nach|el|de|del|desde|hasta|depuis|jusqu['’]en|since|until|till|by|next|last|this|every|anfang|ende|mitte|début|fin|mi|mois de|mes de|monat)[ \t]+$/iu;

/**
 * A name read where there is none: a month after a preposition ("im Juli"), or a relation after a possessive,
 * which is the relation even when it is a given name too ("avec son mari", Mari; "mit seiner tante").
 */
function notAName(text: string, c: Candidate): boolean {
  if (c.type !== 'name') return false;
  const word = text.slice(c.start, c.end);
  const before = text.slice(Math.max(0, c.start - 12), c.start);
  if (isMonth(word) && MONTH_BEFORE.test(before)) return true;
  // A fan of a club or a band, in one word: "Bayern-Fan", "BVB-Fans".
  if (FAN_COMPOUND.test(word)) return true;
  // A saint: "den heiligen Martin", "la Sainte Catherine", "San Isidro".
  if (SAINT_BEFORE.test(before)) return true;
  // Bavarian and Austrian "mia" (we) before a verb: "morgn miassn mia…", "Mia ham in Erdkunde grad Bayern".
  if (/^mia$/i.test(word) && DIALECT_VERB_AFTER.test(text.slice(c.end, c.end + 16))) return true;
  // An app or a game, whatever cue is before it: "für meine Oma WhatsApp einrichten".
  if (word.length >= 4 && isPlatform(word)) return true;
  return /^[\p{Ll}]+$/u.test(word) && isRelation(word) && POSSESSIVE_BEFORE.test(before);
}

/** A word for a saint just before a name. */
const SAINT_BEFORE =
  /(?<![\p{L}])(?:heilig(?:e|en|er|es)?|hl\.|saint|sainte|st\.|ste\.|sankt|san|santa|santo)[ \t]+$/iu;
/** A Bavarian or Austrian verb in the plural, as "mia" (we) has it: "ham", "san", "miassn", "kennan". */
const DIALECT_VERB_AFTER =
  /^[ \t]+(?:ham|hom|hobn|san|sand|miassn|miaßn|miassen|meassn|kennan|kinnan|deafn|derfn|woin|woll?n|wern|gengan|gehn|machn|mochn|brauchn|spün|spuin|foahn|fahrn)(?![\p{L}])/iu;

/** Famous people's names run together, as their accounts spell them: "taylorswift", "kylianmbappe". */
const FAMOUS_RUN = fromPacks((lx) => {
  const runs = new Set<string>();
  for (const key of [...famousPeople(), ...lx.set('famous')])
    if (key.includes('_') || key.length >= 6) runs.add(foldWord(key).replace(/[_\s.-]/g, ''));
  return runs;
});

/**
 * A handle that is a famous person's account: their name run together, perhaps with digits or an "official"
 * ("@taylorswift13", "@KylianMbappe", "squeezie_off"). A public figure's account is no child's data.
 */
function famousHandle(text: string, c: Candidate): boolean {
  if (c.type !== 'handle') return false;
  const run = foldWord(text.slice(c.start, c.end))
    .replace(/^@/, '')
    .replace(/(?:official|officiel|oficial|offiziell|_off|real)/g, '')
    .replace(/[\d_.\s-]/g, '');
  // The writer's own, even when it looks like a star's: "my insta is @kylianmbappe".
  return (
    run.length >= 6 && FAMOUS_RUN().has(run) && !wordsOf(text.slice(Math.max(0, c.start - 30), c.start)).some(writerIn)
  );
}

/** A help line named before a number, in the languages the kit ships: the line's number, no one's own. */
const HELP_LINE =
  /(?<![\p{L}])(?:help ?line|hotline|childline|lifeline|samaritans|crisis (?:text )?line|nummer gegen kummer|kinder- und jugendtelefon|telefonseelsorge|sorgentelefon|num[ée]ro vert|allo enfance|enfance en danger|fil sant[ée] jeunes|anar|l[íi]nea de ayuda|l[íi]nea de la vida|tel[ée]fono de la esperanza|pro juventute)(?![\p{L}])([^\n]*)$/iu;
/** Whether a phone number follows a help line's name in its sentence, with no word for the writer or name between. */
function helpLine(scan: Scan, c: Candidate): boolean {
  if (c.type !== 'phone') return false;
  const from = Math.max(0, c.start - 80);
  const line = HELP_LINE.exec(scan.text.slice(from, c.start));
  if (!line) return false;
  // A person's "hotline" is theirs: "Die Hotline von Frau Weber ist…".
  const at = from + line.index;
  if (scan.out.some((n) => n.type === 'name' && n.start >= at && n.start < c.start)) return false;
  // (An age's "yo" after its number is no Spanish "I": "can a 15 yo call…".)
  const between = (line[1] ?? '').replace(/\d+[ \t]*yo(?![\p{L}])/gu, ' ');
  return !/[.!?]\s/.test(between) && !wordsOf(between).some(writerIn);
}

const FAN_COMPOUND = /-(?:fan|fans|fanin|fanboy|fangirl)$/iu;

/**
 * A home or a phone number in words that are not the child's life: a textbook's exercise, a story asked for, a
 * riddle or a sum headed as one, or a quotation from a textbook or a lesson ("English workbook p. 43: „Mr Jenkins
 * lives at 12 Baker Lane…“"). Not any quotation: a child's own text quoted to be corrected or translated may hold
 * their real address ("traduis : « j'habite 3 rue des Lilas… »"), so only a textbook's counts. Names there are
 * left out as they are read (`take`).
 */
function madeUpPlace(scan: Scan, c: Candidate, textbook: () => boolean): boolean {
  if (c.type !== 'address' && c.type !== 'phone') return false;
  // A home in a game, named in the same sentence before it: "In Brookhaven hab ich ein Haus in der Hauptstraße
  // 12 gekauft", "en mi partida de Los Sims la familia vive en Calle Olmo 42".
  if (c.type === 'address' && IN_GAME.test(scan.before(c.start, 80))) return true;
  // By where it starts: a reader of homes may run on past the closing quotation mark.
  return madeUp(scan, c.start, c.start + 1, textbook());
}
/** A game whose world has streets and houses, named just before: "in GTA", "en mi partida de Los Sims". */
const IN_GAME =
  /(?<![\p{L}])(?:in|im|on|en|dans|auf|bei)[ \t]+(?:(?:my|mein(?:em)?|meiner|mon|ma|mi|the|der|dem|la|le|el)[ \t]+)?(?:(?:partida|game|spiel|partie|world|welt|monde|mundo)[ \t]+(?:de|of|von|in)[ \t]+)?(?:gta(?:[ \t]*(?:\d|v|san andreas|online))?|brookhaven|bloxburg|berry avenue|livetopia|adopt me|minecraft|fortnite|roblox|(?:the|die|les|los)[ \t]+sims|sims(?:[ \t]*\d)?|animal crossing|stardew valley|pok[ée]mon)(?![\p{L}])/iu;
/** A textbook or a lesson named as where a quotation comes from. */
const TEXTBOOK =
  /(?<![\p{L}])(?:workbook|textbook|coursebook|worksheet|lektion|lehrbuch|schulbuch|arbeitsheft|arbeitsblatt|englischbuch|französischbuch|lateinbuch|deutschbuch|lesebuch|manuel|le[çc]on|dict[ée]e|diktat|libro de texto|lecci[oó]n)(?![\p{L}])/iu;

/** A stop of a bus, tram or train just before a school's name: the stop is named after it ("bis zur Haltestelle Humboldt-Gymnasium"). */
const STOP_BEFORE =
  /(?<![\p{L}])(?:haltestelle|bushaltestelle|station|arrêt|arret|parada|estación|estacion|bus stop|tram stop|stop)[ \t]+$/iu;

/** A school found that is none: a show's or a book's title ending in a school's word ("Star Academy"), or a stop's name. */
function notASchool(text: string, c: Candidate): boolean {
  if (c.type !== 'school') return false;
  return classicTitle(text.slice(c.start, c.end)) || STOP_BEFORE.test(text.slice(Math.max(0, c.start - 24), c.start));
}

/** Emoji and what joins or varies them: one code point each, none a letter, a digit or a space. */
const EMOJI_PART = /^(?:[\p{Extended_Pictographic}\p{Emoji_Modifier}\p{Regional_Indicator}]|\u200d|\ufe0f|\u20e3)$/u;
const COPYRIGHT = 0xa9;

/**
 * Typographic marks that phones put in for plain ones, and the euro sign, held in the scanned text as their byte
 * in Windows-1252: “ ” „ ‘ ‚ – — … • €. Those bytes are control characters no message holds (one that does
 * keeps its marks), no letter, digit, space, punctuation or symbol to any pattern; every pattern that names one
 * of the marks, or a class of punctuation or symbols, names its byte too, and the word cutter takes 0x80 as a
 * part of a word, as it takes €.
 */
const MARK_BYTE = new Map([
  [0x201c, 0x93],
  [0x201d, 0x94],
  [0x201e, 0x84],
  [0x2018, 0x91],
  [0x201a, 0x82],
  [0x2013, 0x96],
  [0x2014, 0x97],
  [0x2026, 0x85],
  [0x2022, 0x95],
  [0x20ac, 0x80],
]);
/** Whether marks and ligatures are folded; the tests turn it off to see that folding them changes no finding. */
export const markFold = { on: true };

/** Whether the character at `i` is an upper-case letter. */
const upperAt = (text: string, i: number) => /[\p{Lu}]/u.test(text.charAt(i));

/**
 * The text the readers scan, held one byte a character when it can be: V8 holds a string with any character
 * above U+00FF two bytes a character (a replaced or sliced string of one stays so), and the patterns' letter
 * classes read those several times slower. When every character is Latin-1, a typographic apostrophe (read as
 * the plain one, which every reader takes alike: "I’m"), one of the marks above, the French ligature œ or a part
 * of an emoji, the text is rebuilt from character codes with ' for ’, each mark's byte, "oe" for œ (as children
 * write it, and as the packs list both: "sœur soeur"; "Oe" or "OE" for Œ, by the case of the letters beside it),
 * and © for each emoji's code point (© is an emoji's kind of character to every pattern: a pictograph and a
 * symbol, no letter). `at` then gives, for each offset of the scanned text (and its end), the input's offset; it
 * is undefined when they are the same.
 */
function scanned(input: string): { text: string; at: number[] | undefined } {
  if (!/[^\x00-\xff]/.test(input)) return { text: input, at: undefined };
  const marks = markFold.on && !/[\x80-\x9f]/.test(input);
  const codes: number[] = [];
  const parts: string[] = [];
  let at: number[] | undefined;
  for (let i = 0; i < input.length; i++) {
    const c = input.charCodeAt(i);
    let code = c;
    let width = 1;
    let ligature = 0;
    if (c === 0x2019) code = 39;
    else if (c > 0xff) {
      const mark = marks ? MARK_BYTE.get(c) : undefined;
      if (mark !== undefined) code = mark;
      else if (marks && (c === 0x153 || c === 0x152)) {
        code = c === 0x153 ? 111 : 79;
        ligature = c === 0x153 || !(upperAt(input, i + 1) || upperAt(input, i - 1)) ? 101 : 69;
      } else {
        const point = input.codePointAt(i)!;
        width = point > 0xffff ? 2 : 1;
        if (!EMOJI_PART.test(String.fromCodePoint(point))) return { text: input.replace(/’/g, "'"), at: undefined };
        code = COPYRIGHT;
      }
    }
    // Offsets part ways at the first character of two code units, or the first ligature read as two letters
    // (before it each is its own): from there each is noted.
    if ((width === 2 || ligature) && !at) at = Array.from({ length: i }, (_, k) => k);
    at?.push(i);
    codes.push(code);
    if (ligature) {
      at!.push(i);
      codes.push(ligature);
    }
    if (codes.length >= 4096) {
      parts.push(String.fromCharCode(...codes));
      codes.length = 0;
    }
    i += width - 1;
  }
  parts.push(String.fromCharCode(...codes));
  at?.push(input.length);
  return { text: parts.join(''), at };
}

function detect(input: string): PIIFinding[] {
  const { text, at } = scanned(input);
  const scan = new Scan(text);
  for (const detector of DETECTORS) detector(scan);
  if (scan.out.length === 0) return [];
  // Read once a message, however many homes it holds.
  let textbook: boolean | undefined;
  const fromTextbook = () => (textbook ??= TEXTBOOK.test(text));
  const drop = (c: Candidate) =>
    notAName(text, c) ||
    madeUpPlace(scan, c, fromTextbook) ||
    famousHandle(text, c) ||
    helpLine(scan, c) ||
    notASchool(text, c);
  const found = scan.out.some(drop) ? scan.out.filter((c) => !drop(c)) : scan.out;
  if (found.length === 0) return [];
  const settled = settle(found, text.length);
  return at ? settled.map((f) => ({ type: f.type, start: at[f.start]!, end: at[f.end]! })) : settled;
}

function render(text: string, findings: PIIFinding[]): string {
  let out = '';
  let at = 0;
  for (const f of findings) {
    out += `${text.slice(at, f.start)}[${f.type}]`;
    at = f.end;
  }
  return out + text.slice(at);
}

/**
 * Where offsets in the rendered text fall in the input: before a
 * placeholder's start, or after its end. `shifts[i]` is how far the rendered
 * text has moved by the start of placeholder `i`; each offset is found by
 * binary search.
 */
function toInput(findings: PIIFinding[], shifts: number[], offset: number, edge: 'start' | 'end'): number {
  // The last placeholder that starts at or before the offset.
  let lo = 0;
  let hi = findings.length - 1;
  let at = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (findings[mid]!.start + shifts[mid]! <= offset) {
      at = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  if (at < 0) return offset;
  const f = findings[at]!;
  const placeholderStart = f.start + shifts[at]!;
  const placeholderEnd = placeholderStart + f.type.length + 2;
  if (offset < placeholderEnd || (edge === 'end' && offset === placeholderEnd))
    return edge === 'start' ? f.start : f.end;
  return offset - (shifts[at]! + f.type.length + 2 - (f.end - f.start));
}

/**
 * Folds findings made on rendered text back onto the input: a new finding
 * that touches a placeholder swallows the finding behind it, so scrubbing the
 * result again finds nothing new. Old and new findings are swept once in
 * order of their starts; a group that overlaps becomes one finding, of the
 * type of its last new finding.
 */
function fold(findings: PIIFinding[], again: PIIFinding[]): PIIFinding[] {
  const shifts: number[] = [];
  let shift = 0;
  for (const f of findings) {
    shifts.push(shift);
    shift += f.type.length + 2 - (f.end - f.start);
  }
  const mapped = again.map((f) => ({
    type: f.type,
    start: toInput(findings, shifts, f.start, 'start'),
    end: toInput(findings, shifts, f.end, 'end'),
    fresh: true,
  }));
  const all = [...findings.map((f) => ({ ...f, fresh: false })), ...mapped].sort(
    (a, b) => a.start - b.start || Number(a.fresh) - Number(b.fresh),
  );
  const merged: PIIFinding[] = [];
  let group: { type: PIIFinding['type']; start: number; end: number; fresh: boolean } | undefined;
  for (const f of all) {
    if (group && f.start < group.end && (f.fresh || group.fresh)) {
      group.end = Math.max(group.end, f.end);
      if (f.fresh) {
        group.type = f.type;
        group.fresh = true;
      }
      continue;
    }
    if (group) merged.push({ type: group.type, start: group.start, end: group.end });
    group = { ...f };
  }
  if (group) merged.push({ type: group.type, start: group.start, end: group.end });
  return merged;
}

/**
 * Finds the personal information a child might type and replaces each piece
 * with a placeholder such as `[phone]`: names in introductions and sign-offs
 * and of people around the child, email addresses (also spelled out), phone
 * numbers (any separators, or in words), street addresses, schools, social
 * handles and profile links, dates of birth, ID numbers, payment cards (Luhn
 * checked), IP addresses and coordinates. Sums, measurements, historical
 * dates, page numbers, famous people and places, and titles stay.
 *
 * English is always read; the cue words of other languages (introductions,
 * relations, titles, schools, streets, months, birthdays) come with their
 * packs: `await loadLanguages(['es', 'fr', 'de'])` first. Every loaded pack's
 * cues are looked for, whatever `locale` says.
 *
 * Never throws; `findings` never overlap and index the input; scrubbing the
 * result again changes nothing.
 *
 * @example
 * scrubPII('text me 415-555-0199 after school').text // 'text me [phone] after school'
 */
export function scrubPII(text: string, _options: ScrubOptions = {}): ScrubResult {
  const input = typeof text === 'string' ? text : String(text ?? '');
  refreshLexicon();
  let findings = detect(input);
  if (findings.length === 0) return { text: input, findings };
  let output = render(input, findings);
  for (let round = 0; round < 8; round++) {
    const again = detect(output);
    if (again.length === 0) break;
    findings = fold(findings, again);
    output = render(input, findings);
  }
  return { text: output, findings };
}

// What the readers loaded on demand use of the engine (pii-kit.ts), requested after every detector above, so
// that the detectors' modules are evaluated, and register their cue words, in the same order however the
// engine is entered.
export { kit } from './pii-kit.js';
