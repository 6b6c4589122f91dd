import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  ATTEMPT_HEADER,
  createEscalationDelivery,
  type DeliveryLogEntry,
  type EscalationEvent,
  EVENT_ID_HEADER,
  outboxEscalationHook,
  type ReportStore,
  retryDelay,
  SIGNATURE_HEADER,
  sqliteReportStore,
  verifyEscalationSignature,
} from '@youthchat/server';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { chatEvent } from '../reports/helpers.ts';
import { createReceiver, type Receiver, waitFor } from './receiver.ts';

const secret = 'webhook-secret-for-delivery-tests-0123456789';

describe('retry delays', () => {
  it('double from the base, stay within [half, full] of the ceiling, and stop at the maximum', () => {
    for (let attempt = 1; attempt <= 40; attempt++) {
      const ceiling = Math.min(60_000, 1000 * 2 ** (attempt - 1));
      expect(retryDelay(attempt, 1000, 60_000, () => 0)).toBe(ceiling / 2);
      expect(retryDelay(attempt, 1000, 60_000, () => 0.999999)).toBeCloseTo(ceiling, -1);
      const random = retryDelay(attempt, 1000, 60_000);
      expect(random).toBeGreaterThanOrEqual(ceiling / 2);
      expect(random).toBeLessThanOrEqual(ceiling);
    }
  });
});

describe('escalation delivery', () => {
  let dir: string;
  let store: ReportStore;
  let receiver: Receiver;

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'youthchat-delivery-'));
    store = await sqliteReportStore({ filename: join(dir, 'outbox.sqlite') });
    receiver = await createReceiver();
  });
  afterEach(async () => {
    await receiver.stop();
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('posts the event as signed JSON with its id and attempt, and marks it delivered on a 2xx', async () => {
    await receiver.start();
    const event = chatEvent({ text: 'only when the policy allows' });
    await store.enqueueEscalation(event, Date.now());
    const delivery = createEscalationDelivery({ store, url: receiver.url, secret });
    expect(await delivery.runOnce()).toEqual({ delivered: 1, failed: 0 });
    const [received] = receiver.deliveries;
    expect(received?.headers['content-type']).toBe('application/json');
    expect(received?.headers[EVENT_ID_HEADER]).toBe(event.id);
    expect(received?.headers[ATTEMPT_HEADER]).toBe('1');
    expect(
      verifyEscalationSignature({
        body: received?.body ?? '',
        signature: received?.headers[SIGNATURE_HEADER] as string,
        secret,
      }),
    ).toBe(true);
    expect(JSON.parse(received?.body ?? '')).toEqual({ type: 'youthchat.escalation', event });
    expect(await store.getEscalation(event.id)).toMatchObject({ attempts: 1, deliveredAt: expect.any(Number) });
    expect(await delivery.runOnce()).toEqual({ delivered: 0, failed: 0 });
  });

  it('keeps a refused event, retries it after the backoff, honours Retry-After, and logs no content', async () => {
    await receiver.start();
    let now = 1_000_000;
    const logs: DeliveryLogEntry[] = [];
    const delivery = createEscalationDelivery({
      store,
      url: receiver.url,
      secret,
      retryBaseMs: 1000,
      retryMaxMs: 60_000,
      now: () => now,
      random: () => 0,
      log: (entry) => logs.push(entry),
    });
    const event = chatEvent({ text: 'private words' });
    await store.enqueueEscalation(event, now);

    receiver.answers.push({ status: 500 });
    expect(await delivery.runOnce()).toEqual({ delivered: 0, failed: 1 });
    expect(await store.getEscalation(event.id)).toMatchObject({
      attempts: 1,
      nextAttemptAt: now + 500,
      lastError: 'http_500',
    });
    expect(await delivery.runOnce()).toEqual({ delivered: 0, failed: 0 });

    now += 500;
    receiver.answers.push({ status: 429, headers: { 'retry-after': '30' } });
    expect(await delivery.runOnce()).toEqual({ delivered: 0, failed: 1 });
    expect((await store.getEscalation(event.id))?.nextAttemptAt).toBe(now + 30_000);

    now += 30_000;
    expect(await delivery.runOnce()).toEqual({ delivered: 1, failed: 0 });
    expect(receiver.deliveries.map((d) => d.headers[ATTEMPT_HEADER])).toEqual(['1', '2', '3']);
    // The body is the same on every try; only the signature's timestamp moves.
    expect(new Set(receiver.deliveries.map((d) => d.body)).size).toBe(1);
    expect(logs.map((l) => l.outcome)).toEqual(['failed', 'failed', 'delivered']);
    expect(JSON.stringify(logs)).not.toContain('private words');
  });

  it('the hook stores an event durably and wakes the worker', async () => {
    await receiver.start();
    const delivery = createEscalationDelivery({ store, url: receiver.url, secret, pollMs: 60_000 });
    delivery.start();
    const escalate = outboxEscalationHook(store, { delivery });
    const events: EscalationEvent[] = [chatEvent(), chatEvent(), chatEvent()];
    for (const event of events) await escalate(event);
    await waitFor(() => receiver.deliveries.length >= 3, 10_000, 'three deliveries');
    await delivery.stop();
    const ids = receiver.deliveries.map((d) => (JSON.parse(d.body) as { event: EscalationEvent }).event.id);
    expect(ids.sort()).toEqual(events.map((e) => e.id).sort());
  });

  it('an event escalated while a delivery is in flight is sent right after it, not at the next poll', async () => {
    await receiver.start();
    // Hold the first "delivered" write until the second event is committed and has woken the worker.
    let release: () => void = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    let firstDone = false;
    const gated: ReportStore = Object.create(store);
    gated.markEscalationDelivered = async (id, at) => {
      if (!firstDone) {
        firstDone = true;
        await held;
      }
      return store.markEscalationDelivered(id, at);
    };
    const delivery = createEscalationDelivery({ store: gated, url: receiver.url, secret, pollMs: 600_000 });
    const escalate = outboxEscalationHook(gated, { delivery });
    delivery.start();
    const first = chatEvent();
    await escalate(first);
    await waitFor(() => receiver.deliveries.length === 1 && firstDone, 10_000, 'the first delivery to arrive');
    const second = chatEvent();
    await escalate(second);
    release();
    await waitFor(() => receiver.deliveries.length === 2, 10_000, 'the second delivery');
    await delivery.stop();
    expect(receiver.deliveries.map((d) => d.headers[EVENT_ID_HEADER])).toEqual([first.id, second.id]);
  });

  it('stop() waits for the delivery in flight', async () => {
    await receiver.start();
    const delivery = createEscalationDelivery({ store, url: receiver.url, secret, pollMs: 10 });
    await store.enqueueEscalation(chatEvent(), Date.now());
    delivery.start();
    await waitFor(() => receiver.deliveries.length === 1, 10_000, 'a delivery');
    await delivery.stop();
    const stats = await store.escalationStats();
    expect(stats.pending).toBe(0);
  });
});
