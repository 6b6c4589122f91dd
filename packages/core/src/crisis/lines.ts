import type { CrisisLineInput } from './types.js';

/**
 * Built-in help lines, in the order shown. Descriptions are in the message
 * catalogue (`crisisMessages`), by id. Numbers, hours and who each line
 * serves are as the services publish them; check them against the
 * services' own sites when you update this list.
 */
export const BUILT_IN_CRISIS_LINES: readonly (CrisisLineInput & { country: string; localized?: LocalizedLine })[] = [
  {
    id: 'us-988',
    topics: ['self-harm'],
    country: 'US',
    name: '988 Suicide & Crisis Lifeline',
    phone: '988',
    sms: '988',
    url: 'https://988lifeline.org',
    alwaysOpen: true,
    free: true,
    localized: { es: { smsKeyword: 'AYUDA', url: 'https://988lifeline.org/es/' } },
  },
  {
    id: 'gb-childline',
    topics: ['self-harm', 'abuse', 'grooming', 'bullying', 'violence'],
    country: 'GB',
    name: 'Childline',
    phone: '0800 1111',
    url: 'https://www.childline.org.uk',
    free: true,
    audience: 'young',
  },
  {
    id: 'gb-samaritans',
    topics: ['self-harm'],
    country: 'GB',
    name: 'Samaritans',
    phone: '116 123',
    url: 'https://www.samaritans.org',
    alwaysOpen: true,
    free: true,
  },
  {
    id: 'gb-shout',
    topics: ['self-harm'],
    country: 'GB',
    name: 'Shout',
    sms: '85258',
    smsKeyword: 'SHOUT',
    url: 'https://giveusashout.org',
    alwaysOpen: true,
    free: true,
  },
  {
    id: 'ca-kids-help-phone',
    topics: ['self-harm', 'abuse', 'grooming', 'bullying', 'violence'],
    country: 'CA',
    name: 'Kids Help Phone',
    phone: '1-800-668-6868',
    sms: '686868',
    smsKeyword: 'CONNECT',
    url: 'https://kidshelpphone.ca',
    alwaysOpen: true,
    free: true,
    audience: 'young',
    localized: { fr: { name: 'Jeunesse, J’écoute' } },
  },
  {
    id: 'ca-988',
    topics: ['self-harm'],
    country: 'CA',
    name: '9-8-8 Suicide Crisis Helpline',
    phone: '988',
    sms: '988',
    url: 'https://988.ca',
    alwaysOpen: true,
    free: true,
  },
  {
    id: 'au-kids-helpline',
    topics: ['self-harm', 'abuse', 'grooming', 'bullying', 'violence'],
    country: 'AU',
    name: 'Kids Helpline',
    phone: '1800 55 1800',
    url: 'https://kidshelpline.com.au',
    alwaysOpen: true,
    free: true,
    audience: 'young',
  },
  {
    id: 'au-lifeline',
    topics: ['self-harm'],
    country: 'AU',
    name: 'Lifeline',
    phone: '13 11 14',
    url: 'https://www.lifeline.org.au',
    alwaysOpen: true,
  },
  {
    id: 'de-nummer-gegen-kummer',
    topics: ['self-harm', 'abuse', 'grooming', 'bullying', 'violence'],
    country: 'DE',
    name: 'Nummer gegen Kummer',
    phone: '116 111',
    url: 'https://www.nummergegenkummer.de',
    free: true,
    audience: 'young',
  },
  {
    id: 'de-telefonseelsorge',
    topics: ['self-harm'],
    country: 'DE',
    name: 'TelefonSeelsorge',
    phone: '0800 111 0 111',
    url: 'https://www.telefonseelsorge.de',
    alwaysOpen: true,
    free: true,
  },
  {
    id: 'fr-3114',
    topics: ['self-harm'],
    country: 'FR',
    name: '3114',
    phone: '3114',
    url: 'https://3114.fr',
    alwaysOpen: true,
    free: true,
  },
  {
    id: 'fr-119',
    topics: ['abuse', 'grooming', 'violence'],
    country: 'FR',
    name: '119 Allô Enfance en Danger',
    phone: '119',
    url: 'https://www.allo119.gouv.fr',
    alwaysOpen: true,
    free: true,
    audience: 'young',
  },
  {
    id: 'es-anar',
    topics: ['self-harm', 'abuse', 'grooming', 'bullying', 'violence'],
    country: 'ES',
    name: 'Fundación ANAR',
    phone: '900 20 20 10',
    url: 'https://www.anar.org',
    alwaysOpen: true,
    free: true,
    audience: 'young',
  },
  { id: 'es-024', topics: ['self-harm'], country: 'ES', name: '024', phone: '024', alwaysOpen: true, free: true },
];

/** Changes to a built-in line for readers of one language (the service's own name or keyword in it). */
export type LocalizedLine = Readonly<Record<string, Partial<Pick<CrisisLineInput, 'name' | 'smsKeyword' | 'url'>>>>;

/** The default fallback: a directory of free help lines in many countries. */
export const FIND_A_HELPLINE: CrisisLineInput = {
  id: 'findahelpline',
  name: 'Find A Helpline',
  url: 'https://findahelpline.com',
  free: true,
};

/** Emergency numbers for the countries with built-in lines. */
export const EMERGENCY_NUMBERS: Readonly<Record<string, string>> = {
  US: '911',
  CA: '911',
  GB: '999',
  AU: '000',
  DE: '112',
  FR: '112',
  ES: '112',
};
