import {
  type AssuranceFeature,
  type AssuranceRequirements,
  type Catalogue,
  defineAssuranceRequirements,
  meetsAssurance,
  pickMessages,
  requiredAssurance,
} from '@youthchat/core';
import type { ChatGate } from './gate.js';
import { type ChatHoldMessages, chatHoldMessages } from './hold-messages.js';

/**
 * Holds a chat whose age token's assurance is below what the requirements
 * ask for its band (a 403 `age_assurance_required`, in the person's words).
 * The requirements are checked once, here.
 *
 * @example
 * const chat = createChatHandler({ secret, gates: [assuranceGate({ features: { chat: { adult: 'platform' } } })] });
 */
export function assuranceGate(
  requirements: AssuranceRequirements,
  options: { feature?: AssuranceFeature; messages?: Catalogue<ChatHoldMessages> } = {},
): ChatGate {
  const checked = defineAssuranceRequirements(requirements);
  const feature = options.feature ?? 'chat';
  const catalogue = options.messages ?? chatHoldMessages;
  return ({ claims, locale }) => {
    const minimum = requiredAssurance(checked, claims.band, feature);
    if (meetsAssurance(claims.provenance.assurance, minimum)) return null;
    return {
      status: 403,
      code: 'age_assurance_required',
      message: pickMessages(catalogue, locale, claims.band).assuranceRequired,
    };
  };
}
