import { type CheckContext, type CheckVerdict, type ModerationCheck, runCheck } from './checks.js';

/** What one check said about every text, or why it said nothing. */
export type Settled = { check: ModerationCheck; verdicts: CheckVerdict[] } | { check: ModerationCheck; error: unknown };

/**
 * Starts one check with its deadline (`runCheck`); the promise never rejects,
 * so that checks started together can all be waited for.
 */
export function startCheck(
  check: ModerationCheck,
  texts: readonly string[],
  context: CheckContext,
  timeoutMs: number,
): Promise<Settled> {
  return runCheck(check, texts, context, timeoutMs).then(
    (verdicts) => ({ check, verdicts }),
    (error: unknown) => ({ check, error }),
  );
}

/** The verdicts per text of the checks that answered, and the failures of those that did not, in check order. */
export function tally(settled: readonly Settled[], texts: number): { perText: CheckVerdict[][]; failures: unknown[] } {
  const perText: CheckVerdict[][] = Array.from({ length: texts }, () => []);
  const failures: unknown[] = [];
  for (const result of settled) {
    if ('error' in result) {
      failures.push(result.error);
      continue;
    }
    for (const [i, verdict] of result.verdicts.entries()) perText[i]?.push(verdict);
  }
  return { perText, failures };
}
