import { AGE_BANDS, type AgeBand } from '../age/band.js';
import {
  AGE_ASSURANCE_LEVELS,
  type AgeAssurance,
  type AssuranceFeature,
  type AssuranceRequirements,
  isAgeAssurance,
  meetsAssurance,
} from '../age/provenance.js';
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

const FEATURE_NAME = /^[a-z][a-z0-9-]{0,62}$/;

function levelProblem(where: string, level: unknown): string | null {
  return isAgeAssurance(level)
    ? null
    : `${where} must be one of ${AGE_ASSURANCE_LEVELS.map((l) => `'${l}'`).join(', ')}; got ${JSON.stringify(level)}.`;
}

/** Every problem with a band's `assurance`, each saying what to fix; empty when it is fine. */
export function assurancePolicyProblems(at: string, assurance: unknown): string[] {
  if (assurance === undefined) return [];
  if (typeof assurance !== 'object' || assurance === null || Array.isArray(assurance)) {
    return [`${at}.assurance must be an object like { minimum: 'platform', features: { chat: 'verified' } }.`];
  }
  const problems: string[] = [];
  const { minimum, features, ...rest } = assurance as Record<string, unknown>;
  for (const key of Object.keys(rest)) {
    problems.push(
      `${at}.assurance.${key} is not a setting: use "minimum" (every feature) or "features" (per feature).`,
    );
  }
  if (minimum !== undefined) {
    const problem = levelProblem(`${at}.assurance.minimum`, minimum);
    if (problem) problems.push(problem);
  }
  if (features === undefined) return problems;
  if (typeof features !== 'object' || features === null || Array.isArray(features)) {
    problems.push(`${at}.assurance.features must be an object of feature → level, like { chat: 'platform' }.`);
    return problems;
  }
  for (const [feature, level] of Object.entries(features)) {
    if (!FEATURE_NAME.test(feature)) {
      problems.push(
        `${at}.assurance.features: "${feature}" is not a feature name (lower-case letters, digits and dashes; the server checks ${ASSURANCE_FEATURES.join(', ')}).`,
      );
      continue;
    }
    const problem = levelProblem(`${at}.assurance.features.${feature}`, level);
    if (problem) problems.push(problem);
  }
  return problems;
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
