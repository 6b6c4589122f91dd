import type { AgeBand } from '../age/band.js';
import { ADULT_CATEGORY_TABLE, MINOR_CATEGORY_TABLE } from './categories.js';
import { DEFAULT_RISK_POLICIES } from './risk.js';
import { ADULT_SCREEN_ACTIONS, MINOR_SCREEN_ACTIONS } from './screen-actions.js';
import type { BandPolicy, Policy } from './types.js';

/**
 * The chat model every band uses unless the policy names another
 * (`definePolicy({ bands: { teen13to15: { chat: { model: '…' } } } })`): the
 * current flagship in the `openai` client's model list, as OpenAI's guidance
 * for minors asks for its most current models. Change it here, or per band.
 */
export const DEFAULT_CHAT_MODEL = 'gpt-5.6-sol';

const SHARED_RULES =
  'You are an AI assistant, not a person; say so if asked. Never ask for personal information such as full name, school, address, phone number or photos. ' +
  'Refuse sexual content, graphic violence, and help with drugs, alcohol, vaping, weapons or dangerous challenges. ' +
  'If someone mentions self-harm, abuse or being pressured by someone they met online, respond with care, encourage them to talk to a trusted adult, and point to the help lines the app shows.';

const INSTRUCTIONS: Record<AgeBand, string> = {
  under13:
    `You are talking with a child under 13. Use short sentences and simple words. Be warm, encouraging and honest. ${SHARED_RULES} ` +
    'Suggest checking important facts with a parent, carer or teacher.',
  teen13to15:
    `You are talking with a young teenager (13 to 15). Be clear, respectful and age-appropriate. ${SHARED_RULES} ` +
    'Encourage checking important facts with a trusted adult or teacher.',
  teen16to17: `You are talking with an older teenager (16 or 17). Be direct and respectful; keep content age-appropriate for a minor. ${SHARED_RULES}`,
  adult: 'You are a helpful AI assistant. You are an AI, not a person; say so if asked.',
};

function minorBand(band: AgeBand, overrides: { scrub: boolean; maxMessageChars: number }): BandPolicy {
  return {
    pii: { scrub: overrides.scrub },
    screening: { enabled: true, actions: { ...MINOR_SCREEN_ACTIONS } },
    disclosure: { requireAcknowledgement: true, reminderIntervalMinutes: 180 },
    chat: {
      model: DEFAULT_CHAT_MODEL,
      instructions: INSTRUCTIONS[band],
      maxMessageChars: overrides.maxMessageChars,
      maxMessages: 40,
      maxOutputTokens: 800,
    },
    upstream: { requireZeroDataRetention: band === 'under13' },
    escalation: { includeText: false },
    categories: { ...MINOR_CATEGORY_TABLE },
    risk: DEFAULT_RISK_POLICIES[band as Exclude<AgeBand, 'adult'>],
  };
}

/** The defaults: strict for every minor band, plain for adults. */
export const DEFAULT_POLICY: Policy = {
  youngestBand: 'under13',
  bands: {
    under13: minorBand('under13', { scrub: true, maxMessageChars: 1000 }),
    teen13to15: minorBand('teen13to15', { scrub: true, maxMessageChars: 2000 }),
    teen16to17: minorBand('teen16to17', { scrub: true, maxMessageChars: 2000 }),
    adult: {
      pii: { scrub: false },
      screening: { enabled: true, actions: { ...ADULT_SCREEN_ACTIONS } },
      disclosure: { requireAcknowledgement: true, reminderIntervalMinutes: 0 },
      chat: {
        model: DEFAULT_CHAT_MODEL,
        instructions: INSTRUCTIONS.adult,
        maxMessageChars: 4000,
        maxMessages: 60,
        maxOutputTokens: 1500,
      },
      upstream: { requireZeroDataRetention: false },
      escalation: { includeText: false },
      categories: { ...ADULT_CATEGORY_TABLE },
      risk: DEFAULT_RISK_POLICIES.adult,
    },
  },
};
