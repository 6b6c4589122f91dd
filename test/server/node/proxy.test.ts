import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  clientAddress,
  createReportsHandler,
  createYouthchatHandler,
  type ReportStore,
  sqliteReportStore,
} from '@youthchat/server';
import { ConfigError, loadServerConfig, parseTrustProxy, type ServeOptions, serve } from '@youthchat/server/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const SECRET = 'proxy-test-secret-0123456789abcdefghijklmnopq';
const dir = mkdtempSync(join(tmpdir(), 'youthchat-proxy-'));
let store: ReportStore;
beforeAll(async () => {
  store = await sqliteReportStore({ filename: join(dir, 'reports.sqlite') });
});
afterAll(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

/** What address the handler sees for a request carrying `forwardedFor`, served with `options`. */
async function seenAddresses(options: ServeOptions, forwardedFor: (string | undefined)[]): Promise<string[]> {
  const running = await serve(async (request) => new Response(clientAddress(request)), options);
  try {
    const seen: string[] = [];
    for (const header of forwardedFor) {
      const answer = await fetch(running.url, { headers: header === undefined ? {} : { 'x-forwarded-for': header } });
      seen.push(await answer.text());
    }
    return seen;
  } finally {
    await running.close();
  }
}

/** Sends reports with these X-Forwarded-For values to a server allowing 2 per address; answers the statuses. */
async function reportStatuses(options: ServeOptions, forwardedFor: string[]): Promise<number[]> {
  const reports = createReportsHandler({
    store,
    secret: SECRET,
    rateLimits: { perAddress: { limit: 2, windowMs: 60_000 } },
  });
  const running = await serve(createYouthchatHandler({ secret: SECRET, routes: { '/reports': reports } }), options);
  try {
    const statuses: number[] = [];
    for (const header of forwardedFor) {
      const answer = await fetch(`${running.url}/api/reports`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-forwarded-for': header },
        body: JSON.stringify({ reason: 'other' }),
      });
      statuses.push(answer.status);
    }
    return statuses;
  } finally {
    await running.close();
  }
}

describe('without a trusted proxy', () => {
  it("counts the socket's address and ignores X-Forwarded-For", async () => {
    expect(await seenAddresses({}, [undefined, '203.0.113.1', '203.0.113.1, 198.51.100.7'])).toEqual([
      '127.0.0.1',
      '127.0.0.1',
      '127.0.0.1',
    ]);
  });

  it('keeps a client that makes up a new X-Forwarded-For for each request in one bucket', async () => {
    expect(await reportStatuses({}, ['1.1.1.1', '2.2.2.2', '3.3.3.3'])).toEqual([201, 201, 429]);
  });

  it('ignores X-Forwarded-For when the proxies trusted are not the one connecting', async () => {
    expect(await seenAddresses({ trustProxy: ['10.0.0.0/8'] }, ['203.0.113.1'])).toEqual(['127.0.0.1']);
    expect(await reportStatuses({ trustProxy: ['10.0.0.0/8'] }, ['1.1.1.1', '2.2.2.2', '3.3.3.3'])).toEqual([
      201, 201, 429,
    ]);
  });
});

describe('with a trusted proxy', () => {
  it('takes the address one hop back with trustProxy: 1', async () => {
    expect(await seenAddresses({ trustProxy: 1 }, [undefined, '203.0.113.1', '6.6.6.6, 203.0.113.1'])).toEqual([
      '127.0.0.1',
      '203.0.113.1',
      '203.0.113.1',
    ]);
  });

  it('skips every trusted hop with a list', async () => {
    expect(
      await seenAddresses({ trustProxy: ['loopback', '10.0.0.0/8'] }, [
        '203.0.113.1, 10.1.2.3',
        '6.6.6.6, 203.0.113.1, 10.1.2.3, 127.0.0.1',
      ]),
    ).toEqual(['203.0.113.1', '203.0.113.1']);
  });

  it('gives each client behind the proxy its own bucket', async () => {
    expect(await reportStatuses({ trustProxy: 1 }, ['1.1.1.1', '2.2.2.2', '1.1.1.1', '2.2.2.2', '1.1.1.1'])).toEqual([
      201, 201, 201, 201, 429,
    ]);
  });

  it('does not let a client escape its bucket by writing entries before the ones the proxy adds', async () => {
    // The proxy appends the real client (4.4.4.4) to whatever the client sent.
    expect(
      await reportStatuses({ trustProxy: 1 }, ['4.4.4.4', '1.1.1.1, 4.4.4.4', '2.2.2.2, 3.3.3.3, 4.4.4.4']),
    ).toEqual([201, 201, 429]);
  });
});

describe('YOUTHCHAT_TRUST_PROXY', () => {
  it('reads a hop count or a list, and off', () => {
    expect(parseTrustProxy('1')).toBe(1);
    expect(parseTrustProxy('2')).toBe(2);
    expect(parseTrustProxy('10.0.0.0/8, 127.0.0.1,loopback')).toEqual(['10.0.0.0/8', '127.0.0.1', 'loopback']);
    for (const off of [undefined, '', '0', 'false']) expect(parseTrustProxy(off)).toBeUndefined();
  });

  it('refuses what it cannot read, and trusting everyone, at start', () => {
    const load = (value: string) => () =>
      loadServerConfig({ YOUTHCHAT_DATA_DIR: join(dir, 'data'), YOUTHCHAT_TRUST_PROXY: value });
    expect(load('10.0.0.0/33')).toThrow(ConfigError);
    expect(load('not-an-address')).toThrow(/YOUTHCHAT_TRUST_PROXY/);
    expect(load('true')).toThrow(/any client choose its own address/);
    expect(load('10.0.0.0/8')()).toMatchObject({ trustProxy: ['10.0.0.0/8'] });
    expect(loadServerConfig({ YOUTHCHAT_DATA_DIR: join(dir, 'data') }).trustProxy).toBeUndefined();
  });
});
