import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  bucketOf,
  createRateLimiter,
  HttpError,
  hitLimits,
  memoryRateLimitStore,
  postgresRateLimitStore,
  type RateLimitStore,
  sqliteRateLimitStore,
} from '@youthchat/server';
import Database from 'better-sqlite3';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { dropSchema, pgUrl, uniqueSchema } from '../reports/postgres.ts';

const dir = mkdtempSync(join(tmpdir(), 'youthchat-limits-'));
const schemas: string[] = [];
afterAll(async () => {
  rmSync(dir, { recursive: true, force: true });
  for (const schema of schemas) await dropSchema(schema);
});

interface Backend {
  name: string;
  /** Two stores on the same database, as two server instances would have. */
  open(): Promise<[RateLimitStore, RateLimitStore]>;
  /** Every stored key, to check nothing is stored as it came. */
  keys(): Promise<string[]>;
}

let file = 0;
const sqlite = (): Backend => {
  const filename = join(dir, `limits-${file++}.sqlite`);
  return {
    name: 'SQLite',
    open: async () => [
      await sqliteRateLimitStore({ filename, hashKey: 'k'.repeat(32) }),
      await sqliteRateLimitStore({ filename, hashKey: 'k'.repeat(32) }),
    ],
    keys: async () => {
      const db = new Database(filename, { readonly: true });
      try {
        return (db.prepare('SELECT key FROM youthchat_rate_limits').all() as { key: string }[]).map((r) => r.key);
      } finally {
        db.close();
      }
    },
  };
};

const postgres = (): Backend => {
  const schema = uniqueSchema('limits');
  schemas.push(schema);
  return {
    name: 'PostgreSQL',
    open: async () => {
      const options = { connectionString: pgUrl as string, schema, hashKey: 'k'.repeat(32) };
      return [await postgresRateLimitStore(options), await postgresRateLimitStore(options)];
    },
    keys: async () => {
      const client = new pg.Client({ connectionString: pgUrl });
      await client.connect();
      try {
        return (await client.query(`SELECT key FROM "${schema}".youthchat_rate_limits`)).rows.map(
          (r: { key: string }) => r.key,
        );
      } finally {
        await client.end();
      }
    },
  };
};

const backends: [string, () => Backend, boolean][] = [
  ['SQLite', sqlite, false],
  ['PostgreSQL', postgres, !pgUrl],
];

describe.each(backends)('%s rate-limit store', (_name, make, skip) => {
  it.skipIf(skip)('counts one window across two stores on the same database, then starts a new one', async () => {
    const backend = make();
    const [a, b] = await backend.open();
    try {
      const t = 1_000_000;
      const key = { key: 'reports:address\u0000203.0.113.7', windowMs: 60_000 };
      expect(await a.hit([key], t)).toEqual([{ count: 1, resetAt: t + 60_000 }]);
      expect(await b.hit([key], t + 10)).toEqual([{ count: 2, resetAt: t + 60_000 }]);
      expect(await a.hit([key], t + 59_999)).toEqual([{ count: 3, resetAt: t + 60_000 }]);
      // The window ended: counting starts again.
      expect(await b.hit([key], t + 60_000)).toEqual([{ count: 1, resetAt: t + 120_000 }]);
    } finally {
      await a.close();
      await b.close();
    }
  });

  it.skipIf(skip)('bumps several counters in one call, each in its own window', async () => {
    const backend = make();
    const [a, b] = await backend.open();
    try {
      const keys = [
        { key: 'address\u0000198.51.100.1', windowMs: 600_000 },
        { key: 'token\u0000session-1', windowMs: 60_000 },
      ];
      await a.hit(keys, 5_000);
      expect(await b.hit(keys, 6_000)).toEqual([
        { count: 2, resetAt: 605_000 },
        { count: 2, resetAt: 65_000 },
      ]);
      // Many requests at once from both instances lose no count.
      const one = [{ key: 'burst', windowMs: 60_000 }];
      await Promise.all(Array.from({ length: 40 }, (_, i) => (i % 2 ? a : b).hit(one, 10_000)));
      expect(await a.hit(one, 10_000)).toEqual([{ count: 41, resetAt: 70_000 }]);
    } finally {
      await a.close();
      await b.close();
    }
  });

  it.skipIf(skip)('lets exactly N of many requests arriving at once through, across both stores', async () => {
    const backend = make();
    const [a, b] = await backend.open();
    try {
      const on = (store: RateLimitStore) =>
        createRateLimiter({ limit: 25, windowMs: 60_000, store, name: 'test:burst', now: () => 2_000 });
      const [first, second] = [on(a), on(b)];
      const outcomes = await Promise.all(
        Array.from({ length: 60 }, (_, i) =>
          (i % 2 ? first : second).hit('198.51.100.60').then(
            () => 'ok',
            (error: HttpError) => error.status,
          ),
        ),
      );
      expect(outcomes.filter((o) => o === 'ok')).toHaveLength(25);
      expect(outcomes.filter((o) => o === 429)).toHaveLength(35);
    } finally {
      await a.close();
      await b.close();
    }
  });

  it.skipIf(skip)('stores keys hashed, never the address as it came', async () => {
    const backend = make();
    const [a, b] = await backend.open();
    try {
      await a.hit([{ key: 'age:address\u0000192.0.2.44', windowMs: 60_000 }], Date.now());
      const keys = await backend.keys();
      expect(keys).toHaveLength(1);
      expect(keys[0]).not.toContain('192.0.2.44');
    } finally {
      await a.close();
      await b.close();
    }
  });

  it.skipIf(skip)('holds a limiter across two stores: the N+1th request is refused with Retry-After', async () => {
    const backend = make();
    const [a, b] = await backend.open();
    try {
      const on = (store: RateLimitStore) =>
        createRateLimiter({ limit: 3, windowMs: 60_000, store, name: 'test:address', now: () => 1_000 });
      const [first, second] = [on(a), on(b)];
      await first.hit('203.0.113.9');
      await second.hit('203.0.113.9');
      await first.hit('203.0.113.9');
      const refused = await second.hit('203.0.113.9').catch((error: unknown) => error);
      expect(refused).toBeInstanceOf(HttpError);
      expect((refused as HttpError).status).toBe(429);
      expect((refused as HttpError).headers['retry-after']).toBe('60');
      // Another address has its own count.
      await expect(first.hit('203.0.113.10')).resolves.toBeUndefined();
    } finally {
      await a.close();
      await b.close();
    }
  });
});

