import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createAppFromConfig, loadServerConfig, serve } from '@youthchat/server/node';
import { afterAll, describe, expect, it } from 'vitest';
import { dropSchema, pgUrl, uniqueSchema } from '../reports/postgres.ts';

const RESET_TOKEN = 'age-reset-token-for-tests-0123456789abcdef';
const MODERATOR_TOKEN = 'moderator-token-for-age-tests-0123456789';

const cleanups: (() => Promise<void> | void)[] = [];
afterAll(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

/** youthchat-server's routes over real HTTP, on a fresh data folder (SQLite) or a PostgreSQL schema. */
async function startApp(env: Record<string, string> = {}): Promise<string> {
  const dataDir = mkdtempSync(join(tmpdir(), 'youthchat-age-reset-'));
  cleanups.push(() => rmSync(dataDir, { recursive: true, force: true }));
  const app = await createAppFromConfig(loadServerConfig({ YOUTHCHAT_DATA_DIR: dataDir, MODERATOR_TOKEN, ...env }));
  cleanups.push(() => app.close());
  const running = await serve(app.handler, { port: 0 });
  cleanups.push(() => running.close());
  return running.url;
}

interface Declared {
  band: string;
  token: string;
  expiresAt: string;
}

async function declare(base: string, age: number, headers: Record<string, string> = {}) {
  const response = await fetch(`${base}/api/age`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ age }),
  });
  const cookie = (response.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  return { status: response.status, cookie, ...((await response.json()) as Declared) };
}

const bandOf = async (base: string, headers: Record<string, string>) => {
  const response = await fetch(`${base}/api/age`, { headers });
  return response.ok ? ((await response.json()) as { band: string }).band : response.status;
};

const chatBandOf = async (base: string, headers: Record<string, string>) => {
  const response = await fetch(`${base}/api/chat`, { headers });
  return response.ok ? ((await response.json()) as { band: string }).band : response.status;
};

/** The band a report was stored with, read back through the moderator route. */
async function reportBandOf(base: string, headers: Record<string, string>) {
  const clientReportId = `band-${crypto.randomUUID()}`;
  const created = await fetch(`${base}/api/reports`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ reason: 'other', clientReportId }),
  });
  expect(created.status).toBe(201);
  const listed = await fetch(`${base}/api/reports?clientReportId=${clientReportId}`, {
    headers: { authorization: `Bearer ${MODERATOR_TOKEN}` },
  });
  const [report] = ((await listed.json()) as { reports: { band: string; bandVerified: boolean }[] }).reports;
  return report;
}

/** A JWT's claims, read without checking it (the server did). */
const claimsOf = (token: string) =>
  JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString('utf8')) as { jti?: string; sub?: string };

const reset = (base: string, headers: Record<string, string>) =>
  fetch(`${base}/api/age`, { method: 'DELETE', headers });

describe('the age cookie is the authority in a browser', () => {
  it('ignores an x-youthchat-age header for another band while the cookie holds a valid token', async () => {
    const base = await startApp();
    const child = await declare(base, 11);
    const adult = await declare(base, 30);
    expect([child.band, adult.band]).toEqual(['under13', 'adult']);
    const both = { cookie: child.cookie, 'x-youthchat-age': adult.token };

    expect(await bandOf(base, both)).toBe('under13');
    expect(await chatBandOf(base, both)).toBe('under13');
    expect(await reportBandOf(base, both)).toMatchObject({ band: 'under13', bandVerified: true });
    // A declaration is refused too: the cookie says this browser already answered.
    expect((await declare(base, 30, { cookie: child.cookie })).status).toBe(409);

    // Clients without the cookie still use the header.
    expect(await bandOf(base, { 'x-youthchat-age': adult.token })).toBe('adult');
    expect(await chatBandOf(base, { 'x-youthchat-age': adult.token })).toBe('adult');
    // A cookie that is not a valid token does not block the header.
    expect(await bandOf(base, { cookie: 'yc_age=forged', 'x-youthchat-age': adult.token })).toBe('adult');
  });

  it('signs every token with its own id (jti)', async () => {
    const base = await startApp();
    const a = claimsOf((await declare(base, 14)).token);
    const b = claimsOf((await declare(base, 14)).token);
    expect(a.jti).toMatch(/^[0-9a-f-]{36}$/);
    expect(a.jti).not.toBe(b.jti);
    expect(a.jti).not.toBe(a.sub);
  });
});

