import { signAgeToken } from '@youthchat/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type GuardianServer, openStore, SECRET, startGuardianServer } from './harness.ts';

let server: GuardianServer;
beforeAll(async () => {
  server = await startGuardianServer((await openStore('sqlite')).store);
});
afterAll(async () => {
  await server.close();
  await server.store.close();
});

const BODIES: (string | undefined)[] = [
  undefined,
  '',
  'null',
  '[]',
  '"x"',
  '{',
  '{"guardianEmail":42}',
  JSON.stringify({ guardianEmail: 'a@b.co', guardianLocale: 'x'.repeat(99) }),
  JSON.stringify({ guardianEmail: `${'a'.repeat(300)}@example.com` }),
  JSON.stringify({ quietHours: { start: '9', end: null } }),
  JSON.stringify({ dailyLimitMinutes: 1e308, timeZone: '../../etc/passwd' }),
  JSON.stringify({ timeZone: { toString: 1 } }),
  '\u0000\ud800',
];
const PATHS = [
  '/api/guardian',
  '/api/guardian/',
  '/api/guardian/settings',
  '/api/guardian/confirm/',
  '/api/guardian/confirm/%E0%A4%A',
  `/api/guardian/confirm/${'A'.repeat(43)}`,
  `/api/guardian/confirm/${'A'.repeat(5000)}`,
  '/api/guardian/nope',
];
const METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'];

describe('guardian routes never answer 5xx', () => {
  it('answers every method, path and body with a JSON 4xx or a success', async () => {
    const { token } = await signAgeToken({ band: 'teen13to15', consent: 'not-needed' }, { secret: SECRET });
    for (const path of PATHS) {
      for (const method of METHODS) {
        for (const body of method === 'GET' || method === 'OPTIONS' ? [undefined] : BODIES) {
          for (const headers of [
            { 'x-youthchat-age': token },
            { authorization: `Bearer ${'B'.repeat(43)}` },
            { authorization: 'Bearer' },
          ]) {
            const response = await fetch(`${server.base}${path}`, {
              method,
              headers: { ...headers, ...(body !== undefined ? { 'content-type': 'application/json' } : {}) },
              ...(body !== undefined ? { body } : {}),
            });
            const label = `${method} ${path.slice(0, 60)} ${String(body).slice(0, 40)}`;
            expect(response.status, label).toBeLessThan(500);
            if (response.status >= 400) {
              const json = (await response.json()) as { error?: { code?: string } };
              expect(typeof json.error?.code, label).toBe('string');
            } else await response.arrayBuffer();
          }
        }
      }
    }
  }, 120_000);
});
