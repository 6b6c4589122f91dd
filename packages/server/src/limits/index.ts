export { type MemoryRateLimitStoreOptions, memoryRateLimitStore } from './memory.js';
export { type PostgresRateLimitStoreOptions, postgresRateLimitStore, type RateLimitPgPool } from './postgres.js';
export { type SqliteRateLimitStoreOptions, sqliteRateLimitStore } from './sqlite.js';
export type { RateLimitCount, RateLimitKey, RateLimitStore } from './types.js';
