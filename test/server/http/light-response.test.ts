import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createReportsHandler, createYouthchatHandler, type ReportStore, sqliteReportStore } from '@youthchat/server';
import { serve } from '@youthchat/server/node';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SECURITY_HEADERS } from '../../../packages/server/src/http/headers.ts';
import { JSON_HEADERS, securedJsonHeaders } from '../../../packages/server/src/http/response.ts';

let dir: string;
let store: ReportStore;
beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'youthchat-answers-'));
  store = await sqliteReportStore({ filename: join(dir, 'reports.sqlite') });
});
afterEach(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

const secret = 's'.repeat(40);
const body = JSON.stringify({ reason: 'bullying', details: 'Someone keeps being unkind to me.' });

describe('report answers', () => {
  it('are real Responses for a fetch-style caller', async () => {
    const reports = createReportsHandler({ store, secret });
    const handler = createYouthchatHandler({ secret, routes: { '/reports': reports } });
    for (const h of [reports, handler]) {
      const response = await h(
        new Request('http://localhost/api/reports', {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body,
        }),
      );
      expect(response).toBeInstanceOf(Response);
      expect(response.status).toBe(201);
      expect(response.headers.get('location')).toMatch(/^\/api\/reports\/.+\/status$/);
      expect(await response.json()).toMatchObject({ status: 'received' });
    }
  });

  it('keep their headers, security headers and body through the Node adapter', async () => {
    const reports = createReportsHandler({ store, secret });
    const server = await serve(createYouthchatHandler({ secret, routes: { '/reports': reports } }), { port: 0 });
    try {
      const response = await fetch(`${server.url}/api/reports`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body,
      });
      expect(response.status).toBe(201);
      expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
      expect(response.headers.get('cache-control')).toBe('no-store');
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('content-security-policy')).toBe("frame-ancestors 'none'");
      expect(response.headers.get('referrer-policy')).toBe('no-referrer');
      expect(response.headers.get('location')).toMatch(/^\/api\/reports\/.+\/status$/);
      expect(await response.json()).toMatchObject({ status: 'received' });
      const refused = await fetch(`${server.url}/api/reports`, { method: 'PUT' });
      expect(refused.status).toBe(405);
      expect(refused.headers.get('allow')).toBe('GET, POST');
      expect(refused.headers.get('referrer-policy')).toBe('no-referrer');
    } finally {
      await server.close();
    }
  });

  it('start from one fresh object holding every JSON and security header', () => {
    const first = securedJsonHeaders();
    expect(first).toEqual({ ...JSON_HEADERS, ...SECURITY_HEADERS });
    first.location = '/api/reports/x/status';
    expect(securedJsonHeaders()).not.toHaveProperty('location');
  });
});
