import { AGE_BANDS, type AgeBand, isAgeBand } from '../age/band.js';
import { ConfigurationError } from '../errors.js';
import { checkPolicyAssurance } from './assurance.js';
import { NEVER_ALLOWED_FOR_MINORS } from './categories.js';
import { classifierPolicyProblems } from './classifier-policy.js';
import { DEFAULT_POLICY } from './defaults.js';
import { riskPolicyProblems } from './risk.js';
import { ALWAYS_ESCALATE } from './screen-actions.js';
import type { BandPolicy, Policy, PolicyOverrides } from './types.js';

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Merges `patch` into `base` without mutating either; arrays and scalars replace. */
export function deepMerge<T>(base: T, patch: unknown): T {
  if (!isPlainObject(base) || !isPlainObject(patch)) return (patch === undefined ? base : patch) as T;
  const out: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(patch)) {
    if (value === undefined) continue;
    out[key] = key in base ? deepMerge((base as Record<string, unknown>)[key], value) : value;
  }
  return out as T;
}

// Categories a minor's message must always escalate: defined beside the actions, so that the safety engine,
// which needs them, does not bring the policy defaults with it.
export { ALWAYS_ESCALATE };

/** Shortest and longest reminder interval allowed for minors, in minutes. */
export const MINOR_REMINDER_RANGE = { min: 60, max: 180 } as const;

/** Every reason a policy is unsafe or unusable; empty when it is fine. */
export function policyProblems(policy: Policy): string[] {
  const problems: string[] = [];
  if (!isAgeBand(policy.youngestBand)) problems.push(`youngestBand must be one of ${AGE_BANDS.join(', ')}.`);
  for (const band of AGE_BANDS) {
    const p = policy.bands[band] as BandPolicy | undefined;
    if (!p) {
      problems.push(`bands.${band} is missing.`);
      continue;
    }
    const at = `bands.${band}`;
    const minor = band !== 'adult';
    if (band === 'under13' && p.pii.scrub !== true)
      problems.push(`${at}.pii.scrub cannot be turned off for under-13s.`);
    if (band === 'under13' && p.upstream.requireZeroDataRetention !== true) {
      problems.push(
        `${at}.upstream.requireZeroDataRetention cannot be turned off for under-13s (COPPA, OpenAI's under-18 guidance).`,
      );
    }
    if (minor && p.screening.enabled !== true)
      problems.push(`${at}.screening.enabled cannot be turned off for minors.`);
    if (minor && p.disclosure.requireAcknowledgement !== true) {
      problems.push(`${at}.disclosure.requireAcknowledgement cannot be turned off for minors.`);
    }
    for (const category of ALWAYS_ESCALATE) {
      if (minor && p.screening.actions[category] !== 'escalate') {
        problems.push(`${at}.screening.actions.${category} must stay 'escalate' for minors.`);
      }
    }
    for (const [category, action] of Object.entries(p.screening.actions)) {
      if (!['allow', 'block', 'escalate'].includes(action)) {
        problems.push(
          `${at}.screening.actions.${category} must be 'allow', 'block' or 'escalate'; got ${JSON.stringify(action)}.`,
        );
      }
    }
    const minutes = p.disclosure.reminderIntervalMinutes;
    if (minor) {
      if (
        typeof minutes !== 'number' ||
        !(minutes >= MINOR_REMINDER_RANGE.min && minutes <= MINOR_REMINDER_RANGE.max)
      ) {
        problems.push(
          `${at}.disclosure.reminderIntervalMinutes must be from ${MINOR_REMINDER_RANGE.min} to ${MINOR_REMINDER_RANGE.max} for minors (SB 243 asks for a reminder at least every 3 hours); got ${String(minutes)}.`,
        );
      }
    } else if (typeof minutes !== 'number' || minutes < 0) {
      problems.push(`${at}.disclosure.reminderIntervalMinutes must be 0 (off) or more; got ${String(minutes)}.`);
    }
    for (const key of ['maxMessageChars', 'maxMessages', 'maxOutputTokens'] as const) {
      const value = p.chat[key];
      if (!Number.isInteger(value) || value < 1)
        problems.push(`${at}.chat.${key} must be a whole number above 0; got ${String(value)}.`);
    }
    if (typeof p.chat.model !== 'string' || p.chat.model.length === 0)
      problems.push(`${at}.chat.model must be a model name.`);
    for (const [category, rule] of Object.entries(p.categories ?? {})) {
      if (!rule || !['allow', 'block', 'escalate'].includes(rule.action)) {
        problems.push(`${at}.categories.${category}.action must be 'allow', 'block' or 'escalate'.`);
      } else if (rule.threshold !== undefined && !(rule.threshold > 0 && rule.threshold <= 1)) {
        problems.push(`${at}.categories.${category}.threshold must be above 0 and at most 1.`);
      }
    }
    if (p.risk !== undefined) problems.push(...riskPolicyProblems(p.risk, `${at}.risk`));
    if (minor && p.categories) {
      for (const category of NEVER_ALLOWED_FOR_MINORS) {
        const rule = p.categories[category];
        if (!rule || rule.action === 'allow' || rule.outputAction === 'allow')
          problems.push(`${at}.categories.${category} cannot be allowed for minors.`);
      }
    }
    problems.push(...classifierPolicyProblems(at, p.classifier));
  }
  return problems;
}

/** Policies {@link validatePolicy} has passed, so that they are checked once. */
const validated = new WeakSet<Policy>();

/** Whether `policy` came out of {@link validatePolicy} (or {@link definePolicy}) and has not been checked since. */
export function isValidatedPolicy(policy: Policy): boolean {
  return validated.has(policy);
}

/** Throws a ConfigurationError listing every problem, or returns the policy. A policy is checked once. */
export function validatePolicy(policy: Policy): Policy {
  if (validated.has(policy)) return policy;
  const problems = policyProblems(policy);
  if (problems.length > 0) {
    throw new ConfigurationError(
      'unsafe_policy',
      `The youthchat policy is not safe to use:\n- ${problems.join('\n- ')}`,
    );
  }
  validated.add(policy);
  return policy;
}

/**
 * The default policy with your overrides deep-merged in, validated.
 *
 * @example
 * const policy = definePolicy({ bands: { teen16to17: { chat: { maxMessageChars: 3000 } } } });
 */
export function definePolicy(overrides: PolicyOverrides = {}, base: Policy = DEFAULT_POLICY): Policy {
  const policy = deepMerge(base, overrides);
  // The minimum assurance only the server reads is checked here (and by the chat handler), not by
  // `validatePolicy`, so the device's first load does not carry its checks.
  checkPolicyAssurance(policy);
  return validatePolicy(policy);
}

/** The rules for one band. */
export function bandPolicy(policy: Policy, band: AgeBand): BandPolicy {
  return policy.bands[band];
}
