import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type DirectBodyReader, setDirectBodyReader } from '../http/body.js';
import { SECURITY_HEADERS, securedValue } from '../http/headers.js';
import { lightRequest, type RequestParts, takesLightRequests } from '../http/light-request.js';
import { lightResponseParts } from '../http/light-response.js';
import { REMOTE_ADDRESS_HEADER } from '../http/rate-limit.js';
import { bufferedBody } from '../http/response.js';
import { lazyHeaders, realHeaders } from './lazy-headers.js';
import { compileTrustProxy, requestAddress, type TrustFunction, type TrustProxy } from './proxy.js';

/** Any fetch-style handler: youthchat's, Hono's `app.fetch`, a Worker's. */
export type FetchHandler = (request: Request) => Response | Promise<Response>;

/**
 * A request target whose path `new URL` would give back unchanged: segments
 * of plain characters, none a dot segment, no escapes, no `//`. Anything else
 * (and every URL a caller asks for) goes through `new URL`.
 */
const PLAIN_PATH = /^(?:\/[A-Za-z0-9_~-][A-Za-z0-9_.~-]*)*\/?$/;

/** Host headers `new URL` was seen to accept, so a plain request needs no URL parsed (at most 256 kept). */
const goodHosts = new Set<string>();

function parsedUrl(req: IncomingMessage, host: string): URL {
  const encrypted = 'encrypted' in req.socket && Boolean((req.socket as { encrypted?: boolean }).encrypted);
  return new URL(req.url ?? '/', `${encrypted ? 'https' : 'http'}://${host}`);
}

/** The path of a plain request target (see `PLAIN_PATH`) with a host already seen to parse; undefined otherwise. */
function plainPathname(target: string, host: string): string | undefined {
  if (!goodHosts.has(host)) return undefined;
  const query = target.indexOf('?');
  const path = query === -1 ? target : target.slice(0, query);
  return path.charCodeAt(0) === 47 && PLAIN_PATH.test(path) ? path : undefined;
}

/** A Node request's parts, each costly one made only when asked for; and a direct reader for its body. */
function nodeRequestParts(
  req: IncomingMessage,
  res: ServerResponse,
  trust: TrustFunction | undefined,
): RequestParts & { read: DirectBodyReader | undefined } {
  const host = req.headers.host ?? 'localhost';
  let pathname = plainPathname(req.url ?? '/', host);
  let href: string | undefined;
  if (pathname === undefined) {
    // Parsed now, so a request line or Host no URL can be made of is refused before any handler runs.
    const url = parsedUrl(req, host);
    if (goodHosts.size >= 256) goodHosts.clear();
    goodHosts.add(host);
    pathname = url.pathname;
    href = url.href;
  }
  // Read from Node's own on demand; a whole `Headers` is made only for a caller that needs one.
  const headers = lazyHeaders(req.headers, { [REMOTE_ADDRESS_HEADER]: requestAddress(req, trust) });
  const hasBody = req.method !== 'GET' && req.method !== 'HEAD';
  const body = { direct: false };
  return {
    method: req.method ?? 'GET',
    url: href ?? (() => parsedUrl(req, host).href),
    pathname,
    headers,
    body: hasBody ? () => requestBody(req, body) : null,
    signal: () => {
      const controller = new AbortController();
      // Asked for after the client left: aborted already.
      if ((res.destroyed || req.socket.destroyed) && !res.writableFinished) controller.abort();
      else
        res.on('close', () => {
          if (!res.writableFinished) controller.abort();
        });
      return controller.signal;
    },
    // youthchat's own handlers read the body straight from Node's stream, skipping the web stream's copies.
    read: hasBody
      ? (maxBytes) => {
          body.direct = true;
          return readNodeBody(req, maxBytes);
        }
      : undefined,
  };
}

/**
 * Builds a fetch `Request` from a Node request; the signal aborts when the
 * client goes away. The client's address (the socket's, or the one `trust`
 * believes a proxy about) goes in a header no client can set.
 */
export function toRequest(req: IncomingMessage, res: ServerResponse, trust?: TrustFunction): Request {
  const parts = nodeRequestParts(req, res, trust);
  const request = new Request(typeof parts.url === 'string' ? parts.url : parts.url(), {
    method: parts.method,
    headers: realHeaders(parts.headers),
    signal: parts.signal(),
    ...(parts.body ? { body: parts.body(), duplex: 'half' } : {}),
  } as RequestInit);
  if (parts.read) setDirectBodyReader(request, parts.read);
  return request;
}

/** The same, built lazily (see `lightRequest`), for youthchat's own handlers. */
function toLightRequest(req: IncomingMessage, res: ServerResponse, trust: TrustFunction | undefined): Request {
  return lightRequest(nodeRequestParts(req, res, trust));
}

