import { type AgeProvenance, isAgeAssurance, isAgeMethod, SELF_DECLARED } from '@youthchat/core';

/**
 * The provenance a token's claims hold (`am` method, `al` assurance level).
 * A token signed before provenance existed has neither and counts as
 * self-declared; one with a value this version does not know is refused (null).
 */
export function readProvenanceClaims(payload: Record<string, unknown>): AgeProvenance | null {
  const { am, al } = payload;
  if (am === undefined && al === undefined) return SELF_DECLARED;
  if (!isAgeMethod(am) || !isAgeAssurance(al)) return null;
  return { method: am, assurance: al };
}
