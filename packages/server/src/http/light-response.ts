/**
 * Answers youthchat's handlers give to a light request (see
 * `light-request.ts`): a status, plain headers and the whole JSON text, with
 * no fetch `Response` built.
 *
 * On Node 20 a `Response` costs more to make than a small JSON route's own
 * work: a web stream for its body, two `Headers`, and the adapter reading
 * them back. The Node adapter writes a light answer in one `writeHead` and
 * one `end`. Anything else that reads it as a `Response` gets a real one,
 * made on first use; and a handler called with a real `Request` (Hono,
 * Next.js, a Worker, a test) always answers with a real `Response`.
 */

class LightResponse {
  readonly status: number;
  /** Lower-case names; dropped once a real `Response` has been made, which then holds the headers. */
  #headers: Record<string, string> | undefined;
  readonly #text: string;
  #real: Response | undefined;

  constructor(status: number, headers: Record<string, string>, text: string) {
    this.status = status;
    this.#headers = headers;
    this.#text = text;
  }

  get ok(): boolean {
    return this.status >= 200 && this.status < 300;
  }

  /** The plain parts, while no real `Response` has been made from them. */
  parts(): { headers: Record<string, string>; text: string } | undefined {
    return this.#headers ? { headers: this.#headers, text: this.#text } : undefined;
  }

  toResponse(): Response {
    if (!this.#real) {
      this.#real = new Response(this.#text, { status: this.status, headers: this.#headers ?? {} });
      this.#headers = undefined;
    }
    return this.#real;
  }

  get headers(): Headers {
    return this.toResponse().headers;
  }
  get body(): ReadableStream<Uint8Array> | null {
    return this.toResponse().body;
  }
  get bodyUsed(): boolean {
    return this.#real?.bodyUsed ?? false;
  }
  text(): Promise<string> {
    return this.toResponse().text();
  }
  json(): Promise<unknown> {
    return this.toResponse().json();
  }
  arrayBuffer(): Promise<ArrayBuffer> {
    return this.toResponse().arrayBuffer();
  }
  blob(): Promise<Blob> {
    return this.toResponse().blob();
  }
  clone(): Response {
    return this.toResponse().clone();
  }
}

// The rest of Response's fields, read from the real response when anything asks.
for (const name of ['statusText', 'type', 'url', 'redirected', 'formData'] as const) {
  Object.defineProperty(LightResponse.prototype, name, {
    get(this: LightResponse) {
      const real = this.toResponse() as unknown as Record<string, unknown>;
      const value = real[name];
      return typeof value === 'function' ? value.bind(real) : value;
    },
  });
}

/** A light answer. Typed as `Response` for the handlers that return it; `realResponse` makes it whole. */
export function lightResponse(status: number, headers: Record<string, string>, text: string): Response {
  return new LightResponse(status, headers, text) as unknown as Response;
}

/** The status, plain headers and text of a light answer not yet made whole; undefined for any other response. */
export function lightResponseParts(
  response: Response,
): { status: number; headers: Record<string, string>; text: string } | undefined {
  if (!((response as unknown) instanceof LightResponse)) return undefined;
  const parts = (response as unknown as LightResponse).parts();
  return parts ? { status: response.status, ...parts } : undefined;
}

/** A real `Response` for a caller that did not send a light request: light answers are made whole, others pass. */
export function realResponse(response: Response): Response {
  return (response as unknown) instanceof LightResponse
    ? (response as unknown as LightResponse).toResponse()
    : response;
}
