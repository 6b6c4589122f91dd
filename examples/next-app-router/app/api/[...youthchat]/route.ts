// Next.js App Router: every youthchat route under /api, in one catch-all route handler.
// Configure with the same environment as youthchat-server (YOUTHCHAT_SECRET, DATABASE_URL, OPENAI_API_KEY, …).
import { createAppFromConfig, loadServerConfig } from '@youthchat/server/node';

// Stores and native modules need Node, not the edge runtime.
export const runtime = 'nodejs';
// Answers depend on the age cookie: never cache them.
export const dynamic = 'force-dynamic';

const app = await createAppFromConfig(loadServerConfig());

export const GET = app.handler;
export const POST = app.handler;
export const DELETE = app.handler;
