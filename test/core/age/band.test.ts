import { ageOn, bandForAge, InvalidInputError, parseCalendarDate, resolveAge } from '@youthchat/core';
import { describe, expect, it } from 'vitest';

const at = (iso: string) => new Date(iso);

describe('resolveAge', () => {
  it('turns 13 on the birthday itself, not the day before', () => {
    const birthDate = '2013-06-15';
    expect(resolveAge({ birthDate }, { now: at('2026-06-14T12:00:00Z'), timeZone: 'UTC' })).toEqual({
      age: 12,
      band: 'under13',
    });
    expect(resolveAge({ birthDate }, { now: at('2026-06-15T12:00:00Z'), timeZone: 'UTC' })).toEqual({
      age: 13,
      band: 'teen13to15',
    });
    expect(resolveAge({ birthDate }, { now: at('2026-06-16T12:00:00Z'), timeZone: 'UTC' })).toEqual({
      age: 13,
      band: 'teen13to15',
    });
  });

  it('moves across 16 and 18 on the day', () => {
    expect(resolveAge({ birthDate: '2010-01-01' }, { now: at('2025-12-31T12:00:00Z'), timeZone: 'UTC' }).band).toBe(
      'teen13to15',
    );
    expect(resolveAge({ birthDate: '2010-01-01' }, { now: at('2026-01-01T12:00:00Z'), timeZone: 'UTC' }).band).toBe(
      'teen16to17',
    );
    expect(resolveAge({ birthDate: '2008-11-24' }, { now: at('2026-11-23T12:00:00Z'), timeZone: 'UTC' }).band).toBe(
      'teen16to17',
    );
    expect(resolveAge({ birthDate: '2008-11-24' }, { now: at('2026-11-24T12:00:00Z'), timeZone: 'UTC' }).band).toBe(
      'adult',
    );
  });

  it('counts a 29 February birthday from 1 March in common years and on the day in leap years', () => {
    const birth = parseCalendarDate('2012-02-29');
    expect(ageOn(birth, { now: at('2025-02-28T12:00:00Z'), timeZone: 'UTC' })).toBe(12);
    expect(ageOn(birth, { now: at('2025-03-01T12:00:00Z'), timeZone: 'UTC' })).toBe(13);
    expect(ageOn(birth, { now: at('2028-02-28T12:00:00Z'), timeZone: 'UTC' })).toBe(15);
    expect(ageOn(birth, { now: at('2028-02-29T12:00:00Z'), timeZone: 'UTC' })).toBe(16);
  });

  it('uses the calendar day in the person’s own time zone', () => {
    // 23:30 UTC on 14 June is already 15 June in Tokyo and still 14 June in Los Angeles.
    const now = at('2026-06-14T23:30:00Z');
    expect(resolveAge({ birthDate: '2013-06-15' }, { now, timeZone: 'Asia/Tokyo' }).age).toBe(13);
    expect(resolveAge({ birthDate: '2013-06-15' }, { now, timeZone: 'America/Los_Angeles' }).age).toBe(12);
  });

  it('counts a month-and-year birth date from the end of the month, never overstating age', () => {
    expect(ageOn({ year: 2013, month: 6 }, { now: at('2026-06-29T12:00:00Z'), timeZone: 'UTC' })).toBe(12);
    expect(ageOn({ year: 2013, month: 6 }, { now: at('2026-06-30T12:00:00Z'), timeZone: 'UTC' })).toBe(13);
  });

  it('rejects dates in the future, more than 120 years ago, or that do not exist', () => {
    const now = at('2026-11-24T12:00:00Z');
    expect(() => resolveAge({ birthDate: '2026-11-25' }, { now, timeZone: 'UTC' })).toThrow(/future/);
    expect(() => resolveAge({ birthDate: '1906-11-23' }, { now, timeZone: 'UTC' })).toThrow(/120 years/);
    expect(() => resolveAge({ birthDate: '2013-02-29' }, { now })).toThrow(InvalidInputError);
    expect(() => resolveAge({ birthDate: '2013-13-01' }, { now })).toThrow(/no month 13/);
    expect(() => resolveAge({ birthDate: '14/03/2013' }, { now })).toThrow(/YYYY-MM-DD/);
  });

  it('maps stated ages to bands and rejects impossible ones', () => {
    expect([0, 12, 13, 15, 16, 17, 18, 120].map(bandForAge)).toEqual([
      'under13',
      'under13',
      'teen13to15',
      'teen13to15',
      'teen16to17',
      'teen16to17',
      'adult',
      'adult',
    ]);
    expect(() => bandForAge(-1)).toThrow(/whole number/);
    expect(() => bandForAge(12.5)).toThrow(/whole number/);
    expect(() => bandForAge(121)).toThrow(/0 to 120/);
  });
});

describe('resolveAge at the edges', () => {
  it('accepts someone who is exactly 120 today and refuses one day further back', () => {
    const now = at('2026-11-24T12:00:00Z');
    expect(resolveAge({ birthDate: '1906-11-24' }, { now, timeZone: 'UTC' })).toEqual({ age: 120, band: 'adult' });
    expect(() => resolveAge({ birthDate: '1906-11-23' }, { now, timeZone: 'UTC' })).toThrow(InvalidInputError);
  });

  it('accepts someone born today (age 0) and refuses tomorrow', () => {
    const now = at('2026-11-24T12:00:00Z');
    expect(resolveAge({ birthDate: '2026-11-24' }, { now, timeZone: 'UTC' })).toEqual({ age: 0, band: 'under13' });
    const error = (() => {
      try {
        resolveAge({ birthDate: '2026-11-25' }, { now, timeZone: 'UTC' });
      } catch (e) {
        return e as InvalidInputError;
      }
    })();
    expect(error?.code).toBe('date_in_future');
  });

  it('turns a year older at local midnight on 1 January, whatever UTC says', () => {
    // 31 Dec 2025 20:00 in New York is already 1 Jan 2026 in UTC and in Auckland.
    const now = at('2026-01-01T01:00:00Z');
    expect(resolveAge({ birthDate: '2013-01-01' }, { now, timeZone: 'America/New_York' }).band).toBe('under13');
    expect(resolveAge({ birthDate: '2013-01-01' }, { now, timeZone: 'Pacific/Auckland' }).band).toBe('teen13to15');
  });

  it('reads a stated age and a month-and-year date', () => {
    expect(resolveAge({ age: 15 })).toEqual({ age: 15, band: 'teen13to15' });
    expect(parseCalendarDate('2013-06')).toEqual({ year: 2013, month: 6 });
    // February 2008 ended on the 29th, so without a day the 18th birthday is 1 March 2026.
    expect(resolveAge({ birthDate: '2008-02' }, { now: at('2026-03-01T12:00:00Z'), timeZone: 'UTC' }).band).toBe(
      'adult',
    );
    expect(resolveAge({ birthDate: '2008-02' }, { now: at('2026-02-28T12:00:00Z'), timeZone: 'UTC' }).band).toBe(
      'teen16to17',
    );
  });
});

describe('month-and-year birth dates', () => {
  it('accepts the current month as a birth month (age 0), and rejects next month as in the future', () => {
    const now = new Date('2026-11-24T12:00:00Z');
    expect(ageOn({ year: 2026, month: 11 }, { now, timeZone: 'UTC' })).toBe(0);
    expect(() => ageOn({ year: 2026, month: 12 }, { now, timeZone: 'UTC' })).toThrow(/future/);
  });
});
