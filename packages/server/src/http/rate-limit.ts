import { HttpError } from './errors.js';

export interface RateLimitOptions {
  /** Requests allowed per key in each window. */
  limit: number;
  /** Window length in milliseconds. */
  windowMs: number;
  /** Most keys remembered; the oldest are forgotten first. @default 10000 */
  maxKeys?: number;
  now?: () => number;
}

export interface RateLimiter {
  /** Counts one request for `key`; throws a 429 HttpError with Retry-After when over the limit. */
  hit(key: string): void;
}

/** A fixed-window limiter held in memory (per server process). */
export function createRateLimiter(options: RateLimitOptions): RateLimiter {
  const { limit, windowMs } = options;
  const maxKeys = options.maxKeys ?? 10_000;
  const now = options.now ?? Date.now;
  const windows = new Map<string, { start: number; count: number }>();
  return {
    hit(key) {
      const t = now();
      let entry = windows.get(key);
      if (!entry || t - entry.start >= windowMs) {
        windows.delete(key);
        entry = { start: t, count: 0 };
        windows.set(key, entry);
        if (windows.size > maxKeys) windows.delete(windows.keys().next().value as string);
      }
      entry.count += 1;
      if (entry.count > limit) {
        const retryAfter = Math.max(1, Math.ceil((entry.start + windowMs - t) / 1000));
        throw new HttpError(429, 'rate_limited', `Too many requests. Try again in ${retryAfter} seconds.`, {
          headers: { 'retry-after': String(retryAfter) },
        });
      }
    },
  };
}

/** Header the Node adapter sets to the socket's address (any incoming copy is replaced). */
export const REMOTE_ADDRESS_HEADER = 'x-youthchat-remote-address';

/** The client's address as the adapter saw it, or 'unknown'. */
export function clientAddress(request: Request): string {
  return request.headers.get(REMOTE_ADDRESS_HEADER) ?? 'unknown';
}
