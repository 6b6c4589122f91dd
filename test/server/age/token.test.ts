import { createHmac } from 'node:crypto';
import { signAgeToken, verifyAgeTokenString } from '@youthchat/server';
import { SignJWT } from 'jose';
import { beforeAll, describe, expect, it } from 'vitest';
import { declare, type ErrorBody, SECRET, startServer } from './harness.ts';

let base = '';
let token = '';
beforeAll(async () => {
  base = await startServer();
  token = ((await (await declare(base, { age: 12 })).json()) as { token: string }).token;
});

const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
/** A correctly HS256-signed JWT with any claims, built by hand. */
function hs256(payload: Record<string, unknown>, secret = SECRET): string {
  const unsigned = `${b64({ alg: 'HS256', typ: 'JWT' })}.${b64(payload)}`;
  return `${unsigned}.${createHmac('sha256', secret).update(unsigned).digest('base64url')}`;
}
const payloadOf = (jwt: string) => JSON.parse(Buffer.from(jwt.split('.')[1] ?? '', 'base64url').toString('utf8'));

async function expect401(headers: Record<string, string>) {
  const response = await fetch(`${base}/api/age`, { headers });
  expect(response.status).toBe(401);
  expect(((await response.json()) as ErrorBody).error.code).toBe('age_token_invalid');
}

describe('GET /api/age: only a valid token passes', () => {
  it('accepts the token it issued', async () => {
    const response = await fetch(`${base}/api/age`, { headers: { 'x-youthchat-age': token } });
    expect(response.status).toBe(200);
    expect(((await response.json()) as { band: string }).band).toBe('under13');
  });

  it('401 without any token', async () => {
    await expect401({});
    await expect401({ cookie: 'something=else' });
  });

  it('401 for a token signed with another secret (forged)', async () => {
    const forged = await signAgeToken(
      { band: 'adult', consent: 'not-needed' },
      { secret: 'another-secret-of-enough-length-9876543210' },
    );
    await expect401({ 'x-youthchat-age': forged.token });
    await expect401({ cookie: `yc_age=${forged.token}` });
  });

  it('401 for an issued token whose band was changed (altered)', async () => {
    const [header, , signature] = token.split('.');
    const payload = { ...payloadOf(token), band: 'adult', consent: 'not-needed' };
    await expect401({ 'x-youthchat-age': `${header}.${b64(payload)}.${signature}` });
  });

  it('401 for a token whose signature was changed', async () => {
    // Change the first signature character: every bit of it counts (the last one carries padding bits).
    const [header, payload, signature = ''] = token.split('.');
    const first = signature[0] === 'A' ? 'B' : 'A';
    await expect401({ 'x-youthchat-age': `${header}.${payload}.${first}${signature.slice(1)}` });
  });

  it('401 for an unsigned token (alg "none")', async () => {
    const unsigned = `${b64({ alg: 'none', typ: 'JWT' })}.${b64({ ...payloadOf(token), band: 'adult' })}.`;
    await expect401({ 'x-youthchat-age': unsigned });
  });

  it('401 for an expired token', async () => {
    const expired = await signAgeToken(
      { band: 'teen13to15', consent: 'not-needed' },
      { secret: SECRET, ttlSeconds: 60, now: new Date(Date.now() - 60 * 60 * 1000) },
    );
    await expect401({ 'x-youthchat-age': expired.token });
    await expect401({ cookie: `yc_age=${expired.token}` });
  });

  it('401 for a correctly signed token that is not an age token', async () => {
    const exp = Math.floor(Date.now() / 1000) + 3600;
    const claims = { band: 'adult', consent: 'not-needed', iss: 'youthchat', aud: 'youthchat-age', sub: 'x', exp };
    // The hand-built signer is right: the same claims pass.
    expect((await fetch(`${base}/api/age`, { headers: { 'x-youthchat-age': hs256(claims) } })).status).toBe(200);
    await expect401({ 'x-youthchat-age': hs256({ ...claims, iss: 'someone-else' }) });
    await expect401({ 'x-youthchat-age': hs256({ ...claims, aud: 'another-audience' }) });
    const badBand = hs256({ ...claims, band: 'grown-up' });
    await expect401({ 'x-youthchat-age': badBand });
  });

  it('401 for garbage and for an enormous header', async () => {
    await expect401({ 'x-youthchat-age': 'not-a-token' });
    await expect401({ 'x-youthchat-age': 'a.b.c' });
    await expect401({ cookie: 'yc_age=%E0%A4%A' });
    await expect401({ 'x-youthchat-age': `${token}${'x'.repeat(5000)}` });
  });

  it('a forged token does not lock out a new answer', async () => {
    const forged = await signAgeToken(
      { band: 'adult', consent: 'not-needed' },
      { secret: 'another-secret-of-enough-length-9876543210' },
    );
    const response = await declare(base, { age: 14 }, { 'x-youthchat-age': forged.token });
    expect(response.status).toBe(200);
  });
});

describe('consent in the token', () => {
  it('carries the new statuses, scopes, method, time and country, and refuses odd values', async () => {
    const secret = 'token-consent-test-secret-0123456789abcdef';
    const consentAt = new Date('2026-12-01T10:00:00Z');
    const { token } = await signAgeToken(
      {
        band: 'under13',
        consent: 'granted',
        consentScopes: ['use'],
        consentMethod: 'email-plus',
        consentAt,
        country: 'US',
      },
      { secret },
    );
    expect(await verifyAgeTokenString(token, { secret })).toMatchObject({
      consent: 'granted',
      consentScopes: ['use'],
      consentMethod: 'email-plus',
      consentAt,
      country: 'US',
    });
    const odd = await new SignJWT({ band: 'under13', consent: 'granted', cs: ['everything'] })
      .setProtectedHeader({ alg: 'HS256' })
      .setIssuer('youthchat')
      .setAudience('youthchat-age')
      .setSubject('s')
      .setIssuedAt()
      .setExpirationTime('1h')
      .sign(new TextEncoder().encode(secret));
    expect(await verifyAgeTokenString(odd, { secret })).toBeNull();
  });
});
