import { createReportOutbox, type ReportOutbox, type ReportOutboxEntry } from '@youthchat/core';
import { useEffect, useSyncExternalStore } from 'react';
import { useYouthSafety } from '../provider/context.js';

// One outbox per storage, key and server, shared by every ReportButton on the
// page: a report is retried by one loop, not by one per message.
const byStorage = new WeakMap<Storage, Map<string, ReportOutbox>>();
const inMemory = new Map<string, ReportOutbox>();

function outboxFor(storage: Storage | null, storageKey: string, serverUrl: string): ReportOutbox {
  const key = `${storageKey}\u0000${serverUrl}`;
  let map = storage ? byStorage.get(storage) : inMemory;
  if (!map) {
    map = new Map();
    if (storage) byStorage.set(storage, map);
  }
  let outbox = map.get(key);
  if (!outbox) {
    outbox = createReportOutbox({
      url: `${serverUrl.replace(/\/$/, '')}/reports`,
      storage,
      key: `${storageKey}:report-outbox`,
    });
    map.set(key, outbox);
  }
  return outbox;
}

export interface UseReportOutboxResult {
  outbox: ReportOutbox;
  /** Every report this device remembers: waiting, sent (with its reference) or refused. */
  entries: readonly ReportOutboxEntry[];
  /** How many are still waiting to be sent. */
  pending: number;
}

/**
 * The device's report outbox, for showing "1 report waiting to be sent" or
 * the reference numbers of earlier reports. While any component uses it,
 * waiting reports are retried (on a timer and when the browser is back online).
 *
 * @example
 * const { pending } = useReportOutbox();
 * return pending > 0 ? <p>{pending} report waiting to be sent</p> : null;
 */
export function useReportOutbox(component = 'useReportOutbox'): UseReportOutboxResult {
  const ctx = useYouthSafety(component);
  const outbox = outboxFor(ctx.storage, ctx.storageKey, ctx.serverUrl);
  // The provider's fetch carries the age token, so the server knows the reporter's band.
  outbox.setFetch(ctx.fetch);
  useEffect(() => outbox.start(), [outbox]);
  const entries = useSyncExternalStore(outbox.subscribe, outbox.getSnapshot, outbox.getSnapshot);
  return { outbox, entries, pending: entries.filter((e) => e.state === 'pending').length };
}
