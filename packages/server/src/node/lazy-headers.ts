import type { IncomingHttpHeaders } from 'node:http';

/**
 * A Node request's headers as a fetch `Headers`, made only when something
 * needs more than `get` and `has`.
 *
 * A route reads a handful of headers by name (the content type, the origin,
 * the age token's cookie); building a `Headers` copies and checks every one
 * of them first, which on Node 20 costs more than the reads themselves. This
 * answers `get` and `has` straight from Node's parsed headers, with the
 * answers the `Headers` made from them gives (a list's values joined by ", ",
 * surrounding white space trimmed), and makes that `Headers` on the first
 * call of anything else (iterating, `set`, `getSetCookie`, …).
 */

/** The white space a `Headers` trims from both ends of a value (HTTP's tab, line feed, carriage return, space). */
const EDGE_SPACE = /^[\t\n\r ]+|[\t\n\r ]+$/g;
const isEdgeSpace = (code: number) => code === 32 || code === 9 || code === 10 || code === 13;
/** The value without edge whitespace; the same string, with no regex run, when it has none (Node's parser trims). */
const trim = (value: string) =>
  value.length > 0 && (isEdgeSpace(value.charCodeAt(0)) || isEdgeSpace(value.charCodeAt(value.length - 1)))
    ? value.replace(EDGE_SPACE, '')
    : value;

class LazyHeaders {
  /** Node's parsed headers (`req.headers`): lower-case names. */
  readonly #node: IncomingHttpHeaders;
  /** Headers the adapter sets itself, lower-case; any client copy of these names is ignored. */
  readonly #own: Readonly<Record<string, string>>;
  #real: Headers | undefined;

  constructor(node: IncomingHttpHeaders, own: Record<string, string>) {
    this.#node = node;
    this.#own = own;
  }

  /** The real `Headers`, made once; from then on every call goes to it. */
  real(): Headers {
    if (!this.#real) {
      const headers = new Headers();
      for (const [name, value] of Object.entries(this.#node)) {
        if (value === undefined || Object.hasOwn(this.#own, name)) continue;
        if (Array.isArray(value)) for (const v of value) headers.append(name, v);
        else headers.set(name, value);
      }
      for (const name in this.#own) headers.set(name, this.#own[name] as string);
      this.#real = headers;
    }
    return this.#real;
  }

  get(name: string): string | null {
    if (this.#real) return this.#real.get(name);
    const wanted = String(name).toLowerCase();
    if (Object.hasOwn(this.#own, wanted)) return this.#own[wanted] as string;
    if (!Object.hasOwn(this.#node, wanted)) return null;
    const value = this.#node[wanted];
    if (value === undefined) return null;
    if (Array.isArray(value)) return value.length === 0 ? null : value.map(trim).join(', ');
    return trim(value);
  }

  has(name: string): boolean {
    return this.get(name) !== null;
  }

  append(name: string, value: string): void {
    this.real().append(name, value);
  }
  set(name: string, value: string): void {
    this.real().set(name, value);
  }
  delete(name: string): void {
    this.real().delete(name);
  }
  getSetCookie(): string[] {
    return this.real().getSetCookie();
  }
  forEach(callback: (value: string, key: string, parent: Headers) => void, thisArg?: unknown): void {
    this.real().forEach(callback, thisArg);
  }
  entries(): HeadersIterator<[string, string]> {
    return this.real().entries();
  }
  keys(): HeadersIterator<string> {
    return this.real().keys();
  }
  values(): HeadersIterator<string> {
    return this.real().values();
  }
  [Symbol.iterator](): HeadersIterator<[string, string]> {
    return this.real()[Symbol.iterator]();
  }
  get [Symbol.toStringTag](): string {
    return 'Headers';
  }
}

/**
 * Headers read lazily from Node's `req.headers`, with `own` (lower-case
 * names) set by the adapter over anything the client sent under those names.
 * Typed as `Headers`: it answers every `Headers` method.
 */
export function lazyHeaders(node: IncomingHttpHeaders, own: Record<string, string>): Headers {
  return new LazyHeaders(node, own) as unknown as Headers;
}

/** The real `Headers` behind `headers` (made now if need be), or `headers` itself when it is one already. */
export function realHeaders(headers: Headers): Headers {
  return headers instanceof LazyHeaders ? headers.real() : headers;
}
