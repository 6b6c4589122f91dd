import { request as httpRequest } from 'node:http';
import { connect, type Socket } from 'node:net';
import { createYouthchatHandler } from '@youthchat/server';
import { ConfigError, loadServerConfig, type RunningServer, serve } from '@youthchat/server/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const SECRET = 'hygiene-test-secret-that-is-long-enough-0123';

let server: RunningServer;
let limited: RunningServer;
beforeAll(async () => {
  server = await serve(createYouthchatHandler({ secret: SECRET, age: { rateLimitPerMinute: 10_000 } }));
  limited = await serve(createYouthchatHandler({ secret: SECRET, age: { rateLimitPerMinute: 1 } }));
});
afterAll(async () => {
  await server.close();
  await limited.close();
});

interface RawAnswer {
  head: string;
  headers: Record<string, string>;
  body: string;
  /** Milliseconds from the first byte sent until the server closed the connection; undefined if it stayed open. */
  closedAfterMs: number | undefined;
}

/**
 * Writes raw bytes on one connection and reads the first response. Waits up
 * to `linger` ms after it for the server to close the connection.
 */
function exchange(port: number, bytes: string | Buffer, linger = 1500): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const socket: Socket = connect(port, '127.0.0.1', () => socket.write(bytes));
    let data = '';
    let closedAfterMs: number | undefined;
    let answered = false;
    const finish = () => {
      if (answered) return;
      answered = true;
      clearTimeout(timer);
      socket.destroy();
      const split = data.indexOf('\r\n\r\n');
      const head = split >= 0 ? data.slice(0, split) : data;
      const headers: Record<string, string> = {};
      for (const line of head.split('\r\n').slice(1)) {
        const colon = line.indexOf(':');
        headers[line.slice(0, colon).toLowerCase()] = line.slice(colon + 1).trim();
      }
      const rest = split >= 0 ? data.slice(split + 4) : '';
      resolve({
        head,
        headers,
        body: headers['transfer-encoding'] === 'chunked' ? dechunk(rest) : rest,
        closedAfterMs,
      });
    };
    let timer = setTimeout(finish, 10_000);
    socket.setEncoding('utf8');
    socket.on('data', (chunk: string) => {
      data += chunk;
      if (data.includes('\r\n\r\n')) {
        clearTimeout(timer);
        timer = setTimeout(finish, linger);
      }
    });
    socket.on('close', () => {
      closedAfterMs = performance.now() - started;
      finish();
    });
    socket.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code !== 'ECONNRESET' && error.code !== 'EPIPE') reject(error);
    });
  });
}

/** The payload of a chunked body. */
function dechunk(raw: string): string {
  let out = '';
  let at = 0;
  for (;;) {
    const end = raw.indexOf('\r\n', at);
    const size = Number.parseInt(raw.slice(at, end), 16);
    if (end < 0 || !(size > 0)) return out;
    out += raw.slice(end + 2, end + 2 + size);
    at = end + 2 + size + 2;
  }
}

const ageRequest = (headers: string, body = '') =>
  `POST /api/age HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nConnection: keep-alive\r\n${headers}\r\n${body}`;

