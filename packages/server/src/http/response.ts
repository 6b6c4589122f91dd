import { HttpError } from './errors.js';
import { SECURITY_HEADER_VALUES } from './headers.js';
import { isLightRequest } from './light-request.js';
import { lightResponse, realResponse } from './light-response.js';

/** The headers of every JSON answer. */
export const JSON_HEADERS = { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' } as const;

/**
 * A fresh headers object for a light JSON answer: the JSON headers and the
 * security headers (see `headers.ts`) in one literal, so the router and the
 * adapter find them already set and add nothing to it. Written out name by
 * name: on Node 20, spreading the two constants into a new object costs
 * several microseconds a call, more than the rest of a small JSON answer.
 */
export function securedJsonHeaders(): Record<string, string> {
  return {
    'content-type': JSON_HEADERS['content-type'],
    'cache-control': JSON_HEADERS['cache-control'],
    'x-content-type-options': SECURITY_HEADER_VALUES['x-content-type-options'],
    'referrer-policy': SECURITY_HEADER_VALUES['referrer-policy'],
    'content-security-policy': SECURITY_HEADER_VALUES['content-security-policy'],
  };
}

/** The text of responses made by `jsonResponse`, so an adapter can send it without reading the body stream back. */
const bufferedBodies = new WeakMap<Response, string>();

/** The whole body of a response made here (undefined for any other), for adapters. */
export function bufferedBody(response: Response): string | undefined {
  return bufferedBodies.get(response);
}

/** A JSON response that is never cached. */
export function jsonResponse(body: unknown, status = 200, headers: HeadersInit = {}): Response {
  const h = new Headers(JSON_HEADERS);
  for (const [key, value] of new Headers(headers)) h.append(key, value);
  const text = JSON.stringify(body);
  const response = new Response(text, { status, headers: h });
  bufferedBodies.set(response, text);
  return response;
}

/**
 * A JSON answer from youthchat's own handlers: light (see `light-response.ts`)
 * until `withErrors` hands it to a caller that sent a real `Request`.
 */
export function jsonReply(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  const all = securedJsonHeaders();
  for (const name in headers) all[name.toLowerCase()] = headers[name] as string;
  return lightResponse(status, all, JSON.stringify(body));
}

/** `errorResponse`, as a `jsonReply`. */
export function errorReply(
  status: number,
  code: string,
  message: string,
  headers: Record<string, string> = {},
): Response {
  return jsonReply({ error: { code, message } }, status, headers);
}

/** The one error shape every youthchat route answers with. */
export function errorResponse(status: number, code: string, message: string, headers: HeadersInit = {}): Response {
  return jsonResponse({ error: { code, message } }, status, headers);
}

/** What a server-side logger receives: a code and status, never request content. */
export type ErrorLogger = (entry: { code: string; status: number; error: unknown }) => void;

/** The logger used when none is given: the code and the error's name, on stderr. */
export const defaultErrorLogger: ErrorLogger = ({ code, error }) => {
  const name = error instanceof Error ? error.name : typeof error;
  console.error(`[youthchat] ${code}: ${name}`);
};

/**
 * Turns thrown HttpErrors into their JSON answer and anything unexpected into
 * a 500 that says nothing about the internals. The logger sees the error but
 * no request content.
 */
export function withErrors(
  handler: (request: Request) => Promise<Response>,
  log: ErrorLogger = defaultErrorLogger,
): (request: Request) => Promise<Response> {
  return async (request) => {
    let response: Response;
    try {
      response = await handler(request);
    } catch (error) {
      if (error instanceof HttpError) response = errorReply(error.status, error.code, error.message, error.headers);
      else {
        log({ code: 'internal_error', status: 500, error });
        response = errorReply(500, 'internal_error', 'Something went wrong on the server. Try again in a moment.');
      }
    }
    // Only the adapter that made a light request knows what to do with a light answer.
    return isLightRequest(request) ? response : realResponse(response);
  };
}
