import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  type ConsentStore,
  createConsent,
  createMemoryMailer,
  createYouthchatHandler,
  type ReportStore,
  signAgeToken,
  sqliteConsentStore,
  sqliteReportStore,
} from '@youthchat/server';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const SECRET = 'consent-fuzz-test-secret-0123456789abcdefghij';
const RUNS = 300;

/** Generated bodies, methods and paths against the consent and data-rights routes: none may be answered 5xx. */
describe('fuzzing the consent routes', () => {
  const dir = mkdtempSync(join(tmpdir(), 'youthchat-consent-fuzz-'));
  let reports: ReportStore;
  let store: ConsentStore;
  let handler: (request: Request) => Promise<Response>;
  let childToken = '';
  let link = '';
  let bodyChild = '';
  let manage = '';
  const mailer = createMemoryMailer();
  let n = 0;

  beforeAll(async () => {
    const filename = join(dir, 'youthchat.sqlite');
    reports = await sqliteReportStore({ filename });
    store = await sqliteConsentStore({ filename });
    const consent = createConsent({ secret: SECRET, store, mailer, publicUrl: 'https://app.example', reports });
    handler = createYouthchatHandler({
      secret: SECRET,
      age: { consent: consent.lookup },
      routes: { '/consent': consent.requests, '/parent': consent.parent },
    });
    childToken = (await signAgeToken({ band: 'under13', consent: 'required' }, { secret: SECRET })).token;
    const asked = await call('POST', '/api/consent/requests', JSON.stringify({ parentEmail: 'p@example.com' }));
    expect(asked.status).toBe(202);
    link = /consent\/([A-Za-z0-9_-]{43})/.exec(mailer.sent[0]?.text ?? '')?.[1] as string;
    // A second child's decided link, for the parent routes.
    const other = (await signAgeToken({ band: 'under13', consent: 'required' }, { secret: SECRET })).token;
    await call('POST', '/api/consent/requests', JSON.stringify({ parentEmail: 'q@example.com' }), {
      'x-youthchat-age': other,
    });
    const second = /consent\/([A-Za-z0-9_-]{43})/.exec(mailer.sent[1]?.text ?? '')?.[1] as string;
    const decided = await call(
      'POST',
      `/api/consent/${second}`,
      JSON.stringify({ decision: 'grant', scopes: ['use'], method: 'email-plus' }),
    );
    manage = ((await decided.json()) as { manage: { token: string } }).manage.token;
    // A third child sends the generated bodies: a valid request of the first child's would rightly replace its link.
    bodyChild = (await signAgeToken({ band: 'under13', consent: 'required' }, { secret: SECRET })).token;
  }, 60_000);

  afterAll(async () => {
    await store?.close();
    await reports?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  function call(method: string, path: string, body?: string, headers: Record<string, string> = {}) {
    n += 1;
    return handler(
      new Request(`http://localhost${path}`, {
        method,
        headers: {
          'content-type': 'application/json',
          'x-youthchat-age': childToken,
          // Each request from its own address, so the limits do not hide the validation behind them.
          'x-youthchat-remote-address': `10.${(n >> 16) & 255}.${(n >> 8) & 255}.${n & 255}`,
          ...headers,
        },
        ...(body !== undefined && method !== 'GET' && method !== 'HEAD' ? { body } : {}),
      }),
    );
  }

  const jsonish = fc.oneof(
    fc.json(),
    fc.string(),
    fc
      .record(
        {
          parentEmail: fc.oneof(fc.emailAddress(), fc.string(), fc.integer(), fc.constant(null)),
          locale: fc.oneof(fc.string(), fc.constantFrom('en', 'es', 'fr', 'de', 'zz-ZZ')),
          country: fc.string({ maxLength: 4 }),
          decision: fc.oneof(fc.constantFrom('grant', 'deny'), fc.string()),
          scopes: fc.oneof(fc.array(fc.constantFrom('use', 'ai-provider', 'x')), fc.anything()),
          method: fc.oneof(fc.constantFrom('email-plus', 'vendor'), fc.string(), fc.integer()),
          evidence: fc.anything(),
        },
        { requiredKeys: [] },
      )
      .map((v) => JSON.stringify(v)),
  );

  it('answers every generated body with a JSON 4xx or a success, never 5xx', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom('/api/consent/requests', `/api/consent/LINK`, '/api/parent/MANAGE/revoke'),
        jsonish,
        async (path, body) => {
          // The real links are not used up: a decision that passes validation meets the used link as 410.
          const response = await call('POST', path.replace('LINK', 'A'.repeat(43)).replace('MANAGE', manage), body, {
            'x-youthchat-age': bodyChild,
          });
          expect(response.status).toBeLessThan(500);
          if (response.status >= 400) {
            const error = ((await response.json()) as { error: { code: string } }).error;
            expect(typeof error.code).toBe('string');
          }
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('answers generated methods and paths without a 5xx', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom('GET', 'POST', 'DELETE', 'PUT', 'PATCH', 'HEAD', 'OPTIONS'),
        fc.oneof(
          fc.constantFrom(`/api/consent/${link}`, `/api/parent/${manage}/export`, `/api/parent/${manage}/nothing`),
          fc.webPath().map((p) => `/api/consent${p}`),
          fc.webPath().map((p) => `/api/parent${p}`),
        ),
        async (method, path) => {
          const response = await call(method, path, method === 'DELETE' ? undefined : '{}');
          expect(response.status).toBeLessThan(500);
        },
      ),
      { numRuns: RUNS },
    );
    // The child's link survived all of it: nothing generated decided for the parent.
    expect((await call('GET', `/api/consent/${link}`)).status).toBe(200);
  });
});
