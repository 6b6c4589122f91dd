import { memoryRateLimitStore } from '../limits/memory.js';
import type { RateLimitStore } from '../limits/types.js';
import { remembered } from '../remembered.js';
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
    hit: (key) => hitKey(limiter, key),
  };
  return limiter;
}

/** Per-process counters that stand in for a store while it cannot be reached. */
const fallbacks = new WeakMap<RateLimitStore, RateLimitStore>();
let lastWarning = 0;

async function count(store: RateLimitStore, keys: readonly { key: string; windowMs: number }[], now: number) {
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
  if (checks.length === 1) {
    const [limiter, key] = checks[0] as readonly [RateLimiter, string];
    return hitKey(limiter, key);
  }
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
    const counts = await count(store, list.map(countedKey), now);
    list.forEach(([limiter], i) => {
      const result = counts[i];
      if (!result || result.count <= limiter.limit) return;
      limited = true;
      retryAfterMs = Math.max(retryAfterMs, result.resetAt - now);
    });
  }
  if (limited) throw tooMany(retryAfterMs);
}

/**
 * The counted keys of one limit's recent checks, as the store is given them
 * (a client's requests come in runs): at most 4096 a limit, so the map stays
 * small. Stores only read the keys they are given.
 */
const recentKeys = new WeakMap<RateLimiter, (key: string) => readonly { key: string; windowMs: number }[]>();

function countedKeys(limiter: RateLimiter, key: string): readonly { key: string; windowMs: number }[] {
  let keysOf = recentKeys.get(limiter);
  if (!keysOf) {
    keysOf = remembered((k) => [countedKey([limiter, k])]);
    recentKeys.set(limiter, keysOf);
  }
  return keysOf(key);
}

/** One limit's check, as `hitLimits` does it, without grouping by store (the common case). */
async function hitKey(limiter: RateLimiter, key: string): Promise<void> {
  const now = limiter.now();
  const result = (await count(limiter.store, countedKeys(limiter, key), now))[0];
  if (result && result.count > limiter.limit) throw tooMany(result.resetAt - now);
}

/** The key a store counts for one check: the limit's name and the part of the key it counts. */
function countedKey([limiter, key]: readonly [RateLimiter, string]): { key: string; windowMs: number } {
  return { key: `${limiter.name}\u0000${bucketOf(key)}`, windowMs: limiter.windowMs };
}

/** The 429 for a request over a limit, saying how long to wait. */
function tooMany(retryAfterMs: number): HttpError {
  const retryAfter = Math.max(1, Math.ceil(retryAfterMs / 1000));
  return new HttpError(429, 'rate_limited', `Too many requests. Try again in ${retryAfter} seconds.`, {
    headers: { 'retry-after': String(retryAfter) },
  });
}

/**
 * The part of a key a limit counts: an IPv6 address counts by its /64 (what
 * one home or phone is given, so a client cannot step through its own
 * addresses to escape a limit); any other key (IPv4, session ids) as it is.
 */
export function bucketOf(key: string): string {
  if (!key.includes(':')) return key;
  const groups = ipv6Groups(key.split('%')[0] as string);
  return groups ? `${groups.slice(0, 4).join(':')}::/64` : key;
}

/** The eight groups of an IPv6 address (leading zeros dropped), or null for anything else. */
function ipv6Groups(address: string): string[] | null {
  const halves = address.split('::');
  if (halves.length > 2) return null;
  const split = (part: string | undefined) => (part ? part.split(':') : []);
  const head = split(halves[0]);
  const tail = split(halves[1]);
  // A dotted IPv4 tail (::ffff:1.2.3.4) stands for two groups.
  const last = tail.length > 0 ? tail : head;
  const dotted = last.at(-1)?.includes('.') ? last.pop() : undefined;
  if (dotted !== undefined) {
    const octets = dotted.split('.').map(Number);
    if (octets.length !== 4 || octets.some((o) => !Number.isInteger(o) || o < 0 || o > 255)) return null;
    const [a = 0, b = 0, c = 0, d = 0] = octets;
    last.push(((a << 8) | b).toString(16), ((c << 8) | d).toString(16));
  }
  const missing = 8 - head.length - tail.length;
  if (halves.length === 1 ? missing !== 0 : missing < 1) return null;
  const groups = [...head, ...Array<string>(halves.length === 1 ? 0 : missing).fill('0'), ...tail];
  if (!groups.every((g) => /^[0-9a-f]{1,4}$/i.test(g))) return null;
  return groups.map((g) => Number.parseInt(g, 16).toString(16));
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
