import { describe, expect, it } from 'vitest';
import { declare, raw, startServer } from './harness.ts';

interface Declared {
  band: string;
  token: string;
  expiresAt: string;
  consent: 'required' | 'not-needed';
}

const NOW = new Date('2026-06-15T12:00:00Z');

describe('POST /api/age over HTTP', () => {
  it('signs the band, returns the token and sets it as an HttpOnly, SameSite=Strict cookie', async () => {
    const base = await startServer({ age: { now: () => NOW } });
    const response = await declare(base, { birthDate: '2014-03-14', country: 'US', timeZone: 'America/New_York' });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    expect(response.headers.get('cache-control')).toBe('no-store');
    const body = (await response.json()) as Declared;
    expect(body).toEqual({
      band: 'under13',
      consent: 'required',
      token: expect.stringMatching(/^[\w-]+\.[\w-]+\.[\w-]+$/),
      expiresAt: '2026-07-15T12:00:00.000Z',
      provenance: { method: 'declared', assurance: 'self-declared' },
    });
    const cookie = response.headers.get('set-cookie') ?? '';
    const attributes = cookie.split(';').map((part) => part.trim());
    expect(attributes[0]).toBe(`yc_age=${body.token}`);
    expect(attributes).toEqual(
      expect.arrayContaining(['HttpOnly', 'SameSite=Strict', 'Path=/', `Max-Age=${30 * 24 * 60 * 60}`]),
    );
    // Secure unless configured off; browsers take Secure cookies from http://localhost too.
    expect(attributes).toContain('Secure');
  });

  it('takes the Secure flag from configuration, never from the Host header', async () => {
    const hosts = ['chat.example.org', 'localhost:3000', '127.0.0.1'];
    const cookieFor = async (base: string, host: string) =>
      String(
        (
          await raw(`${base}/api/age`, {
            headers: { host, 'content-type': 'application/json' },
            body: JSON.stringify({ age: 15 }),
          })
        ).headers['set-cookie'],
      );
    const secure = await startServer();
    for (const host of hosts) {
      const cookie = await cookieFor(secure, host);
      expect(cookie, host).toMatch(/; Secure(;|$)/);
      expect(cookie).toMatch(/HttpOnly/);
      expect(cookie).toMatch(/SameSite=Strict/);
    }
    const plain = await startServer({ age: { secureCookies: false } });
    for (const host of hosts) expect(await cookieFor(plain, host), host).not.toMatch(/Secure/);
  });

  it('takes a configurable token lifetime', async () => {
    const base = await startServer({ age: { now: () => NOW, ttlSeconds: 3600 } });
    const body = (await (await declare(base, { age: 30 })).json()) as Declared;
    expect(body.expiresAt).toBe('2026-06-15T13:00:00.000Z');
  });

  it.each([
    ['2013-06-15', 'teen13to15'],
    ['2013-06-16', 'under13'],
    ['2010-06-15', 'teen16to17'],
    ['2008-06-15', 'adult'],
    ['2008-06-16', 'teen16to17'],
  ])('puts a birth date of %s in %s on 15 June 2026', async (birthDate, band) => {
    const base = await startServer({ age: { now: () => NOW } });
    const body = (await (await declare(base, { birthDate, timeZone: 'UTC' })).json()) as Declared;
    expect(body.band).toBe(band);
  });

  it('counts the birthday in the person’s own time zone', async () => {
    // 23:30 UTC on 14 June is already 15 June in Tokyo.
    const late = new Date('2026-06-14T23:30:00Z');
    const base = await startServer({ age: { now: () => late } });
    const tokyo = (await (await declare(base, { birthDate: '2013-06-15', timeZone: 'Asia/Tokyo' })).json()) as Declared;
    const la = (await (
      await declare(base, { birthDate: '2013-06-15', timeZone: 'America/Los_Angeles' })
    ).json()) as Declared;
    expect(tokyo.band).toBe('teen13to15');
    expect(la.band).toBe('under13');
  });

  it.each([
    [{ age: 14, country: 'DE' }, 'required'],
    [{ age: 16, country: 'DE' }, 'not-needed'],
    [{ age: 13, country: 'US' }, 'not-needed'],
    [{ age: 12, country: 'US' }, 'required'],
    [{ age: 17, country: 'IN' }, 'required'],
    [{ age: 13, country: 'uk' }, 'not-needed'],
    [{ age: 14, country: 'FR' }, 'required'],
    [{ age: 12 }, 'required'],
    [{ age: 13 }, 'not-needed'],
  ])('answers %o with consent %s', async (declaration, consent) => {
    const base = await startServer();
    const body = (await (await declare(base, declaration)).json()) as Declared;
    expect(body.consent).toBe(consent);
  });

  it('lets outside signals make the answer younger, never older', async () => {
    const base = await startServer();
    const younger = (await (
      await declare(base, { age: 30, country: 'ES', signals: [{ min: 13, max: 15, source: 'vendor:test' }] })
    ).json()) as Declared;
    expect(younger).toMatchObject({ band: 'teen13to15', consent: 'required' });
    const older = (await (
      await declare(base, { age: 12, signals: [{ min: 18, source: 'platform' }] })
    ).json()) as Declared;
    expect(older).toMatchObject({ band: 'under13', consent: 'required' });
  });

  it('refuses a second answer while the first token is valid (409), until the app server resets it', async () => {
    const resetToken = 'reset-credential-of-the-app-server-0123456789';
    const base = await startServer({ age: { resetToken } });
    const first = await declare(base, { age: 12 });
    const cookie = (first.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    const { token } = (await first.json()) as Declared;

    for (const headers of [{ cookie }, { 'x-youthchat-age': token }]) {
      const again = await declare(base, { age: 30 }, headers);
      expect(again.status).toBe(409);
      expect(((await again.json()) as { error: { code: string } }).error.code).toBe('age_already_declared');
    }

    const reset = await fetch(`${base}/api/age`, {
      method: 'DELETE',
      headers: { cookie, authorization: `Bearer ${resetToken}` },
    });
    expect(reset.status).toBe(204);
    expect(reset.headers.get('set-cookie')).toMatch(/^yc_age=;.*Max-Age=0/);
    // The browser drops the cookie; the next answer is taken.
    expect((await declare(base, { age: 30 })).status).toBe(200);
  });

  it('reads the band back with GET from the cookie or the header', async () => {
    const base = await startServer();
    const first = await declare(base, { age: 16, country: 'DE' });
    const { token, expiresAt } = (await first.json()) as Declared;
    for (const headers of [{ cookie: `other=1; yc_age=${token}` }, { 'x-youthchat-age': token }]) {
      const read = await fetch(`${base}/api/age`, { headers });
      expect(read.status).toBe(200);
      expect(await read.json()).toEqual({
        band: 'teen16to17',
        consent: 'not-needed',
        expiresAt,
        provenance: { method: 'declared', assurance: 'self-declared' },
      });
    }
  });
});
