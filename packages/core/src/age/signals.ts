import { type AgeBand, bandForAge, MAX_AGE, youngerBand } from './band.js';

/** An age range from a platform age API or an age-assurance vendor. */
export interface AgeSignal {
  /** Lowest age the signal allows. */
  min?: number;
  /** Highest age the signal allows. */
  max?: number;
  /** Where it came from, e.g. `'apple-declared-age-range'`, `'vendor:yoti'`. */
  source: string;
}

/**
 * The youngest whole age a signal allows: its `min`, or 0 when it only gives a
 * `max` (an "under 13" signal allows any age below 13). Undefined for a signal
 * that says nothing.
 */
export function youngestAgeForSignal(signal: AgeSignal): number | undefined {
  const low = signal.min ?? (signal.max !== undefined ? 0 : undefined);
  if (low === undefined || !Number.isFinite(low) || low < 0) return undefined;
  return Math.min(Math.floor(low), MAX_AGE);
}

/** The youngest band a signal allows; undefined for a signal that says nothing. */
export function bandForSignal(signal: AgeSignal): AgeBand | undefined {
  const age = youngestAgeForSignal(signal);
  return age === undefined ? undefined : bandForAge(age);
}

/**
 * Combines a declared band with outside signals: where they disagree, the
 * younger band wins. With nothing at all, `fallback` (the youngest band the
 * policy allows) applies.
 *
 * @example
 * combineAgeEvidence('adult', [{ min: 13, max: 15, source: 'vendor:x' }], 'under13') // 'teen13to15'
 */
export function combineAgeEvidence(
  declared: AgeBand | undefined,
  signals: readonly AgeSignal[],
  fallback: AgeBand,
): AgeBand {
  let band: AgeBand | undefined = declared;
  for (const signal of signals) {
    const fromSignal = bandForSignal(signal);
    if (fromSignal) band = band ? youngerBand(band, fromSignal) : fromSignal;
  }
  return band ?? fallback;
}

/**
 * The youngest age a declared age and the signals together allow: what
 * consent rules are checked against, so a signal can only make them stricter.
 */
export function youngestAge(declared: number, signals: readonly AgeSignal[]): number {
  let age = declared;
  for (const signal of signals) {
    const low = youngestAgeForSignal(signal);
    if (low !== undefined && low < age) age = low;
  }
  return age;
}
