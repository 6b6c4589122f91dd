import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createAppFromConfig, loadServerConfig, serve } from '@youthchat/server/node';
import { afterAll, describe, expect, it } from 'vitest';

const dir = mkdtempSync(join(tmpdir(), 'youthchat-age-limit-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('YOUTHCHAT_AGE_LIMIT_PER_ADDRESS', () => {
  it('limits age answers per address per minute, then answers 429 with Retry-After', async () => {
    const app = await createAppFromConfig(
      loadServerConfig({ YOUTHCHAT_DATA_DIR: dir, YOUTHCHAT_AGE_LIMIT_PER_ADDRESS: '3' }),
    );
    const server = await serve(app.handler, { port: 0 });
    try {
      const declare = () =>
        fetch(`${server.url}/api/age`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: '{"age":14}',
        });
      const statuses = [];
      for (let i = 0; i < 4; i++) statuses.push((await declare()).status);
      expect(statuses).toEqual([200, 200, 200, 429]);
      const limited = await declare();
      expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    } finally {
      await server.close();
      await app.close();
    }
  });

  it('refuses a value that is not a whole number above 0', () => {
    expect(() => loadServerConfig({ YOUTHCHAT_DATA_DIR: dir, YOUTHCHAT_AGE_LIMIT_PER_ADDRESS: 'lots' })).toThrow(
      /whole number/,
    );
  });
});