/**
 * Reads the whole body, or answers null once it passes `maxBytes`; reading
 * then stops and the socket is left to the response, as when the web stream
 * is cancelled. A body that has wholly arrived (Node's parser has seen the
 * end of the request and nothing has read it yet: a small JSON body usually
 * comes in the same packets as the headers) is taken from the request's
 * buffer at once, with no listeners and no promise.
 */
function readNodeBody(req: IncomingMessage, maxBytes: number): Uint8Array | null | Promise<Uint8Array | null> {
  if (req.readableEnded) return new Uint8Array(0);
  if (req.complete && req.readableFlowing !== true && !req.isPaused()) {
    const size = req.readableLength;
    if (size > maxBytes) return null;
    if (size === 0) return new Uint8Array(0);
    // Not yet flowing, `read()` answers everything buffered: here the whole body, since the parser is done.
    const whole = req.read() as Buffer | null;
    if (whole !== null && whole.byteLength === size) return whole;
    return Promise.reject(new Error('The request body could not be taken from its buffer whole.'));
  }
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const detach = () => {
      req.off('data', onData);
      req.off('end', onEnd);
      req.off('error', onError);
      req.off('close', onClose);
    };
    const onData = (chunk: Buffer) => {
      size += chunk.byteLength;
      if (size > maxBytes) {
        detach();
        req.pause();
        resolve(null);
        return;
      }
      chunks.push(chunk);
    };
    const onEnd = () => {
      detach();
      resolve(chunks.length === 1 ? (chunks[0] as Buffer) : Buffer.concat(chunks, size));
    };
    const onError = (error: Error) => {
      detach();
      reject(error);
    };
    const onClose = () => {
      detach();
      reject(new Error('The client closed the connection before the body arrived.'));
    };
    req.on('data', onData);
    req.on('end', onEnd);
    req.on('error', onError);
    req.on('close', onClose);
  });
}

/**
 * The request body as a web stream, read only as fast as the handler reads
 * it. Cancelling it (a handler refusing an oversized body) stops reading but
 * leaves the socket to the response, so the client still gets the refusal;
 * the response then closes the connection (see `writeResponse`). Nothing is
 * read before the handler's first read (`highWaterMark: 0`), so a direct read
 * of the same body (above) has it to itself.
 */
function requestBody(req: IncomingMessage, body: { direct: boolean }): ReadableStream<Uint8Array> {
  let detach: (() => void) | undefined;
  const attach = (controller: ReadableStreamDefaultController<Uint8Array>) => {
    const onData = (chunk: Buffer) => {
      controller.enqueue(new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength));
      if ((controller.desiredSize ?? 0) <= 0) req.pause();
    };
    const onEnd = () => {
      detach?.();
      controller.close();
    };
    const onError = (error: Error) => {
      detach?.();
      controller.error(error);
    };
    detach = () => {
      req.off('data', onData);
      req.off('end', onEnd);
      req.off('error', onError);
    };
    req.on('data', onData);
    req.on('end', onEnd);
    req.on('error', onError);
  };
  return new ReadableStream<Uint8Array>(
    {
      pull(controller) {
        if (body.direct) {
          controller.error(new TypeError('The request body was already read.'));
          return;
        }
        if (!detach) attach(controller);
        req.resume();
      },
      cancel() {
        detach?.();
        req.pause();
      },
    },
    { highWaterMark: 0 },
  );
}

/** Refusals after which the client's connection is not kept: it may be mid-body, and it is being turned away. */
const CLOSING_STATUSES = new Set([408, 413, 429, 431, 503]);

/**
 * Writes a fetch `Response` to a Node response, streaming the body and
 * stopping if the client leaves. Adds the security headers
 * (`X-Content-Type-Options`, `Referrer-Policy`, `Content-Security-Policy:
 * frame-ancestors 'none'`), and `Connection: close` when the request body was
 * not read to its end or the client is being turned away (413, 429, …), so a
 * keep-alive client opens a fresh connection instead of reusing a closed one.
 */
const SECURITY_NAMES = Object.keys(SECURITY_HEADERS);

/** Sockets whose last answer said `Connection: close`: nothing more may be written to them. */
const closingSockets = new WeakSet<object>();

function markClosing(res: ServerResponse): void {
  if (res.socket) closingSockets.add(res.socket);
}

