import type { EscalationSeverity } from '../escalation/types.js';
import type { CheckVerdict } from './checks.js';

/** What a reply keeps of the youth-policy classifier's verdicts, for escalation events. */
export interface ClassifierRecord {
  /** The policy text's version the band's verdicts are given under. */
  policyVersion: string;
  /** Verdicts on the child's latest message, from every check; the classifier's carry `severity`. */
  verdicts: CheckVerdict[];
}

/**
 * The fields an escalation event gains when the classifier judged the text:
 * the policy's version always, the rationale only where the band's policy
 * allows text in events (`escalation.includeText`).
 */
export function classifierNotes(
  record: ClassifierRecord | undefined,
  includeText: boolean,
): { policyVersion?: string; rationale?: string } {
  const judged = record?.verdicts.filter((v) => v.severity !== undefined) ?? [];
  if (!record || judged.length === 0) return {};
  const rationale = judged
    .map((v) => v.rationale?.trim() ?? '')
    .filter(Boolean)
    .join(' ');
  return { policyVersion: record.policyVersion, ...(includeText && rationale ? { rationale } : {}) };
}

const RANK = { none: -1, low: 0, medium: 1, high: 2 } as const;

/**
 * An event's severity: the table's, raised to the classifier's when the
 * classifier named the category as more serious. Never lowered.
 */
export function classifierSeverity(
  record: ClassifierRecord | undefined,
  category: string,
  severity: EscalationSeverity,
): EscalationSeverity {
  let result = severity;
  for (const verdict of record?.verdicts ?? []) {
    const found = verdict.severity;
    if (found === undefined || found === 'none' || !verdict.categories.includes(category)) continue;
    if (RANK[found] > RANK[result]) result = found;
  }
  return result;
}
