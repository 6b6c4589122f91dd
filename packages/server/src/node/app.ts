import { createYouthchatHandler, type Handler } from '../router.js';
import type { ServerConfig } from './config.js';

export interface App {
  handler: Handler;
  /** Lines for the start-up message: what is on and what is not. */
  notes: string[];
  /** Releases stores, timers and connections. */
  close(): Promise<void>;
}

/** Builds every route from a config: what `youthchat-server` and the demo run. */
export async function createAppFromConfig(config: ServerConfig): Promise<App> {
  const notes: string[] = [];
  const closers: (() => Promise<void> | void)[] = [];
  const routes: Record<string, Handler> = {};
  notes.push(
    config.secretSource === 'generated'
      ? `age tokens: signed with a new secret written to ${config.dataDir}/secret`
      : `age tokens: signed with the secret from ${config.secretSource === 'environment' ? 'YOUTHCHAT_SECRET' : `${config.dataDir}/secret`}`,
  );
  const handler = createYouthchatHandler({ secret: config.secret, routes });
  return {
    handler,
    notes,
    async close() {
      for (const close of closers.reverse()) await close();
    },
  };
}
