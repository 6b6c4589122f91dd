import { AGE_BANDS, type AgeAssurance, type AgeBand, type AgeProvenance, bandForAge } from '@youthchat/core';
import { z } from 'zod';
import type { AgeClaims } from '../age/token.js';
import { HttpError } from '../http/errors.js';
import type { ConsentLookup, ConsentView } from './view.js';

/** The age groups a parent can confirm for a child (a parent does not make a child an adult). */
export const CHILD_AGE_BANDS = ['under13', 'teen13to15', 'teen16to17'] as const satisfies readonly AgeBand[];

/**
 * `childAge` in a parent's grant: the child's age group, or their year of
 * birth (the younger of the two ages it allows counts).
 */
export const childAgeSchema = z.union(
  [
    z.object({ band: z.enum(CHILD_AGE_BANDS, { error: 'must be "under13", "teen13to15" or "teen16to17"' }) }).strict(),
    z.object({ birthYear: z.number({ error: 'must be a year, like 2014' }).int('must be a whole year') }).strict(),
  ],
  { error: 'must be { "band": "under13" | "teen13to15" | "teen16to17" } or { "birthYear": 2014 }' },
);

export type ChildAgeInput = z.infer<typeof childAgeSchema>;

/** The age group a parent's answer names; a birth year outside childhood is refused (400). */
export function childBandOf(input: ChildAgeInput, now: Date): AgeBand {
  if ('band' in input) return input.band;
  const year = now.getUTCFullYear();
  // Born in that year, the child is (year - birthYear) or one less: the younger counts.
  const youngest = year - input.birthYear - 1;
  if (input.birthYear > year || youngest < 0 || year - input.birthYear > 17) {
    throw new HttpError(
      400,
      'invalid_request',
      `Fix these fields and send again: childAge.birthYear: must be a child's year of birth, from ${year - 17} to ${year}.`,
    );
  }
  return bandForAge(Math.max(0, youngest));
}

/** What a parent's confirmation records: the child's age group and how far it can be trusted. */
export interface ParentAgeRecord {
  band: AgeBand;
  assurance: AgeAssurance;
}

const older = (a: AgeBand, b: AgeBand) => AGE_BANDS.indexOf(a) > AGE_BANDS.indexOf(b);

/**
 * Applies the rule a client signal follows to a parent's confirmation: it
 * may always make the child younger; it may make the child older only
 * through a method whose confirmation counts as `verified` (a card, ID or
 * vendor check; never email plus). Returns what to record, or null when the
 * confirmation adds nothing (the same group, and no stronger assurance).
 */
export function parentAgeDecision(
  declared: AgeBand,
  confirmed: AgeBand,
  methodAssurance: AgeAssurance,
  method: string,
): ParentAgeRecord | null {
  if (older(confirmed, declared) && methodAssurance !== 'verified') {
    throw new HttpError(
      422,
      'age_confirmation_not_allowed',
      `"${method.slice(0, 64)}" cannot confirm an older age group than your child gave: that needs a verified check (a card, ID or vendor check). With this method you can confirm the same or a younger age group.`,
    );
  }
  if (confirmed === declared && methodAssurance === 'self-declared') return null;
  return { band: confirmed, assurance: methodAssurance };
}

/** The provenance a parent's confirmation gives the child's age. */
export function parentProvenance(record: ParentAgeRecord): AgeProvenance {
  return { method: 'parent', assurance: record.assurance };
}

/**
 * The token's claims with the parent's confirmation, which the consent
 * record holds, in place of the band and provenance the token was signed
 * with. The record is the authority, as it is for consent.
 */
export function withParentAge(claims: AgeClaims, view: ConsentView | undefined): AgeClaims {
  const age = view?.parentAge;
  if (!age) return claims;
  if (claims.band === age.band && sameProvenance(claims.provenance, age.provenance)) return claims;
  return { ...claims, band: age.band, provenance: age.provenance };
}

export function sameProvenance(a: AgeProvenance, b: AgeProvenance): boolean {
  return a.method === b.method && a.assurance === b.assurance;
}

/**
 * Reads the consent record once for a request: the claims with any age group
 * a parent confirmed, and a lookup that answers from that same read.
 */
export async function withConsentRecord(
  claims: AgeClaims,
  lookup: ConsentLookup | undefined,
): Promise<{ claims: AgeClaims; consent: ConsentLookup | undefined }> {
  if (!lookup) return { claims, consent: undefined };
  const view = await lookup(claims);
  return { claims: withParentAge(claims, view), consent: async () => view };
}
