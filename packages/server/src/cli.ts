#!/usr/bin/env node
import { serve } from './node/adapter.js';
import { createAppFromConfig } from './node/app.js';
import { ConfigError, loadServerConfig } from './node/config.js';
import { runCountsCommand } from './node/counts-command.js';
import { withStaticFiles } from './node/static.js';

async function main(): Promise<void> {
  // `youthchat-server counts …` exports the counts for regulators and exits.
  if (process.argv[2] === 'counts') {
    try {
      process.exitCode = await runCountsCommand(process.argv.slice(3), () => loadServerConfig());
    } catch (error) {
      console.error(`youthchat-server counts: ${error instanceof Error ? error.message : String(error)}`);
      process.exitCode = error instanceof ConfigError ? 2 : 1;
    }
    return;
  }
  let config: ReturnType<typeof loadServerConfig>;
  try {
    config = loadServerConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(`youthchat-server: ${error.message}`);
      process.exit(2);
    }
    throw error;
  }
  const app = await createAppFromConfig(config);
  const handler = config.staticDir ? withStaticFiles(app.handler, config.staticDir) : app.handler;
  const running = await serve(handler, {
    port: config.port,
    hostname: config.host,
    maxConnections: config.maxConnections,
    ...(config.trustProxy !== undefined ? { trustProxy: config.trustProxy } : {}),
  });
  // One write, so a process reading the banner through a pipe gets it whole.
  const banner = [`youthchat-server listening on ${running.url}`, ...app.notes.map((note) => `  ${note}`)];
  if (config.staticDir) banner.push(`  app: the files in ${config.staticDir}, beside /api`);
  process.stdout.write(`${banner.join('\n')}\n`);

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`youthchat-server: ${signal} received, shutting down`);
    const force = setTimeout(() => process.exit(1), 10_000);
    force.unref();
    await running.close();
    await app.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

main().catch((error: unknown) => {
  console.error('youthchat-server failed to start:', error instanceof Error ? error.message : error);
  process.exit(1);
});
