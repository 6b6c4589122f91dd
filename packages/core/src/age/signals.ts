import { type AgeBand, bandForAge, youngerBand } from './band.js';

/** An age range from a platform age API or an age-assurance vendor. */
export interface AgeSignal {
  /** Lowest age the signal allows. */
  min?: number;
  /** Highest age the signal allows. */
  max?: number;
  /** Where it came from, e.g. `'apple-declared-age-range'`, `'vendor:yoti'`. */
  source: string;
}

/** The youngest band a signal allows; undefined for a signal that says nothing. */
export function bandForSignal(signal: AgeSignal): AgeBand | undefined {
  const low = signal.min ?? (signal.max !== undefined ? 0 : undefined);
  if (low === undefined || !Number.isFinite(low) || low < 0) return undefined;
  return bandForAge(Math.min(Math.floor(low), 120));
}

/**
 * Combines a declared band with outside signals: where they disagree, the
 * younger band wins. With nothing at all, `fallback` (the youngest band the
 * policy allows) applies.
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
