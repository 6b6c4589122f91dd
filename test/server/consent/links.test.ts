import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  type Consent,
  type ConsentStore,
  createConsent,
  createEmailPlusVerifier,
  createJwksVerifier,
  createMemoryMailer,
  createYouthchatHandler,
  hashLinkToken,
  keyedHash,
  MailError,
  type MemoryMailer,
  newLinkToken,
  type ReportStore,
  signAgeToken,
  sqliteConsentStore,
  sqliteReportStore,
  verifyAgeTokenString,
} from '@youthchat/server';
import { exportJWK, generateKeyPair, SignJWT } from 'jose';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

const SECRET = 'consent-links-test-secret-0123456789abcdefgh';
const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;

interface Rig {
  consent: Consent;
  store: ConsentStore;
  reports: ReportStore;
  mailer: MemoryMailer;
  handler: (request: Request) => Promise<Response>;
  clock: { now: number };
  logs: string[];
}

let rig: Rig;
let dir: string;

async function makeRig(): Promise<Rig> {
  dir = mkdtempSync(join(tmpdir(), 'youthchat-consent-links-'));
  const filename = join(dir, 'youthchat.sqlite');
  const reports = await sqliteReportStore({ filename });
  const store = await sqliteConsentStore({ filename });
  const mailer = createMemoryMailer();
  const clock = { now: Date.parse('2026-12-01T10:00:00Z') };
  const { publicKey } = await generateKeyPair('ES256');
  const consent = createConsent({
    secret: SECRET,
    store,
    mailer,
    publicUrl: 'https://app.example/',
    reports,
    revocations: reports,
    verifiers: [
      createEmailPlusVerifier(),
      createJwksVerifier({
        jwks: { keys: [{ ...(await exportJWK(publicKey)), kid: 'k1', alg: 'ES256' }] },
        issuer: 'https://verify.example',
        audience: 'links-test',
      }),
    ],
    now: () => new Date(clock.now),
  });
  const handler = createYouthchatHandler({
    secret: SECRET,
    age: { consent: consent.lookup, revocations: reports, now: () => new Date(clock.now) },
    routes: { '/consent': consent.requests, '/parent': consent.parent },
  });
  const logs: string[] = [];
  for (const method of ['log', 'info', 'warn', 'error'] as const) {
    vi.spyOn(console, method).mockImplementation((...args: unknown[]) => {
      logs.push(args.map(String).join(' '));
    });
  }
  return { consent, store, reports, mailer, handler, clock, logs };
}

beforeEach(async () => {
  rig = await makeRig();
});
afterEach(async () => {
  vi.restoreAllMocks();
  await rig.store.close();
  await rig.reports.close();
  rmSync(dir, { recursive: true, force: true });
});

const call = (path: string, init: { method?: string; body?: unknown; headers?: Record<string, string> } = {}) =>
  rig.handler(
    new Request(`http://localhost/api${path}`, {
      method: init.method ?? 'GET',
      headers: { ...(init.body !== undefined ? { 'content-type': 'application/json' } : {}), ...init.headers },
      ...(init.body !== undefined
        ? { body: typeof init.body === 'string' ? init.body : JSON.stringify(init.body) }
        : {}),
    }),
  );

async function errorOf(response: Response) {
  const body = (await response.json()) as { error: { code: string; message: string } };
  return { status: response.status, code: body.error.code, message: body.error.message };
}

async function child(consent: 'required' | 'not-needed' = 'required') {
  return signAgeToken({ band: 'under13', consent, country: 'US' }, { secret: SECRET, now: new Date(rig.clock.now) });
}

async function ask(token: string, parentEmail = 'parent@example.com', headers: Record<string, string> = {}) {
  return call('/consent/requests', {
    method: 'POST',
    body: { parentEmail },
    headers: { 'x-youthchat-age': token, ...headers },
  });
}

function lastLink(): string {
  const text = rig.mailer.sent.at(-1)?.text ?? '';
  const match = /https:\/\/app\.example\/parent\/consent\/([A-Za-z0-9_-]{43})/.exec(text);
  if (!match) throw new Error('no link');
  return match[1] as string;
}

