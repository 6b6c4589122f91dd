import { createHash, createHmac } from 'node:crypto';
import { remembered } from '../remembered.js';

/** Names a table holding counters; the prefix is checked so it can be put in SQL. */
export function limitsTable(prefix: string): string {
  if (!/^[a-z_][a-z0-9_]{0,40}$/.test(prefix)) {
    throw new Error(`The table prefix must be lower-case letters, digits and underscores; got "${prefix}".`);
  }
  return `${prefix}rate_limits`;
}

/**
 * The key as a database keeps it: a keyed hash (HMAC-SHA256) when the store
 * has a key, a plain SHA-256 otherwise, so client addresses and session ids
 * are never written out as they are.
 */
export function storedKey(hashKey: string | Uint8Array | undefined, key: string): string {
  const hash = hashKey ? createHmac('sha256', hashKey).update('youthchat-rate-limit\u0000') : createHash('sha256');
  return hash.update(key).digest('base64url').slice(0, 32);
}

/**
 * `storedKey` for one store, remembering the hashes of recent keys (a
 * client's requests come in runs), at most 4096, so the map stays small.
 */
export function storedKeys(hashKey: string | Uint8Array | undefined): (key: string) => string {
  return remembered((key) => storedKey(hashKey, key));
}

/** How often expired counters are deleted. */
export const SWEEP_EVERY_MS = 60_000;
