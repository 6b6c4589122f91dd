import { connect } from 'node:net';
import { createYouthchatHandler } from '@youthchat/server';
import { type RunningServer, serve } from '@youthchat/server/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

let server: RunningServer;
beforeAll(async () => {
  server = await serve(createYouthchatHandler({ secret: 's'.repeat(40) }), { port: 0 });
});
afterAll(() => server.close());

/** Sends raw bytes and returns everything the server answers before closing. */
function raw(bytes: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(server.port, '127.0.0.1', () => socket.write(bytes));
    let answer = '';
    socket.setEncoding('utf8');
    socket.on('data', (chunk) => {
      answer += chunk;
    });
    socket.on('end', () => resolve(answer));
    socket.on('error', reject);
  });
}

describe('Node adapter', () => {
  it.each([
    ['a garbled request line', 'NOT HTTP AT ALL\r\n\r\n', 400, 'bad_request'],
    ['an unknown method', 'BREW /api/age HTTP/1.1\r\nHost: x\r\n\r\n', 400, 'bad_request'],
    [
      'oversized headers',
      `GET /api/age HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(20_000)}\r\n\r\n`,
      431,
      'headers_too_large',
    ],
  ])('answers %s with a JSON error, and keeps serving', async (_name, bytes, status, code) => {
    const answer = await raw(bytes);
    expect(answer).toMatch(new RegExp(`^HTTP/1.1 ${status} `));
    const body = JSON.parse(answer.slice(answer.indexOf('\r\n\r\n') + 4)) as { error: { code: string } };
    expect(body.error.code).toBe(code);
    const after = await fetch(`${server.url}/api/age`);
    expect(after.status).toBe(401);
  });

  it('replaces a client-sent remote-address header with the socket address', async () => {
    const seen: string[] = [];
    const spy = await serve(async (request) => {
      seen.push(request.headers.get('x-youthchat-remote-address') ?? '');
      return new Response('ok');
    });
    try {
      await fetch(spy.url, { headers: { 'x-youthchat-remote-address': '6.6.6.6' } });
      expect(seen).toEqual(['127.0.0.1']);
    } finally {
      await spy.close();
    }
  });
});
