import type { AgeBand, BandPolicy } from '@youthchat/core';
import type { ChatLogger } from '../chat/options.js';
import type { CategoryTable } from '../chat/rules.js';
import type { ChatStreamEvent } from '../chat/wire.js';
import type { EscalationHook } from '../escalation/types.js';
import { type ReplyRisk, replyRisk } from './tracker.js';
import type { SafetyRecordStore } from './types.js';

/** What one reply records besides its stream: risk that adds up, and the counters for regulators. */
export interface ReplyRecords {
  /** For the pipeline's `risk`. */
  risk: ReplyRisk | undefined;
  /** The escalation hook for this reply: notes the categories it escalated, then calls the app's. */
  onEscalation: EscalationHook | undefined;
  /** Sees every event sent to the child: a safety event with help lines counts once per reply. */
  observe(event: ChatStreamEvent): void;
  /** Writes the risk and the counters; failures are logged (codes only), never thrown. */
  finish(): Promise<void>;
}

/**
 * Per-reply records. Without a store only the app's hook runs. Crisis
 * resources count once per reply in which the server told the client to
 * show help lines (a `safety` event with `showCrisisResources`).
 */
export function replyRecords(options: {
  store: SafetyRecordStore | undefined;
  band: AgeBand;
  policy: BandPolicy;
  table: CategoryTable;
  subject: string;
  now: () => Date;
  onEscalation: EscalationHook | undefined;
  log: ChatLogger;
}): ReplyRecords {
  const { store, log, band } = options;
  const escalated = new Set<string>();
  const hook = options.onEscalation;
  const onEscalation: EscalationHook | undefined = hook
    ? (event) => {
        escalated.add(event.category);
        return hook(event);
      }
    : undefined;
  const risk = store ? replyRisk({ ...options, store, onEscalation: hook }) : undefined;
  let helpShown: Promise<void> | undefined;
  return {
    risk,
    onEscalation,
    observe(event) {
      if (!store || helpShown || event.type !== 'safety' || !event.showCrisisResources) return;
      helpShown = store
        .countEvent({ metric: 'crisis_resources_shown' }, options.now().getTime())
        .catch((error: unknown) => log({ event: 'count_failed', code: codeOf(error), band }));
    },
    async finish() {
      await Promise.all([
        helpShown,
        risk?.flush({ escalated }).catch((error: unknown) => log({ event: 'risk_failed', code: codeOf(error), band })),
      ]);
    },
  };
}

function codeOf(error: unknown): string {
  return error instanceof Error ? (error.name !== 'Error' ? error.name : error.constructor.name) : typeof error;
}
