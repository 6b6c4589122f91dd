import { InvalidInputError } from '../errors.js';
import { AGE_BANDS } from './band-names.js';

export { AGE_BANDS, isAgeBand } from './band-names.js';

/** The four age bands every policy, catalogue and component is keyed by. */
export type AgeBand = 'under13' | 'teen13to15' | 'teen16to17' | 'adult';

/** The oldest age youthchat accepts; a birth date further back is treated as a typo. */
export const MAX_AGE = 120;

/** True for every band below 18. */
export function isMinorBand(band: AgeBand): boolean {
  return band !== 'adult';
}

/** The band a whole-year age falls in. */
export function bandForAge(age: number): AgeBand {
  if (!Number.isInteger(age) || age < 0 || age > MAX_AGE) {
    throw new InvalidInputError('invalid_age', `Age must be a whole number from 0 to ${MAX_AGE}; got ${String(age)}.`);
  }
  if (age < 13) return 'under13';
  if (age < 16) return 'teen13to15';
  if (age < 18) return 'teen16to17';
  return 'adult';
}

/** The younger of two bands. */
export function youngerBand(a: AgeBand, b: AgeBand): AgeBand {
  return AGE_BANDS.indexOf(a) <= AGE_BANDS.indexOf(b) ? a : b;
}

/** A calendar date with no time or zone: what a person means by "my birthday". */
export interface CalendarDate {
  year: number;
  /** 1 to 12 */
  month: number;
  /** 1 to 31; omitted when only month and year were asked for */
  day?: number;
}

const ISO_DATE = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/;

/** Parses `YYYY-MM-DD` (or `YYYY-MM`) and checks that the date exists. */
export function parseCalendarDate(value: string): CalendarDate {
  const match = ISO_DATE.exec(value.trim());
  if (!match) {
    throw new InvalidInputError('invalid_date', `Dates are written YYYY-MM-DD (or YYYY-MM); got "${value}".`);
  }
  const date: CalendarDate = { year: Number(match[1]), month: Number(match[2]) };
  if (match[3] !== undefined) date.day = Number(match[3]);
  assertDateExists(date);
  return date;
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function assertDateExists(date: CalendarDate): void {
  const { year, month, day } = date;
  if (!Number.isInteger(year) || year < 1 || !Number.isInteger(month) || month < 1 || month > 12) {
    throw new InvalidInputError('invalid_date', `There is no month ${month} in year ${year}.`);
  }
  if (day !== undefined && (!Number.isInteger(day) || day < 1 || day > daysInMonth(year, month))) {
    throw new InvalidInputError('invalid_date', `${year}-${pad(month)} has no day ${day}.`);
  }
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/**
 * Today's calendar date in a time zone: the day a person standing there would
 * say it is. Defaults to the runtime's own zone.
 */
export function calendarDateAt(now: Date, timeZone?: string): Required<CalendarDate> {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
  }).formatToParts(now);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  return { year: get('year'), month: get('month'), day: get('day') };
}

export interface AgeOptions {
  /** The moment to measure at. @default new Date() */
  now?: Date;
  /** IANA zone of the person, so that a birthday starts at their midnight. @default the runtime's zone */
  timeZone?: string;
}

/**
 * Whole years between a birth date and now. A birthday on 29 February is
 * reached on 1 March in common years. With no day (month and year only), the
 * birthday is counted from the last day of the month, so the age is never
 * overstated.
 */
export function ageOn(birth: CalendarDate, options: AgeOptions = {}): number {
  assertDateExists(birth);
  const today = calendarDateAt(options.now ?? new Date(), options.timeZone);
  const birthDay = birth.day ?? daysInMonth(birth.year, birth.month);
  // Only a date that cannot have happened yet is in the future: with no day, the month's first day.
  if (compare(birth.year, birth.month, birth.day ?? 1, today) > 0) {
    throw new InvalidInputError('date_in_future', 'That date of birth is in the future. Check the year.');
  }
  let age = today.year - birth.year;
  // In a common year a 29 February birthday is celebrated on 1 March.
  const leapling = birth.month === 2 && birthDay === 29 && daysInMonth(today.year, 2) === 28;
  const [bm, bd] = leapling ? [3, 1] : [birth.month, birthDay];
  if (today.month < bm || (today.month === bm && today.day < bd)) age -= 1;
  // Born earlier this month, when only month and year are known.
  age = Math.max(0, age);
  // More than MAX_AGE years ago: the MAX_AGE-th anniversary has already passed.
  if (age > MAX_AGE || (age === MAX_AGE && compare(birth.year + MAX_AGE, bm, bd, today) < 0)) {
    throw new InvalidInputError(
      'date_too_old',
      `That date of birth is more than ${MAX_AGE} years ago. Check the year.`,
    );
  }
  return age;
}

function compare(y: number, m: number, d: number, other: Required<CalendarDate>): number {
  return y - other.year || m - other.month || d - other.day;
}

export type AgeDeclaration = { birthDate: string | CalendarDate } | { age: number };

export interface ResolvedAge {
  age: number;
  band: AgeBand;
}

/**
 * Turns a declared date of birth or stated age into an age and a band.
 *
 * @example
 * resolveAge({ birthDate: '2014-03-14' }, { now: new Date('2026-03-13') }) // { age: 11, band: 'under13' }
 */
export function resolveAge(declaration: AgeDeclaration, options: AgeOptions = {}): ResolvedAge {
  if ('age' in declaration) {
    return { age: declaration.age, band: bandForAge(declaration.age) };
  }
  const birth =
    typeof declaration.birthDate === 'string' ? parseCalendarDate(declaration.birthDate) : declaration.birthDate;
  const age = ageOn(birth, options);
  return { age, band: bandForAge(age) };
}