describe('hitLimits', () => {
  it('refuses when any of the limits is over, with the longest wait', async () => {
    const store = memoryRateLimitStore();
    let now = 0;
    const short = createRateLimiter({ limit: 1, windowMs: 10_000, store, name: 'short', now: () => now });
    const long = createRateLimiter({ limit: 5, windowMs: 600_000, store, name: 'long', now: () => now });
    await hitLimits([
      [short, 'x'],
      [long, 'x'],
    ]);
    now = 1_000;
    const refused = (await hitLimits([
      [short, 'x'],
      [long, 'x'],
    ]).catch((error: unknown) => error)) as HttpError;
    expect(refused.status).toBe(429);
    expect(refused.headers['retry-after']).toBe('9');
  });

  it('keeps limiting in memory when the store fails', async () => {
    const broken: RateLimitStore = {
      kind: 'postgres',
      hit: () => Promise.reject(new Error('connection refused')),
      close: async () => {},
    };
    const errors: unknown[] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => errors.push(args);
    try {
      const limiter = createRateLimiter({ limit: 2, windowMs: 60_000, store: broken, name: 'broken' });
      await limiter.hit('a');
      await limiter.hit('a');
      await expect(limiter.hit('a')).rejects.toMatchObject({ status: 429 });
    } finally {
      console.error = original;
    }
    expect(errors.length).toBeGreaterThan(0);
  });
});

describe('per-address limits and IPv6', () => {
  it('counts an IPv6 client by its /64, and everything else as it is', () => {
    expect(bucketOf('2001:db8:85a3:1:aaaa:bbbb:cccc:dddd')).toBe('2001:db8:85a3:1::/64');
    expect(bucketOf('2001:0db8:85a3:0001::1')).toBe('2001:db8:85a3:1::/64');
    expect(bucketOf('2001:db8::')).toBe('2001:db8:0:0::/64');
    expect(bucketOf('fe80::1%eth0')).toBe('fe80:0:0:0::/64');
    expect(bucketOf('::1')).toBe('0:0:0:0::/64');
    expect(bucketOf('64:ff9b::192.0.2.33')).toBe('64:ff9b:0:0::/64');
    for (const key of ['203.0.113.7', 'unknown', '6f1c2a7e-4b1d-4c7b-9f7e-0a1b2c3d4e5f', 'not:an:address', '1:2:3']) {
      expect(bucketOf(key)).toBe(key);
    }
  });

  it('does not let a client escape a limit by stepping through its IPv6 addresses', async () => {
    const limiter = createRateLimiter({ limit: 3, windowMs: 60_000, name: 'test:v6' });
    for (const suffix of ['1', '2', '3']) await limiter.hit(`2001:db8:1:2::${suffix}`);
    await expect(limiter.hit('2001:db8:1:2:ffff::9')).rejects.toMatchObject({ status: 429 });
    await expect(limiter.hit('2001:db8:1:3::1')).resolves.toBeUndefined();
  });
});
