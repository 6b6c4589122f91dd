import type { ServerConfig } from '../node/config.js';
import { postgresRateLimitStore } from './postgres.js';
import { sqliteRateLimitStore } from './sqlite.js';
import type { RateLimitStore } from './types.js';

/** Purpose of the keyed hash over counter keys, so it cannot be matched with other hashes of the secret. */
const HASH_PURPOSE = 'youthchat-rate-limit-key';

/**
 * The rate-limit store `DATABASE_URL` names: PostgreSQL for `postgres://`
 * URLs (shared by every instance on the database), otherwise a table in the
 * SQLite file (shared by every process on the machine that opens it).
 * Counter keys are hashed with a key derived from the server's secret.
 */
export async function createRateLimitStoreFromConfig(config: ServerConfig): Promise<RateLimitStore> {
  const hashKey = `${HASH_PURPOSE}\u0000${config.secret}`;
  if (!/^postgres(ql)?:\/\//.test(config.databaseUrl)) {
    // One connection with the report store on the same file (see `shareConnection`).
    return sqliteRateLimitStore({
      filename: config.databaseUrl,
      hashKey,
      driver: config.sqliteDriver ?? 'auto',
      shareConnection: true,
    });
  }
  // `?schema=name` picks the schema as it does for the report store; pg itself never sees it.
  const url = new URL(config.databaseUrl);
  const schema = url.searchParams.get('schema');
  url.searchParams.delete('schema');
  return postgresRateLimitStore({
    connectionString: schema ? url.toString() : config.databaseUrl,
    ...(schema ? { schema } : {}),
    hashKey,
  });
}
