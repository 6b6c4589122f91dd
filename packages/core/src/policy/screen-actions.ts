import type { AgeBand } from '../age/band.js';
import type { ScreenAction, ScreenCategory } from './types.js';

/** Categories in the order results list them: the eight risks first, then content a band may block. */
export const SCREEN_CATEGORIES: readonly ScreenCategory[] = [
  'self-harm',
  'eating-disorder',
  'grooming',
  'sextortion',
  'abuse',
  'violence',
  'friend-in-danger',
  'dangerous-activity',
  'roleplay',
  'sexual',
  'graphic',
  'profanity',
  'substances',
];

/**
 * The default action per screening category. In its own module so the
 * browser-side engine can use it without pulling in the whole default policy
 * (and its model instructions).
 */
export const MINOR_SCREEN_ACTIONS: Readonly<Record<ScreenCategory, ScreenAction>> = {
  'self-harm': 'escalate',
  'eating-disorder': 'escalate',
  grooming: 'escalate',
  sextortion: 'escalate',
  abuse: 'escalate',
  violence: 'escalate',
  'friend-in-danger': 'escalate',
  'dangerous-activity': 'escalate',
  roleplay: 'block',
  sexual: 'block',
  graphic: 'block',
  profanity: 'block',
  substances: 'block',
};

/** Categories a minor's message must always escalate; no override may weaken them. */
export const ALWAYS_ESCALATE: readonly ScreenCategory[] = SCREEN_CATEGORIES.filter(
  (c) => MINOR_SCREEN_ACTIONS[c] === 'escalate',
);

export const ADULT_SCREEN_ACTIONS: Readonly<Record<ScreenCategory, ScreenAction>> = {
  ...MINOR_SCREEN_ACTIONS,
  profanity: 'allow',
  substances: 'allow',
};

/** The default policy's screening actions for a band. */
export function defaultScreenActions(band: AgeBand): Readonly<Record<ScreenCategory, ScreenAction>> {
  return band === 'adult' ? ADULT_SCREEN_ACTIONS : MINOR_SCREEN_ACTIONS;
}
