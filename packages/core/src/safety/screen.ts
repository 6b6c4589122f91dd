import { isAgeBand } from '../age/band.js';
import { ALWAYS_ESCALATE, defaultScreenActions, SCREEN_CATEGORIES } from '../policy/screen-actions.js';
import type { ScreenAction, ScreenCategory } from '../policy/types.js';
import { plainOf, primaryLanguage, readMessage } from './lang/registry.js';
import { findProfanity } from './profanity.js';
import type { ScreenContext, ScreenResult } from './types.js';

export { SCREEN_CATEGORIES };

const RANK: Record<ScreenAction, number> = { allow: 0, block: 1, escalate: 2 };

/** What the screen found in a message. */
export interface Detection {
  categories: ScreenCategory[];
  /** Ids of the language-pack rules that matched. */
  rules: string[];
  coverage: 'full' | 'partial' | 'none';
  /** Languages found in the message. */
  languages: string[];
}

/** Every category the text touches, whatever the band does with it. */
export function detect(text: string, locale = 'en', history?: readonly unknown[], learned = true): Detection {
  // The English profanity table (obscenity's words) reads every message; a word it finds counts unless a language
  // present in the message uses it innocently.
  const prepared = plainOf(text);
  const english = findProfanity(prepared.plain, primaryLanguage(locale)).words.map((w) => ({ locale: 'en', ...w }));
  const reading = readMessage(text, {
    locale,
    ...(history ? { history } : {}),
    englishProfanity: english,
    learned,
    plain: prepared,
  });
  return {
    categories: SCREEN_CATEGORIES.filter((c) => reading.categories.has(c)),
    rules: reading.rules,
    coverage: reading.coverage,
    languages: reading.languages,
  };
}

/**
 * Screens a message before it leaves the device: `escalate` for the risks
 * (self-harm, eating disorders, grooming, sextortion, abuse, violence, a
 * friend in danger, dangerous challenges), `block` for content a band does
 * not allow (roleplay, sexual, graphic, profanity, substances), `allow`
 * otherwise; a risk escalates even beside blocked words. The action for each
 * category comes from the band's policy; for minors the risks always
 * escalate, whatever the policy object says.
 *
 * @example
 * screenText('i want to unalive myself', { band: 'teen13to15' }) // { action: 'escalate', categories: ['self-harm'] }
 */
export function screenText(text: string, context: ScreenContext): ScreenResult {
  const policy = context?.policy;
  const band = isAgeBand(context?.band) ? context.band : (policy?.youngestBand ?? 'under13');
  const rules = policy?.bands[band]?.screening;
  const actions = rules?.actions ?? defaultScreenActions(band);
  const minor = band !== 'adult';
  if (!minor && rules?.enabled === false) return { action: 'allow', categories: [], coverage: 'full', signals: [] };
  let found: Detection;
  try {
    found = detect(
      typeof text === 'string' ? text : String(text ?? ''),
      context?.locale ?? 'en',
      Array.isArray(context?.history) ? context.history : undefined,
      context?.learned !== false,
    );
  } catch {
    // Never throws: a message the engine could not read is reported as unread, so that it is not treated as
    // safe (a minor's message then has to pass the server's checks).
    return { action: 'allow', categories: [], coverage: 'none', signals: [] };
  }
  let action: ScreenAction = 'allow';
  for (const category of found.categories) {
    const wanted: ScreenAction =
      minor && ALWAYS_ESCALATE.includes(category) ? 'escalate' : (actions[category] ?? 'block');
    if (RANK[wanted] > RANK[action]) action = wanted;
  }
  return { action, categories: found.categories, coverage: found.coverage, signals: found.rules };
}
