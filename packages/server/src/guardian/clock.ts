import type { QuietHours } from './types.js';

/** The wall-clock date and minute of the day at `now` in a time zone. */
export function wallClock(now: Date, timeZone: string): { day: string; minute: number } {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(now);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '00';
  return {
    day: `${get('year')}-${get('month')}-${get('day')}`,
    minute: Number(get('hour')) * 60 + Number(get('minute')),
  };
}

/** `HH:MM` → minutes after midnight. */
export function minuteOf(time: string): number {
  const [h, m] = time.split(':').map(Number);
  return (h ?? 0) * 60 + (m ?? 0);
}

/**
 * Whether `minute` falls in the quiet hours, and how many minutes are left
 * of them. A start after the end spans midnight (22:00–07:00); equal times mean none.
 */
export function inQuietHours(minute: number, quiet: QuietHours): { quiet: boolean; minutesLeft: number } {
  const start = minuteOf(quiet.start);
  const end = minuteOf(quiet.end);
  if (start === end) return { quiet: false, minutesLeft: 0 };
  const inside = start < end ? minute >= start && minute < end : minute >= start || minute < end;
  if (!inside) return { quiet: false, minutesLeft: 0 };
  return { quiet: true, minutesLeft: (end - minute + 1440) % 1440 };
}

export function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}
