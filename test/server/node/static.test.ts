import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { staticFiles, withStaticFiles } from '@youthchat/server/node';
import { afterAll, describe, expect, it } from 'vitest';
import { startCli } from './cli.ts';

const root = mkdtempSync(join(tmpdir(), 'youthchat-static-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const app = join(root, 'dist');
mkdirSync(join(app, 'assets'), { recursive: true });
writeFileSync(join(app, 'index.html'), '<!doctype html><title>app</title>');
writeFileSync(join(app, 'assets', 'index-abc123.js'), 'console.log(1)');
writeFileSync(join(root, 'secret'), 'not for the web');

const get = (path: string, method = 'GET') => new Request(`http://localhost${path}`, { method });

describe('a built app beside /api', () => {
  const files = staticFiles(app);

  it('serves files with their type, hashed assets cached for a year and pages never', async () => {
    const asset = await files(get('/assets/index-abc123.js'));
    expect(asset.status).toBe(200);
    expect(asset.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(asset.headers.get('cache-control')).toContain('immutable');
    expect(await asset.text()).toBe('console.log(1)');
    const index = await files(get('/'));
    expect(index.headers.get('content-type')).toContain('text/html');
    expect(index.headers.get('cache-control')).toBe('no-cache');
  });

  it("answers the app's own page addresses with index.html, and missing files with 404", async () => {
    expect(await (await files(get('/chat/settings'))).text()).toContain('<title>app</title>');
    expect((await files(get('/assets/missing.js'))).status).toBe(404);
  });

  it('never reaches outside the folder, and takes only GET and HEAD', async () => {
    for (const path of ['/../secret', '/%2e%2e/secret', '/..%2fsecret', '/assets/..%2f..%2fsecret']) {
      const response = await files(get(path));
      expect(await response.text()).not.toContain('not for the web');
    }
    expect((await files(get('/', 'POST'))).status).toBe(405);
    const head = await files(get('/assets/index-abc123.js', 'HEAD'));
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
  });

  it('leaves /api and everything under it to the API', async () => {
    const handler = withStaticFiles(async () => new Response('api'), app);
    expect(await (await handler(get('/api'))).text()).toBe('api');
    expect(await (await handler(get('/api/age'))).text()).toBe('api');
    expect(await (await handler(get('/apiary'))).text()).toContain('<title>app</title>');
  });

  it('is what youthchat-server serves with YOUTHCHAT_STATIC_DIR', async () => {
    const server = await startCli({ YOUTHCHAT_DATA_DIR: join(root, 'data'), YOUTHCHAT_STATIC_DIR: app });
    try {
      expect(server.stdout).toContain(`app: the files in ${app}, beside /api`);
      expect(await (await fetch(`${server.url}/`)).text()).toContain('<title>app</title>');
      const age = await fetch(`${server.url}/api/age`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ age: 14, country: 'GB' }),
      });
      expect(((await age.json()) as { band: string }).band).toBe('teen13to15');
    } finally {
      await server.stop();
    }
  });
});