describe('bodies refused unread', () => {
  it('answer a declared oversized body with its 413, Connection: close, and close the socket promptly', async () => {
    // Declares a megabyte, sends 20 KB, and waits: the limit is met before any of it is read.
    const answer = await exchange(server.port, ageRequest('Content-Length: 1000000\r\n', 'x'.repeat(20_000)));
    expect(answer.head).toMatch(/^HTTP\/1.1 413 /);
    expect(answer.headers.connection).toBe('close');
    expect(JSON.parse(answer.body)).toMatchObject({ error: { code: 'body_too_large' } });
    expect(answer.closedAfterMs).toBeDefined();
  });

  it('answer a chunked body that grows past the limit with its 413 instead of a reset', async () => {
    const answer = await new Promise<{ status: number; headers: Record<string, unknown>; body: string }>(
      (resolve, reject) => {
        const req = httpRequest(
          `${server.url}/api/age`,
          { method: 'POST', headers: { 'content-type': 'application/json' } },
          (res) => {
            let body = '';
            res.setEncoding('utf8');
            res.on('data', (chunk: string) => {
              body += chunk;
            });
            res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
          },
        );
        req.on('error', reject);
        // 64 KB in 4 KB chunks, no Content-Length: the handler stops reading at 16 KB.
        const chunk = Buffer.alloc(4096, 'a');
        let sent = 0;
        const more = () => {
          if (sent >= 16) return req.end();
          sent += 1;
          req.write(chunk, () => setTimeout(more, 5));
        };
        more();
      },
    );
    expect(answer.status).toBe(413);
    expect(answer.headers.connection).toBe('close');
    expect(JSON.parse(answer.body)).toMatchObject({ error: { code: 'body_too_large' } });
  });

  it('leave a keep-alive client able to send its next request', async () => {
    const big = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let i = 0; i < 16; i++) controller.enqueue(new Uint8Array(4096).fill(97));
        controller.close();
      },
    });
    const refused = await fetch(`${server.url}/api/age`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: big,
      duplex: 'half',
    } as RequestInit);
    expect(refused.status).toBe(413);
    expect(refused.headers.get('connection')).toBe('close');
    await refused.text();
    for (let i = 0; i < 3; i++) expect((await fetch(`${server.url}/api/age`)).status).toBe(401);
  });

  it('keep the connection of a request whose body was read', async () => {
    const answer = await exchange(server.port, ageRequest('Content-Length: 11\r\n', '{"age": 15}'), 300);
    expect(answer.head).toMatch(/^HTTP\/1.1 200 /);
    expect(answer.headers.connection).toBe('keep-alive');
    expect(answer.closedAfterMs).toBeUndefined();
  });
});

describe('refused requests', () => {
  it('close a rate-limited client’s connection (429 with Connection: close)', async () => {
    const body = '{"age": 15}';
    await exchange(limited.port, ageRequest('Content-Length: 11\r\n', body), 0);
    const answer = await exchange(limited.port, ageRequest('Content-Length: 11\r\n', body));
    expect(answer.head).toMatch(/^HTTP\/1.1 429 /);
    expect(answer.headers.connection).toBe('close');
    expect(answer.closedAfterMs).toBeDefined();
  });
});

describe('connections', () => {
  it('closes connections past maxConnections as they arrive, and serves again once one ends', async () => {
    const capped = await serve(createYouthchatHandler({ secret: SECRET }), { maxConnections: 2 });
    const open: Socket[] = [];
    try {
      for (let i = 0; i < 2; i++) {
        const socket = connect(capped.port, '127.0.0.1');
        await new Promise((resolve) => socket.once('connect', resolve));
        open.push(socket);
      }
      const third = await exchange(capped.port, 'GET /api/age HTTP/1.1\r\nHost: x\r\n\r\n', 200);
      expect(third.head).toBe('');
      expect(third.closedAfterMs).toBeDefined();
      const first = open.shift() as Socket;
      first.destroy();
      await new Promise((resolve) => setTimeout(resolve, 100));
      const after = await exchange(capped.port, 'GET /api/age HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n');
      expect(after.head).toMatch(/^HTTP\/1.1 401 /);
    } finally {
      for (const socket of open) socket.destroy();
      await capped.close();
    }
  });

  it('answers a HEAD request its parser refuses with a 400 and no body, as HEAD answers must be', async () => {
    const head = await exchange(server.port, 'HEAD /api/age HTTP/1.1\r\nHost: x\r\nnot a header line\r\n\r\n');
    expect(head.head).toMatch(/^HTTP\/1.1 400 /);
    expect(head.headers.connection).toBe('close');
    expect(head.body).toBe('');
    // Any other method still reads what went wrong.
    const get = await exchange(server.port, 'GET /api/age HTTP/1.1\r\nHost: x\r\nnot a header line\r\n\r\n');
    expect(JSON.parse(get.body)).toMatchObject({ error: { code: 'bad_request' } });
  });

  it('cuts off a client whose headers do not arrive in time (408)', async () => {
    const strict = await serve(createYouthchatHandler({ secret: SECRET }), { headersTimeoutMs: 500 });
    try {
      const answer = await exchange(strict.port, 'GET /api/age HTTP/1.1\r\nHost: x\r\n');
      expect(answer.head).toMatch(/^HTTP\/1.1 408 /);
      expect(answer.closedAfterMs).toBeLessThan(5000);
    } finally {
      await strict.close();
    }
  });

  it('cuts off a client whose body does not arrive in time (408)', async () => {
    const strict = await serve(createYouthchatHandler({ secret: SECRET }), {
      headersTimeoutMs: 500,
      requestTimeoutMs: 1000,
    });
    try {
      const answer = await exchange(strict.port, ageRequest('Content-Length: 100\r\n', '{"age"'));
      expect(answer.head).toMatch(/^HTTP\/1.1 408 /);
      expect(answer.closedAfterMs).toBeLessThan(6000);
    } finally {
      await strict.close();
    }
  });
});

