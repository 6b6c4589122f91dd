import { mkdtempSync, rmSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPORT_REASONS } from '@youthchat/core';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ChildServer, startChildServer } from './child.ts';
import { MODERATOR_TOKEN } from './helpers.ts';

const RUNS = 1500;

interface Sent {
  method: string;
  path: string;
  headers: Record<string, string>;
  body?: string | Uint8Array;
}

/**
 * Thousands of generated requests (bodies, headers, methods, paths, queries)
 * against the report routes in their own server process: none may be
 * answered 5xx, and the process must still be up and storing reports at the end.
 */
describe('fuzzing the report routes', () => {
  const dir = mkdtempSync(join(tmpdir(), 'youthchat-fuzz-'));
  const agent = new Agent({ keepAlive: true, maxSockets: 8 });
  let server: ChildServer;
  let port: number;
  let reportId: string;
  let reference: string;
  const statuses = new Map<number, number>();

  beforeAll(async () => {
    server = await startChildServer({
      YOUTHCHAT_DATA_DIR: dir,
      MODERATOR_TOKEN,
      YOUTHCHAT_REPORT_LIMIT_PER_ADDRESS: '1000000',
      YOUTHCHAT_REPORT_LIMIT_PER_TOKEN: '1000000',
    });
    port = Number(new URL(server.url).port);
    const created = await send({
      method: 'POST',
      path: '/api/reports',
      headers: { 'content-type': 'application/json' },
      body: '{"reason":"other"}',
    });
    expect(created.status).toBe(201);
    ({ id: reportId, reference } = JSON.parse(created.body) as { id: string; reference: string });
  }, 60_000);

  afterAll(async () => {
    agent.destroy();
    if (server?.alive()) {
      server.process.kill('SIGTERM');
      await server.exited;
    }
    rmSync(dir, { recursive: true, force: true });
  });

  async function send(sent: Sent): Promise<{ status: number; body: string }> {
    try {
      return await sendOnce(sent, agent);
    } catch (error) {
      // A kept-alive socket the server had just closed (after a request its parser refused)
      // fails before any answer; one fresh connection tells that apart from a real failure.
      if ((error as { code?: string }).code !== 'ECONNRESET') throw error;
      return sendOnce(sent, false);
    }
  }

  function sendOnce(sent: Sent, via: Agent | false): Promise<{ status: number; body: string }> {
    return new Promise((resolve, reject) => {
      const req = request({
        host: '127.0.0.1',
        port,
        agent: via,
        method: sent.method,
        path: sent.path,
        headers: sent.headers,
      });
      req.setTimeout(15_000, () => req.destroy(new Error('timed out')));
      req.on('response', (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString() }));
        res.on('error', reject);
      });
      req.on('error', reject);
      req.end(sent.body);
    });
  }

  async function neverServerError(sent: Sent): Promise<void> {
    const { status, body } = await send(sent);
    statuses.set(status, (statuses.get(status) ?? 0) + 1);
    if (status >= 500) throw new Error(`${sent.method} ${sent.path} answered ${status}: ${body.slice(0, 300)}`);
    expect(status).toBeGreaterThanOrEqual(200);
    // Every rejection from the routes has the one error shape. (Node's own HTTP parser answers
    // requests it cannot parse, such as unknown methods, with a bare 400 before any route runs.)
    if (status >= 400 && body !== '') {
      const parsed = JSON.parse(body) as { error?: { code?: unknown } };
      expect(typeof parsed.error?.code).toBe('string');
    }
  }

  const text = fc.oneof(
    fc.string({ maxLength: 50 }),
    fc.string({ unit: 'grapheme', maxLength: 200 }),
    fc.string({ unit: 'binary', maxLength: 100 }),
    fc.constantFrom('', ' ', '\u0000', '\ud800', '\udfff\ud800', '💥'.repeat(600), 'x'.repeat(2000), 'x'.repeat(2001)),
  );
  const anyValue = fc.oneof(
    text,
    fc.integer(),
    fc.double(),
    fc.boolean(),
    fc.constant(null),
    fc.jsonValue({ maxDepth: 3 }),
  );
  // Mostly valid values, so that many reports get past validation and are stored.
  const mostly = <T>(valid: fc.Arbitrary<T>) =>
    fc.oneof({ weight: 6, arbitrary: valid }, { weight: 1, arbitrary: anyValue as fc.Arbitrary<unknown> });
  const reportish = fc.record(
    {
      reason: mostly(fc.constantFrom(...REPORT_REASONS)),
      details: mostly(fc.string({ unit: 'grapheme', maxLength: 400 })),
      excerpt: mostly(fc.string({ unit: 'binary', maxLength: 400 })),
      messageId: mostly(fc.stringMatching(/^[\x21-\x7e]{1,40}$/)),
      messageRole: mostly(fc.constantFrom('user', 'assistant')),
      conversationId: mostly(fc.uuid()),
      clientReportId: mostly(fc.uuid()),
      source: mostly(fc.constantFrom('message', 'general')),
      locale: mostly(fc.constantFrom('en', 'es-MX', 'pt-BR')),
      goodFaith: mostly(fc.boolean()),
      __proto__: anyValue,
      constructor: anyValue,
    },
    { requiredKeys: ['reason'] },
  );
  const bodies = fc.oneof(
    { weight: 4, arbitrary: reportish.map((v) => JSON.stringify(v)) },
    fc.jsonValue({ maxDepth: 4 }).map((v) => JSON.stringify(v)),
    fc.string({ maxLength: 300 }),
    fc.uint8Array({ maxLength: 300 }).map((bytes) => Buffer.from(bytes).toString('latin1')),
    fc.integer({ min: 15_000, max: 20_000 }).map((n) => JSON.stringify({ reason: 'other', details: 'z'.repeat(n) })),
    fc.constantFrom('', '{', '{}', '[]', 'null', '{"reason":"other"', '{"reason":"other"}{"reason":"other"}'),
  );
  const contentTypes = fc.constantFrom(
    'application/json',
    'application/json; charset=utf-8',
    'application/problem+json',
    'APPLICATION/JSON',
    'text/plain',
    'application/x-www-form-urlencoded',
    'multipart/form-data; boundary=x',
    'application/jsonx',
    '',
  );

  it(`never answers 5xx to ${RUNS} generated report bodies`, async () => {
    await fc.assert(
      fc.asyncProperty(bodies, contentTypes, async (body, type) => {
        await neverServerError({
          method: 'POST',
          path: '/api/reports',
          headers: type ? { 'content-type': type } : {},
          body,
        });
      }),
      { numRuns: RUNS },
    );
  }, 300_000);

  const headerName = fc
    .stringMatching(/^[a-z0-9!#$%&'*+.^_`|~-]{1,24}$/)
    .filter(
      (n) =>
        !['content-length', 'transfer-encoding', 'host', 'connection', 'expect', 'upgrade', 'te', 'trailer'].includes(
          n,
        ),
    );
  const headerValue = fc.stringMatching(/^[\x21-\x7e]([\x20-\x7e]{0,120}[\x21-\x7e])?$/);
  const interesting = fc.record(
    {
      'content-type': fc.oneof(contentTypes, headerValue),
      authorization: fc.oneof(
        fc.constant(`Bearer ${MODERATOR_TOKEN}`),
        headerValue.map((v) => `Bearer ${v}`),
        headerValue,
      ),
      origin: fc.oneof(fc.constantFrom('null', 'https://evil.example', 'http://127.0.0.1'), headerValue),
      'x-youthchat-age': headerValue,
      'x-youthchat-remote-address': headerValue,
      cookie: headerValue.map((v) => `yc_age=${v}`),
      'content-encoding': fc.constantFrom('gzip', 'br', 'identity', 'bogus'),
      accept: headerValue,
    },
    { requiredKeys: [] },
  );
  const headers = fc
    .tuple(interesting, fc.dictionary(headerName, headerValue, { maxKeys: 8 }))
    .map(([a, b]) => ({ ...b, ...a }));

  it(`never answers 5xx to ${RUNS} generated header sets`, async () => {
    await fc.assert(
      fc.asyncProperty(
        headers,
        fc.constantFrom('GET', 'POST'),
        fc.constantFrom('/api/reports', `/api/reports/${'ID'}`, '/api/reports/REF/status', '/api/reports/ID/decision'),
        bodies,
        async (h, method, template, body) => {
          const path = template.replace('ID', reportId).replace('REF', reference);
          await neverServerError({ method, path, headers: h, ...(method === 'POST' ? { body } : {}) });
        },
      ),
      { numRuns: RUNS },
    );
  }, 300_000);

  const segment = fc.oneof(
    fc.constantFrom('status', 'decision', 'appeal', '..', '.', '%', '%zz', '%00', '%2F', 'YC-00000-00000'),
    fc.stringMatching(/^[A-Za-z0-9._~%!$&'()*+,;=:@-]{0,40}$/),
    fc.uuid(),
  );
  const query = fc.dictionary(
    fc.constantFrom(
      'status',
      'reason',
      'severity',
      'band',
      'since',
      'until',
      'limit',
      'cursor',
      'order',
      'subject',
      'clientReportId',
      'x',
    ),
    fc.oneof(
      fc.string({ maxLength: 40 }),
      fc.integer().map(String),
      fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
    ),
    { maxKeys: 5 },
  );
  const method = fc.oneof(
    fc.constantFrom('GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS', 'TRACE', 'PROPFIND', 'SEARCH', 'QUERY'),
    fc.stringMatching(/^[A-Z]{1,12}$/),
  );

  it(`never answers 5xx to ${RUNS} generated methods, paths and queries`, async () => {
    await fc.assert(
      fc.asyncProperty(
        method,
        fc.array(segment, { maxLength: 4 }),
        query,
        fc.boolean(),
        bodies,
        async (m, segments, q, asModerator, body) => {
          const search = new URLSearchParams(q).toString();
          const path = `/api/reports${segments.map((s) => `/${s}`).join('')}${search ? `?${search}` : ''}`;
          const h: Record<string, string> = { 'content-type': 'application/json' };
          if (asModerator) h.authorization = `Bearer ${MODERATOR_TOKEN}`;
          await neverServerError({ method: m, path, headers: h, ...(m === 'GET' || m === 'HEAD' ? {} : { body }) });
        },
      ),
      { numRuns: RUNS },
    );
  }, 300_000);

  it('decisions: never 5xx for generated decision bodies', async () => {
    const decision = fc.record(
      {
        action: fc.oneof(fc.constantFrom('no-action', 'remove-content', 'suspend-account'), anyValue),
        scope: anyValue,
        territorialScope: anyValue,
        durationDays: fc.oneof(fc.integer({ min: -5, max: 5000 }), anyValue),
        facts: anyValue,
        ground: fc.oneof(
          fc.record(
            {
              type: fc.constantFrom('illegal-content', 'terms-of-service', 'none'),
              legalGround: anyValue,
              clause: anyValue,
              explanation: anyValue,
            },
            { requiredKeys: ['type'] },
          ),
          anyValue,
        ),
        automatedDetection: anyValue,
        childSexualExploitation: anyValue,
      },
      { requiredKeys: [] },
    );
    await fc.assert(
      fc.asyncProperty(decision, async (body) => {
        const created = await send({
          method: 'POST',
          path: '/api/reports',
          headers: { 'content-type': 'application/json' },
          body: '{"reason":"scary"}',
        });
        const { id } = JSON.parse(created.body) as { id: string };
        await neverServerError({
          method: 'POST',
          path: `/api/reports/${id}/decision`,
          headers: { 'content-type': 'application/json', authorization: `Bearer ${MODERATOR_TOKEN}` },
          body: JSON.stringify(body),
        });
      }),
      { numRuns: 300 },
    );
  }, 300_000);

  it('the server process is still up and storing reports', async () => {
    expect(server.alive()).toBe(true);
    const response = await send({
      method: 'POST',
      path: '/api/reports',
      headers: { 'content-type': 'application/json' },
      body: '{"reason":"bullying","details":"after the storm"}',
    });
    expect(response.status).toBe(201);
    // The fuzzing reached past validation: some reports were stored and some requests refused.
    expect(statuses.get(201) ?? 0).toBeGreaterThan(50);
    expect([...statuses.keys()].filter((s) => s >= 400).length).toBeGreaterThan(3);
    expect([...statuses.keys()].every((s) => s < 500)).toBe(true);
  });
});
