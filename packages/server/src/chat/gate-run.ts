import { HttpError } from '../http/errors.js';
import type { ChatGate, ChatGateContext } from './gate.js';

/** Runs the gates in order; the first hold becomes the JSON 4xx the child's app shows. */
export async function runGates(gates: readonly ChatGate[] | undefined, context: ChatGateContext): Promise<void> {
  for (const gate of gates ?? []) {
    const hold = await gate(context);
    if (!hold) continue;
    throw new HttpError(hold.status, hold.code, hold.message, {
      ...(hold.retryAfterSeconds !== undefined
        ? { headers: { 'retry-after': String(Math.max(1, Math.ceil(hold.retryAfterSeconds))) } }
        : {}),
    });
  }
}
