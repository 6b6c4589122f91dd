import type { AgeTokenDenyList } from '../age/token.js';
import type { ChatGate } from '../chat/gate.js';
import type { EscalationDelivery } from '../escalation/delivery.js';
import type { EscalationHook } from '../escalation/types.js';
import type { RateLimitStore } from '../limits/types.js';
import type { ServerConfig } from '../node/config.js';
import { createGuardianAlertDelivery, guardianAlertHook, guardianAlertKey } from './alerts.js';
import { guardianChatGate } from './gate.js';
import { createGuardianHandler } from './handler.js';
import type { GuardianMailer } from './mailer.js';
import { postgresGuardianStore, sqliteGuardianStore } from './store.js';
import type { GuardianStore } from './types.js';

/** Everything the server needs for guardian links. */
export interface Guardians {
  /** Mount at `routes['/guardian']`. */
  route: (request: Request) => Promise<Response>;
  /** Quiet hours and the time limit, for the chat handler's `gates`. */
  gate: ChatGate;
  /** Queues guardian alerts for high-severity escalations; compose it with the report outbox's hook. */
  escalate: EscalationHook;
  store: GuardianStore;
  delivery: EscalationDelivery;
  notes: string[];
  close(): Promise<void>;
}

const HOUR = 3_600_000;

/**
 * Opens the guardian store in the database `DATABASE_URL` names (its own
 * tables), the `/guardian` routes, the chat gate and the alert worker, which
 * mails signed alerts through `mailer`. Links are confirmed on
 * `<YOUTHCHAT_PUBLIC_URL>/guardian?guardian=<token>`.
 */
export async function createGuardiansFromConfig(
  config: ServerConfig,
  options: {
    mailer: GuardianMailer;
    rateLimitStore?: RateLimitStore;
    revocations?: AgeTokenDenyList;
    /** Where the app mounts `GuardianSettings`. @default `${publicUrl}/guardian` */
    guardianPageUrl?: string;
  },
): Promise<Guardians> {
  const postgres = /^postgres(ql)?:\/\//.test(config.databaseUrl);
  let store: GuardianStore;
  if (postgres) {
    const url = new URL(config.databaseUrl);
    const schema = url.searchParams.get('schema');
    url.searchParams.delete('schema');
    store = await postgresGuardianStore({ connectionString: url.toString(), ...(schema ? { schema } : {}) });
  } else {
    store = await sqliteGuardianStore({ filename: config.databaseUrl, driver: config.sqliteDriver ?? 'auto' });
  }
  const publicUrl = config.publicUrl.replace(/\/$/, '');
  const guardianPageUrl = options.guardianPageUrl ?? `${publicUrl}/guardian`;
  const delivery = createGuardianAlertDelivery({
    store,
    mailer: options.mailer,
    secret: guardianAlertKey(config.secret),
    settingsUrl: guardianPageUrl,
  });
  delivery.start();
  const route = createGuardianHandler({
    store,
    secret: config.secret,
    mailer: options.mailer,
    guardianPageUrl,
    allowedOrigins: config.allowedOrigins,
    ...(options.rateLimitStore ? { rateLimitStore: options.rateLimitStore } : {}),
    ...(options.revocations ? { revocations: options.revocations } : {}),
  });
  const purge = () =>
    store.purge(Date.now()).catch((error: unknown) => {
      console.error(`[youthchat] guardian purge failed: ${error instanceof Error ? error.name : 'error'}`);
    });
  void purge();
  const timer = setInterval(purge, HOUR);
  timer.unref();
  return {
    route,
    gate: guardianChatGate(store),
    escalate: guardianAlertHook(store, { delivery }),
    store,
    delivery,
    notes: [`guardian links: on; confirmation links open ${guardianPageUrl}`],
    async close() {
      clearInterval(timer);
      await delivery.stop();
      await store.close();
    },
  };
}
