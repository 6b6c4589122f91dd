import type { Policy } from '@youthchat/core';
import type { SafetyEngine } from '../chat/engine.js';
import { createChatFromConfig } from '../chat/from-config.js';
import { createConsentFromConfig } from '../consent/from-config.js';
import { composeEscalationHooks } from '../escalation/compose.js';
import type { EscalationHook } from '../escalation/types.js';
import { createGuardiansFromConfig } from '../guardian/from-config.js';
import { createRateLimitStoreFromConfig } from '../limits/from-config.js';
import { createMailerFromConfig } from '../mail/from-config.js';
import type { Mailer } from '../mail/types.js';
import { createReportingFromConfig } from '../reports/from-config.js';
import { createModerationHandler } from '../risk/handler.js';
import { createYouthchatHandler, type Handler } from '../router.js';
import { type AppAgeOptions, appAgeOptions } from './app-age.js';
import type { ServerConfig } from './config.js';
import { createEnginePool } from './engine-pool.js';
import { engineScrub } from './report-scrub.js';

export interface App {
  handler: Handler;
  /** Lines for the start-up message: what is on and what is not. */
  notes: string[];
  /** Sends an escalation to the report store's durable outbox (and on to the webhook, when configured). */
  escalate: EscalationHook;
  /** Where mail to parents and guardians goes (SMTP_URL, or `.eml` files in `mailDir`). */
  mailer: Mailer;
  /** The `.eml` mailbox folder when there is no SMTP_URL (for the demo's mailbox). */
  mailDir?: string;
  /** Releases stores, timers and connections. */
  close(): Promise<void>;
}

export interface AppOptions extends AppAgeOptions {
  /** The per-band policy (`definePolicy`), the same one the React provider gets. @default DEFAULT_POLICY */
  policy?: Policy;
  /**
   * Where scrubbing and screening run. @default a pool of worker threads
   * (`createEnginePool` with `config.engine`), started before the app is returned
   */
  engine?: SafetyEngine;
}

/**
 * Builds every route from a config: what `youthchat-server` and the demo run.
 *
 * @example
 * const app = await createAppFromConfig(loadServerConfig(), { policy });
 */
export async function createAppFromConfig(config: ServerConfig, options: AppOptions = {}): Promise<App> {
  const policy = options.policy ? { policy: options.policy } : {};
  const notes: string[] = [];
  const closers: (() => Promise<void> | void)[] = [];
  const routes: Record<string, Handler> = {};
  notes.push(
    config.secretSource === 'generated'
      ? `age tokens: signed with a new secret written to ${config.dataDir}/secret`
      : `age tokens: signed with the secret from ${config.secretSource === 'environment' ? 'YOUTHCHAT_SECRET' : `${config.dataDir}/secret`}`,
  );
  // One store for every limit, so each holds across the instances sharing the database.
  const rateLimitStore = await createRateLimitStoreFromConfig(config);
  closers.push(() => rateLimitStore.close());
  notes.push(
    rateLimitStore.kind === 'postgres'
      ? 'rate limits: counted in PostgreSQL, across every instance on the database'
      : 'rate limits: counted in the SQLite file, across the processes that open it',
  );
  notes.push(
    config.trustProxy === undefined
      ? "client addresses: the socket's; X-Forwarded-For is ignored (set YOUTHCHAT_TRUST_PROXY behind a proxy)"
      : `client addresses: from X-Forwarded-For, trusting ${typeof config.trustProxy === 'number' ? `${config.trustProxy} proxy hop(s)` : config.trustProxy.join(', ')}`,
  );
  const mail = createMailerFromConfig({ ...config.mail, dataDir: config.dataDir });
  closers.push(() => mail.mailer.close());
  notes.push(...mail.notes);
  let engine = options.engine;
  if (!engine) {
    const pool = createEnginePool(config.engine);
    closers.push(() => pool.close());
    try {
      await pool.ready();
    } catch (error) {
      for (const close of closers.reverse()) await close();
      throw error;
    }
    engine = pool;
    notes.push(`safety engine: ${pool.threads} worker threads, ${pool.timeoutMs} ms per job`);
  }
  // Reports are scrubbed on the engine's threads too, so a long report never holds the event loop; a short text
  // the pool scrubs on the spot, within its inline budget (see `scrubNow` in engine-pool.ts).
  const reporting = await createReportingFromConfig(config, { ...policy, rateLimitStore, scrub: engineScrub(engine) });
  routes['/reports'] = reporting.route;
  routes['/moderation'] = createModerationHandler({
    store: reporting.store,
    ...policy,
    rateLimitStore,
    ...(config.moderatorToken ? { moderatorToken: config.moderatorToken } : {}),
  });
  notes.push(...reporting.notes);
  closers.push(() => reporting.close());
  const guardians = await createGuardiansFromConfig(config, {
    mailer: mail.mailer,
    rateLimitStore,
    revocations: reporting.store,
  });
  routes['/guardian'] = guardians.route;
  notes.push(...guardians.notes);
  closers.push(() => guardians.close());
  const consent = await createConsentFromConfig(config, {
    mailer: mail.mailer,
    reports: reporting.store,
    rateLimitStore,
  });
  routes['/consent'] = consent.requests;
  routes['/parent'] = consent.parent;
  notes.push(...consent.notes);
  closers.push(() => consent.close());
  const age = appAgeOptions(config, options);
  notes.push(...age.notes);
  const chat = createChatFromConfig(config, {
    ...policy,
    engine,
    onEscalation: composeEscalationHooks(reporting.escalate, guardians.escalate),
    gates: [...age.gates, guardians.gate],
    records: reporting.store,
    rateLimitStore,
    revocations: reporting.store,
    consent: consent.lookup,
  });
  routes['/chat'] = chat.route;
  notes.push(...chat.notes);
  const handler = createYouthchatHandler({
    secret: config.secret,
    routes,
    age: {
      rateLimitPerMinute: config.ageLimitPerAddress,
      rateLimitStore,
      secureCookies: config.secureCookies,
      revocations: reporting.store,
      consent: consent.lookup,
      ...(config.ageResetToken ? { resetToken: config.ageResetToken } : {}),
      ...(age.verifiers.length ? { verifiers: age.verifiers } : {}),
    },
  });
  notes.push(
    config.ageResetToken
      ? 'age reset: on (DELETE /api/age with YOUTHCHAT_AGE_RESET_TOKEN, from the app server only)'
      : 'age reset: off (set YOUTHCHAT_AGE_RESET_TOKEN for the app server to reset an answer)',
  );
  return {
    handler,
    notes,
    escalate: reporting.escalate,
    mailer: mail.mailer,
    ...(mail.mailDir !== undefined ? { mailDir: mail.mailDir } : {}),
    async close() {
      for (const close of closers.reverse()) await close();
    },
  };
}
