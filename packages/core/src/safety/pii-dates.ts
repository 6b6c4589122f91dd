/**
 * Dates of birth, numeric or written, in English and the loaded languages. A
 * date counts when the words around it are about being born or turning an
 * age, and when it exists and could be a living person's: "born on July 4,
 * 2013", "je fête mes 12 ans le 4 mai" go; "July 4, 1776" and "World War II
 * ended in 1945" stay, and so do famous people's birthdays.
 */
import { contextCues, PUBLIC_FAVOURITE, thirdParty, wordsOf } from './pii-context.js';
import { isRelation } from './pii-names.js';
import { alternation, cue, fold, fromPacks, type Scan, wordsBefore } from './pii-shared.js';

const EN = 'january february march april may june july august september october november december';
const ORD = '(?:st|nd|rd|th|º|°|ro|er|\\.)?';
const YEAR = "(\\d{4}|'\\d\\d)";

/** Month names of English and the loaded packs, with their numbers; and the date patterns built from them. */
const MONTHS = fromPacks((lx) => {
  const number = new Map<string, number>();
  const add = (list: string | undefined) =>
    list?.split(/\s+/).forEach((forms, i) => {
      for (const f of forms.split('/')) if (f && !number.has(f.toLowerCase())) number.set(f.toLowerCase(), i + 1);
    });
  add(EN);
  add('jan feb mar apr may jun jul aug sep oct nov dec');
  add('x x x x x x x x sept');
  for (const { pii } of lx.packs) add(pii.months);
  const names = alternation([...number.keys()].filter((k) => k !== 'x'));
  const MONTH = `(?:${names})(?![\\p{L}])`;
  const OF = `(?:${alternation(['of', ...lx.list('particles')])})\\s+`;
  return {
    number,
    written: new RegExp(
      [
        // July 4, 2013 · July 4th · Jul. 4 2013
        `(?<![\\p{L}])(${MONTH})\\.?\\s+(\\d{1,2})${ORD}(?:,?\\s*(?:${OF})?${YEAR})?(?!\\d)`,
        // 4 July 2013 · 4th of July · 4 de julio de 2013 · 3. Mai · le 4 mai
        `(?<![\\p{L}\\d])(\\d{1,2})${ORD}\\s*(?:${OF})?(${MONTH})\\.?(?:,?\\s*(?:${OF})?${YEAR})?(?!\\d)`,
        // March 2014 · marzo de 2014
        `(?<![\\p{L}])(${MONTH})\\.?,?\\s+(?:${OF})?(\\d{4})(?!\\d)`,
      ].join('|'),
      'giu',
    ),
  };
});

const NUMERIC =
  /(?<![\d/.-])(?:(\d{1,2}) ?([/.-]) ?(\d{1,2})(?: ?\2 ?(\d{4}|\d\d))?|(\d{4})([/.-])(\d{1,2})\6(\d{1,2}))(?![\d/]|[.-]\d)/g;

/** A day and a month in numbers joined by a word, as said aloud: "el 3 del 5", "le 2 du 9". */
const SPOKEN = /(?<![\p{L}\d])(?:el|le)[ \t]+(\d{1,2})[ \t]+(?:del|du)[ \t]+(\d{1,2})(?![\d.,:/]?\d|[ \t]*%)/giu;

