import {
  type Catalogue,
  checkPolicyAssurance,
  meetsAssurance,
  type Policy,
  pickMessages,
  policyAssurance,
} from '@youthchat/core';
import type { AgeClaims } from '../age/token.js';
import type { ChatGate } from './gate.js';
import { type ChatHoldMessages, chatHoldMessages } from './hold-messages.js';

/**
 * Holds a chat whose age assurance is below the policy's minimum for the
 * band's `chat` feature (`bands.<band>.assurance`): a 403
 * `age_assurance_required` in the person's words. The policy's assurance is
 * checked here, once, at start-up (a mistake throws `ConfigurationError`).
 */
export function policyAssuranceGate(
  policy: Policy,
  messages: Catalogue<ChatHoldMessages> = chatHoldMessages,
): ChatGate {
  checkPolicyAssurance(policy);
  return ({ claims, locale }) => {
    if (meetsAssurance(claims.provenance.assurance, policyAssurance(policy, claims.band, 'chat'))) return null;
    return {
      status: 403,
      code: 'age_assurance_required',
      message: pickMessages(messages, locale, claims.band).assuranceRequired,
    };
  };
}

/** Whether the policy lets this person's messages reach the model provider (`ai-provider` feature). */
export function providerAllowedByPolicy(policy: Policy, claims: AgeClaims): boolean {
  return meetsAssurance(claims.provenance.assurance, policyAssurance(policy, claims.band, 'ai-provider'));
}
