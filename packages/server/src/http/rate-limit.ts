import { memoryRateLimitStore } from '../limits/memory.js';
import type { RateLimitStore } from '../limits/types.js';
import { HttpError } from './errors.js';

export interface RateLimitOptions {
  /** Requests allowed per key in each window. */
  limit: number;
  /** Window length in milliseconds. */
  windowMs: number;
  /**
   * Where the counts are kept. Give every handler of a deployment the same
   * SQLite or PostgreSQL store and a limit holds across all its instances.
   * @default a memory store of this limiter's own (per process)
   */
  store?: RateLimitStore;
  /** Names this limit's counters in a shared store; two limits sharing a store need different names. @default 'limit' */
  name?: string;
  /** Most keys the default memory store remembers. @default 10000 */
  maxKeys?: number;
  now?: () => number;
}

export interface RateLimiter {
  readonly name: string;
  readonly limit: number;
  readonly windowMs: number;
  readonly store: RateLimitStore;
  readonly now: () => number;
  /** Counts one request for `key`; rejects with a 429 HttpError (with Retry-After) when over the limit. */
  hit(key: string): Promise<void>;
}

/**
 * A fixed-window limiter: `limit` requests per key in each `windowMs`.
 *
 * @example
 * const limits = await postgresRateLimitStore({ connectionString, hashKey: secret });
 * const perAddress = createRateLimiter({ limit: 20, windowMs: 60_000, store: limits, name: 'signup:address' });
 * await perAddress.hit(clientAddress(request)); // before reading the body
 */
export function createRateLimiter(options: RateLimitOptions): RateLimiter {
  const limiter: RateLimiter = {
    name: options.name ?? 'limit',
    limit: options.limit,
    windowMs: options.windowMs,
    store: options.store ?? memoryRateLimitStore(options.maxKeys !== undefined ? { maxKeys: options.maxKeys } : {}),
    now: options.now ?? Date.now,
    hit: (key) => hitLimits([[limiter, key]]),
  };
  return limiter;
}

/** Per-process counters that stand in for a store while it cannot be reached. */
const fallbacks = new WeakMap<RateLimitStore, RateLimitStore>();
let lastWarning = 0;

async function count(store: RateLimitStore, keys: { key: string; windowMs: number }[], now: number) {
  try {
    return await store.hit(keys, now);
  } catch (error) {
    // Limits keep holding per instance rather than not at all, and the request is not failed for it.
    if (now - lastWarning > 60_000) {
      lastWarning = now;
      console.error(
        `[youthchat] rate-limit store (${store.kind}) failed (${error instanceof Error ? error.name : 'error'}); counting in memory meanwhile`,
      );
    }
    let fallback = fallbacks.get(store);
    if (!fallback) {
      fallback = memoryRateLimitStore();
      fallbacks.set(store, fallback);
    }
    return fallback.hit(keys, now);
  }
}

/**
 * Counts one request on each `[limiter, key]` pair, with one call per store
 * (so one database round trip when they share one), and rejects with a 429
 * when any is over its limit. Retry-After is the longest wait among them.
 */
export async function hitLimits(checks: readonly (readonly [RateLimiter, string])[]): Promise<void> {
  const byStore = new Map<RateLimitStore, (readonly [RateLimiter, string])[]>();
  for (const check of checks) {
    const list = byStore.get(check[0].store);
    if (list) list.push(check);
    else byStore.set(check[0].store, [check]);
  }
  let limited = false;
  let retryAfterMs = 0;
  for (const [store, list] of byStore) {
    const now = (list[0] as readonly [RateLimiter, string])[0].now();
    const counts = await count(
      store,
      list.map(([limiter, key]) => ({ key: `${limiter.name}\u0000${key}`, windowMs: limiter.windowMs })),
      now,
    );
    list.forEach(([limiter], i) => {
      const result = counts[i];
      if (!result || result.count <= limiter.limit) return;
      limited = true;
      retryAfterMs = Math.max(retryAfterMs, result.resetAt - now);
    });
  }
  if (limited) {
    const retryAfter = Math.max(1, Math.ceil(retryAfterMs / 1000));
    throw new HttpError(429, 'rate_limited', `Too many requests. Try again in ${retryAfter} seconds.`, {
      headers: { 'retry-after': String(retryAfter) },
    });
  }
}

/** Header the Node adapter sets to the client's address (any incoming copy is replaced). */
export const REMOTE_ADDRESS_HEADER = 'x-youthchat-remote-address';

/**
 * The client's address as the adapter resolved it (the socket's, or the one a
 * trusted proxy forwarded), or 'unknown'.
 */
export function clientAddress(request: Request): string {
  return request.headers.get(REMOTE_ADDRESS_HEADER) ?? 'unknown';
}
