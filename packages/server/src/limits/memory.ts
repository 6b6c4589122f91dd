import type { RateLimitCount, RateLimitStore } from './types.js';

export interface MemoryRateLimitStoreOptions {
  /** Most keys remembered; the oldest are forgotten first. @default 10000 */
  maxKeys?: number;
}

/**
 * Counters in this process's memory: the default for handlers given no store
 * (a serverless function, a single process). Each instance counts on its own.
 *
 * @example
 * const limits = memoryRateLimitStore();
 * const reports = createReportsHandler({ store, secret, rateLimitStore: limits });
 */
export function memoryRateLimitStore(options: MemoryRateLimitStoreOptions = {}): RateLimitStore {
  const maxKeys = options.maxKeys ?? 10_000;
  const windows = new Map<string, RateLimitCount>();
  return {
    kind: 'memory',
    async hit(keys, now) {
      return keys.map(({ key, windowMs }) => {
        let entry = windows.get(key);
        if (!entry || entry.resetAt <= now) {
          // Re-inserted, so the map's order stays oldest window first.
          windows.delete(key);
          entry = { count: 0, resetAt: now + windowMs };
          windows.set(key, entry);
          if (windows.size > maxKeys) windows.delete(windows.keys().next().value as string);
        }
        entry.count += 1;
        return { count: entry.count, resetAt: entry.resetAt };
      });
    },
    async close() {
      windows.clear();
    },
  };
}
