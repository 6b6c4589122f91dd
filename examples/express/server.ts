// Express 5: mount youthchat through the Node adapter. Do not put a body parser in
// front of the youthchat routes: the handlers read and bound the body themselves.
import type { Server } from 'node:http';
import { createAppFromConfig, loadServerConfig, type ServerConfig, toNodeListener } from '@youthchat/server/node';
import express from 'express';

export async function createExpressApp(config: ServerConfig = loadServerConfig()) {
  const youthchat = await createAppFromConfig(config);
  const app = express();
  app.get('/', (_req, res) => {
    res.send('My app, with youthchat under /api');
  });
  app.use('/api', toNodeListener(youthchat.handler));
  return { app, close: () => youthchat.close() };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { app } = await createExpressApp();
  const server: Server = app.listen(Number(process.env.PORT ?? 8787), () => {
    console.log(`Express app with youthchat on http://localhost:${process.env.PORT ?? 8787}`);
  });
  process.on('SIGINT', () => server.close());
}
