import { type AgeBand, isAgeBand } from '../age/band.js';
import { pickMessages } from '../i18n/catalogue.js';
import { DEFAULT_POLICY } from '../policy/defaults.js';
import type { Policy, ScreenCategory } from '../policy/types.js';
import { scrubPII } from '../safety/pii.js';
import { screenText } from '../safety/screen.js';
import type { ScreenResult, ScrubResult } from '../safety/types.js';
import { type ModerationMessages, moderationMessages } from './catalogue.js';
import type { HookDecision, ModerationContext } from './types.js';

/** The band and policy actually used: an unknown band is treated as the policy's youngest. */
export function resolveContext(context: ModerationContext): {
  band: AgeBand;
  policy: Policy;
  locale: string | undefined;
} {
  const policy = context?.policy ?? DEFAULT_POLICY;
  const band = isAgeBand(context?.band) ? context.band : policy.youngestBand;
  return { band, policy, locale: context?.locale };
}

/** PII scrubbing runs when the band's policy asks for it, and always for under-13s. */
export function scrubs(policy: Policy, band: AgeBand): boolean {
  return band === 'under13' || policy.bands[band]?.pii?.scrub === true;
}

/** Screening runs when the band's policy asks for it, and always for minors. */
export function screens(policy: Policy, band: AgeBand): boolean {
  return band !== 'adult' || policy.bands[band]?.screening?.enabled !== false;
}

export function messagesFor(context: ModerationContext): ModerationMessages {
  const { band, locale } = resolveContext(context);
  return pickMessages(moderationMessages, locale, band);
}

/** The catalogue sentence for a blocking category. */
export function blockedSentence(t: ModerationMessages, categories: readonly string[]): string {
  const key = categories.find((c): c is keyof ModerationMessages['blocked'] => c in t.blocked && c !== 'default');
  return (key && t.blocked[key]) || t.blocked.default;
}

export function runScrub(message: string, context: ModerationContext): ScrubResult | undefined {
  const { band, policy, locale } = resolveContext(context);
  if (!scrubs(policy, band)) return undefined;
  return scrubPII(message, locale === undefined ? {} : { locale });
}

export function runScreen(message: string, context: ModerationContext): ScreenResult | undefined {
  const { band, policy, locale } = resolveContext(context);
  if (!screens(policy, band)) return undefined;
  return screenText(message, {
    band,
    policy,
    ...(locale === undefined ? {} : { locale }),
    ...(Array.isArray(context?.history) ? { history: context.history } : {}),
  });
}

/** The first category that asked for the screen's action in this band. */
export function leadingCategory(result: ScreenResult, context: ModerationContext): ScreenCategory | undefined {
  const { band, policy } = resolveContext(context);
  const actions = policy.bands[band]?.screening.actions;
  return result.categories.find((c) => actions?.[c] === result.action) ?? result.categories[0];
}

/**
 * The built-in PII hook: replaces personal information with placeholders
 * when the band's policy asks for it (always for under-13s).
 *
 * @example
 * await moderateOutgoing(text, { band, hooks: [] }); // runs piiHook() first by itself
 */
export function piiHook(): (message: string, context: ModerationContext) => HookDecision {
  return (message, context) => {
    const result = runScrub(message, context);
    if (!result || result.findings.length === 0) return { action: 'allow' };
    return { action: 'transform', text: result.text, removed: result.findings };
  };
}

/**
 * The built-in screening hook: blocks or escalates as the band's policy says
 * for each category the screen finds.
 */
export function screenHook(): (message: string, context: ModerationContext) => HookDecision {
  return (message, context) => {
    const result = runScreen(message, context);
    if (!result || result.action === 'allow') return { action: 'allow' };
    if (result.action === 'escalate')
      return { action: 'escalate', category: leadingCategory(result, context) ?? 'other' };
    return { action: 'block', reason: blockedSentence(messagesFor(context), result.categories) };
  };
}
