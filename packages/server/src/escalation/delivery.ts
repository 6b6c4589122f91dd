import { ConfigurationError } from '@youthchat/core';
import type { EscalationOutboxItem, ReportStore } from '../reports/types.js';
import { ATTEMPT_HEADER, EVENT_ID_HEADER, SIGNATURE_HEADER, signEscalation } from './signature.js';
import type { EscalationEvent, EscalationHook } from './types.js';

/** The part of a report store the escalation outbox uses. */
export type EscalationOutboxStore = Pick<
  ReportStore,
  'enqueueEscalation' | 'claimEscalations' | 'markEscalationDelivered' | 'markEscalationFailed'
>;

/** What the delivery worker logs: ids, attempts and HTTP statuses, never event content. */
export interface DeliveryLogEntry {
  eventId: string;
  attempt: number;
  outcome: 'delivered' | 'failed';
  status?: number;
  error?: string;
  nextAttemptAt?: number;
}

export interface EscalationDeliveryOptions {
  store: EscalationOutboxStore;
  /** The receiver (`ESCALATION_WEBHOOK_URL`). */
  url: string;
  /** The HMAC key (`ESCALATION_WEBHOOK_SECRET`): at least 32 bytes. */
  secret: string;
  fetch?: typeof fetch;
  /** Delay after the first failure; doubled after each one, with jitter. @default 1000 */
  retryBaseMs?: number;
  /** Longest delay between tries. @default 3600000 (one hour) */
  retryMaxMs?: number;
  /** How often the outbox is checked when nothing wakes the worker. @default 5000 */
  pollMs?: number;
  /** Events sent at once. @default 10 */
  batchSize?: number;
  /** How long a claimed event is held before another instance may take it. @default 60000 */
  leaseMs?: number;
  /** Timeout of one delivery. @default 10000 */
  timeoutMs?: number;
  log?: (entry: DeliveryLogEntry) => void;
  now?: () => number;
  random?: () => number;
}

export interface EscalationDelivery {
  /** Starts the polling loop. */
  start(): void;
  /** Wakes the loop now (a new event was committed). */
  kick(): void;
  /** One pass over the due events; resolves with what happened. */
  runOnce(): Promise<{ delivered: number; failed: number }>;
  /** Stops the loop and waits for deliveries in flight. */
  stop(): Promise<void>;
}

const MIN_SECRET_BYTES = 32;

/** The JSON a receiver gets. The body is the same on every retry; the signature and attempt header change. */
export function escalationPayload(event: EscalationEvent): string {
  return JSON.stringify({ type: 'youthchat.escalation', event });
}

const defaultLog = (entry: DeliveryLogEntry) => {
  // Attempts 1, 2, 4, 8, …: an outage is visible in the log without flooding it.
  if (entry.outcome === 'failed' && (entry.attempt & (entry.attempt - 1)) === 0) {
    console.warn(
      `[youthchat] escalation ${entry.eventId} attempt ${entry.attempt} failed (${entry.status ?? entry.error ?? 'error'}); retrying later`,
    );
  }
};

/** Delay before the next try: exponential, capped, with equal jitter (half fixed, half random). */
export function retryDelay(
  attempts: number,
  baseMs: number,
  maxMs: number,
  random: () => number = Math.random,
): number {
  const ceiling = Math.min(maxMs, baseMs * 2 ** Math.min(Math.max(attempts - 1, 0), 30));
  return Math.round(ceiling / 2 + random() * (ceiling / 2));
}

function retryAfterMs(response: Response): number | undefined {
  const header = response.headers.get('retry-after');
  if (!header) return undefined;
  const seconds = Number(header);
  return Number.isFinite(seconds) && seconds >= 0 ? seconds * 1000 : undefined;
}

/**
 * Delivers the store's escalation outbox to a webhook, at least once per
 * event id: an event leaves the outbox only after a 2xx answer, failures are
 * retried with exponential backoff and jitter, and since the outbox is in the
 * store, pending events survive restarts.
 *
 * @example
 * const delivery = createEscalationDelivery({ store, url: process.env.ESCALATION_WEBHOOK_URL!, secret });
 * delivery.start();
 */
