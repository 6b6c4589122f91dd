import { type AgeHandlerOptions, createAgeHandler } from './age/handler.js';
import { createAgeVerifyHandler } from './age/verify-handler.js';
import { withSecurityHeaders } from './http/headers.js';
import { acceptsLightRequests, realRequest, requestPathname, takesLightRequests } from './http/light-request.js';
import { errorResponse, withErrors } from './http/response.js';

export type Handler = (request: Request) => Promise<Response>;

export interface YouthchatHandlerOptions {
  /** Key for signing age tokens: at least 32 random bytes. */
  secret: string;
  /** Where the routes live. @default '/api' */
  basePath?: string;
  /** Options for `/age` beyond the secret. */
  age?: Omit<AgeHandlerOptions, 'secret'>;
  /** More routes, keyed by the path under basePath (e.g. `'/chat'`); later features mount here. */
  routes?: Record<string, Handler>;
}

/**
 * One handler for every youthchat route, mountable in any fetch-style server.
 *
 * @example
 * const handler = createYouthchatHandler({ secret: process.env.YOUTHCHAT_SECRET! });
 * export const GET = handler, POST = handler; // Next.js route handler at app/api/[...path]/route.ts
 */
export function createYouthchatHandler(options: YouthchatHandlerOptions): Handler {
  const base = (options.basePath ?? '/api').replace(/\/$/, '');
  const routes: [string, Handler][] = [
    ['/age', createAgeHandler({ ...options.age, secret: options.secret })],
    // Upgrading a band with a signed result needs verifiers to check it with.
    ...(options.age?.verifiers?.length
      ? [['/age/verify', createAgeVerifyHandler({ ...options.age, secret: options.secret })] as [string, Handler]]
      : []),
    ...Object.entries(options.routes ?? {}),
  ];
  // Longest prefix first so '/reports/…' is not taken by a shorter route.
  routes.sort((a, b) => b[0].length - a[0].length);
  // Which route takes a path, and whether it takes the adapter's light request, worked out once per route.
  const table = routes.map(([prefix, route]) => ({ prefix, route, light: takesLightRequests(route) }));
  const handler = withErrors((request) => {
    const pathname = requestPathname(request);
    if (pathname === base || pathname.startsWith(`${base}/`)) {
      const rest = pathname.slice(base.length);
      for (const { prefix, route, light } of table) {
        if (rest === prefix || rest.startsWith(`${prefix}/`)) {
          // A route of the app's own gets a whole Request; youthchat's take the adapter's light one.
          return route(light ? request : realRequest(request));
        }
      }
    }
    return Promise.resolve(errorResponse(404, 'not_found', `No youthchat route at ${pathname}.`));
  });
  // Every answer carries nosniff, no Referer and no framing, whatever server mounts it.
  return acceptsLightRequests((request: Request) => handler(request).then(withSecurityHeaders));
}
