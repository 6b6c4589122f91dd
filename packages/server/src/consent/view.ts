import {
  type AgeBand,
  type AgeProvenance,
  type ConsentScope,
  type ConsentStatus,
  consentAllows,
  pickMessages,
} from '@youthchat/core';
import type { AgeClaims } from '../age/token.js';
import { consentChatMessages } from './chat-messages.js';

/** Where consent stands for a child right now: what `GET /api/age` answers and the chat honours. */
export interface ConsentView {
  consent: ConsentStatus;
  consentScopes: ConsentScope[];
  /** How a parent's consent was verified, once one decided. */
  consentMethod?: string;
  /** When a parent decided (ISO 8601). */
  consentAt?: string;
  /**
   * The child's age group as a parent confirmed it with their decision, with
   * the provenance that gives it (`method: 'parent'`, the assurance the
   * parent's verification method earns). It replaces the token's band.
   */
  parentAge?: { band: AgeBand; provenance: AgeProvenance };
}

/** Reads the consent record for a token (the store's, so a revocation holds on the next request). */
export type ConsentLookup = (claims: AgeClaims) => Promise<ConsentView>;

/** What the token itself says, for a server without a consent store. */
export function consentFromClaims(claims: AgeClaims): ConsentView {
  return {
    consent: claims.consent,
    consentScopes: claims.consentScopes ?? [],
    ...(claims.consentMethod ? { consentMethod: claims.consentMethod } : {}),
    ...(claims.consentAt ? { consentAt: claims.consentAt.toISOString() } : {}),
  };
}

/**
 * What the chat may do for this child: `hold` is the kind message in the
 * band's words when it may not chat at all (no `use`); `thirdParty` is false
 * when nothing may go to the model provider (no `ai-provider`).
 */
export async function chatConsent(
  claims: AgeClaims,
  lookup: ConsentLookup | undefined,
  locale: string | undefined,
): Promise<{ thirdParty: boolean; hold?: string }> {
  const view = lookup ? await lookup(claims) : consentFromClaims(claims);
  const allows = consentAllows(view.consent, view.consentScopes);
  if (allows.chat) return { thirdParty: allows.thirdParty };
  const t = pickMessages(consentChatMessages, locale, claims.band);
  const hold =
    view.consent === 'pending' ? t.consentPending : view.consent === 'denied' ? t.consentDenied : t.consentRequired;
  return { thirdParty: false, hold };
}