export async function writeResponse(response: Response, res: ServerResponse): Promise<void> {
  const req = (res as ServerResponse & { req?: IncomingMessage }).req;
  const light = lightResponseParts(response);
  if (light) {
    // A light answer from youthchat's handlers: its plain headers and text, in one write, the headers
    // as Node's flat list (no object to copy).
    const own = light.headers;
    const closing = CLOSING_STATUSES.has(light.status) || (req !== undefined && !req.complete);
    const head: string[] = [];
    for (const name in own) {
      if (SECURITY_HEADERS[name] !== undefined || name === 'content-length' || (closing && name === 'connection'))
        continue;
      head.push(name, own[name] as string);
    }
    for (const name of SECURITY_NAMES) {
      const current = own[name];
      const value = current === undefined ? undefined : securedValue(name, current);
      head.push(name, value ?? current ?? (SECURITY_HEADERS[name] as string));
    }
    if (closing) {
      head.push('connection', 'close');
      markClosing(res);
    }
    head.push('content-length', String(Buffer.byteLength(light.text)));
    res.writeHead(light.status, head);
    res.end(light.text);
    return;
  }
  const headers: Record<string, string | string[]> = {};
  response.headers.forEach((value, key) => {
    if (key === 'set-cookie') return;
    headers[key] = value;
  });
  const cookies = response.headers.getSetCookie();
  if (cookies.length > 0) headers['set-cookie'] = cookies;
  for (const name of Object.keys(SECURITY_HEADERS)) {
    const value = securedValue(name, response.headers.get(name));
    if (value !== undefined) headers[name] = value;
  }
  if (CLOSING_STATUSES.has(response.status) || (req !== undefined && !req.complete)) {
    headers.connection = 'close';
    markClosing(res);
  }
  const text = bufferedBody(response);
  if (text !== undefined && !response.bodyUsed) {
    // A whole JSON answer from youthchat's handlers: one write, no stream to read back.
    headers['content-length'] = String(Buffer.byteLength(text));
    res.writeHead(response.status, headers);
    res.end(text);
    return;
  }
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
  const build = takesLightRequests(handler) ? toLightRequest : toRequest;
  return (req, res) => {
    const original = (req as IncomingMessage & { originalUrl?: string }).originalUrl;
    if (original) req.url = original;
    let request: Request;
    try {
      request = build(req, res, trust);
    } catch {
      res.writeHead(400, { 'content-type': 'application/json; charset=utf-8' });
      res.end(
        JSON.stringify({ error: { code: 'bad_request', message: 'The request line or headers could not be read.' } }),
      );
      return;
    }
    // The handler is called at once (a throw becomes a rejection), with no turn of the queue before it.
    let answer: Response | Promise<Response>;
    try {
      answer = handler(request);
    } catch (error) {
      answer = Promise.reject(error);
    }
    Promise.resolve(answer)
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
  /** Open connections at once; more are closed as they arrive (`YOUTHCHAT_MAX_CONNECTIONS`). @default 512 */
  maxConnections?: number;
  /** Time for a request's headers to arrive. @default 15000 */
  headersTimeoutMs?: number;
  /** Time for a whole request, body included, to arrive (not the reply). @default 30000 */
  requestTimeoutMs?: number;
  /** How long an idle keep-alive connection is kept. @default 5000 */
  keepAliveTimeoutMs?: number;
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
  const server = createServer(
    {
      // Slow clients are cut off: headers and body must arrive promptly (a reply may stream for longer).
      headersTimeout: options.headersTimeoutMs ?? 15_000,
      requestTimeout: options.requestTimeoutMs ?? 30_000,
      keepAliveTimeout: options.keepAliveTimeoutMs ?? 5_000,
      // The timeouts above are checked this often (Node's default is every 30 seconds).
      connectionsCheckingInterval: 1_000,
    },
    toNodeListener(handler, options),
  );
  server.maxConnections = options.maxConnections ?? 512;
  // Requests Node's parser refuses (bad request line, unknown method, oversized headers)
  // still get the JSON error shape every route uses.
  server.on('clientError', (error: NodeJS.ErrnoException, socket) => {
    // As Node's own default: answer only if no response has started on this socket.
    const current = (socket as { _httpMessage?: { headersSent?: boolean } })._httpMessage;
    // Bytes left after an answer that said `Connection: close` (an unread body) get no second answer:
    // the client already knows the connection is over, and data after it is a protocol error.
    if (!socket.writable || current?.headersSent || closingSockets.has(socket) || error.code === 'ECONNRESET')
      return socket.destroy();
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
    const secure = Object.entries(SECURITY_HEADERS)
      .map(([name, value]) => `${name}: ${value}\r\n`)
      .join('');
    // An answer to HEAD has no body: a client reading one would take the JSON for a protocol error.
    const head = String((error as { rawPacket?: unknown }).rawPacket ?? '').startsWith('HEAD ');
    socket.end(
      `HTTP/1.1 ${status} ${status === 431 ? 'Request Header Fields Too Large' : status === 408 ? 'Request Timeout' : 'Bad Request'}\r\n` +
        `content-type: application/json; charset=utf-8\r\ncontent-length: ${Buffer.byteLength(body)}\r\n${secure}connection: close\r\n\r\n${head ? '' : body}`,
    );
  });
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
