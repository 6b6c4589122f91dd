import { randomBytes } from 'node:crypto';
import pg from 'pg';

/**
 * The PostgreSQL server the tests use: `YOUTHCHAT_TEST_PG_URL`. CI sets it
 * and `YOUTHCHAT_REQUIRE_PG=1`, so a missing server fails there; locally the
 * PostgreSQL suites are skipped with a warning.
 */
export const pgUrl = process.env.YOUTHCHAT_TEST_PG_URL;
export const requirePg = process.env.YOUTHCHAT_REQUIRE_PG === '1';

if (!pgUrl) {
  if (requirePg) throw new Error('YOUTHCHAT_REQUIRE_PG=1 but YOUTHCHAT_TEST_PG_URL is not set.');
  console.warn(
    '\n⚠️  YOUTHCHAT_TEST_PG_URL is not set: the PostgreSQL report store tests are SKIPPED.\n' +
      '   Set it (e.g. postgres://youthchat:youthchat@127.0.0.1:5432/youthchat_test) to run them.\n',
  );
}

/** A schema name unique to this run, so parallel runs never share tables. */
export function uniqueSchema(label: string): string {
  return `yc_${label}_${process.pid}_${randomBytes(4).toString('hex')}`;
}

export async function dropSchema(schema: string): Promise<void> {
  if (!pgUrl) return;
  const client = new pg.Client({ connectionString: pgUrl });
  await client.connect();
  try {
    await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
  } finally {
    await client.end();
  }
}
