// Hono: mount every youthchat route under /api next to your own routes.
import { createAppFromConfig, loadServerConfig, type ServerConfig, serve } from '@youthchat/server/node';
import { Hono } from 'hono';

export async function createHonoApp(config: ServerConfig = loadServerConfig()) {
  const youthchat = await createAppFromConfig(config);
  const app = new Hono();
  app.get('/', (c) => c.text('My app, with youthchat under /api'));
  app.all('/api/*', (c) => youthchat.handler(c.req.raw));
  return { app, close: () => youthchat.close() };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { app } = await createHonoApp();
  const running = await serve(app.fetch, { port: Number(process.env.PORT ?? 8787) });
  console.log(`Hono app with youthchat on ${running.url}`);
}