/** "I'm a june 9th baby": the date the writer was born on, with no birth word. */
const IM_A = /\b(?:i['’]?m|i am)[ \t]+an?[ \t]*$/i;
const BABY = /^[ \t]+bab(?:y|ie)(?![\p{L}])/iu;

const BIRTH_WORDS = cue(
  'born birth birthday birthdays bday birthdate dob turn turns turning',
  'births',
  'ages',
  'turns',
);
const BIRTH = fromPacks((lx) => {
  const births = alternation(lx.list('births'));
  const word = `(?:born|birth ?days?|bdays?|b-days?|birthdate|date of birth|dob|d\\.o\\.b${births ? `|${births}` : ''})`;
  const ages = lx.list('ages');
  const same = alternation(lx.list('same'));
  const theirs = alternation(lx.list('theirs').filter((t) => !/live|habit|wohn|viv|\*/i.test(t)));
  const turns = alternation(['turn', 'turns', 'turning', ...lx.list('turns')]);
  return {
    before: new RegExp(`(?<![\\p{L}])(?:${word}|turn(?:s|ing)? \\d{1,2} on)(?![\\p{L}])`, 'iu'),
    // "… is my birthday", "… geboren", "… Geburtstag": a birth word in the next few words.
    after: new RegExp(`^\\W{0,3}(?:[\\p{L}']+\\s+){0,3}?${word}(?![\\p{L}])`, 'iu'),
    // The birthday or the age of someone of the child's just after the date, the article elided or an age said:
    // "… c'est l'anniv de mon amie", "… ce sera l'anniversaire de ma cousine", "… c'est les 15 ans de ma meilleure
    // amie", "… son los 15 de mi prima" (not "l'anniversaire de la prise de la Bastille", "les 100 ans de la tour").
    ours: new RegExp(
      `^\\W{0,3}(?:[\\p{L}'’]+\\s+){0,3}?(?:\\p{L}['’]${word}[ \\t]+|(?:les|los)[ \\t]+\\d{1,2}[ \\t]+(?:ans[ \\t]+|años[ \\t]+)?)(?:de|d['’])[ \\t]*(?:ma|mon|mes|ta|ton|tes|sa|son|ses|notre|nos|mi|mis|tu|tus|su|sus|nuestra|nuestro)(?![\\p{L}])`,
      'iu',
    ),
    ages: ages.length
      ? new RegExp(
          `(?<![\\p{L}])(?:${alternation(ages, { '#': '\\d{1,2}', '~': '(?:[\\p{L}]+\\s+)?' })})(?![\\p{L}\\d])`,
          'iu',
        )
      : undefined,
    // "ich werd nächste woche am 9. mai 11", "meine schwester wird am 30. august 8": a verb of turning, the date, the age.
    turns: new RegExp(`(?<![\\p{L}])(?:${turns})(?![\\p{L}])(?:[ \\t]+[\\p{L}.]+){0,4}?[ \\t]*$`, 'iu'),
    // The verb after the date, then who turns the age: "am 14. Juni wird meine schwester lena 10", "le 3 mai ma
    // sœur aura 9 ans" (the words between, in `[1]`, must hold a relation).
    turnsAfter: new RegExp(
      `^\\.?[ \\t]*,?[ \\t]*((?:[\\p{L}'’-]+[ \\t]+){0,3}?)(?:${turns})[ \\t]+((?:[\\p{L}'’-]+[ \\t]+){0,3}?)(?:1\\d|[1-9]\\d?)(?![\\d:.,]?\\d)(?=[ \\t]*(?:$|[,.!?;)]|[\\p{Extended_Pictographic}]|(?:jahre?|años|ans|years?|und|and|et|y)(?![\\p{L}])))`,
      'iu',
    ),
    same: same ? new RegExp(`(?<![\\p{L}])(?:${same})(?![\\p{L}])`, 'iu') : undefined,
    theirs: new RegExp(
      `^(?:(?!\\b(?:i|my|mi|yo|he|she|we|our|his|her|their|su|you|your|ur|ich|mein|meine|wir|unser|je|moi|mon|ma|nous)\\b)[^\\n])*(?:\\b(?:was|is|were) born\\b${theirs ? `|(?<![\\p{L}])(?:${theirs})(?![\\p{L}])` : ''})`,
      'iu',
    ),
  };
});

/**
 * A day of the month said without its month ("on the 22nd", "el día 22", "le 22", "am 22."), or with a month
 * told from now ("the 14th of next month", "le 14 du mois prochain"): a birthday when a birth word or the age
 * the child turns is near, as for any date. The next word must not be a noun it counts ("the
 * 3rd book"): the clause ends, or a number, a conjunction or a question follows.
 */
const DAY_ONLY =
  /(?<![\p{L}\d])(?:on the|the|el d[ií]a|el|le|am)[ \t]+(\d{1,2})(?:st|nd|rd|th|er|\.)?(?:[ \t]+(?:of next month|of this month|next month|this month|del mes que viene|del pr[oó]ximo mes|de este mes|du mois prochain|de ce mois|du mois|n[äa]chsten monat|im n[äa]chsten monat|diesen monat))?(?![\d\p{L}]|[.,:/-]\d)(?=[ \t]*(?:$|[!?.,;:)\n]|[\p{Extended_Pictographic}]|\d|(?:and|y|et|und|so|pero|mais|aber|what|qu[eé]|quel|welche?n?|wie|how|i['’]?ll be|i turn|i['’]?m turning|j['’]?aurai|hago|cumplo|werd(?:e)? ich)(?![\p{L}])))/giu;

/**
 * The child's own age said right after a date: "le 4 novembre j'ai 10 ans", "el 9 de junio hago 11 años",
 * "am 3. mai werd ich 12", "june 9 i'll be 10". First-person words only, so "hace 10 años" (ago) stays.
 */
const OWN_AGE_AFTER =
  /^[ \t]*[,!.:–\x96-]?[ \t]*(?:j'ai|jai|j'aurai|jaurai|hago|cumplo|werd ich|werde ich|i'll be|ill be|i turn|im turning|i'm turning)[ \t]+(?:1\d|[1-9])(?!\d)/iu;

/** An age after a date: a number up to 19, then the end of the clause or a word for years. */
const AGE_AFTER =
  /^[ \t]+(?:1\d|[1-9])(?![\d:.,]?\d)(?=[ \t]*(?:$|[,.!?;)]|[\p{Extended_Pictographic}]|jahre?\b|años\b|anos\b|ans\b|years?\b|yo\b|und\b|and\b|et\b|y\b))/iu;

/** An age of up to 99 after a date, as {@link AGE_AFTER}. */
const ANY_AGE_AFTER =
  /^[ \t]+[1-9]\d?(?![\d:.,]?\d)(?=[ \t]*(?:$|[,.!?;)]|[\p{Extended_Pictographic}]|jahre?\b|años\b|anos\b|ans\b|years?\b|und\b|and\b|et\b|y\b))/iu;

function year(text: string | undefined): number | undefined {
  if (!text) return undefined;
  const n = Number(text.replace("'", ''));
  if (text.length === 4) return n;
  return n <= new Date().getFullYear() % 100 ? 2000 + n : 1900 + n;
}

/** A day that exists, in a year a living person could have been born in. */
function plausible(day: number | undefined, m: number, y: number | undefined): boolean {
  const now = new Date().getFullYear();
  if (!(m >= 1 && m <= 12) || (y !== undefined && (y > now || y < now - 110))) return false;
  return day === undefined || (day >= 1 && day <= new Date(Date.UTC(y ?? 2000, m, 0)).getUTCDate());
}

/** The packs' signs of the zodiac and words for them (`signs`). */
const SIGNS = fromPacks((lx) => {
  const signs = alternation(lx.list('signs'));
  return signs ? new RegExp(`(?<![\\p{L}])(?:${signs})(?![\\p{L}])`, 'giu') : undefined;
});
const SIGN_WORDS = cue('', 'signs');

/** Two signs of the zodiac or words for them in the message: "Sternzeichen Waage", "Taureau ? ma sœur dit Gémeaux". */
function signsAsked(scan: Scan): boolean {
  const signs = SIGNS();
  if (!signs || scan.count(SIGN_WORDS) < 2) return false;
  const seen = new Set<string>();
  for (const m of scan.all(signs)) seen.add(fold(m[0]));
  return seen.size >= 2;
}

/** Takes a date that exists (`ok`) when the words around it are about being born or turning an age. */
function take(scan: Scan, m: { index: number; 0: string }, ok: boolean, day: boolean): void {
  if (!ok) return;
  const end = m.index + m[0].length;
  const b = BIRTH();
  const lead = scan.before(m.index, 50);
  // "am 29.9. geburtstag": a dot before a word in lower case closes an ordinal, not the sentence.
  const ordinalDot = scan.text[end] === '.' && /^\.[ \t]+[\p{Ll}]/u.test(scan.text.slice(end, end + 3));
  const after = scan.after(ordinalDot ? end + 1 : end, 30);
  // The few characters just before count too: an abbreviation's dot ("geb. 12.03.2012") is no sentence end.
  const near = wordsBefore(scan.text, m.index, 8);
  const lead40 = wordsBefore(scan.text, m.index, 40);
  const birth =
    b.before.test(lead) ||
    b.before.test(near) ||
    b.after.test(after) ||
    b.ours.test(after) ||
    // "am 12.05. Geburtstag": the dot closes the date, and a German noun after it has a capital.
    (scan.text[end] === '.' && b.after.test(scan.text.slice(end + 1, end + 31))) ||
    (contextCues.askedMine?.(lead40) ?? false) ||
    // A day and a month asked about as a sign: "14.3.2013 – Fische oder Widder?".
    (day && signsAsked(scan));
  // "turning 11 on march 3rd", "am 3. Mai werde ich 12", "cumplo 13 … el 9 de marzo": an age the child turns, near a day.
  const turning = day && b.ages?.test(wordsBefore(scan.text, m.index, 60) + scan.text.slice(m.index, end + 40));
  // A verb of turning just before the date and an age just after it: "wird am 30. august 8", "cumple el 2 de marzo 13 años".
  // (The date's own closing dot may come first: "wird am 22.09. 14".)
  // Any age when someone of the child's family turns it: "Opa Heinz wird am 9. Februar 80".
  const turnsAt = scan.text.slice(end + (scan.text[end] === '.' ? 1 : 0), end + 20);
  const turnedAfter = day ? b.turnsAfter.exec(scan.text.slice(end, end + 80)) : null;
  const aged =
    day &&
    ((b.turns.test(lead40) &&
      (AGE_AFTER.test(turnsAt) || (ANY_AGE_AFTER.test(turnsAt) && wordsOf(lead40).some((w) => isRelation(w))))) ||
      (turnedAfter !== null && wordsOf(`${turnedAfter[1]} ${turnedAfter[2]}`).some((w) => isRelation(w))));
  const own =
    day &&
    (OWN_AGE_AFTER.test(scan.text.slice(end, end + 30)) ||
      (IM_A.test(scan.before(m.index, 12)) && BABY.test(scan.text.slice(end, end + 8))));
  if (!birth && !turning && !aged && !own) return;
  // The day of an event named before it, with the age the child will be then: "Le brevet c'est le 27 juin, j'aurai 15 ans".
  if (!birth && contextCues.eventDay?.(lead)) return;
  // A day someone died on, the birth word before being another date's: "geboren und am 22. Februar 1943 hingerichtet".
  if (contextCues.died?.test(scan.text.slice(end, end + 50)) && !b.after.test(after)) return;
  if (contextCues.petsBirth?.(scan.before(m.index, 90))) return;
  // A favourite star's: "l'anniversaire de ma chanteuse préférée le…", "mein Lieblingsyoutuber hat am…".
  if (PUBLIC_FAVOURITE.test(lead.split(/[.!?\n]/).pop() ?? '') && !(b.same?.test(after) ?? false)) return;
  // A birthday shared with the child ("same as me") is the child's; otherwise someone famous's stays.
  // An age turned is the child's unless a named subject turns it: "Ronaldo fête ses 40 ans le 5 février".
  if (
    !(b.same?.test(after) ?? false) &&
    (turning
      ? thirdParty(scan, m.index, end)
      : (b.theirs.test(lead) && !kinPronoun(scan, m.index, end)) || thirdParty(scan, m.index, end))
  )
    return;
  scan.add('birthdate', m.index, end);
}

/** A pronoun of the third person as the subject of the birth, in the sentence before the date: "il est né le…". */
const PRONOUN_BORN = /(?<![\p{L}])(?:il|elle|er|sie|él|ella|he|she)[ \t]+[^.!?\n]*$/iu;
/** A year of the date, when it has one. */
const YEAR_OF = /(?<!\d)(1\d{3}|20\d{2})(?!\d)/;

/**
 * Whether a birth told of "him" or "her" is of someone of the child's: a relation of theirs told of in the
 * message before, and no year of history ("mon petit frère Noah … il est né le 12/11/2016"; not "un exposé sur
 * Simone Veil, elle est née le 13 juillet 1927").
 */
function kinPronoun(scan: Scan, start: number, end: number): boolean {
  if (!PRONOUN_BORN.test(scan.before(start, 60))) return false;
  const year = YEAR_OF.exec(scan.text.slice(start, end))?.[1];
  if (year !== undefined && Number(year) < 1950) return false;
  return scan.text
    .slice(Math.max(0, start - 240), start)
    .split(/[^\p{L}\p{M}'’-]+/u)
    .some((w) => w !== '' && isRelation(w));
}

export function findBirthdates(scan: Scan): void {
  if (!(scan.has(BIRTH_WORDS) || /b-day|d\.o\.b|bab(?:y|ie)/i.test(scan.text) || signsAsked(scan))) return;
  // Dates with the day in words, read with the packs: "le deux mars", "am einunddreißigsten Mai".
  const worded = contextCues.dayDates?.(scan.text) ?? [];
  for (const m of worded) take(scan, m, plausible(m.day, m.month, m.year), true);
  if (!scan.digits) return;
  const { number, written } = MONTHS();
  const month = (name: string) => {
    const key = name.toLowerCase();
    for (const k of [key, key.slice(0, 3)]) {
      const n = number.get(k);
      if (n) return n;
    }
    // Typed without its accent ("fevrier", "marz"): the month whose folded name it is.
    for (const [k, n] of number) if (fold(k) === fold(key)) return n;
    return 0;
  };
  for (const m of scan.all(written)) {
    if (m[1]) take(scan, m, plausible(Number(m[2]), month(m[1]), year(m[3])), true);
    else if (m[4]) take(scan, m, plausible(Number(m[4]), month(m[5]!), year(m[6])), true);
    else take(scan, m, plausible(undefined, month(m[7]!), Number(m[8])), false);
  }
  // A day without its month: only with a birth word or an age the child turns near it, as any date.
  for (const m of scan.all(DAY_ONLY)) {
    const at = m[0].search(/\d/);
    take(scan, { index: m.index + at, 0: m[0].slice(at) }, plausible(Number(m[1]), 1, undefined), true);
  }
  for (const m of scan.all(SPOKEN)) {
    const at = m[0].search(/\d/);
    take(scan, { index: m.index + at, 0: m[0].slice(at) }, plausible(Number(m[1]), Number(m[2]), undefined), true);
  }
  for (const m of scan.all(NUMERIC)) {
    if (m[1]) {
      // "wird am 3.4. 14": two digits after a space, where the day and the month had none, are the age turned.
      const dayMonth = m[0].slice(0, m[0].lastIndexOf(m[2]!));
      if (
        m[4]?.length === 2 &&
        m[0].endsWith(` ${m[4]}`) &&
        !dayMonth.includes(' ') &&
        BIRTH().turns.test(wordsBefore(scan.text, m.index, 40))
      ) {
        take(
          scan,
          { index: m.index, 0: dayMonth },
          plausible(Number(m[3]), Number(m[1]), undefined) || plausible(Number(m[1]), Number(m[3]), undefined),
          true,
        );
        continue;
      }
      // Month first (US) or day first (most places): either reading that exists will do.
      const [a, b, y] = [Number(m[1]), Number(m[3]), year(m[4])];
      take(scan, m, plausible(b, a, y) || plausible(a, b, y), true);
    } else take(scan, m, plausible(Number(m[8]), Number(m[7]), Number(m[5])), true);
  }
}
