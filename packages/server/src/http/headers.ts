import { lightResponseParts } from './light-response.js';

/**
 * Headers every youthchat response carries: no content-type sniffing, no
 * framing by other pages, no Referer sent on from a page the server returns.
 * A value the handler set itself is kept, except that a policy without
 * `frame-ancestors` gains `frame-ancestors 'none'`.
 */
export const SECURITY_HEADER_VALUES = {
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'content-security-policy': "frame-ancestors 'none'",
} as const;

/** `SECURITY_HEADER_VALUES`, to be read by any header name. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = SECURITY_HEADER_VALUES;

const SECURITY_NAMES: readonly string[] = Object.keys(SECURITY_HEADERS);

/** The value a header should have once the security headers are added, or undefined to leave it as is. */
export function securedValue(name: string, current: string | null): string | undefined {
  const wanted = SECURITY_HEADERS[name];
  if (wanted === undefined) return undefined;
  // Already the value wanted (a light answer the router secured, say): nothing to read again.
  if (current === wanted) return undefined;
  if (current === null || current.trim() === '') return wanted;
  if (name === 'content-security-policy' && !/(^|;)\s*frame-ancestors\b/i.test(current))
    return `${current.replace(/[\s;]+$/, '')}; ${wanted}`;
  return undefined;
}

/**
 * Adds the security headers to a fetch `Response`, copying it when its
 * headers cannot be changed (a response from `fetch`).
 *
 * @example
 * return withSecurityHeaders(await handler(request));
 */
export function withSecurityHeaders(response: Response): Response {
  const light = lightResponseParts(response);
  if (light) {
    for (const name of SECURITY_NAMES) {
      const value = securedValue(name, light.headers[name] ?? null);
      if (value !== undefined) light.headers[name] = value;
    }
    return response;
  }
  const changes: [string, string][] = [];
  for (const name of Object.keys(SECURITY_HEADERS)) {
    const value = securedValue(name, response.headers.get(name));
    if (value !== undefined) changes.push([name, value]);
  }
  if (changes.length === 0) return response;
  try {
    for (const [name, value] of changes) response.headers.set(name, value);
    return response;
  } catch {
    const headers = new Headers(response.headers);
    for (const [name, value] of changes) headers.set(name, value);
    return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
  }
}
