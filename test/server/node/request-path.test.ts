import { connect } from 'node:net';
import { type RunningServer, serve } from '@youthchat/server/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { acceptsLightRequests, requestPathname } from '../../../packages/server/src/http/light-request.ts';

// Answers what a youthchat handler reads of the request: the path it routes on and the whole URL.
const echo = acceptsLightRequests(async (request: Request) => {
  const text = JSON.stringify({ pathname: requestPathname(request), url: request.url });
  return new Response(text, { headers: { 'content-length': String(Buffer.byteLength(text)) } });
});

let server: RunningServer;
beforeAll(async () => {
  server = await serve(echo, { port: 0 });
});
afterAll(() => server.close());

/** Sends one raw request and answers the status and the body. */
function send(target: string, host = 'example.test'): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const socket = connect(server.port, '127.0.0.1', () =>
      socket.write(`GET ${target} HTTP/1.1\r\nHost: ${host}\r\nConnection: close\r\n\r\n`),
    );
    let answer = '';
    socket.setEncoding('utf8');
    socket.on('data', (chunk) => {
      answer += chunk;
    });
    socket.on('end', () =>
      resolve({ status: Number(answer.slice(9, 12)), body: answer.slice(answer.indexOf('\r\n\r\n') + 4) }),
    );
    socket.on('error', reject);
  });
}

describe('the path a light request routes on', () => {
  const targets = [
    '/api/reports',
    '/api/reports/',
    '/api/reports?x=1&y=/../',
    '/',
    '/api/./reports',
    '/api/../api/reports',
    '/api/%2e%2e/reports',
    '/api/%2E/reports',
    '/api//reports',
    '/api/.hidden/x',
    '/api/a..b/c.',
    '/api/re ports',
    '/api/ré',
    '/api/reports#frag',
    '/api\\reports',
    '/api/reports/ABC-123/status',
  ];

  it.each(targets)('is the one new URL gives for %s, asked first and again', async (target) => {
    const expected = new URL(target, 'http://example.test');
    // The first request from a host parses its URL; later ones may take the plain path: both must agree.
    for (let round = 0; round < 2; round++) {
      const { status, body } = await send(target);
      if (status === 400) {
        // Node's own parser refused the request line (a space, a raw non-ASCII byte): nothing was routed.
        expect(/[ é]/.test(target)).toBe(true);
        continue;
      }
      expect(status).toBe(200);
      expect(JSON.parse(body)).toEqual({ pathname: expected.pathname, url: expected.href });
    }
  });

  it('still refuses a Host no URL can be made of, after plain requests with good ones', async () => {
    await send('/api/reports');
    const refused = await send('/api/reports', 'bad host:99999');
    expect(refused.status).toBe(400);
    expect(refused.body).toContain('"code":"bad_request"');
  });
});
