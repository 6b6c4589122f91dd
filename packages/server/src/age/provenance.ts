import {
  type AgeBand,
  type AgeProvenance,
  type AgeSignal,
  bandForAge,
  combineAgeEvidence,
  meetsAssurance,
  SELF_DECLARED,
  youngestAge,
} from '@youthchat/core';
import { z } from 'zod';
import { HttpError } from '../http/errors.js';
import { AgeResultError, type AgeResultVerifier, type VerifiedAgeResult } from './verifier.js';

/** `verified` in `POST /api/age` and `POST /api/age/verify`: signed results, each named by its verifier. */
export const verifiedResultsSchema = z
  .array(
    z.object({
      verifier: z.string().min(1).max(64),
      result: z.string().min(1).max(8192),
    }),
  )
  .max(3);

export type VerifiedResultInput = z.infer<typeof verifiedResultsSchema>[number];

/** Runs each result through the verifier it names; any that does not verify refuses the whole request. */
export async function verifyResults(
  inputs: readonly VerifiedResultInput[],
  verifiers: readonly AgeResultVerifier[] | undefined,
  now: Date,
): Promise<VerifiedAgeResult[]> {
  const results: VerifiedAgeResult[] = [];
  for (const input of inputs) {
    const verifier = verifiers?.find((v) => v.name === input.verifier);
    if (!verifier) {
      const known = verifiers?.map((v) => `"${v.name}"`).join(', ');
      throw new HttpError(
        400,
        'unknown_verifier',
        known
          ? `verified: "${input.verifier}" is not a configured age verifier; use one of ${known}.`
          : 'verified: this server has no age verifiers configured, so it cannot check signed age results.',
      );
    }
    try {
      results.push(await verifier.verify(input.result, { now }));
    } catch (error) {
      if (error instanceof AgeResultError) throw new HttpError(422, error.code, error.message);
      throw new HttpError(422, 'age_result_invalid', `The ${verifier.name} age result could not be verified.`);
    }
  }
  return results;
}

/** The band a token gets, the youngest age consent rules are checked against, and how the band was decided. */
export interface AgeDecision {
  band: AgeBand;
  youngestAge: number;
  provenance: AgeProvenance;
}

/**
 * Decides the band from what the person declared, signals the client sent
 * and verified results:
 * - without a verified result the declaration decides, `declared` / `self-declared`;
 * - a verified result decides the band instead, up or down, with its method and assurance
 *   (several: the youngest band, the lowest assurance);
 * - signals the client sent unverified can only lower the band, never raise it
 *   and never raise the assurance.
 */
export function decideAge(
  declared: { age: number } | undefined,
  signals: readonly AgeSignal[],
  verified: readonly VerifiedAgeResult[],
): AgeDecision {
  let base: { age: number; band: AgeBand; provenance: AgeProvenance };
  if (verified.length > 0) {
    const age = youngestAge(120, verified);
    const band = combineAgeEvidence(undefined, verified, bandForAge(age));
    const weakest = verified.reduce((low, r) => (meetsAssurance(low.assurance, r.assurance) ? r : low));
    base = { age, band, provenance: { method: weakest.method, assurance: weakest.assurance } };
  } else if (declared) {
    base = { age: declared.age, band: bandForAge(declared.age), provenance: SELF_DECLARED };
  } else {
    throw new HttpError(400, 'invalid_request', 'Send a birthDate or an age, or a verified age result.');
  }
  return {
    band: combineAgeEvidence(base.band, signals, base.band),
    youngestAge: youngestAge(base.age, signals),
    provenance: base.provenance,
  };
}
