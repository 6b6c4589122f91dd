// Plain node:http: youthchat under /api, everything else yours.
import { createServer } from 'node:http';
import { createAppFromConfig, loadServerConfig, type ServerConfig, toNodeListener } from '@youthchat/server/node';

export async function createNodeServer(config: ServerConfig = loadServerConfig()) {
  const youthchat = await createAppFromConfig(config);
  const api = toNodeListener(youthchat.handler);
  const server = createServer((req, res) => {
    if (req.url?.startsWith('/api/')) return api(req, res);
    res.writeHead(200, { 'content-type': 'text/plain' }).end('My app, with youthchat under /api');
  });
  return { server, close: () => youthchat.close() };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { server } = await createNodeServer();
  server.listen(Number(process.env.PORT ?? 8787), () =>
    console.log(`node:http app with youthchat on port ${process.env.PORT ?? 8787}`),
  );
}
