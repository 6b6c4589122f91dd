import { createPersistedValue, type PersistedValue } from '../store/persisted.js';
import { isReportReason } from './reasons.js';
import type { ReportReceipt, ReportSubmission } from './types.js';

/** A report kept on the device until the server has acknowledged it. */
export interface ReportOutboxEntry {
  clientReportId: string;
  /** What is sent. Once sent, only the reason is kept on the device. */
  report: ReportSubmission & { clientReportId: string };
  /** `pending`: waiting to be (re)sent; `sent`: the server answered 201; `rejected`: the server refused it (4xx). */
  state: 'pending' | 'sent' | 'rejected';
  attempts: number;
  /** Epoch milliseconds. */
  createdAt: number;
  /** Epoch milliseconds of the next try, for pending entries. */
  nextAttemptAt: number;
  receipt?: ReportReceipt;
  error?: { code: string; message: string };
}

export interface ReportOutboxOptions {
  /** The reports route, e.g. `/api/reports`. */
  url: string;
  /** The transport. @default globalThis.fetch */
  fetch?: typeof fetch;
  /** Where entries are kept; `null` keeps them in memory only. @default localStorage when available */
  storage?: Storage | null;
  /** Storage key. @default 'youthchat:report-outbox' */
  key?: string;
  /** First retry delay; each failure doubles it, with jitter. @default 2000 */
  retryBaseMs?: number;
  /** Longest delay between tries. @default 60000 */
  retryMaxMs?: number;
  /** Sent entries remembered (to show their reference numbers). @default 20 */
  keepSent?: number;
  now?: () => number;
  random?: () => number;
}

/**
 * Reports waiting to be sent, kept in Web Storage so they survive a reload or
 * a closed tab. Every retry sends the same `clientReportId`, so the server
 * stores each report once however many times it arrives.
 */
export interface ReportOutbox {
  getSnapshot(): readonly ReportOutboxEntry[];
  subscribe(listener: () => void): () => void;
  /** Keeps the report, then tries to send it. Resolves with the entry after that first try. */
  submit(report: ReportSubmission): Promise<ReportOutboxEntry>;
  /** Sends every pending entry that is due (`force`: every pending entry now). */
  flush(options?: { force?: boolean }): Promise<void>;
  remove(clientReportId: string): void;
  /** Retries on a timer and when the browser comes back online. Returns a stop function; calls are counted. */
  start(): () => void;
  /** Replaces the transport (e.g. when the age token changes). */
  setFetch(transport: typeof globalThis.fetch | undefined): void;
}

const TRANSIENT = new Set([408, 425, 429, 500, 502, 503, 504]);
const MAX_PENDING = 100;
const SEND_TIMEOUT_MS = 15_000;

/** A random id for a report, made on the device. */
export function newClientReportId(): string {
  const c = globalThis.crypto;
  // randomUUID is missing outside secure contexts (plain http on a LAN address).
  if (typeof c?.randomUUID === 'function') return c.randomUUID();
  const bytes = new Uint8Array(16);
  c.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

function isEntry(value: unknown): value is ReportOutboxEntry {
  const v = value as Partial<ReportOutboxEntry> | null;
  return (
    typeof v === 'object' &&
    v !== null &&
    typeof v.clientReportId === 'string' &&
    typeof v.report === 'object' &&
    v.report !== null &&
    isReportReason(v.report.reason) &&
    v.report.clientReportId === v.clientReportId &&
    (v.state === 'pending' || v.state === 'sent' || v.state === 'rejected') &&
    typeof v.attempts === 'number' &&
    typeof v.createdAt === 'number' &&
    typeof v.nextAttemptAt === 'number'
  );
}

function isEntryList(value: unknown): value is ReportOutboxEntry[] {
  return Array.isArray(value) && value.every(isEntry);
}

function retryAfterMs(response: Response): number | undefined {
  const header = response.headers.get('retry-after');
  if (!header) return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds) && seconds >= 0) return seconds * 1000;
  const date = Date.parse(header);
  return Number.isNaN(date) ? undefined : Math.max(0, date - Date.now());
}

type Outcome =
  | { kind: 'sent'; receipt: ReportReceipt }
  | { kind: 'rejected'; error: { code: string; message: string } }
  | { kind: 'retry'; afterMs?: number };

async function readOutcome(response: Response): Promise<Outcome> {
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    body = undefined;
  }
  if (response.ok) {
    const b = body as Partial<ReportReceipt> | undefined;
    if (b && typeof b.id === 'string') {
      return { kind: 'sent', receipt: { id: b.id, status: 'received', reference: String(b.reference ?? b.id) } };
    }
    // A 2xx without a receipt is not an acknowledgement (a captive portal, a misrouted proxy).
    return { kind: 'retry' };
  }
  if (TRANSIENT.has(response.status)) {
    const afterMs = retryAfterMs(response);
    return afterMs === undefined ? { kind: 'retry' } : { kind: 'retry', afterMs };
  }
  const error = (body as { error?: { code?: unknown; message?: unknown } } | undefined)?.error;
  return {
    kind: 'rejected',
    error: {
      code: typeof error?.code === 'string' ? error.code : `http_${response.status}`,
      message: typeof error?.message === 'string' ? error.message : `The server answered ${response.status}.`,
    },
  };
}

/**
 * Creates the outbox the report button sends through.
 *
 * @example
 * const outbox = createReportOutbox({ url: '/api/reports' });
 * const stop = outbox.start();
 * const entry = await outbox.submit({ reason: 'bullying', details: 'They keep calling me names' });
 * if (entry.state === 'sent') show(entry.receipt.reference);
 */
