/**
 * Requests an adapter builds lazily for youthchat's own handlers.
 *
 * A fetch `Request` with a streamed body and an abort signal costs far more
 * to build on Node than the rest of a small JSON route together (a web
 * stream, an abort controller, a signal follower). youthchat's handlers read
 * only `method`, `url`, `headers`, `signal` and the body, so for them the
 * Node adapter passes an object with just those, each made on first use.
 * Any other route (a user's, mounted beside youthchat's) gets a real
 * `Request`, made from the same parts.
 */

/** What an adapter knows about a request, to build one lazily. */
export interface RequestParts {
  method: string;
  /** The whole URL, or how to make it when something first asks (a path alone does not need it). */
  url: string | (() => string);
  headers: Headers;
  /** Makes the body as a web stream; called at most once, when something reads `request.body`. Null for none. */
  body: (() => ReadableStream<Uint8Array>) | null;
  /** Makes the signal that aborts when the client goes away; called at most once. */
  signal: () => AbortSignal;
  /** Reads the whole body without a web stream (see `DirectBodyReader` in `body.ts`); used at most once. */
  read?: ((maxBytes: number) => Uint8Array | null | Promise<Uint8Array | null>) | undefined;
  /** The URL's path, when the adapter has parsed it already. @default parsed from `url` when asked for */
  pathname?: string | undefined;
}

const LIGHT = Symbol.for('youthchat.lightRequests');

/** Marks a handler as reading only what a light request has (youthchat's own handlers). */
export function acceptsLightRequests<H extends (request: Request) => unknown>(handler: H): H {
  Object.defineProperty(handler, LIGHT, { value: true });
  return handler;
}

/** Whether `handler` was marked by `acceptsLightRequests`. */
export function takesLightRequests(handler: unknown): boolean {
  return typeof handler === 'function' && (handler as { [LIGHT]?: boolean })[LIGHT] === true;
}

class LightRequest {
  readonly method: string;
  readonly headers: Headers;
  #url: string | (() => string);
  #parts: RequestParts;
  #signal: AbortSignal | undefined;
  #body: ReadableStream<Uint8Array> | null | undefined;
  #real: Request | undefined;
  /** Held here rather than in a WeakMap: one per request, and gone with it. */
  directReader: RequestParts['read'];
  /** The URL's path, parsed once for every route that asks (see `requestPathname`). */
  pathname: string | undefined;

  constructor(parts: RequestParts) {
    this.method = parts.method;
    this.#url = parts.url;
    this.headers = parts.headers;
    this.#parts = parts;
    this.directReader = parts.read;
    this.pathname = parts.pathname;
  }

  get url(): string {
    if (typeof this.#url !== 'string') this.#url = this.#url();
    return this.#url;
  }

  get signal(): AbortSignal {
    this.#signal ??= this.#parts.signal();
    return this.#signal;
  }

  get body(): ReadableStream<Uint8Array> | null {
    if (this.#body === undefined) this.#body = this.#parts.body ? this.#parts.body() : null;
    return this.#body;
  }

  get bodyUsed(): boolean {
    // Nothing has read a body that has not been made yet.
    return this.#body ? (this.#real?.bodyUsed ?? this.#body.locked) : false;
  }

  /** The same request as a real `Request`, for anything beyond the parts above. */
  toRequest(): Request {
    if (!this.#real) {
      const body = this.body;
      this.#real = new Request(this.url, {
        method: this.method,
        headers: this.headers,
        signal: this.signal,
        ...(body ? { body, duplex: 'half' } : {}),
      } as RequestInit);
    }
    return this.#real;
  }

  text(): Promise<string> {
    return this.toRequest().text();
  }
  json(): Promise<unknown> {
    return this.toRequest().json();
  }
  arrayBuffer(): Promise<ArrayBuffer> {
    return this.toRequest().arrayBuffer();
  }
  blob(): Promise<Blob> {
    return this.toRequest().blob();
  }
  formData(): Promise<FormData> {
    return this.toRequest().formData();
  }
  clone(): Request {
    return this.toRequest().clone();
  }
}

// The rest of Request's fields, read from the real request when anything asks.
for (const name of [
  'cache',
  'credentials',
  'destination',
  'integrity',
  'keepalive',
  'mode',
  'redirect',
  'referrer',
  'referrerPolicy',
  'duplex',
] as const) {
  Object.defineProperty(LightRequest.prototype, name, {
    get(this: LightRequest) {
      return (this.toRequest() as unknown as Record<string, unknown>)[name];
    },
  });
}

/** A request whose costly parts are made only when read. Typed as `Request` for the handlers that take it. */
export function lightRequest(parts: RequestParts): Request {
  return new LightRequest(parts) as unknown as Request;
}

/** Whether `request` is a light one (its `body` would be made on reading it). */
export function isLightRequest(request: Request): boolean {
  return (request as unknown) instanceof LightRequest;
}

/** Takes a light request's direct body reader, once; undefined for any other request. */
export function takeLightReader(request: Request): RequestParts['read'] {
  if (!((request as unknown) instanceof LightRequest)) return undefined;
  const light = request as unknown as LightRequest;
  const read = light.directReader;
  light.directReader = undefined;
  return read;
}

/** A real `Request` for a route that was not marked: light requests are made whole, others pass as they are. */
export function realRequest(request: Request): Request {
  return (request as unknown) instanceof LightRequest ? (request as unknown as LightRequest).toRequest() : request;
}

/** A request's URL path; a light request's is parsed once, however many routes ask. */
export function requestPathname(request: Request): string {
  if (!((request as unknown) instanceof LightRequest)) return new URL(request.url).pathname;
  const light = request as unknown as LightRequest;
  light.pathname ??= new URL(light.url).pathname;
  return light.pathname;
}
