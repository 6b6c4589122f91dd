import { createReportOutbox, type ReportOutboxOptions, type ReportSubmission } from '@youthchat/core';
import { afterEach, describe, expect, it, vi } from 'vitest';

interface Call {
  url: string;
  body: ReportSubmission & { clientReportId: string };
}

/** A fetch that answers from a script of responses (or errors) and records each request. */
function scripted(...answers: (Response | Error | (() => Response))[]) {
  const calls: Call[] = [];
  const fetch = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    calls.push({ url: String(input), body: JSON.parse(String(init?.body)) });
    const next = answers.length > 1 ? answers.shift() : answers[0];
    if (next instanceof Error) throw next;
    return typeof next === 'function' ? next() : (next?.clone() ?? new Response(null, { status: 500 }));
  }) as unknown as typeof globalThis.fetch;
  return { fetch, calls };
}

const receipt = (id = 'r1', reference = 'YC-AAAAA-BBBBB') =>
  new Response(JSON.stringify({ id, status: 'received', reference }), { status: 201 });
const refused = (status: number, code: string, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify({ error: { code, message: `refused: ${code}` } }), { status, headers });
const offline = new TypeError('Failed to fetch');

let clock = 1_000_000;
const now = () => clock;
function outbox(fetch: typeof globalThis.fetch, options: Partial<ReportOutboxOptions> = {}) {
  return createReportOutbox({ url: '/api/reports', fetch, storage: localStorage, now, random: () => 0.5, ...options });
}

afterEach(() => {
  localStorage.clear();
  vi.useRealTimers();
});

