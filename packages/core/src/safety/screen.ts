import { isAgeBand } from '../age/band.js';
import { ALWAYS_ESCALATE } from '../policy/resolve.js';
import { defaultScreenActions } from '../policy/screen-actions.js';
import type { ScreenAction, ScreenCategory } from '../policy/types.js';
import { collapseRepeats, screeningForms } from './normalize.js';
import { findProfanity } from './profanity.js';
import {
  ABUSE,
  FIRST_PERSON,
  GAME,
  GATE_BIT,
  type Gate,
  GROOMING,
  GROOMING_GATES,
  INTENT,
  openGates,
  PROFANITY_EXTRA,
  SELF_HARM,
  SELF_HARM_ME,
  SELF_INJURY,
  SEXUAL,
  SUBSTANCES,
  SUICIDE_NOT_ME,
  SUICIDE_WORD,
  THIRD_PERSON_PAST,
  VIOLENCE,
} from './screen-rules.js';
import { primaryLanguage, readMessage } from './lang/registry.js';
import type { ScreenContext, ScreenResult } from './types.js';

/** Categories in the order results list them. */
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

const RANK: Record<ScreenAction, number> = { allow: 0, block: 1, escalate: 2 };

function sentences(form: string): string[] {
  return form.split(' . ');
}

function selfHarm(form: string, open: number): boolean {
  if (open & GATE_BIT.selfHarmMe && SELF_HARM_ME.test(form)) return true;
  if (open & GATE_BIT.selfHarm && SELF_HARM.test(form)) return true;
  const injury = (open & GATE_BIT.selfInjury) !== 0;
  const suicide = form.includes('suicid');
  if (!injury && !suicide) return false;
  for (const sentence of sentences(form)) {
    if (injury && SELF_INJURY.test(sentence) && INTENT.test(sentence)) return true;
    if (suicide && SUICIDE_WORD.test(sentence)) {
      const aside = SUICIDE_NOT_ME.test(sentence) || (THIRD_PERSON_PAST.test(sentence) && !FIRST_PERSON.test(sentence));
      if (!aside) return true;
    }
  }
  return false;
}

function grooming(form: string, open: number): boolean {
  const g = GROOMING;
  // Each signal runs only when a word of its own gate is in the message.
  const has = (gate: Gate & keyof typeof GROOMING) => (open & GATE_BIT[gate]) !== 0 && g[gate].test(form);
  if (has('adultRomance')) return true;
  const affection = has('affection');
  const hide = has('hideFromParents');
  const secret = hide || has('secret');
  const photos = has('photos');
  const meet = has('meet');
  const gifts = has('gifts');
  const move = has('privateChat');
  const probing = has('probing');
  const undress = has('undress');
  if (!affection && !secret && !photos && !meet && !gifts && !move && !probing && !undress) return false;
  // An adult, a stranger or an online contact; or, for weaker signals, anyone other than the child.
  const adult = g.stranger.test(form) || g.adultAge.test(form);
  if (adult && affection) return true;
  const someone = adult || g.someone.test(form);
  if ((hide && someone) || (secret && adult)) return true;
  if (
    photos &&
    (adult || secret || /\b(?:of me|of myself|my body|nudes|naked|underwear|fotos mias|sin ropa)\b/.test(form))
  ) {
    return true;
  }
  if (meet && (adult || secret || /\b(?:alone|sola|solo|solas|without my parents)\b/.test(form))) return true;
  if (
    undress &&
    (adult || secret || photos || /\b(?:cam|camera|webcam|video ?call|facetime|camara|videollamada)\b/.test(form))
  ) {
    return true;
  }
  if (gifts && (adult || secret || photos || meet)) return true;
  if (move && adult) return true;
  return probing && someone;
}

/**
 * Rules for a phrase spelled out letter by letter ("k i l l m y s e l f"),
 * made when first needed: without spaces or word boundaries, since none are
 * left to mark its words, and each free word at most 12 letters, so that no
 * rule can backtrack for long.
 */
let spelledRules: [ScreenCategory, RegExp][] | undefined;

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
export function detect(text: string, locale = 'en', history?: readonly unknown[]): Detection {
  const found = new Set<ScreenCategory>();
  const { plain, forms, runs, spelled } = screeningForms(text);
  for (const form of forms) {
    const open = openGates(form);
    if (selfHarm(form, open)) found.add('self-harm');
    if (open & GROOMING_GATES && grooming(form, open)) found.add('grooming');
    if (open & GATE_BIT.abuse && ABUSE.test(form)) found.add('abuse');
    if (
      open & GATE_BIT.violence &&
      VIOLENCE.test(form) &&
      sentences(form).some((s) => VIOLENCE.test(s) && !GAME.test(s))
    ) {
      found.add('violence');
    }
    if (open & GATE_BIT.sexual && SEXUAL.test(form)) found.add('sexual');
    if (open & GATE_BIT.profanity && PROFANITY_EXTRA.test(form)) found.add('profanity');
    if (open & GATE_BIT.substances && SUBSTANCES.test(form)) found.add('substances');
  }
  if (spelled.length > 0) {
    spelledRules ??= (
      [
        ['self-harm', SELF_HARM_ME],
        ['self-harm', SELF_HARM],
        ['abuse', ABUSE],
        ['violence', VIOLENCE],
        ['sexual', SEXUAL],
      ] as const
    ).map(([category, rule]) => [
      category,
      new RegExp(rule.source.replace(/\\b| \?| /g, '').replace(/\[a-z(?:0-9)?\]\+/g, '[a-z0-9]{1,12}')),
    ]);
    // The rules fold repeated letters within words; joined, the words' edges are lost, so try the phrase both ways.
    for (const phrase of spelled.flatMap((p) => [p, collapseRepeats(p)])) {
      for (const [category, rule] of spelledRules) if (rule.test(phrase)) found.add(category);
    }
  }
  const english = findProfanity(plain, primaryLanguage(locale), runs).words.map((w) => ({ locale: 'en', ...w }));
  const reading = readMessage(text, { locale, ...(history ? { history } : {}), englishProfanity: english });
  for (const c of reading.categories) found.add(c);
  return {
    categories: SCREEN_CATEGORIES.filter((c) => found.has(c)),
    rules: reading.rules,
    coverage: reading.coverage,
    languages: reading.languages,
  };
}

/** Every category the text touches, whatever the band does with it. */
export function detectCategories(text: string, locale = 'en'): ScreenCategory[] {
  return detect(text, locale).categories;
}

/**
 * Screens a message before it leaves the device: `escalate` for self-harm,
 * grooming, abuse and violence; `block` for sexual content, profanity and
 * buying drugs, alcohol or vapes; `allow` otherwise. The action for each
 * category comes from the band's policy; for minors the escalation categories
 * always escalate, whatever the policy object says.
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
