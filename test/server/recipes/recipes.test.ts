import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadServerConfig, serve } from '@youthchat/server/node';
import { afterAll, describe, expect, it } from 'vitest';
import { createExpressApp } from '../../../examples/express/server.ts';
import { createHonoApp } from '../../../examples/hono/server.ts';
import { createNodeServer } from '../../../examples/node-http/server.ts';

const dirs: string[] = [];
function config() {
  const dir = mkdtempSync(join(tmpdir(), 'youthchat-recipe-'));
  dirs.push(dir);
  return loadServerConfig({ YOUTHCHAT_DATA_DIR: dir });
}
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

function listen(server: Server): Promise<string> {
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}`));
  });
}

/** The same journey through each framework: the app's own route, then youthchat's. */
async function exercise(base: string) {
  const own = await fetch(`${base}/`);
  expect(await own.text()).toContain('My app');
  const declared = await fetch(`${base}/api/age`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ birthDate: '2012-01-15', country: 'US' }),
  });
  expect(declared.status).toBe(200);
  const cookie = declared.headers.get('set-cookie') ?? '';
  expect(cookie).toMatch(/HttpOnly/);
  const read = await fetch(`${base}/api/age`, { headers: { cookie: cookie.split(';')[0] ?? '' } });
  expect(read.status).toBe(200);
  expect(((await read.json()) as { band: string }).band).toMatch(/under13|teen13to15/);
  const rejected = await fetch(`${base}/api/age`, {
    method: 'POST',
    headers: { 'content-type': 'text/plain' },
    body: 'hi',
  });
  expect(rejected.status).toBe(415);
  expect(((await rejected.json()) as { error: { code: string } }).error.code).toBe('unsupported_media_type');
}

describe('framework recipes serve youthchat over real HTTP', () => {
  it('Hono', async () => {
    const { app, close } = await createHonoApp(config());
    const running = await serve(app.fetch, { port: 0 });
    try {
      await exercise(running.url);
    } finally {
      await running.close();
      await close();
    }
  });

  it('Express (through the Node adapter)', async () => {
    const { app, close } = await createExpressApp(config());
    const server = app.listen(0, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    try {
      await exercise(`http://127.0.0.1:${(server.address() as AddressInfo).port}`);
    } finally {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      await close();
    }
  });

  it('plain node:http', async () => {
    const { server, close } = await createNodeServer(config());
    const base = await listen(server);
    try {
      await exercise(base);
    } finally {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      await close();
    }
  });

  it('Next.js App Router route handler (the exported functions called as Next calls them; nothing done on import)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'youthchat-recipe-'));
    dirs.push(dir);
    const dataDir = join(dir, 'data');
    process.env.YOUTHCHAT_DATA_DIR = dataDir;
    try {
      const route = await import('../../../examples/next-app-router/app/api/[...youthchat]/route.ts');
      expect(route.runtime).toBe('nodejs');
      // What `next build` does: load the module. No data folder, secret or database yet.
      expect(existsSync(dataDir)).toBe(false);
      const response = await route.POST(
        new Request('http://localhost:3000/api/age', {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ age: 16 }),
        }),
      );
      expect(response.status).toBe(200);
      expect(existsSync(join(dataDir, 'secret'))).toBe(true);
      const { token, band } = (await response.json()) as { token: string; band: string };
      expect(band).toBe('teen16to17');
      const read = await route.GET(
        new Request('http://localhost:3000/api/age', { headers: { 'x-youthchat-age': token } }),
      );
      expect(((await read.json()) as { band: string }).band).toBe('teen16to17');
    } finally {
      delete process.env.YOUTHCHAT_DATA_DIR;
    }
  });
});
