import type { DateField } from './validate.js';

/** The order a locale writes dates in (`en-US`: month, day, year; `es`: day, month, year). */
export function dateFieldOrder(locale: string): DateField[] {
  try {
    const parts = new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'numeric', day: 'numeric' }).formatToParts(
      new Date(2000, 10, 22),
    );
    const order = parts.map((p) => p.type).filter((t): t is DateField => t === 'day' || t === 'month' || t === 'year');
    if (order.length === 3) return order;
  } catch {
    // An unknown locale tag: fall through to the most common order.
  }
  return ['day', 'month', 'year'];
}
