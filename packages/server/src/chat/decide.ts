import {
  type AgeBand,
  ALLOW_DECISION,
  type BandPolicy,
  type Decision as CoreDecision,
  decide as decideFindings,
  mergeDecisions as merge,
} from '@youthchat/core';
import type { ChatStage, CheckVerdict } from './checks.js';
import type { CategoryTable } from './rules.js';

export type ChatAction = 'allow' | 'escalate' | 'block';

/** What the checks' verdicts on one text add up to (see `decide` in `@youthchat/core`). */
export type Decision = CoreDecision;

export const ALLOW: Decision = ALLOW_DECISION;

/**
 * Combines verdicts (from every check, for one text) through the band's
 * table, with the one `decide` of `@youthchat/core`. Before the model, a
 * block wins (the message is not answered) while risks found alongside still
 * escalate and show help lines; on the reply anything not allowed is withheld.
 */
export function decide(
  verdicts: readonly CheckVerdict[],
  table: CategoryTable,
  stage: ChatStage,
  band?: { band: AgeBand; policy: BandPolicy },
): Decision {
  return decideFindings(
    verdicts,
    {
      categories: table,
      minor: band ? band.band !== 'adult' : true,
      ...(band ? { screening: band.policy.screening } : {}),
    },
    stage,
  );
}

/** Merges decisions about the same text from separate rounds of checks. */
export function mergeDecisions(a: Decision, b: Decision): Decision {
  return merge(a, b, 'input');
}
