import { ConfigurationError } from '../errors.js';
import { AGE_BANDS, type AgeBand } from './band.js';

/**
 * How an age band was decided:
 * - `declared`: the person said it (a birth date or an age) at the age gate;
 * - `platform`: the operating system or app store said it (Apple's Declared Age
 *   Range, Google Play's Age Signals, an OS age bracket), in a result the server verified;
 * - `vendor`: an age-assurance vendor said it (facial estimation, an ID check), in a signed result the server verified;
 * - `parent`: a parent or guardian confirmed it through verified parental consent.
 */
export type AgeMethod = 'declared' | 'platform' | 'vendor' | 'parent';

/**
 * How much the band can be trusted, lowest first:
 * `self-declared` < `platform` < `verified`.
 */
export type AgeAssurance = 'self-declared' | 'platform' | 'verified';

/** Every assurance level, lowest first. */
export const AGE_ASSURANCE_LEVELS = [
  'self-declared',
  'platform',
  'verified',
] as const satisfies readonly AgeAssurance[];
/** Every method. */
export const AGE_METHODS = ['declared', 'platform', 'vendor', 'parent'] as const satisfies readonly AgeMethod[];

/** What an age token records about how its band was decided. */
export interface AgeProvenance {
  method: AgeMethod;
  assurance: AgeAssurance;
}

/** A band nobody checked: what a token without provenance (signed before it existed) means. */
export const SELF_DECLARED: AgeProvenance = Object.freeze({ method: 'declared', assurance: 'self-declared' });

export function isAgeAssurance(value: unknown): value is AgeAssurance {
  return typeof value === 'string' && (AGE_ASSURANCE_LEVELS as readonly string[]).includes(value);
}

export function isAgeMethod(value: unknown): value is AgeMethod {
  return typeof value === 'string' && (AGE_METHODS as readonly string[]).includes(value);
}

/** The assurance a method gives when its result is verified. */
export function assuranceForMethod(method: AgeMethod): AgeAssurance {
  return method === 'declared' ? 'self-declared' : method === 'platform' ? 'platform' : 'verified';
}

/** True when `actual` is at least `minimum`. */
export function meetsAssurance(actual: AgeAssurance, minimum: AgeAssurance): boolean {
  return AGE_ASSURANCE_LEVELS.indexOf(actual) >= AGE_ASSURANCE_LEVELS.indexOf(minimum);
}

/** A feature a requirement can name; `chat` is the one the chat handler checks. */
export type AssuranceFeature = 'chat' | (string & {});

/**
 * Minimum assurance per band and per feature. A band's minimum applies to
 * every feature; a feature's minimum applies to that feature only; the higher
 * of the two wins.
 *
 * @example
 * const requirements = defineAssuranceRequirements({ features: { chat: { adult: 'platform' } } });
 */
export interface AssuranceRequirements {
  bands?: Partial<Record<AgeBand, AgeAssurance>>;
  features?: Partial<Record<AssuranceFeature, Partial<Record<AgeBand, AgeAssurance>>>>;
}

function checkLevels(where: string, levels: unknown): void {
  if (levels === undefined) return;
  if (typeof levels !== 'object' || levels === null || Array.isArray(levels)) {
    throw new ConfigurationError('invalid_assurance', `${where} must be an object of band → assurance level.`);
  }
  for (const [band, level] of Object.entries(levels)) {
    if (!(AGE_BANDS as readonly string[]).includes(band)) {
      throw new ConfigurationError('invalid_assurance', `${where}.${band}: not an age band (${AGE_BANDS.join(', ')}).`);
    }
    if (!isAgeAssurance(level)) {
      throw new ConfigurationError(
        'invalid_assurance',
        `${where}.${band}: must be one of ${AGE_ASSURANCE_LEVELS.join(', ')}; got ${JSON.stringify(level)}.`,
      );
    }
  }
}

/**
 * Checks requirements once, at start-up, and freezes them; a mistake throws `ConfigurationError`.
 *
 * @deprecated Put the minimum assurance in the policy instead, per band and
 * feature: `definePolicy({ bands: { adult: { assurance: { features: { chat: 'platform' } } } } })`,
 * which the chat handler reads. `assuranceOverrides(requirements)` turns
 * these requirements into those overrides. Still supported.
 */
export function defineAssuranceRequirements(requirements: AssuranceRequirements): Readonly<AssuranceRequirements> {
  checkLevels('bands', requirements.bands);
  const features = requirements.features ?? {};
  if (typeof features !== 'object' || features === null) {
    throw new ConfigurationError('invalid_assurance', 'features must be an object of feature → band → level.');
  }
  for (const [feature, levels] of Object.entries(features)) checkLevels(`features.${feature}`, levels);
  return Object.freeze({
    bands: Object.freeze({ ...requirements.bands }),
    features: Object.freeze(
      Object.fromEntries(Object.entries(features).map(([name, levels]) => [name, Object.freeze({ ...levels })])),
    ),
  });
}

/** The minimum assurance a band needs for a feature under these requirements. */
export function requiredAssurance(
  requirements: AssuranceRequirements | undefined,
  band: AgeBand,
  feature: AssuranceFeature,
): AgeAssurance {
  const fromBand = requirements?.bands?.[band] ?? 'self-declared';
  const fromFeature = requirements?.features?.[feature]?.[band] ?? 'self-declared';
  return meetsAssurance(fromBand, fromFeature) ? fromBand : fromFeature;
}
