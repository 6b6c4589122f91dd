/** One counter to bump: `key` in a fixed window of `windowMs`. */
export interface RateLimitKey {
  key: string;
  windowMs: number;
}

/** A counter after the bump: requests counted in the current window, and when that window ends (epoch ms). */
export interface RateLimitCount {
  count: number;
  resetAt: number;
}

/**
 * Where rate-limit counters live. A window starts at a key's first request
 * and lasts `windowMs`; the next request after it starts a new one.
 *
 * The memory store counts per process; the SQLite and PostgreSQL stores
 * count for every server instance that shares the database.
 */
export interface RateLimitStore {
  readonly kind: 'memory' | 'sqlite' | 'postgres';
  /**
   * Counts one request on each key, all in one step (one round trip to a
   * database), and answers each key's count in the same order. Keys must be
   * distinct.
   */
  hit(keys: readonly RateLimitKey[], now: number): Promise<RateLimitCount[]>;
  /** Releases the connection (a store given a pool it did not open leaves the pool alone). */
  close(): Promise<void>;
}
