import { defineAssuranceRequirements } from '@youthchat/core';
import { assuranceGate, createChatHandler, createYouthchatHandler, jwksAgeVerifier } from '@youthchat/server';
import { serve } from '@youthchat/server/node';
import { exportJWK, generateKeyPair, type JWK, SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { declare, type ErrorBody, SECRET } from './harness.ts';

const ISSUER = 'https://age-vendor.example';
const AUDIENCE = 'youthchat-test-app';

let vendorKey: CryptoKey;
let strangerKey: CryptoKey;
let jwk: JWK;

async function result(
  key: CryptoKey,
  claims: Record<string, unknown>,
  options: { kid?: string; issuer?: string; audience?: string; ageSeconds?: number } = {},
) {
  const issuedAt = Math.floor(Date.now() / 1000) - (options.ageSeconds ?? 0);
  return new SignJWT(claims)
    .setProtectedHeader({ alg: 'ES256', kid: options.kid ?? 'vendor-1' })
    .setIssuer(options.issuer ?? ISSUER)
    .setAudience(options.audience ?? AUDIENCE)
    .setIssuedAt(issuedAt)
    .setExpirationTime(issuedAt + 300)
    .sign(key);
}

let base: string;
let close: () => Promise<void>;

beforeAll(async () => {
  ({ privateKey: vendorKey } = await generateKeyPair('ES256').then(async (pair) => {
    jwk = { ...(await exportJWK(pair.publicKey)), kid: 'vendor-1', alg: 'ES256', use: 'sig' };
    return pair;
  }));
  ({ privateKey: strangerKey } = await generateKeyPair('ES256'));
  // A local JWKS: the verifier is the one a deployment uses, only the keys come from the test.
  const verifiers = [jwksAgeVerifier({ name: 'vendor', jwks: { keys: [jwk] }, issuer: ISSUER, audience: AUDIENCE })];
  const chat = createChatHandler({
    secret: SECRET,
    offlineDelayMs: 0,
    gates: [assuranceGate({ features: { chat: { adult: 'platform' } } })],
  });
  const running = await serve(
    createYouthchatHandler({
      secret: SECRET,
      age: { rateLimitPerMinute: 10_000, verifiers },
      routes: { '/chat': chat },
    }),
    { port: 0 },
  );
  base = running.url;
  close = () => running.close();
});
afterAll(() => close());

const describeToken = async (token: string) =>
  (await fetch(`${base}/api/age`, { headers: { 'x-youthchat-age': token } })).json() as Promise<
    Record<string, unknown>
  >;

describe('age provenance', () => {
  it('records a declared band as declared and self-declared, in the answer and in GET /api/age', async () => {
    const response = await declare(base, { age: 15 });
    const body = (await response.json()) as { token: string; provenance: unknown };
    expect(body.provenance).toEqual({ method: 'declared', assurance: 'self-declared' });
    expect(await describeToken(body.token)).toMatchObject({
      band: 'teen13to15',
      provenance: { method: 'declared', assurance: 'self-declared' },
    });
  });

  it('lets a signal the client sends lower the band but never raise it', async () => {
    const lower = (await (
      await declare(base, { age: 17, signals: [{ max: 12, source: 'apple-declared-age-range' }] })
    ).json()) as Record<string, unknown>;
    expect(lower).toMatchObject({ band: 'under13', provenance: { assurance: 'self-declared' } });
    const raise = (await (
      await declare(base, { age: 14, signals: [{ min: 18, source: 'apple-declared-age-range' }] })
    ).json()) as Record<string, unknown>;
    expect(raise).toMatchObject({ band: 'teen13to15', provenance: { method: 'declared', assurance: 'self-declared' } });
  });

  it('raises the band only with a verified vendor result, recorded as vendor / verified', async () => {
    const signed = await result(vendorKey, { age_over: 18 });
    const response = await declare(base, { age: 15, verified: [{ verifier: 'vendor', result: signed }] });
    expect(response.status).toBe(200);
    const body = (await response.json()) as { band: string; token: string; consent: string };
    expect(body).toMatchObject({
      band: 'adult',
      consent: 'not-needed',
      provenance: { method: 'vendor', assurance: 'verified' },
    });
    expect(await describeToken(body.token)).toMatchObject({ provenance: { method: 'vendor', assurance: 'verified' } });
    // Even then, a client's signal can still lower it.
    const lowered = await declare(base, {
      age: 15,
      verified: [{ verifier: 'vendor', result: await result(vendorKey, { age_over: 18 }) }],
      signals: [{ min: 13, max: 15, source: 'google-play-age-signals' }],
    });
    expect(await lowered.json()).toMatchObject({ band: 'teen13to15' });
  });

  it('refuses a vendor result signed by an unknown key, for the wrong audience or issuer, stale, or with no age', async () => {
    const cases = [
      ['unknown key', await result(strangerKey, { age_over: 18 })],
      ['unknown key claiming the known kid', await result(strangerKey, { age_over: 18 }, { kid: 'vendor-1' })],
      ['wrong audience', await result(vendorKey, { age_over: 18 }, { audience: 'someone-else' })],
      ['wrong issuer', await result(vendorKey, { age_over: 18 }, { issuer: 'https://evil.example' })],
      ['stale', await result(vendorKey, { age_over: 18 }, { ageSeconds: 3600 })],
      ['no age', await result(vendorKey, { verified: true })],
      ['not a JWT', 'not-a-jwt'],
    ] as const;
    for (const [label, signed] of cases) {
      const response = await declare(base, { age: 15, verified: [{ verifier: 'vendor', result: signed }] });
      expect(response.status, label).toBe(422);
      expect(((await response.json()) as ErrorBody).error.code, label).toBe('age_result_invalid');
    }
    const unknownVerifier = await declare(base, { age: 15, verified: [{ verifier: 'nobody', result: 'x' }] });
    expect(unknownVerifier.status).toBe(400);
    expect(((await unknownVerifier.json()) as ErrorBody).error.code).toBe('unknown_verifier');
  });

  it('enforces a minimum assurance: a self-declared adult is held from chat until a verified result upgrades the token', async () => {
    const adult = (await (await declare(base, { age: 30 })).json()) as { token: string };
    const post = (token: string) =>
      fetch(`${base}/api/chat`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-youthchat-age': token },
        body: JSON.stringify({ messages: [{ role: 'user', content: 'hello' }], locale: 'fr' }),
      });
    const held = await post(adult.token);
    expect(held.status).toBe(403);
    const error = ((await held.json()) as ErrorBody).error;
    expect(error.code).toBe('age_assurance_required');
    expect(error.message).toMatch(/vérification d'âge plus sûre/);

    // Teens need nothing more than their declaration under these requirements.
    const teen = (await (await declare(base, { age: 14 })).json()) as { token: string };
    const teenReply = await post(teen.token);
    expect(teenReply.status).toBe(200);
    await teenReply.text();

    const upgraded = await fetch(`${base}/api/age/verify`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-youthchat-age': adult.token },
      body: JSON.stringify({ verified: [{ verifier: 'vendor', result: await result(vendorKey, { age_min: 25 }) }] }),
    });
    expect(upgraded.status).toBe(200);
    const next = (await upgraded.json()) as { token: string; provenance: unknown };
    expect(next.provenance).toEqual({ method: 'vendor', assurance: 'verified' });
    const open = await post(next.token);
    expect(open.status).toBe(200);
    await open.text();

    const refused = await fetch(`${base}/api/age/verify`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-youthchat-age': next.token },
      body: JSON.stringify({ verified: [{ verifier: 'vendor', result: await result(strangerKey, { age_min: 25 }) }] }),
    });
    expect(refused.status).toBe(422);
  });

  it('answers odd signed-result bodies with a JSON 4xx, never a 5xx', async () => {
    const adult = (await (await declare(base, { age: 30 })).json()) as { token: string };
    const bodies = [
      { verified: [] },
      { verified: [{ verifier: 'vendor' }] },
      { verified: [{ verifier: 'vendor', result: 42 }] },
      { verified: [{ verifier: 'vendor', result: 'a.b.c' }] },
      { verified: [{ verifier: 'vendor', result: `${'x'.repeat(9000)}` }] },
      { verified: Array.from({ length: 4 }, () => ({ verifier: 'vendor', result: 'a.b.c' })) },
      { verified: 'eyJ' },
      { verified: [{ verifier: 'vendor', result: await result(vendorKey, { age_min: 'eighteen' }) }] },
      { verified: [{ verifier: 'vendor', result: await result(vendorKey, { age_min: 20, age_max: 10 }) }] },
    ];
    for (const body of bodies) {
      for (const path of ['/api/age/verify', '/api/age']) {
        const response = await fetch(`${base}${path}`, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            ...(path.endsWith('verify') ? { 'x-youthchat-age': adult.token } : {}),
          },
          body: JSON.stringify(path.endsWith('verify') ? body : { age: 20, ...body }),
        });
        const label = `${path} ${JSON.stringify(body).slice(0, 80)}`;
        // An empty list is simply no result: the declaration stands.
        const empty = Array.isArray(body.verified) && body.verified.length === 0 && path === '/api/age';
        if (empty) {
          expect(response.status, label).toBe(200);
          continue;
        }
        expect(response.status, label).toBeGreaterThanOrEqual(400);
        expect(response.status, label).toBeLessThan(500);
        expect(typeof ((await response.json()) as ErrorBody).error.code, label).toBe('string');
      }
    }
    expect((await fetch(`${base}/api/age/verify`, { method: 'GET' })).status).toBe(405);
  });

  it('checks requirements once, naming the mistake', () => {
    expect(() => defineAssuranceRequirements({ features: { chat: { adult: 'very-sure' as never } } })).toThrow(
      /self-declared, platform, verified/,
    );
    expect(() => defineAssuranceRequirements({ bands: { grownup: 'platform' } as never })).toThrow(/not an age band/);
    expect(defineAssuranceRequirements({ bands: { adult: 'verified' } }).bands).toEqual({ adult: 'verified' });
  });
});
