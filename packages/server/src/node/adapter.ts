import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Readable } from 'node:stream';
import { REMOTE_ADDRESS_HEADER } from '../http/rate-limit.js';
import { compileTrustProxy, requestAddress, type TrustFunction, type TrustProxy } from './proxy.js';

/** Any fetch-style handler: youthchat's, Hono's `app.fetch`, a Worker's. */
export type FetchHandler = (request: Request) => Response | Promise<Response>;

/**
 * Builds a fetch `Request` from a Node request; the signal aborts when the
 * client goes away. The client's address (the socket's, or the one `trust`
 * believes a proxy about) goes in a header no client can set.
 */
export function toRequest(req: IncomingMessage, res: ServerResponse, trust?: TrustFunction): Request {
  const host = req.headers.host ?? 'localhost';
  const encrypted = 'encrypted' in req.socket && Boolean((req.socket as { encrypted?: boolean }).encrypted);
  const url = new URL(req.url ?? '/', `${encrypted ? 'https' : 'http'}://${host}`);
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (value === undefined || name === REMOTE_ADDRESS_HEADER) continue;
    if (Array.isArray(value)) for (const v of value) headers.append(name, v);
    else headers.set(name, value);
  }
  headers.set(REMOTE_ADDRESS_HEADER, requestAddress(req, trust));
  const controller = new AbortController();
  res.on('close', () => {
    if (!res.writableFinished) controller.abort();
  });
  const hasBody = req.method !== 'GET' && req.method !== 'HEAD';
  return new Request(url, {
    method: req.method ?? 'GET',
    headers,
    signal: controller.signal,
    ...(hasBody ? { body: Readable.toWeb(req) as ReadableStream<Uint8Array>, duplex: 'half' } : {}),
  } as RequestInit);
}

/** Writes a fetch `Response` to a Node response, streaming the body and stopping if the client leaves. */
export async function writeResponse(response: Response, res: ServerResponse): Promise<void> {
  const headers: Record<string, string | string[]> = {};
  response.headers.forEach((value, key) => {
    if (key === 'set-cookie') return;
    headers[key] = value;
  });
  const cookies = response.headers.getSetCookie();
  if (cookies.length > 0) headers['set-cookie'] = cookies;
  res.writeHead(response.status, headers);
  if (!response.body) {
    res.end();
    return;
  }
  // Flush headers now so streamed replies start at once.
  res.flushHeaders();
  const reader = response.body.getReader();
  const onClose = () => void reader.cancel().catch(() => {});
  res.once('close', onClose);
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      if (!res.write(value)) await new Promise<void>((resolve) => res.once('drain', resolve));
    }
  } catch {
    // The client went away or the body failed mid-stream; nothing more can be sent.
  } finally {
    res.off('close', onClose);
    res.end();
  }
}

/**
 * A `node:http` listener for a fetch-style handler. Works with Express
 * (`app.use('/api', toNodeListener(handler))` keeps the full URL via `originalUrl`).
 * Behind a proxy, `trustProxy` says which `X-Forwarded-For` entries to believe.
 */
export function toNodeListener(
  handler: FetchHandler,
  options: ListenerOptions = {},
): (req: IncomingMessage, res: ServerResponse) => void {
  const trust = compileTrustProxy(options.trustProxy);
  return (req, res) => {
    const original = (req as IncomingMessage & { originalUrl?: string }).originalUrl;
    if (original) req.url = original;
    let request: Request;
    try {
      request = toRequest(req, res, trust);
    } catch {
      res.writeHead(400, { 'content-type': 'application/json; charset=utf-8' });
      res.end(
        JSON.stringify({ error: { code: 'bad_request', message: 'The request line or headers could not be read.' } }),
      );
      return;
    }
    Promise.resolve()
      .then(() => handler(request))
      .then((response) => writeResponse(response, res))
      .catch(() => {
        if (!res.headersSent) {
          res.writeHead(500, { 'content-type': 'application/json; charset=utf-8' });
          res.end(
            JSON.stringify({ error: { code: 'internal_error', message: 'Something went wrong on the server.' } }),
          );
        } else res.end();
      });
  };
}

export interface ListenerOptions {
  /**
   * Proxies believed about the client's address (`YOUTHCHAT_TRUST_PROXY`): a
   * hop count, or addresses and CIDR ranges. @default unset: the socket's
   * address counts and `X-Forwarded-For` is ignored
   */
  trustProxy?: TrustProxy;
}

export interface ServeOptions extends ListenerOptions {
  port?: number;
  hostname?: string;
}

export interface RunningServer {
  server: Server;
  url: string;
  port: number;
  /** Stops accepting connections and waits for open ones to finish (closing idle ones at once). */
  close(): Promise<void>;
}

/** Serves a fetch-style handler over `node:http`. Port 0 picks a free port. */
export async function serve(handler: FetchHandler, options: ServeOptions = {}): Promise<RunningServer> {
  const server = createServer(toNodeListener(handler, options));
  // Requests Node's parser refuses (bad request line, unknown method, oversized headers)
  // still get the JSON error shape every route uses.
  server.on('clientError', (error: NodeJS.ErrnoException, socket) => {
    // As Node's own default: answer only if no response has started on this socket.
    const current = (socket as { _httpMessage?: { headersSent?: boolean } })._httpMessage;
    if (!socket.writable || current?.headersSent || error.code === 'ECONNRESET') return socket.destroy();
    const status = error.code === 'HPE_HEADER_OVERFLOW' ? 431 : error.code === 'ERR_HTTP_REQUEST_TIMEOUT' ? 408 : 400;
    const body = JSON.stringify({
      error: {
        code: status === 431 ? 'headers_too_large' : status === 408 ? 'request_timeout' : 'bad_request',
        message:
          status === 431
            ? 'The request headers are too large.'
            : status === 408
              ? 'The request took too long to arrive.'
              : 'The request could not be parsed as HTTP.',
      },
    });
    socket.end(
      `HTTP/1.1 ${status} ${status === 431 ? 'Request Header Fields Too Large' : status === 408 ? 'Request Timeout' : 'Bad Request'}\r\n` +
        `content-type: application/json; charset=utf-8\r\ncontent-length: ${Buffer.byteLength(body)}\r\nconnection: close\r\n\r\n${body}`,
    );
  });
  // Headers must arrive promptly; a slow-loris client is cut off.
  server.headersTimeout = 20_000;
  server.requestTimeout = 120_000;
  const hostname = options.hostname ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, hostname, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  const shownHost = hostname === '0.0.0.0' || hostname === '::' ? 'localhost' : hostname;
  return {
    server,
    port,
    url: `http://${shownHost.includes(':') ? `[${shownHost}]` : shownHost}:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeIdleConnections();
      }),
  };
}