describe('consent links', () => {
  it('are 32 random bytes, and the store keeps only their hash', async () => {
    const { token } = await child();
    expect((await ask(token)).status).toBe(202);
    const link = lastLink();
    expect(Buffer.from(link, 'base64url')).toHaveLength(32);
    const row = await rig.store.getRequest(hashLinkToken(link));
    expect(row?.linkHash).not.toBe(link);
    expect(await rig.store.getRequest(link)).toBeNull();
  });

  it('answers 404 for forged or malformed links, never 5xx', async () => {
    for (const forged of [newLinkToken(), 'abc', '%E0%A4%A', 'a'.repeat(5000), '..%2F..%2Fsecret']) {
      const read = await call(`/consent/${forged}`);
      expect(await errorOf(read)).toMatchObject({ status: 404, code: 'consent_link_unknown' });
      const decide = await call(`/consent/${forged}`, { method: 'POST', body: { decision: 'deny' } });
      expect(await errorOf(decide)).toMatchObject({ status: 404, code: 'consent_link_unknown' });
      const manage = await call(`/parent/${forged}`);
      expect(await errorOf(manage)).toMatchObject({ status: 404, code: 'manage_link_unknown' });
    }
  });

  it('expire after the set days, and the purge then deletes the parent’s address', async () => {
    const { token } = await child();
    await ask(token);
    const link = lastLink();
    expect((await rig.store.getRequest(hashLinkToken(link)))?.parentEmail).toBe('parent@example.com');
    rig.clock.now += 7 * DAY + 1;
    expect(await errorOf(await call(`/consent/${link}`))).toMatchObject({ status: 410, code: 'consent_link_expired' });
    const late = await call(`/consent/${link}`, {
      method: 'POST',
      body: { decision: 'grant', scopes: ['use'], method: 'email-plus' },
    });
    expect(await errorOf(late)).toMatchObject({ status: 410, code: 'consent_link_expired' });
    expect(await rig.consent.purge()).toMatchObject({ addresses: 1 });
    const row = await rig.store.getRequest(hashLinkToken(link));
    expect(row).toMatchObject({ parentEmail: null, emailHash: null });
    // No decision followed, so the child is back to "required".
    const age = (await (await call('/age', { headers: { 'x-youthchat-age': token } })).json()) as { consent: string };
    expect(age.consent).toBe('required');
  });

  it('work once, even when two decisions race', async () => {
    const { token } = await child();
    await ask(token);
    const link = lastLink();
    const body = { decision: 'grant', scopes: ['use'], method: 'email-plus' };
    const results = await Promise.all([
      call(`/consent/${link}`, { method: 'POST', body }),
      call(`/consent/${link}`, { method: 'POST', body }),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual([200, 410]);
  });

  it('are replaced by a newer request from the same child', async () => {
    const { token } = await child();
    await ask(token, 'first@example.com');
    const first = lastLink();
    await ask(token, 'second@example.com');
    expect(await errorOf(await call(`/consent/${first}`))).toMatchObject({ status: 404 });
    expect((await call(`/consent/${lastLink()}`)).status).toBe(200);
  });

  it('burn after five failed checks', async () => {
    const { token } = await child();
    await ask(token);
    const link = lastLink();
    const { privateKey } = await generateKeyPair('ES256');
    const jwt = await new SignJWT({ nonce: 'x', verified: true })
      .setProtectedHeader({ alg: 'ES256', kid: 'k1' })
      .setIssuer('https://verify.example')
      .setAudience('links-test')
      .setIssuedAt()
      .setExpirationTime('5m')
      .sign(privateKey);
    const body = { decision: 'grant', scopes: ['use', 'ai-provider'], method: 'vendor', evidence: { jwt } };
    const codes: string[] = [];
    for (let i = 0; i < 5; i++)
      codes.push((await errorOf(await call(`/consent/${link}`, { method: 'POST', body }))).code);
    expect(codes).toEqual([...Array(4).fill('consent_verification_failed'), 'rate_limited']);
    expect(await errorOf(await call(`/consent/${link}`))).toMatchObject({ status: 410, code: 'consent_link_used' });
  });
});

describe('asking a parent', () => {
  it('refuses what it must, with a JSON 4xx each time', async () => {
    const { token } = await child();
    expect(await errorOf(await ask(token, 'not-an-address'))).toMatchObject({ status: 400, code: 'invalid_request' });
    expect(await errorOf(await ask('forged.token.value'))).toMatchObject({ status: 401, code: 'age_token_invalid' });
    const adult = await child('not-needed');
    expect(await errorOf(await ask(adult.token))).toMatchObject({ status: 409, code: 'consent_not_needed' });
    const notJson = await call('/consent/requests', {
      method: 'POST',
      body: '{"parentEmail":',
      headers: { 'x-youthchat-age': token },
    });
    expect(notJson.status).toBe(400);
    expect((await call('/consent/requests')).status).toBe(405);
  });

  it('limits requests per child and per parent address', async () => {
    const { token } = await child();
    for (let i = 0; i < 3; i++) expect((await ask(token, `p${i}@example.com`)).status).toBe(202);
    expect(await errorOf(await ask(token, 'p9@example.com'))).toMatchObject({ status: 429, code: 'rate_limited' });
    // One address cannot be mailed by many children either.
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++) statuses.push((await ask((await child()).token, 'target@example.com')).status);
    expect(statuses).toEqual([202, 202, 202, 429]);
  });

  it('writes the notice in the parent’s language (en, es, fr, de)', async () => {
    const subjects: string[] = [];
    for (const locale of ['en', 'es', 'fr', 'de']) {
      const { token } = await child();
      await call('/consent/requests', {
        method: 'POST',
        body: { parentEmail: `${locale}@example.com`, locale },
        headers: { 'x-youthchat-age': token },
      });
      subjects.push(rig.mailer.sent.at(-1)?.subject ?? '');
      const notice = (await (await call(`/consent/${lastLink()}`)).json()) as { locale: string; title: string };
      expect(notice.locale).toBe(locale);
    }
    expect(new Set(subjects).size).toBe(4);
    expect(subjects[1]).toMatch(/^Su hijo o hija/);
    expect(subjects[2]).toMatch(/^Votre enfant/);
  });
});

describe('deciding', () => {
  it('validates the decision', async () => {
    const { token } = await child();
    await ask(token);
    const link = lastLink();
    const post = (body: unknown) => call(`/consent/${link}`, { method: 'POST', body });
    expect(await errorOf(await post({ decision: 'maybe' }))).toMatchObject({ status: 400 });
    expect(await errorOf(await post({ decision: 'grant', scopes: ['ai-provider'], method: 'vendor' }))).toMatchObject({
      status: 400,
      code: 'invalid_request',
    });
    expect(await errorOf(await post({ decision: 'grant', scopes: ['use'], method: 'fax' }))).toMatchObject({
      status: 422,
      code: 'consent_method_unknown',
    });
    const emailPlus = await errorOf(
      await post({ decision: 'grant', scopes: ['use', 'ai-provider'], method: 'email-plus' }),
    );
    expect(emailPlus).toMatchObject({ status: 422, code: 'consent_method_not_allowed' });
    expect(emailPlus.message).toMatch(/stronger check/);
    // None of these used the link.
    expect((await call(`/consent/${link}`)).status).toBe(200);
  });

  it('records a refusal and forgets the address at once', async () => {
    const { token } = await child();
    await ask(token);
    const link = lastLink();
    const denied = await call(`/consent/${link}`, { method: 'POST', body: { decision: 'deny' } });
    expect(await denied.json()).toMatchObject({ consent: 'denied', consentScopes: [] });
    expect((await rig.store.getRequest(hashLinkToken(link)))?.parentEmail).toBeNull();
    const age = await (await call('/age', { headers: { 'x-youthchat-age': token } })).json();
    expect(age).toMatchObject({ consent: 'denied', consentScopes: [] });
  });

  it('sends the email-plus confirmation after the delay, with a fresh manage link, then forgets the address', async () => {
    const { token } = await child();
    await ask(token);
    const decided = await call(`/consent/${lastLink()}`, {
      method: 'POST',
      body: { decision: 'grant', scopes: ['use'], method: 'email-plus' },
    });
    const { manage } = (await decided.json()) as { manage: { token: string } };
    rig.clock.now += 23 * HOUR;
    expect(await rig.consent.sendDueConfirmations()).toBe(0);
    rig.clock.now += HOUR;
    expect(await rig.consent.sendDueConfirmations()).toBe(1);
    const confirmation = rig.mailer.sent.at(-1);
    expect(confirmation?.headers?.['X-Youthchat-Kind']).toBe('consent-confirmation');
    expect(confirmation?.to).toBe('parent@example.com');
    const fresh = /parent\/manage\/([A-Za-z0-9_-]{43})/.exec(confirmation?.text ?? '')?.[1] as string;
    expect((await call(`/parent/${fresh}`)).status).toBe(200);
    expect((await call(`/parent/${manage.token}`)).status).toBe(404);
    const records = await rig.store.findByManage(hashLinkToken(fresh));
    expect(records).toMatchObject({ confirmEmail: null, confirmAt: null });
    expect(await rig.consent.sendDueConfirmations()).toBe(0);
  });

  it('gives a manage link that expires', async () => {
    const { token } = await child();
    await ask(token);
    const decided = await call(`/consent/${lastLink()}`, { method: 'POST', body: { decision: 'deny' } });
    const { manage } = (await decided.json()) as { manage: { token: string } };
    rig.clock.now += 31 * DAY;
    expect(await errorOf(await call(`/parent/${manage.token}`))).toMatchObject({
      status: 410,
      code: 'manage_link_expired',
    });
    expect((await call(`/parent/${manage.token}/revoke`, { method: 'GET' })).status).toBe(405);
  });

  it('never logs a parent’s address', async () => {
    const { token } = await child();
    await ask(token, 'secret.parent@example.com');
    await call(`/consent/${lastLink()}`, {
      method: 'POST',
      body: { decision: 'grant', scopes: ['use'], method: 'email-plus' },
    });
    await ask(token, 'other.parent@example.com');
    expect(rig.logs.join('\n')).not.toMatch(/parent@example\.com/);
  });
});

describe('a mail that cannot be sent', () => {
  it('answers 422 when the parent’s server refuses the address, 503 when mail is down, and keeps nothing', async () => {
    const failures = [new MailError('refused', { responseCode: 550 }), new MailError('down')];
    const consent = createConsent({
      secret: SECRET,
      store: rig.store,
      mailer: {
        kind: 'memory',
        async send() {
          throw failures.shift();
        },
        async close() {},
      },
      publicUrl: 'https://app.example',
      now: () => new Date(rig.clock.now),
    });
    const { token } = await child();
    const post = () =>
      consent.requests(
        new Request('http://localhost/api/consent/requests', {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-youthchat-age': token },
          body: JSON.stringify({ parentEmail: 'typo@exampel.com' }),
        }),
      );
    expect(await errorOf(await post())).toMatchObject({ status: 422, code: 'parent_email_rejected' });
    expect(await errorOf(await post())).toMatchObject({ status: 503, code: 'mail_unavailable' });
    const { sessionId } = await verifyAgeTokenString(token, { secret: SECRET, now: new Date(rig.clock.now) }).then(
      (claims) => ({ sessionId: claims?.sessionId as string }),
    );
    expect(await rig.store.getRecord(keyedHash(SECRET, sessionId))).toBeNull();
  });
});

describe('deleting a child’s data', () => {
  it('keeps a report under a preservation hold and an undelivered escalation, and says so', async () => {
    const { token, sessionId } = await child();
    await ask(token);
    const decided = await call(`/consent/${lastLink()}`, {
      method: 'POST',
      body: { decision: 'grant', scopes: ['use'], method: 'email-plus' },
    });
    const { manage } = (await decided.json()) as { manage: { token: string } };
    const subject = keyedHash(SECRET, sessionId);
    const base = {
      clientReportId: null,
      severity: 'high' as const,
      status: 'received' as const,
      band: 'under13' as const,
      bandVerified: true,
      source: 'general' as const,
      details: null,
      excerpt: null,
      messageId: null,
      messageRole: null,
      conversationId: null,
      locale: 'en',
      goodFaith: true,
      subject,
      escalated: false,
      createdAt: rig.clock.now,
      updatedAt: rig.clock.now,
      statements: [],
      appealAt: null,
      appealText: null,
    };
    await rig.reports.insertReport({
      ...base,
      id: 'r-plain',
      reference: 'YC-PLAIN1',
      reason: 'bullying',
      preserveUntil: null,
    });
    await rig.reports.insertReport({
      ...base,
      id: 'r-held',
      reference: 'YC-HELD01',
      reason: 'grooming',
      preserveUntil: rig.clock.now + 365 * DAY,
    });
    await rig.reports.enqueueEscalation(
      {
        id: 'e-waiting',
        source: 'chat',
        category: 'self-harm',
        severity: 'high',
        band: 'under13',
        subject,
        createdAt: new Date(rig.clock.now).toISOString(),
      },
      rig.clock.now,
    );
    const review = (await (await call(`/parent/${manage.token}`)).json()) as { holdings: Record<string, number> };
    expect(review.holdings).toMatchObject({ reports: 2, escalations: 1 });
    const erased = await call(`/parent/${manage.token}/data`, { method: 'DELETE' });
    expect(await erased.json()).toMatchObject({
      deleted: { reports: 1, consentRecords: 1, escalations: 0 },
      kept: { reports: 1, escalations: 1 },
    });
    expect(await rig.reports.getReport('r-plain')).toBeNull();
    expect(await rig.reports.getReport('r-held')).not.toBeNull();
    expect((await call('/age', { headers: { 'x-youthchat-age': token } })).status).toBe(401);
  });
});
