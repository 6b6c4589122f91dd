import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dropSchema, pgUrl, uniqueSchema } from '../reports/postgres.ts';
import { type CliServer, startCli } from './cli.ts';

/**
 * Two youthchat-server processes on one PostgreSQL database, as two
 * instances behind a load balancer: a limit of N holds across both.
 */
const REPORT_LIMIT = 6;
const AGE_LIMIT = 4;
const dirs: string[] = [];
const schema = uniqueSchema('two');
let servers: CliServer[] = [];

describe.skipIf(!pgUrl)('two instances on one PostgreSQL database', () => {
  beforeAll(async () => {
    const env = (dir: string) => ({
      DATABASE_URL: `${pgUrl}?schema=${schema}`,
      YOUTHCHAT_SECRET: 'two-instances-secret-0123456789abcdefghijklmnop',
      YOUTHCHAT_DATA_DIR: dir,
      YOUTHCHAT_REPORT_LIMIT_PER_ADDRESS: String(REPORT_LIMIT),
      YOUTHCHAT_AGE_LIMIT_PER_ADDRESS: String(AGE_LIMIT),
      // Both sit behind one proxy on this machine, which appends the client's address.
      YOUTHCHAT_TRUST_PROXY: '1',
    });
    for (let i = 0; i < 2; i++) dirs.push(mkdtempSync(join(tmpdir(), `youthchat-instance-${i}-`)));
    // One at a time, so the first creates the tables the second finds.
    servers.push(await startCli(env(dirs[0] as string)));
    servers.push(await startCli(env(dirs[1] as string)));
  }, 120_000);

  afterAll(async () => {
    await Promise.all(servers.map((server) => server.stop()));
    servers = [];
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
    await dropSchema(schema);
  });

  const report = (server: CliServer, client: string, i: number) =>
    fetch(`${server.url}/api/reports`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': client },
      body: JSON.stringify({ reason: 'bullying', details: `Report ${i} from ${client}` }),
    });

  it('says at start that limits are counted in PostgreSQL', () => {
    for (const server of servers) expect(server.stdout).toContain('rate limits: counted in PostgreSQL');
  });

  it(`accepts ${REPORT_LIMIT} reports from one client split across both, and refuses the next on either`, async () => {
    const [a, b] = servers as [CliServer, CliServer];
    const client = '203.0.113.10';
    for (let i = 0; i < REPORT_LIMIT; i++) {
      const answer = await report(i % 2 === 0 ? a : b, client, i);
      expect(answer.status, `report ${i + 1}`).toBe(201);
    }
    for (const server of [a, b]) {
      const refused = await report(server, client, REPORT_LIMIT);
      expect(refused.status).toBe(429);
      expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
      expect(((await refused.json()) as { error: { code: string } }).error.code).toBe('rate_limited');
    }
    // Another client behind the same proxy has a count of its own.
    expect((await report(b, '203.0.113.11', 0)).status).toBe(201);
  });

  it(`accepts ${AGE_LIMIT} age answers from one client across both, then 429`, async () => {
    const [a, b] = servers as [CliServer, CliServer];
    const declare = (server: CliServer) =>
      fetch(`${server.url}/api/age`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-forwarded-for': '198.51.100.20' },
        body: JSON.stringify({ age: 15 }),
      });
    const statuses: number[] = [];
    for (let i = 0; i <= AGE_LIMIT; i++) statuses.push((await declare(i % 2 === 0 ? b : a)).status);
    expect(statuses).toEqual([...Array(AGE_LIMIT).fill(200), 429]);
  });
});
