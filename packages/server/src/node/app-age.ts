import type { AssuranceRequirements } from '@youthchat/core';
import { type AgeResultVerifier, jwksAgeVerifier } from '../age/verifier.js';
import { assuranceGate } from '../chat/assurance-gate.js';
import type { ChatGate } from '../chat/gate.js';
import type { ServerConfig } from './config.js';

export interface AppAgeOptions {
  /**
   * Minimum age assurance per band or feature, checked once at start-up;
   * the chat handler holds chats below it (403 `age_assurance_required`).
   *
   * @example
   * { features: { chat: { adult: 'platform' } } }
   */
  assurance?: AssuranceRequirements;
  /** Verifiers for signed age results, besides the one `YOUTHCHAT_AGE_JWKS_URL` configures. */
  ageVerifiers?: AgeResultVerifier[];
}

/** The age verifiers and the assurance gate the app runs, and lines for the start-up message. */
export function appAgeOptions(
  config: ServerConfig,
  options: AppAgeOptions,
): { verifiers: AgeResultVerifier[]; gates: ChatGate[]; notes: string[] } {
  const verifiers = [...(options.ageVerifiers ?? [])];
  if (config.ageVerifier) verifiers.push(jwksAgeVerifier(config.ageVerifier));
  const gates = options.assurance ? [assuranceGate(options.assurance)] : [];
  const notes = [
    verifiers.length
      ? `age results: verified by ${verifiers.map((v) => v.name).join(', ')} (POST /api/age/verify)`
      : 'age results: none verified (set YOUTHCHAT_AGE_JWKS_URL, _JWT_ISSUER and _JWT_AUDIENCE); bands are self-declared',
  ];
  return { verifiers, gates, notes };
}
