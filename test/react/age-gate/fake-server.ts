import { vi } from 'vitest';

export interface RecordedRequest {
  method: string;
  url: string;
  headers: Headers;
  credentials: RequestCredentials | undefined;
  body: unknown;
}

type Responder = (request: RecordedRequest) => Response | Promise<Response>;

/** A JSON response like the youthchat server's. */
export function json(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
}

/** A signed-looking answer for `POST /age`. */
export function declared(band: string, consent: 'required' | 'not-needed', token = `token-${band}`) {
  return json(200, { band, consent, token, expiresAt: '2030-01-01T00:00:00.000Z' });
}

/**
 * A stand-in for `fetch` that records every request and answers from
 * `respond`. Use it as the provider's `fetch` prop.
 */
export function fakeServer(respond: Responder) {
  const requests: RecordedRequest[] = [];
  const fetch = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const body = typeof init?.body === 'string' ? (JSON.parse(init.body) as unknown) : undefined;
    const request: RecordedRequest = {
      method: init?.method ?? 'GET',
      url: String(input),
      headers: new Headers(init?.headers),
      credentials: init?.credentials,
      body,
    };
    requests.push(request);
    return respond(request);
  });
  return {
    fetch: fetch as unknown as typeof globalThis.fetch,
    requests,
    posts: () => requests.filter((r) => r.method === 'POST'),
  };
}
