import { type AgeGateMessages, MAX_AGE } from '@youthchat/core';

/** One of the date fields the gate shows. */
export type DateField = 'day' | 'month' | 'year';

/** Whether the gate asks for the day of birth. Month and year are always asked. */
export type DayMode = 'required' | 'optional' | 'omit';

/** What the person typed, untouched. `month` is '' or '1'…'12'. */
export interface DateInput {
  day: string;
  month: string;
  year: string;
}

/** Message keys the gate can show as an error. */
export type AgeGateErrorKey = {
  [K in keyof AgeGateMessages]: K extends `error${string}` ? K : never;
}[keyof AgeGateMessages];

export type DateValidation =
  | { ok: true; birthDate: string }
  | { ok: false; error: AgeGateErrorKey; fields: DateField[] };

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * Checks a typed date of birth and turns it into `YYYY-MM-DD` (or `YYYY-MM`
 * without a day). Every age passes; only what cannot be a birth date fails:
 * missing parts, a day the month lacks, a year in the future or more than 120
 * years back. The server checks the exact day in the person's time zone.
 */
export function validateDateInput(input: DateInput, dayMode: DayMode, now = new Date()): DateValidation {
  const day = dayMode === 'omit' ? '' : input.day.trim();
  const month = input.month.trim();
  const year = input.year.trim();
  const fail = (error: AgeGateErrorKey, fields: DateField[]): DateValidation => ({ ok: false, error, fields });

  const missing: DateField[] = [];
  if (dayMode === 'required' && day === '') missing.push('day');
  if (month === '') missing.push('month');
  if (year === '') missing.push('year');
  if (missing.length > 1) return fail('errorEmpty', missing);
  if (missing[0] === 'day') return fail('errorDayMissing', missing);
  if (missing[0] === 'month') return fail('errorMonthMissing', missing);
  if (missing[0] === 'year') return fail('errorYearMissing', missing);

  if (day !== '' && (!/^\d{1,2}$/.test(day) || Number(day) < 1 || Number(day) > 31)) return fail('errorDay', ['day']);
  if (!/^(?:[1-9]|1[0-2])$/.test(month)) return fail('errorMonthMissing', ['month']);
  if (!/^\d{4}$/.test(year)) return fail('errorYear', ['year']);

  const y = Number(year);
  const m = Number(month);
  const d = day === '' ? 0 : Number(day);
  // Day 0 of the next month is the last day of this one.
  if (d > new Date(Date.UTC(y, m, 0)).getUTCDate()) return fail('errorDateNotReal', ['day', 'month']);
  // A day either side of "today" depends on the time zone; the server settles those.
  const thisYear = now.getFullYear();
  if (y > thisYear || (y === thisYear && m > now.getMonth() + 2)) return fail('errorFuture', ['year']);
  if (y < thisYear - MAX_AGE - 1) return fail('errorTooOld', ['year']);
  return { ok: true, birthDate: `${year}-${pad(m)}${d ? `-${pad(d)}` : ''}` };
}

/** The person's IANA time zone, so a birthday starts at their own midnight. */
export function localTimeZone(): string | undefined {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || undefined;
  } catch {
    return undefined;
  }
}
