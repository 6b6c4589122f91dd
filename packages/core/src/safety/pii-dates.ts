/**
 * Dates of birth, numeric or written, English or Spanish. A date counts when
 * the words around it are about being born and when it exists and could be a
 * living person's: "born on July 4, 2013" goes; "July 4, 1776" and "World War
 * II ended in 1945" stay.
 */
import { cue, type Scan } from './pii-shared.js';

const EN = 'january february march april may june july august september october november december';
const ES = 'enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre';
const MONTH = `(?:${EN.replace(/ /g, '|')}|${ES.replace(/ /g, '|')}|setiembre|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec|ene|abr|ago|dic)(?![a-z])`;
const ORD = '(?:st|nd|rd|th|º|°|ro|er)?';
const YEAR = "(\\d{4}|'\\d\\d)";
const OF = '(?:of|de|del)\\s+';

const WRITTEN = new RegExp(
  [
    // July 4, 2013 · July 4th · Jul. 4 2013
    `\\b(${MONTH})\\.?\\s+(\\d{1,2})${ORD}(?:,?\\s*(?:${OF})?${YEAR})?(?!\\d)`,
    // 4 July 2013 · 4th of July · 4 de julio de 2013
    `\\b(\\d{1,2})${ORD}\\s+(?:${OF})?(${MONTH})\\.?(?:,?\\s*(?:${OF})?${YEAR})?(?!\\d)`,
    // March 2014 · marzo de 2014
    `\\b(${MONTH})\\.?,?\\s+(?:${OF})?(\\d{4})(?!\\d)`,
  ].join('|'),
  'gi',
);
const NUMERIC =
  /(?<![\d/.-])(?:(\d{1,2})([/.-])(\d{1,2})(?:\2(\d{4}|\d\d))?|(\d{4})([/.-])(\d{1,2})\6(\d{1,2}))(?![\d/]|[.-]\d)/g;

const BIRTH_WORDS = cue(
  'born birth birthday birthdays bday birthdate dob naci nací nació nacio nacido nacida nacimiento cumpleaños cumpleanos cumple turn turns turning',
);
const BIRTH_BEFORE =
  /\b(?:born|birth ?day|bday|b-day|birthdate|date of birth|dob|d\.o\.b|nac[ií]|nacid[oa]|nacimiento|cumplea[ñn]os|cumple|turn(?:s|ing)? \d{1,2} on)(?![a-z])/i;
const BIRTH_AFTER =
  /^\W{0,3}(?:is|was|es|era)?\s*(?:my|mi|his|her|su)?\s*(?:birthday|bday|b-day|cumplea[ñn]os|cumple|dob)\b/i;

function month(name: string): number {
  const key = name.toLowerCase();
  const full = Math.max(EN.split(' ').indexOf(key), ES.split(' ').indexOf(key));
  if (full >= 0) return full + 1;
  if (key === 'setiembre') return 9;
  const short = 'jan feb mar apr may jun jul aug sep oct nov dec'.split(' ').indexOf(key.slice(0, 3));
  return short >= 0 ? short + 1 : (({ ene: 1, abr: 4, ago: 8, dic: 12 } as Record<string, number>)[key] ?? 0);
}

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

/** "Martin Luther King was born on…", "Selena nació…": a birth told about someone with no "I", "my" or "he" near. */
const THEIRS =
  /^(?:(?!\b(?:i|my|mi|yo|he|she|we|our|his|her|their|su|you|your|ur)\b)[^\n])*\b(?:(?:was|is|were) born\b|naci[óo])/i;

/** Takes a date that exists (`ok`) when the words around it are about being born. */
function take(scan: Scan, m: RegExpExecArray, ok: boolean): void {
  const end = m.index + m[0].length;
  const lead = scan.before(m.index, 50);
  if (ok && ((BIRTH_BEFORE.test(lead) && !THEIRS.test(lead)) || BIRTH_AFTER.test(scan.after(end, 30)))) {
    scan.add('birthdate', m.index, end);
  }
}

export function findBirthdates(scan: Scan): void {
  if (!scan.digits || !(scan.has(BIRTH_WORDS) || /b-day|d\.o\.b/i.test(scan.text))) return;
  for (const m of scan.all(WRITTEN)) {
    if (m[1]) take(scan, m, plausible(Number(m[2]), month(m[1]), year(m[3])));
    else if (m[4]) take(scan, m, plausible(Number(m[4]), month(m[5]!), year(m[6])));
    else take(scan, m, plausible(undefined, month(m[7]!), Number(m[8])));
  }
  for (const m of scan.all(NUMERIC)) {
    if (m[1]) {
      // Month first (US) or day first (most places): either reading that exists will do.
      const [a, b, y] = [Number(m[1]), Number(m[3]), year(m[4])];
      take(scan, m, plausible(b, a, y) || plausible(a, b, y));
    } else take(scan, m, plausible(Number(m[8]), Number(m[7]), Number(m[5])));
  }
}