export function createEscalationDelivery(options: EscalationDeliveryOptions): EscalationDelivery {
  const { store } = options;
  if (Buffer.byteLength(options.secret ?? '') < MIN_SECRET_BYTES) {
    throw new ConfigurationError(
      'weak_webhook_secret',
      `The escalation webhook secret must be at least ${MIN_SECRET_BYTES} bytes; set ESCALATION_WEBHOOK_SECRET to a long random value.`,
    );
  }
  const now = options.now ?? Date.now;
  const random = options.random ?? Math.random;
  const baseMs = options.retryBaseMs ?? 1000;
  const maxMs = options.retryMaxMs ?? 3_600_000;
  const pollMs = options.pollMs ?? 5000;
  const batchSize = options.batchSize ?? 10;
  const leaseMs = options.leaseMs ?? 60_000;
  const timeoutMs = options.timeoutMs ?? 10_000;
  const log = options.log ?? defaultLog;
  let running = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let current: Promise<unknown> | undefined;
  let again = false;

  async function deliver(item: EscalationOutboxItem): Promise<boolean> {
    const attempt = item.attempts + 1;
    const body = escalationPayload(item.event);
    let status: number | undefined;
    let wait: number | undefined;
    let error: string | undefined;
    try {
      const response = await (options.fetch ?? fetch)(options.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          [SIGNATURE_HEADER]: signEscalation(body, options.secret, Math.floor(now() / 1000)),
          [EVENT_ID_HEADER]: item.event.id,
          [ATTEMPT_HEADER]: String(attempt),
          'user-agent': 'youthchat-escalation/1',
        },
        body,
        signal: AbortSignal.timeout(timeoutMs),
        redirect: 'error',
      });
      status = response.status;
      wait = retryAfterMs(response);
      await response.body?.cancel().catch(() => {});
      if (response.ok) {
        await store.markEscalationDelivered(item.event.id, now());
        log({ eventId: item.event.id, attempt, outcome: 'delivered', status });
        return true;
      }
    } catch (cause) {
      // The network code (ECONNREFUSED, ENOTFOUND…) or the error's name: never a message that could quote data.
      const code = (cause as { cause?: { code?: unknown } }).cause?.code;
      error = typeof code === 'string' ? code : cause instanceof Error ? cause.name : 'error';
    }
    const delay = Math.min(Math.max(wait ?? 0, retryDelay(attempt, baseMs, maxMs, random)), maxMs);
    const nextAttemptAt = now() + delay;
    const reason = status !== undefined ? `http_${status}` : (error ?? 'error');
    await store.markEscalationFailed(item.event.id, { attempts: attempt, nextAttemptAt, error: reason });
    log({
      eventId: item.event.id,
      attempt,
      outcome: 'failed',
      ...(status !== undefined ? { status } : {}),
      ...(error !== undefined ? { error } : {}),
      nextAttemptAt,
    });
    return false;
  }

  async function pass(): Promise<{ delivered: number; failed: number; full: boolean }> {
    const items = await store.claimEscalations({ now: now(), limit: batchSize, leaseMs });
    const results = await Promise.all(items.map((item) => deliver(item).catch(() => false)));
    const delivered = results.filter(Boolean).length;
    return { delivered, failed: results.length - delivered, full: items.length === batchSize };
  }

  function schedule(ms: number): void {
    if (!running) return;
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(loop, ms);
    timer.unref?.();
  }

  function loop(): void {
    timer = undefined;
    if (!running) return;
    if (current) {
      again = true;
      return;
    }
    current = pass()
      .then((result) => result.full)
      .catch(() => false)
      .then((full) => {
        current = undefined;
        const soon = full || again;
        again = false;
        schedule(soon ? 0 : pollMs);
      });
  }

  return {
    start() {
      if (running) return;
      running = true;
      schedule(0);
    },
    kick() {
      if (!running) return;
      // A pass in flight may have claimed before this event was committed: go round again after it.
      if (current) again = true;
      else schedule(0);
    },
    runOnce: async () => {
      const { delivered, failed } = await pass();
      return { delivered, failed };
    },
    async stop() {
      running = false;
      if (timer !== undefined) clearTimeout(timer);
      timer = undefined;
      await current;
    },
  };
}

/**
 * An `EscalationHook` that puts events in the store's outbox (durably) and
 * wakes the delivery worker. Give it to the chat handler.
 */
export function outboxEscalationHook(
  store: EscalationOutboxStore,
  options: { delivery?: EscalationDelivery; now?: () => number } = {},
): EscalationHook {
  const now = options.now ?? Date.now;
  return async (event) => {
    await store.enqueueEscalation(event, now());
    options.delivery?.kick();
  };
}