export function createReportOutbox(options: ReportOutboxOptions): ReportOutbox {
  const now = options.now ?? Date.now;
  const random = options.random ?? Math.random;
  const baseMs = options.retryBaseMs ?? 2000;
  const maxMs = options.retryMaxMs ?? 60_000;
  const keepSent = options.keepSent ?? 20;
  let transport = options.fetch;
  const value: PersistedValue<ReportOutboxEntry[]> = createPersistedValue(options.key ?? 'youthchat:report-outbox', {
    ...(options.storage !== undefined ? { storage: options.storage } : {}),
    validate: isEntryList,
  });
  const sending = new Set<string>();
  const empty: readonly ReportOutboxEntry[] = [];
  let starts = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const read = (): readonly ReportOutboxEntry[] => value.getSnapshot() ?? empty;

  const update = (clientReportId: string, change: (entry: ReportOutboxEntry) => ReportOutboxEntry | null) => {
    const entries = read();
    const next: ReportOutboxEntry[] = [];
    for (const entry of entries) {
      if (entry.clientReportId !== clientReportId) next.push(entry);
      else {
        const changed = change(entry);
        if (changed) next.push(changed);
      }
    }
    // Forget the oldest sent entries beyond keepSent; pending ones are never dropped.
    const sent = next.filter((e) => e.state !== 'pending');
    const drop = new Set(sent.slice(0, Math.max(0, sent.length - keepSent)).map((e) => e.clientReportId));
    value.set(next.filter((e) => !drop.has(e.clientReportId)));
  };

  const backoff = (attempts: number): number => {
    const ceiling = Math.min(maxMs, baseMs * 2 ** Math.min(attempts - 1, 20));
    // Equal jitter: at least half the delay, so retries spread without hammering.
    return Math.round(ceiling / 2 + random() * (ceiling / 2));
  };

  async function attempt(entry: ReportOutboxEntry): Promise<void> {
    if (sending.has(entry.clientReportId)) return;
    sending.add(entry.clientReportId);
    let outcome: Outcome;
    try {
      const send = transport ?? globalThis.fetch;
      const timeout = typeof AbortSignal.timeout === 'function' ? AbortSignal.timeout(SEND_TIMEOUT_MS) : undefined;
      const response = await send(options.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(entry.report),
        keepalive: true,
        ...(timeout ? { signal: timeout } : {}),
      });
      outcome = await readOutcome(response);
    } catch {
      outcome = { kind: 'retry' };
    } finally {
      sending.delete(entry.clientReportId);
    }
    update(entry.clientReportId, (current) => {
      if (current.state !== 'pending') return current;
      const attempts = current.attempts + 1;
      if (outcome.kind === 'sent') {
        const { reason, clientReportId } = current.report;
        const { error: _error, ...rest } = current;
        return { ...rest, report: { reason, clientReportId }, state: 'sent', attempts, receipt: outcome.receipt };
      }
      if (outcome.kind === 'rejected') return { ...current, state: 'rejected', attempts, error: outcome.error };
      const delay = outcome.afterMs !== undefined ? Math.min(outcome.afterMs, 10 * maxMs) : backoff(attempts);
      return { ...current, attempts, nextAttemptAt: now() + delay };
    });
    schedule();
  }

  function schedule(): void {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    if (starts === 0) return;
    const due = read()
      .filter((e) => e.state === 'pending')
      .map((e) => e.nextAttemptAt);
    if (due.length === 0) return;
    const wait = Math.max(0, Math.min(...due) - now());
    timer = setTimeout(
      () => {
        timer = undefined;
        void outbox.flush();
      },
      Math.min(wait, 2 ** 31 - 1),
    );
  }

  const onOnline = () => void outbox.flush({ force: true });

  const outbox: ReportOutbox = {
    getSnapshot: read,
    subscribe: (listener) => value.subscribe(listener),
    async submit(report) {
      const clientReportId = report.clientReportId ?? newClientReportId();
      const existing = read().find((e) => e.clientReportId === clientReportId);
      if (!existing) {
        if (read().filter((e) => e.state === 'pending').length >= MAX_PENDING) {
          throw new Error('Too many reports are waiting to be sent from this device. Try again later.');
        }
        const entry: ReportOutboxEntry = {
          clientReportId,
          report: { ...report, clientReportId },
          state: 'pending',
          attempts: 0,
          createdAt: now(),
          nextAttemptAt: now(),
        };
        // Kept before the first try, so a crash or reload mid-send loses nothing.
        value.set([...read(), entry]);
      }
      const current = read().find((e) => e.clientReportId === clientReportId);
      if (current?.state === 'pending') await attempt(current);
      const final = read().find((e) => e.clientReportId === clientReportId);
      if (!final) throw new Error('The report could not be kept on this device.');
      return final;
    },
    async flush(flushOptions = {}) {
      const t = now();
      const due = read().filter((e) => e.state === 'pending' && (flushOptions.force || e.nextAttemptAt <= t));
      await Promise.all(due.map((entry) => attempt(entry)));
      schedule();
    },
    remove(clientReportId) {
      update(clientReportId, () => null);
    },
    start() {
      starts += 1;
      if (starts === 1 && typeof window !== 'undefined') window.addEventListener('online', onOnline);
      void outbox.flush();
      let stopped = false;
      return () => {
        if (stopped) return;
        stopped = true;
        starts -= 1;
        if (starts === 0) {
          if (timer !== undefined) clearTimeout(timer);
          timer = undefined;
          if (typeof window !== 'undefined') window.removeEventListener('online', onOnline);
        }
      };
    },
    setFetch(next) {
      transport = next;
    },
  };
  return outbox;
}
