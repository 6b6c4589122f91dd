import { signAgeToken } from '@youthchat/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dropSchema, pgUrl } from '../reports/postgres.ts';
import {
  confirmationToken,
  type GuardianServer,
  link,
  openStore,
  SECRET,
  send,
  startGuardianServer,
} from './harness.ts';

const kinds = pgUrl ? (['sqlite', 'postgres'] as const) : (['sqlite'] as const);

describe.each(kinds)('guardian link (%s)', (kind) => {
  let server: GuardianServer;
  let schema: string | undefined;
  beforeAll(async () => {
    const opened = await openStore(kind);
    schema = opened.schema;
    server = await startGuardianServer(opened.store);
  });
  afterAll(async () => {
    await server.close();
    await server.store.close();
    if (schema) await dropSchema(schema);
  });

  const teen = async (band: 'teen13to15' | 'teen16to17' | 'under13' | 'adult' = 'teen13to15') =>
    (await signAgeToken({ band, consent: 'not-needed' }, { secret: SECRET })).token;

  it('links by email confirmation, with the teen told at every step', async () => {
    const token = await teen();
    expect(await (await send(server.base, '/api/guardian', { token })).json()).toEqual({ status: 'none' });

    const asked = await send(server.base, '/api/guardian', {
      token,
      body: { guardianEmail: 'parent@example.com', guardianLocale: 'es' },
    });
    expect(asked.status).toBe(202);
    const message = server.mail.at(-1);
    expect(message?.to).toBe('parent@example.com');
    expect(message?.subject).toMatch(/tutor/);
    expect(message?.text).toMatch(/Nunca incluyen los mensajes/);
    const pending = (await (await send(server.base, '/api/guardian', { token })).json()) as { status: string };
    expect(pending.status).toBe('pending');

    const confirm = confirmationToken(server.mail);
    // The store keeps a hash of the link's token, never the token.
    const byHash = await server.store.linkBySubject(
      (
        await server.store.linkByConfirmHash(
          (await import('node:crypto')).createHash('sha256').update(confirm).digest('hex'),
        )
      )?.subject ?? '',
    );
    expect(byHash?.confirmHash).not.toBe(confirm);
    expect(byHash?.confirmHash).toMatch(/^[0-9a-f]{64}$/);

    const notice = await send(server.base, `/api/guardian/confirm/${confirm}`);
    expect(notice.status).toBe(200);
    expect(await notice.json()).toMatchObject({ band: 'teen13to15', youNeverGet: ['messages', 'transcripts'] });

    const confirmed = await send(server.base, `/api/guardian/confirm/${confirm}`, {
      body: { timeZone: 'America/New_York' },
    });
    expect(confirmed.status).toBe(200);
    const { manageToken, settings } = (await confirmed.json()) as {
      manageToken: string;
      settings: { timeZone: string };
    };
    expect(settings.timeZone).toBe('America/New_York');

    const status = (await (await send(server.base, '/api/guardian', { token })).json()) as Record<string, unknown>;
    expect(status).toMatchObject({
      status: 'linked',
      settings: { alerts: true, quietHours: null, dailyLimitMinutes: null },
    });
    expect(JSON.stringify(status)).not.toContain('parent@example.com');

    // The link is single-use.
    const replay = await send(server.base, `/api/guardian/confirm/${confirm}`, { body: {} });
    expect(replay.status).toBe(404);
    expect(((await replay.json()) as { error: { code: string } }).error.code).toBe('guardian_link_unknown');

    // The guardian's credential reads and changes the settings, and unlinks.
    const read = await send(server.base, '/api/guardian/settings', { bearer: manageToken });
    expect(read.status).toBe(200);
    const changed = await send(server.base, '/api/guardian/settings', {
      method: 'PUT',
      bearer: manageToken,
      body: { quietHours: { start: '21:00', end: '07:00' }, dailyLimitMinutes: 60, alerts: false },
    });
    expect(changed.status).toBe(200);
    expect(await changed.json()).toMatchObject({
      settings: { quietHours: { start: '21:00', end: '07:00' }, dailyLimitMinutes: 60, alerts: false },
    });
    // A teen cannot unlink a confirmed guardian…
    expect((await send(server.base, '/api/guardian', { method: 'DELETE', token })).status).toBe(409);
    // …the guardian can, and then the address is gone with the link.
    expect((await send(server.base, '/api/guardian/settings', { method: 'DELETE', bearer: manageToken })).status).toBe(
      200,
    );
    expect(await (await send(server.base, '/api/guardian', { token })).json()).toEqual({ status: 'none' });
    expect((await send(server.base, '/api/guardian/settings', { bearer: manageToken })).status).toBe(401);
  });

  it('refuses expired, forged and malformed links with JSON 4xx', async () => {
    const token = await teen('teen16to17');
    await send(server.base, '/api/guardian', { token, body: { guardianEmail: 'late@example.com' } });
    const confirm = confirmationToken(server.mail);
    const forged = `${confirm.slice(0, -2)}${confirm.endsWith('AA') ? 'BB' : 'AA'}`;
    for (const [path, status] of [
      [`/api/guardian/confirm/${forged}`, 404],
      ['/api/guardian/confirm/not-a-token', 404],
      ['/api/guardian/confirm/', 404],
    ] as const) {
      const response = await send(server.base, path, { body: {} });
      expect(response.status, path).toBe(status);
      expect(response.headers.get('content-type')).toMatch(/json/);
    }
    server.clock.now = new Date(server.clock.now.getTime() + 73 * 3_600_000);
    try {
      const expired = await send(server.base, `/api/guardian/confirm/${confirm}`, { body: {} });
      expect(expired.status).toBe(410);
      expect(((await expired.json()) as { error: { code: string } }).error.code).toBe('guardian_link_expired');
      // Expired links, and the addresses in them, are purged.
      expect((await server.store.purge(server.clock.now.getTime())).links).toBeGreaterThanOrEqual(1);
    } finally {
      server.clock.now = new Date('2026-03-02T12:00:00Z');
    }
  });

  it('is for teens only, validates input, and needs an age token', async () => {
    for (const band of ['under13', 'adult'] as const) {
      const response = await send(server.base, '/api/guardian', {
        token: await teen(band),
        body: { guardianEmail: 'a@example.com' },
      });
      expect(response.status).toBe(403);
    }
    const token = await teen();
    for (const body of [
      {},
      { guardianEmail: 'nope' },
      { guardianEmail: 'a@example.com', guardianLocale: '<script>' },
    ]) {
      expect((await send(server.base, '/api/guardian', { token, body })).status).toBe(400);
    }
    expect((await send(server.base, '/api/guardian', { body: { guardianEmail: 'a@example.com' } })).status).toBe(401);
    expect((await send(server.base, '/api/guardian/settings', { bearer: 'x'.repeat(43) })).status).toBe(401);
    const credential = await link(server, await teen());
    for (const body of [
      { quietHours: { start: '25:00', end: '07:00' } },
      { dailyLimitMinutes: 5 },
      { timeZone: 'Mars/Olympus' },
      { transcripts: true },
    ]) {
      const response = await send(server.base, '/api/guardian/settings', { method: 'PUT', bearer: credential, body });
      expect(response.status, JSON.stringify(body)).toBe(400);
    }
  });
});
