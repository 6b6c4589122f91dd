import { AGE_BANDS, type AgeBand } from '../age/band.js';
import {
  AGE_ASSURANCE_LEVELS,
  type AgeAssurance,
  type AssuranceFeature,
  type AssuranceRequirements,
  isAgeAssurance,
  meetsAssurance,
} from '../age/provenance.js';
import { ConfigurationError } from '../errors.js';
import type { Policy, PolicyOverrides } from './types.js';

/**
 * Features the server checks a minimum assurance for:
 * - `chat`: below it, `POST /api/chat` is held (403 `age_assurance_required`);
 * - `ai-provider`: below it, nothing goes to the model provider (the chat
 *   answers from this server, as without a parent's `ai-provider` consent).
 * An app may name features of its own and check them with `policyAssurance`.
 */
export const ASSURANCE_FEATURES = ['chat', 'ai-provider'] as const satisfies readonly AssuranceFeature[];

/**
 * The minimum age assurance a band needs: `minimum` for every feature, and
 * `features` per feature; the higher of the two applies.
 *
 * @example
 * definePolicy({ bands: { adult: { assurance: { features: { chat: 'platform' } } } } });
 */
export interface BandAssurancePolicy {
  /** For every feature. @default 'self-declared' (no minimum) */
  minimum?: AgeAssurance;
  /** Per feature (`chat`, `ai-provider`, or the app's own). */
  features?: Partial<Record<AssuranceFeature, AgeAssurance>>;
}

/**
 * Every problem with a band's `assurance`, each saying what to fix; empty when it is fine.
 * (Kept small: every policy, the device's too, is checked with it.)
 */
export function assurancePolicyProblems(at: string, assurance: unknown): string[] {
  const problems: string[] = [];
  // `level`: the value must be an assurance level; otherwise an object (of settings or of features).
  const check = (path: string, value: unknown, level?: boolean) => {
    const ok = level ? isAgeAssurance(value) : typeof value === 'object' && value !== null && !Array.isArray(value);
    if (!ok)
      problems.push(
        `${at}.assurance${path} must be ${level ? `one of ${AGE_ASSURANCE_LEVELS.join(', ')}` : 'an object'}; got ${JSON.stringify(value)}.`,
      );
    return ok;
  };
  if (assurance === undefined || !check('', assurance)) return problems;
  for (const [key, value] of Object.entries(assurance as object)) {
    if (key === 'minimum') check('.minimum', value, true);
    else if (key !== 'features')
      problems.push(
        `${at}.assurance.${key} is not a setting: use "minimum" (every feature) or "features" (per feature).`,
      );
    else if (check('.features', value))
      for (const [feature, level] of Object.entries(value as object)) check(`.features.${feature}`, level, true);
  }
  return problems;
}

/**
 * Throws a `ConfigurationError` (code `invalid_assurance`) listing every
 * problem with the policy's minimum assurance. `definePolicy` and the chat
 * handler run it; `validatePolicy` does not, so a device that never reads
 * assurance does not load this check.
 */
export function checkPolicyAssurance(policy: Policy): void {
  const problems = AGE_BANDS.flatMap((band) =>
    assurancePolicyProblems(`bands.${band}`, (policy.bands?.[band] as { assurance?: unknown } | undefined)?.assurance),
  );
  if (problems.length > 0) {
    throw new ConfigurationError(
      'invalid_assurance',
      `The youthchat policy's minimum assurance is not valid:\n- ${problems.join('\n- ')}`,
    );
  }
}

/**
 * The minimum assurance the policy asks of a band for a feature: the higher
 * of the band's `minimum` and the feature's own. `self-declared` when the
 * policy sets neither.
 */
export function policyAssurance(policy: Policy, band: AgeBand, feature: AssuranceFeature): AgeAssurance {
  const assurance = policy.bands[band]?.assurance;
  const fromBand = assurance?.minimum ?? 'self-declared';
  const fromFeature = assurance?.features?.[feature] ?? 'self-declared';
  return meetsAssurance(fromBand, fromFeature) ? fromBand : fromFeature;
}

/**
 * The policy overrides that say what separate assurance requirements said
 * (`bands` becomes each band's `minimum`, `features` each band's
 * `features`), for moving requirements into `definePolicy`.
 *
 * @example
 * definePolicy(assuranceOverrides({ features: { chat: { adult: 'platform' } } }));
 */
export function assuranceOverrides(requirements: AssuranceRequirements): PolicyOverrides {
  const bands: NonNullable<PolicyOverrides['bands']> = {};
  for (const band of AGE_BANDS) {
    const minimum = requirements.bands?.[band];
    const features: Partial<Record<AssuranceFeature, AgeAssurance>> = {};
    for (const [feature, levels] of Object.entries(requirements.features ?? {})) {
      const level = levels?.[band];
      if (level !== undefined) features[feature] = level;
    }
    if (minimum === undefined && Object.keys(features).length === 0) continue;
    bands[band] = {
      assurance: {
        ...(minimum !== undefined ? { minimum } : {}),
        ...(Object.keys(features).length ? { features } : {}),
      },
    };
  }
  return { bands };
}
