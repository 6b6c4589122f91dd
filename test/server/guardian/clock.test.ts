import { inQuietHours, wallClock } from '@youthchat/server';
import { describe, expect, it } from 'vitest';

const minute = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3));

describe('quiet hours and the guardian’s day', () => {
  it('holds inside the hours, spanning midnight when the start is later, and says how long is left', () => {
    expect(inQuietHours(minute('23:30'), { start: '22:00', end: '07:00' })).toEqual({ quiet: true, minutesLeft: 450 });
    expect(inQuietHours(minute('06:59'), { start: '22:00', end: '07:00' })).toEqual({ quiet: true, minutesLeft: 1 });
    expect(inQuietHours(minute('07:00'), { start: '22:00', end: '07:00' }).quiet).toBe(false);
    expect(inQuietHours(minute('21:59'), { start: '22:00', end: '07:00' }).quiet).toBe(false);
    expect(inQuietHours(minute('13:00'), { start: '12:30', end: '14:00' })).toEqual({ quiet: true, minutesLeft: 60 });
    expect(inQuietHours(minute('14:00'), { start: '12:30', end: '14:00' }).quiet).toBe(false);
    // Equal times are no quiet hours at all, not a whole day.
    expect(inQuietHours(minute('09:00'), { start: '09:00', end: '09:00' }).quiet).toBe(false);
  });

  it('reads the day and time in the guardian’s zone', () => {
    const at = new Date('2026-03-01T23:30:00Z');
    expect(wallClock(at, 'UTC')).toEqual({ day: '2026-03-01', minute: minute('23:30') });
    expect(wallClock(at, 'Europe/Berlin')).toEqual({ day: '2026-03-02', minute: minute('00:30') });
    expect(wallClock(at, 'America/Los_Angeles')).toEqual({ day: '2026-03-01', minute: minute('15:30') });
  });
});