describe('report outbox', () => {
  it('sends a report with a fresh clientReportId and keeps only the reason and receipt once sent', async () => {
    const { fetch, calls } = scripted(receipt());
    const box = outbox(fetch);
    const entry = await box.submit({ reason: 'bullying', details: 'mean words', excerpt: 'you are [name]' });
    expect(entry.state).toBe('sent');
    expect(entry.receipt).toEqual({ id: 'r1', status: 'received', reference: 'YC-AAAAA-BBBBB' });
    expect(calls).toHaveLength(1);
    expect(calls[0]?.url).toBe('/api/reports');
    expect(calls[0]?.body).toMatchObject({
      reason: 'bullying',
      details: 'mean words',
      clientReportId: entry.clientReportId,
    });
    expect(entry.clientReportId).toMatch(/^[0-9a-f-]{32,36}$/);
    // Nothing the child wrote stays on the device after the server has it.
    expect(localStorage.getItem('youthchat:report-outbox')).not.toContain('mean words');
    expect(box.getSnapshot()[0]?.report).toEqual({ reason: 'bullying', clientReportId: entry.clientReportId });
  });

  it('keeps a report it could not send and retries it with the same clientReportId after a backoff', async () => {
    const { fetch, calls } = scripted(offline, offline, receipt());
    const box = outbox(fetch, { retryBaseMs: 1000, retryMaxMs: 60_000 });
    const first = await box.submit({ reason: 'scary' });
    expect(first).toMatchObject({ state: 'pending', attempts: 1 });
    // Equal jitter with random 0.5: three quarters of the 1 s ceiling.
    expect(first.nextAttemptAt).toBe(clock + 750);

    await box.flush();
    expect(calls).toHaveLength(1);
    clock += 750;
    await box.flush();
    expect(box.getSnapshot()[0]).toMatchObject({ state: 'pending', attempts: 2, nextAttemptAt: clock + 1500 });
    clock += 1500;
    await box.flush();
    expect(box.getSnapshot()[0]).toMatchObject({ state: 'sent', attempts: 3 });
    expect(new Set(calls.map((c) => c.body.clientReportId))).toEqual(new Set([first.clientReportId]));
  });

  it('treats 5xx, 408 and 429 as worth retrying, and honours Retry-After', async () => {
    const { fetch } = scripted(
      refused(503, 'unavailable'),
      refused(429, 'rate_limited', { 'retry-after': '30' }),
      receipt(),
    );
    const box = outbox(fetch, { retryBaseMs: 1000 });
    const entry = await box.submit({ reason: 'other' });
    expect(entry.state).toBe('pending');
    await box.flush({ force: true });
    expect(box.getSnapshot()[0]).toMatchObject({ state: 'pending', nextAttemptAt: clock + 30_000 });
    await box.flush({ force: true });
    expect(box.getSnapshot()[0]?.state).toBe('sent');
  });

  it('stops at a refusal (4xx) and keeps the server’s reason', async () => {
    const { fetch, calls } = scripted(refused(400, 'invalid_request'));
    const box = outbox(fetch);
    const entry = await box.submit({ reason: 'other', details: 'x' });
    expect(entry).toMatchObject({
      state: 'rejected',
      error: { code: 'invalid_request', message: 'refused: invalid_request' },
    });
    await box.flush({ force: true });
    expect(calls).toHaveLength(1);
  });

  it('does not take a 2xx without a receipt as an acknowledgement', async () => {
    const { fetch } = scripted(new Response('<html>Welcome to the hotel Wi-Fi</html>', { status: 200 }));
    const entry = await outbox(fetch).submit({ reason: 'other' });
    expect(entry.state).toBe('pending');
  });

  it('survives a reload: a new outbox over the same storage sends what was waiting', async () => {
    const down = scripted(offline);
    const before = await outbox(down.fetch).submit({ reason: 'grooming', details: 'asked for photos' });
    expect(before.state).toBe('pending');

    const up = scripted(receipt('r9', 'YC-ZZZZZ-ZZZZZ'));
    const after = outbox(up.fetch);
    expect(after.getSnapshot()).toMatchObject([{ clientReportId: before.clientReportId, state: 'pending' }]);
    await after.flush({ force: true });
    expect(up.calls.map((c) => c.body)).toEqual([
      expect.objectContaining({
        reason: 'grooming',
        details: 'asked for photos',
        clientReportId: before.clientReportId,
      }),
    ]);
    expect(after.getSnapshot()[0]).toMatchObject({ state: 'sent', receipt: { reference: 'YC-ZZZZZ-ZZZZZ' } });
  });

  it('sends each report once even when flushes overlap', async () => {
    let release: (r: Response) => void = () => {};
    const pending = new Promise<Response>((resolve) => {
      release = resolve;
    });
    const calls: string[] = [];
    const fetch = (async (_i: RequestInfo | URL, init?: RequestInit) => {
      calls.push(String(init?.body));
      return pending;
    }) as typeof globalThis.fetch;
    const box = outbox(fetch);
    const submitted = box.submit({ reason: 'other' });
    const flushes = Promise.all([box.flush({ force: true }), box.flush({ force: true })]);
    release(receipt());
    await Promise.all([submitted, flushes]);
    expect(calls).toHaveLength(1);
  });

  it('retries on a timer once started, and at once when the browser is back online', async () => {
    vi.useFakeTimers();
    let up = false;
    const calls: number[] = [];
    const fetch = (async () => {
      calls.push(Date.now());
      if (!up) throw offline;
      return receipt();
    }) as typeof globalThis.fetch;
    const box = createReportOutbox({ url: '/r', fetch, storage: localStorage, retryBaseMs: 1000, retryMaxMs: 4000 });
    const stop = box.start();
    await box.submit({ reason: 'other' });
    expect(calls).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1000);
    expect(calls).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(2000);
    expect(calls).toHaveLength(3);
    up = true;
    window.dispatchEvent(new Event('online'));
    await vi.advanceTimersByTimeAsync(0);
    expect(calls).toHaveLength(4);
    expect(box.getSnapshot()[0]?.state).toBe('sent');
    stop();
  });

  it('remembers a bounded number of sent reports but never drops a waiting one', async () => {
    const { fetch } = scripted(receipt());
    const box = outbox(fetch, { keepSent: 3 });
    for (let i = 0; i < 5; i++) await box.submit({ reason: 'other' });
    const down = scripted(offline);
    box.setFetch(down.fetch);
    await box.submit({ reason: 'scary' });
    const entries = box.getSnapshot();
    expect(entries.filter((e) => e.state === 'sent')).toHaveLength(3);
    expect(entries.filter((e) => e.state === 'pending')).toHaveLength(1);
  });

  it('ignores a stored value that is not an outbox (tampered or from another version)', () => {
    localStorage.setItem('youthchat:report-outbox', JSON.stringify([{ clientReportId: 'x', state: 'sent' }]));
    expect(outbox(scripted(receipt()).fetch).getSnapshot()).toEqual([]);
  });

  it('notifies subscribers when an entry changes', async () => {
    const box = outbox(scripted(receipt()).fetch);
    const seen: number[] = [];
    const unsubscribe = box.subscribe(() => seen.push(box.getSnapshot().length));
    await box.submit({ reason: 'other' });
    unsubscribe();
    expect(seen.length).toBeGreaterThanOrEqual(2);
  });
});
