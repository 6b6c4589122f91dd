// Next.js App Router: every youthchat route under /api, in one catch-all route handler.
// Configure with the same environment as youthchat-server (YOUTHCHAT_SECRET, DATABASE_URL, OPENAI_API_KEY, …);
// on serverless hosts, see "Serverless" in examples/next-app-router/README.md.
import { type App, createAppFromConfig, loadServerConfig } from '@youthchat/server/node';

// Stores and worker threads need Node, not the edge runtime.
export const runtime = 'nodejs';
// Answers depend on the age cookie: never cache them.
export const dynamic = 'force-dynamic';

// Made on the first request, not when this module loads: `next build` loads it to read the exports
// above, and must not write a secret, open a database or start worker threads while it builds.
let app: Promise<App> | undefined;
function youthchat(): Promise<App> {
  app ??= createAppFromConfig(loadServerConfig()).catch((error: unknown) => {
    app = undefined; // A database that was down: the next request tries again.
    throw error;
  });
  return app;
}

async function handler(request: Request): Promise<Response> {
  return (await youthchat()).handler(request);
}

export const GET = handler;
export const POST = handler;
export const DELETE = handler;