describe('security headers', () => {
  const expectSecure = (headers: Headers | Record<string, string>) => {
    const get = (name: string) => (headers instanceof Headers ? headers.get(name) : headers[name]);
    expect(get('x-content-type-options')).toBe('nosniff');
    expect(get('referrer-policy')).toBe('no-referrer');
    expect(get('content-security-policy')).toMatch(/frame-ancestors 'none'/);
  };

  it('are on every answer of the Node adapter: success, errors, and requests Node refuses itself', async () => {
    expectSecure((await fetch(`${server.url}/api/age`)).headers);
    expectSecure((await fetch(`${server.url}/nowhere`)).headers);
    const declared = await fetch(`${server.url}/api/age`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"age": 15}',
    });
    expect(declared.status).toBe(200);
    expectSecure(declared.headers);
    const garbled = await exchange(server.port, 'NOT HTTP AT ALL\r\n\r\n');
    expect(garbled.head).toMatch(/^HTTP\/1.1 400 /);
    expectSecure(garbled.headers);
  });

  it('are set by the fetch-style handler itself, for servers other than the Node adapter', async () => {
    const handler = createYouthchatHandler({ secret: SECRET });
    expectSecure((await handler(new Request('https://chat.example.org/api/age'))).headers);
  });

  it('merge into a handler’s own Content-Security-Policy and keep its own values', async () => {
    const own = await serve(async (request) => {
      const path = new URL(request.url).pathname;
      if (path === '/framed')
        return new Response('ok', { headers: { 'content-security-policy': "frame-ancestors 'self'" } });
      return new Response('<p>hi</p>', {
        headers: { 'content-security-policy': "default-src 'self'", 'referrer-policy': 'same-origin' },
      });
    });
    try {
      const page = await fetch(`${own.url}/`);
      expect(page.headers.get('content-security-policy')).toBe("default-src 'self'; frame-ancestors 'none'");
      expect(page.headers.get('referrer-policy')).toBe('same-origin');
      expect(page.headers.get('x-content-type-options')).toBe('nosniff');
      const framed = await fetch(`${own.url}/framed`);
      expect(framed.headers.get('content-security-policy')).toBe("frame-ancestors 'self'");
    } finally {
      await own.close();
    }
  });
});

describe('youthchat-server settings', () => {
  const env = (more: Record<string, string>) => ({
    YOUTHCHAT_DATA_DIR: `/tmp/youthchat-hygiene-${process.pid}`,
    YOUTHCHAT_SECRET: SECRET,
    ...more,
  });

  it('reads YOUTHCHAT_MAX_CONNECTIONS, YOUTHCHAT_SECURE_COOKIES and the engine settings', () => {
    const defaults = loadServerConfig(env({}));
    expect(defaults.maxConnections).toBe(512);
    expect(defaults.secureCookies).toBe(true);
    expect(defaults.engine).toEqual({});
    const set = loadServerConfig(
      env({
        YOUTHCHAT_MAX_CONNECTIONS: '64',
        YOUTHCHAT_SECURE_COOKIES: '0',
        YOUTHCHAT_ENGINE_THREADS: '3',
        YOUTHCHAT_ENGINE_TIMEOUT_MS: '1500',
      }),
    );
    expect(set).toMatchObject({ maxConnections: 64, secureCookies: false, engine: { threads: 3, timeoutMs: 1500 } });
    expect(() => loadServerConfig(env({ YOUTHCHAT_MAX_CONNECTIONS: 'many' }))).toThrow(ConfigError);
    expect(() => loadServerConfig(env({ YOUTHCHAT_SECURE_COOKIES: 'yes please' }))).toThrow(ConfigError);
  });
});
