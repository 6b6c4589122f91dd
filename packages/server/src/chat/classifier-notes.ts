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
