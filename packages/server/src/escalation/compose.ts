import type { EscalationHook } from './types.js';

/**
 * One hook that gives each event to every hook, in order (the report outbox,
 * then guardian alerts). Each runs even when another fails; the first failure
 * is passed on once all have run, so the chat handler logs it.
 *
 * @example
 * const onEscalation = composeEscalationHooks(reporting.escalate, guardians.escalate);
 */
export function composeEscalationHooks(...hooks: (EscalationHook | undefined)[]): EscalationHook {
  const present = hooks.filter((hook): hook is EscalationHook => hook !== undefined);
  return async (event) => {
    const results = await Promise.allSettled(present.map(async (hook) => hook(event)));
    const failed = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
    if (failed) throw failed.reason;
  };
}
