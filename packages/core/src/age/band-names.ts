import type { AgeBand } from './band.js';

/**
 * The bands and their check, in a module of their own: the components that
 * only read a stored band (the provider) load this much, not the age reckoning.
 */

/** Bands from youngest to oldest. */
export const AGE_BANDS: readonly AgeBand[] = ['under13', 'teen13to15', 'teen16to17', 'adult'];

export function isAgeBand(value: unknown): value is AgeBand {
  return typeof value === 'string' && (AGE_BANDS as readonly string[]).includes(value);
}
