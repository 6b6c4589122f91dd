import { HttpError } from './errors.js';

/**
 * Refuses browser requests from other sites. A request without an Origin
 * header (curl, a server) passes; one with an Origin must be the request's
 * own origin or listed in `allowed`.
 */
export function checkOrigin(request: Request, allowed: readonly string[] = []): void {
  const origin = request.headers.get('origin');
  if (!origin) return;
  // The browser itself says a request is same-origin, and no script can forge the header; unlike
  // Host, it survives proxies that rewrite Host (a dev server's /api proxy, some load balancers).
  const site = request.headers.get('sec-fetch-site');
  if (site === 'same-origin' || site === 'none') return;
  const own = new URL(request.url).origin;
  const host = request.headers.get('host');
  if (origin === own || allowed.includes(origin) || (host !== null && safeHost(origin) === host)) return;
  throw new HttpError(
    403,
    'origin_not_allowed',
    `Requests from ${origin} are not allowed. Add it to allowedOrigins on the server.`,
  );
}

function safeHost(origin: string): string | undefined {
  try {
    return new URL(origin).host;
  } catch {
    return undefined;
  }
}