describe('DELETE /api/age needs the app server’s credential', () => {
  it('is off (403) when no YOUTHCHAT_AGE_RESET_TOKEN is set, and the cookie stays', async () => {
    const base = await startApp();
    const child = await declare(base, 11);
    const response = await reset(base, { cookie: child.cookie });
    expect(response.status).toBe(403);
    expect(((await response.json()) as { error: { code: string } }).error.code).toBe('age_reset_off');
    expect(response.headers.get('set-cookie')).toBeNull();
    expect(await bandOf(base, { cookie: child.cookie })).toBe('under13');
    expect((await declare(base, 30, { cookie: child.cookie })).status).toBe(409);
  });

  it('answers 401 JSON without the credential or with a wrong one, and changes nothing', async () => {
    const base = await startApp({ YOUTHCHAT_AGE_RESET_TOKEN: RESET_TOKEN });
    const child = await declare(base, 11);
    for (const authorization of [undefined, `Bearer ${RESET_TOKEN}x`, `Basic ${RESET_TOKEN}`, 'Bearer ']) {
      const response = await reset(base, { cookie: child.cookie, ...(authorization ? { authorization } : {}) });
      expect(response.status).toBe(401);
      expect(response.headers.get('www-authenticate')).toMatch(/^Bearer/);
      expect(((await response.json()) as { error: { code: string } }).error.code).toBe('age_reset_unauthorized');
      expect(response.headers.get('set-cookie')).toBeNull();
    }
    expect(await bandOf(base, { cookie: child.cookie })).toBe('under13');
  });

  it('clears the cookie and denies the token everywhere, so a kept copy is worth nothing', async () => {
    const base = await startApp({ YOUTHCHAT_AGE_RESET_TOKEN: RESET_TOKEN });
    const child = await declare(base, 11);
    const other = await declare(base, 11);
    const response = await reset(base, { cookie: child.cookie, authorization: `Bearer ${RESET_TOKEN}` });
    expect(response.status).toBe(204);
    expect(response.headers.get('set-cookie')).toMatch(/^yc_age=;.*Max-Age=0/);

    for (const headers of [{ cookie: child.cookie }, { 'x-youthchat-age': child.token }]) {
      expect(await bandOf(base, headers)).toBe(401);
      expect(await chatBandOf(base, headers)).toBe(401);
      expect(await reportBandOf(base, headers)).toMatchObject({ bandVerified: false });
    }
    // Only that token: another child's stays valid.
    expect(await bandOf(base, { cookie: other.cookie })).toBe('under13');
    // The reset is what lets the question be answered again.
    expect((await declare(base, 12, { cookie: child.cookie })).status).toBe(200);
  });

  describe.skipIf(!pgUrl)('with PostgreSQL', () => {
    const schema = uniqueSchema('agereset');
    afterAll(() => dropSchema(schema));

    it('keeps the deny-list in the database every instance shares', async () => {
      const env = {
        YOUTHCHAT_AGE_RESET_TOKEN: RESET_TOKEN,
        YOUTHCHAT_SECRET: 'one-secret-shared-by-both-instances-0123456789',
        DATABASE_URL: `${pgUrl}?schema=${schema}`,
      };
      const first = await startApp(env);
      const second = await startApp(env);
      const child = await declare(first, 15);
      expect(await bandOf(second, { cookie: child.cookie })).toBe('teen13to15');
      const response = await reset(first, { cookie: child.cookie, authorization: `Bearer ${RESET_TOKEN}` });
      expect(response.status).toBe(204);
      expect(await bandOf(second, { cookie: child.cookie })).toBe(401);
      expect(await chatBandOf(second, { 'x-youthchat-age': child.token })).toBe(401);
    });
  });
});
