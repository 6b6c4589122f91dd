import {
  ALERT_HEADER,
  guardianAlertKey,
  SIGNATURE_HEADER,
  signAgeToken,
  verifyEscalationSignature,
} from '@youthchat/server';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { dropSchema, pgUrl } from '../reports/postgres.ts';
import { type GuardianServer, link, openStore, SECRET, send, startGuardianServer } from './harness.ts';

const kinds = pgUrl ? (['sqlite', 'postgres'] as const) : (['sqlite'] as const);

const chat = (server: GuardianServer, token: string, content: string, locale?: string) =>
  send(server.base, '/api/chat', {
    token,
    body: { messages: [{ role: 'user', content }], ...(locale ? { locale } : {}) },
  });

describe.each(kinds)('quiet hours, time limit and alerts on the server (%s)', (kind) => {
  let server: GuardianServer;
  let schema: string | undefined;
  beforeAll(async () => {
    const opened = await openStore(kind);
    schema = opened.schema;
    // 12:00 UTC is 13:00 in Berlin, the guardian's zone.
    server = await startGuardianServer(opened.store);
  });
  afterAll(async () => {
    await server.close();
    await server.store.close();
    if (schema) await dropSchema(schema);
  });
  beforeEach(() => {
    server.clock.now = new Date('2026-03-02T12:00:00Z');
    server.fake.script({});
    server.mail.length = 0;
  });

  const linkedTeen = async (band: 'teen13to15' | 'teen16to17', settings: Record<string, unknown>) => {
    const { token } = await signAgeToken({ band, consent: 'not-needed' }, { secret: SECRET });
    const credential = await link(server, token);
    const put = await send(server.base, '/api/guardian/settings', {
      method: 'PUT',
      bearer: credential,
      body: settings,
    });
    expect(put.status).toBe(200);
    return { token, credential };
  };

  it('holds chat in quiet hours, in the band’s words and the teen’s language, before any model call', async () => {
    // 12:30–14:00 Berlin covers 13:00 Berlin (12:00 UTC).
    const { token } = await linkedTeen('teen13to15', { quietHours: { start: '12:30', end: '14:00' } });
    for (const [locale, words] of [
      ['en', /quiet time now.*14:00/],
      ['es', /hora de descansar.*14:00/],
      ['fr', /heure de la pause.*14:00/],
      ['de', /Ruhezeit.*14:00/],
    ] as const) {
      const response = await chat(server, token, 'hello there', locale);
      expect(response.status).toBe(423);
      expect(Number(response.headers.get('retry-after'))).toBe(60 * 60);
      const body = (await response.json()) as { error: { code: string; message: string } };
      expect(body.error.code).toBe('guardian_quiet_hours');
      expect(body.error.message).toMatch(words);
    }
    expect(server.fake.requests).toHaveLength(0);

    // After the quiet hours end, the chat goes on and reaches the model.
    server.clock.now = new Date('2026-03-02T13:00:00Z');
    const open = await chat(server, token, 'hello there');
    expect(open.status).toBe(200);
    await open.text();
    expect(server.fake.responseRequests().length).toBeGreaterThan(0);
  });

  it('holds quiet hours that span midnight, in the guardian’s time zone', async () => {
    const { token } = await linkedTeen('teen16to17', { quietHours: { start: '22:00', end: '07:00' } });
    server.clock.now = new Date('2026-03-02T23:30:00Z'); // 00:30 in Berlin
    const response = await chat(server, token, 'hello');
    expect(response.status).toBe(423);
    expect(((await response.json()) as { error: { message: string } }).error.message).toMatch(/quiet hours now.*07:00/);
    expect(server.fake.requests).toHaveLength(0);
  });

  it('holds chat once the daily minutes are used, and opens again the next day', async () => {
    const { token, credential } = await linkedTeen('teen16to17', { dailyLimitMinutes: 15 });
    // A message every five minutes: the first counts one minute, each next one the five since the last.
    const start = new Date('2026-03-02T12:00:00Z').getTime();
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) {
      server.clock.now = new Date(start + i * 5 * 60_000);
      const response = await chat(server, token, `message ${i}`, 'es');
      statuses.push(response.status);
      if (response.status === 200) await response.text();
      else {
        const body = (await response.json()) as { error: { code: string; message: string } };
        expect(body.error.code).toBe('guardian_time_limit');
        expect(body.error.message).toMatch(/15 minutos de chat de hoy/);
      }
    }
    // 1 + 5 + 5 + 5 = 16 minutes after the fourth message: the fifth is held.
    expect(statuses).toEqual([200, 200, 200, 200, 429, 429]);
    const upstream = server.fake.responseRequests().length;
    const view = (await (await send(server.base, '/api/guardian/settings', { bearer: credential })).json()) as {
      usedMinutesToday: number;
    };
    expect(view.usedMinutesToday).toBe(16);

    server.clock.now = new Date('2026-03-03T08:00:00Z');
    const tomorrow = await chat(server, token, 'good morning');
    expect(tomorrow.status).toBe(200);
    await tomorrow.text();
    expect(server.fake.responseRequests().length).toBeGreaterThan(upstream);
  });

  it('leaves teens without a guardian, and other bands, alone', async () => {
    const { token } = await signAgeToken({ band: 'teen13to15', consent: 'not-needed' }, { secret: SECRET });
    const response = await chat(server, token, 'hello');
    expect(response.status).toBe(200);
    await response.text();
  });

  it('mails the guardian a signed alert for a high-severity escalation, with no message text, and tells the teen', async () => {
    const { token } = await linkedTeen('teen16to17', {});
    server.mail.length = 0;
    const words = 'i want to kill myself tonight';
    const reply = await chat(server, token, words, 'de');
    expect(reply.status).toBe(200);
    await reply.text();
    // The hook runs beside the reply; wait for the alert to be in the outbox.
    await expect
      .poll(async () => (await server.store.linkBySubject(server.escalations.at(-1)?.subject ?? ''))?.lastAlertAt)
      .not.toBeNull();
    expect(await server.delivery.runOnce()).toEqual({ delivered: 1, failed: 0 });

    const alert = server.mail.at(-1);
    expect(alert?.to).toBe('guardian@example.com');
    expect(alert?.subject).toBe('Safety alert: your teen may need support');
    expect(alert?.text).toMatch(/signs of self-harm or suicidal thoughts/);
    expect(alert?.text).toMatch(/Severity: high/);
    expect(alert?.text).toMatch(/call or text 988/);
    const headers = alert?.headers ?? {};
    const body = Buffer.from(headers[ALERT_HEADER] ?? '', 'base64url').toString('utf8');
    expect(
      verifyEscalationSignature({
        body,
        signature: headers[SIGNATURE_HEADER],
        secret: guardianAlertKey(SECRET),
        now: server.clock.now,
      }),
    ).toBe(true);
    expect(
      verifyEscalationSignature({
        body: body.replace('high', 'low'),
        signature: headers[SIGNATURE_HEADER],
        secret: guardianAlertKey(SECRET),
        now: server.clock.now,
      }),
    ).toBe(false);
    const event = (JSON.parse(body) as { event: Record<string, unknown> }).event;
    expect(event).toMatchObject({
      category: expect.stringMatching(/^self-harm/),
      severity: 'high',
      band: 'teen16to17',
    });
    expect(event).not.toHaveProperty('text');
    // No message text anywhere in what the guardian receives.
    for (const part of ['kill myself', 'tonight', words]) expect(JSON.stringify(alert)).not.toContain(part);

    const teen = (await (await send(server.base, '/api/guardian', { token })).json()) as { lastAlertAt: string | null };
    expect(teen.lastAlertAt).toBe(server.clock.now.toISOString());
  });

  it('sends no alert when the guardian turned alerts off', async () => {
    const { token } = await linkedTeen('teen13to15', { alerts: false });
    server.mail.length = 0;
    const reply = await chat(server, token, 'i want to kill myself');
    await reply.text();
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(await server.delivery.runOnce()).toEqual({ delivered: 0, failed: 0 });
    expect(server.mail).toHaveLength(0);
  });
});
