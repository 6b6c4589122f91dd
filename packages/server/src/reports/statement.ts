import type { DecisionScope, StatementOfReasons } from '@youthchat/core';
import type { DecisionInput } from './schema.js';

/** How the reporter contests a decision; every text is shown in the statement of reasons. */
export interface AppealOptions {
  /**
   * Days after a decision during which the reporter may ask for a review
   * (DSA Art. 20 asks for at least six months). @default 183
   */
  windowDays?: number;
  /** How to ask for a review. `{reference}` and `{url}` are filled in. */
  howTo?: string;
  /** Out-of-court dispute settlement available (DSA Art. 21). */
  outOfCourt?: string;
  /** Judicial redress. */
  judicial?: string;
}

export const DEFAULT_APPEAL_WINDOW_DAYS = 183;

const DEFAULT_HOW_TO =
  'Ask us to look again within six months: send your reference number {reference} from the app, or POST to {url}. A different person will review it.';
const DEFAULT_OUT_OF_COURT =
  'If you live in the EU you may also turn to a certified out-of-court dispute settlement body (Digital Services Act, Article 21).';
const DEFAULT_JUDICIAL = 'You can also take the matter to the courts of your country.';

const ACCOUNT_ACTIONS = new Set(['warn-account', 'suspend-account', 'terminate-account']);

/** Builds the statement of reasons for a moderator's decision. */
export function buildStatement(
  input: DecisionInput,
  context: { reference: string; decidedAt: number; appealUrl: string; appeals?: AppealOptions },
): StatementOfReasons {
  const windowDays = context.appeals?.windowDays ?? DEFAULT_APPEAL_WINDOW_DAYS;
  const scope: DecisionScope = input.scope ?? (ACCOUNT_ACTIONS.has(input.action) ? 'account' : 'message');
  const endsAt =
    input.durationDays !== undefined
      ? new Date(context.decidedAt + input.durationDays * 86_400_000).toISOString()
      : null;
  const fill = (template: string) =>
    template.replaceAll('{reference}', context.reference).replaceAll('{url}', context.appealUrl);
  return {
    reference: context.reference,
    decidedAt: new Date(context.decidedAt).toISOString(),
    decision: {
      action: input.action,
      scope,
      territorialScope: input.territorialScope ?? 'worldwide',
      endsAt,
    },
    facts: input.facts,
    basedOnNotice: true,
    automatedMeans: {
      detection: input.automatedDetection ?? false,
      decision: input.automatedDecision ?? false,
    },
    ground: input.ground,
    redress: {
      internalComplaint: {
        howTo: fill(context.appeals?.howTo ?? DEFAULT_HOW_TO),
        deadline: new Date(context.decidedAt + windowDays * 86_400_000).toISOString(),
      },
      outOfCourt: context.appeals?.outOfCourt ?? DEFAULT_OUT_OF_COURT,
      judicial: context.appeals?.judicial ?? DEFAULT_JUDICIAL,
    },
  };
}
