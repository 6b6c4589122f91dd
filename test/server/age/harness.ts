import { request as httpRequest } from 'node:http';
import { createYouthchatHandler, type YouthchatHandlerOptions } from '@youthchat/server';
import { type RunningServer, serve } from '@youthchat/server/node';
import { afterAll } from 'vitest';

export const SECRET = 'test-secret-that-is-long-enough-0123456789';

const running: RunningServer[] = [];
afterAll(async () => {
  await Promise.all(running.splice(0).map((server) => server.close()));
});

/** A youthchat handler served over real HTTP on a free port; closed after the file's tests. */
export async function startServer(options: Partial<YouthchatHandlerOptions> = {}): Promise<string> {
  const handler = createYouthchatHandler({
    secret: SECRET,
    ...options,
    // A high limit so that only the rate-limit test ever meets it.
    age: { rateLimitPerMinute: 10_000, ...options.age },
  });
  const server = await serve(handler, { port: 0 });
  running.push(server);
  return server.url;
}

export interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
  json<T = { error: { code: string; message: string } }>(): T;
}

/**
 * Sends exactly the given bytes and headers with `node:http` (fetch refuses to
 * set `Host` or to send a body without a length). `chunks` are written one
 * after another without a Content-Length.
 */
export function raw(
  url: string,
  options: { method?: string; headers?: Record<string, string>; body?: string | Buffer; chunks?: Buffer[] },
): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(url, { method: options.method ?? 'POST', headers: options.headers ?? {} }, (res) => {
      const parts: Buffer[] = [];
      res.on('data', (chunk: Buffer) => parts.push(chunk));
      res.on('end', () => {
        const body = Buffer.concat(parts).toString('utf8');
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body, json: () => JSON.parse(body) });
      });
      res.on('error', reject);
    });
    // The server may answer 413 and close before every chunk is written.
    req.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code !== 'EPIPE' && error.code !== 'ECONNRESET') reject(error);
    });
    if (options.chunks) {
      for (const chunk of options.chunks) req.write(chunk);
      req.end();
    } else {
      req.end(options.body);
    }
  });
}

/** `POST /api/age` with a JSON body. */
export function declare(base: string, body: unknown, headers: Record<string, string> = {}) {
  return fetch(`${base}/api/age`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
}

export interface ErrorBody {
  error: { code: string; message: string };
}
