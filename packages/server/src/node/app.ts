import { createChatFromConfig } from '../chat/from-config.js';
import type { EscalationHook } from '../escalation/types.js';
import { createReportingFromConfig } from '../reports/from-config.js';
import { createYouthchatHandler, type Handler } from '../router.js';
import type { ServerConfig } from './config.js';

export interface App {
  handler: Handler;
  /** Lines for the start-up message: what is on and what is not. */
  notes: string[];
  /** Sends an escalation to the report store's durable outbox (and on to the webhook, when configured). */
  escalate: EscalationHook;
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
  const reporting = await createReportingFromConfig(config);
  routes['/reports'] = reporting.route;
  notes.push(...reporting.notes);
  closers.push(() => reporting.close());
  const chat = createChatFromConfig(config, { onEscalation: reporting.escalate });
  routes['/chat'] = chat.route;
  notes.push(...chat.notes);
  const handler = createYouthchatHandler({
    secret: config.secret,
    routes,
    age: { rateLimitPerMinute: config.ageLimitPerAddress },
  });
  return {
    handler,
    notes,
    escalate: reporting.escalate,
    async close() {
      for (const close of closers.reverse()) await close();
    },
  };
}
