import { type AgeBand, isMinorBand } from '../age/band.js';
import { ConfigurationError } from '../errors.js';
import { MINOR_REMINDER_RANGE, validatePolicy } from '../policy/resolve.js';
import type { Policy } from '../policy/types.js';

const checked = new WeakSet<Policy>();

/**
 * Milliseconds of use between "this is an AI, not a person" reminders for a
 * band, or 0 when the policy turns them off (adults only). Validates the
 * policy first: a minor's reminder cannot be switched off or set longer than
 * 3 hours, and trying throws a `ConfigurationError` (code `unsafe_policy`).
 *
 * @example
 * reminderIntervalMs(DEFAULT_POLICY, 'teen13to15'); // 10_800_000 (3 hours)
 */
export function reminderIntervalMs(policy: Policy, band: AgeBand): number {
  if (!checked.has(policy)) {
    validatePolicy(policy);
    checked.add(policy);
  }
  const minutes = policy.bands[band].disclosure.reminderIntervalMinutes;
  // validatePolicy covers this; kept so a policy mutated after checking still cannot turn the reminder off.
  if (isMinorBand(band) && !(minutes >= MINOR_REMINDER_RANGE.min && minutes <= MINOR_REMINDER_RANGE.max)) {
    throw new ConfigurationError(
      'unsafe_policy',
      `bands.${band}.disclosure.reminderIntervalMinutes must be from ${MINOR_REMINDER_RANGE.min} to ${MINOR_REMINDER_RANGE.max} for minors; got ${String(minutes)}.`,
    );
  }
  return Math.max(0, minutes) * 60_000;
}
