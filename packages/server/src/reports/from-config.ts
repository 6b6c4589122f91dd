import type { Policy } from '@youthchat/core';
import {
  createEscalationDelivery,
  type EscalationDelivery,
  type EscalationDeliveryOptions,
  outboxEscalationHook,
} from '../escalation/delivery.js';
import type { EscalationHook } from '../escalation/types.js';
import type { RateLimitStore } from '../limits/types.js';
import type { ServerConfig } from '../node/config.js';
import { createReportsHandler, type ReportsHandlerOptions, type ReportsRateLimits } from './handler.js';
import { postgresReportStore } from './postgres.js';
import { purgeReports, type RetentionOptions } from './retention.js';
import { sqliteReportStore } from './sqlite.js';
import type { ReportStore } from './types.js';

/** Everything the server needs for reports: the route, the escalation hook, and what to close. */
export interface Reporting {
  /** Mount at `routes['/reports']`. */
  route: (request: Request) => Promise<Response>;
  /** Puts an escalation in the durable outbox and wakes delivery (for the chat handler). */
  escalate: EscalationHook;
  store: ReportStore;
  /** The webhook worker, when a webhook and its secret are configured. */
  delivery: EscalationDelivery | undefined;
  notes: string[];
  close(): Promise<void>;
}

export interface ReportingOverrides {
  policy?: Policy;
  rateLimits?: ReportsRateLimits;
  /** Where the report limits count. @default in memory */
  rateLimitStore?: RateLimitStore;
  retention?: RetentionOptions;
  delivery?: Partial<Omit<EscalationDeliveryOptions, 'store' | 'url' | 'secret'>>;
  /** Scrubs a minor's report text (the app passes its safety engine's threads). @default `scrubPII` in this thread */
  scrub?: ReportsHandlerOptions['scrub'];
}

const PURGE_EVERY_MS = 6 * 60 * 60 * 1000;
const TEN_MINUTES = 10 * 60_000;

/** A `?schema=name` on the URL picks the schema (as Prisma's URLs do); pg itself never sees it. */
function postgresOptions(url: string): { connectionString: string; schema?: string } {
  const parsed = new URL(url);
  const schema = parsed.searchParams.get('schema');
  if (!schema) return { connectionString: url };
  parsed.searchParams.delete('schema');
  return { connectionString: parsed.toString(), schema };
}

/** Where the store is, without credentials, for the start-up message. */
function describeDatabase(url: string): string {
  if (!/^postgres(ql)?:\/\//.test(url)) return `SQLite file ${url}`;
  try {
    const parsed = new URL(url);
    const schema = parsed.searchParams.get('schema');
    return `PostgreSQL at ${parsed.host}${parsed.pathname}${schema ? ` (schema ${schema})` : ''}`;
  } catch {
    return 'PostgreSQL';
  }
}

/** The report store named by `DATABASE_URL` (PostgreSQL for `postgres://` URLs, otherwise a SQLite file), alone. */
export async function openReportStore(
  config: Pick<ServerConfig, 'databaseUrl'> & { sqliteDriver?: ServerConfig['sqliteDriver'] },
): Promise<ReportStore> {
  return /^postgres(ql)?:\/\//.test(config.databaseUrl)
    ? postgresReportStore(postgresOptions(config.databaseUrl))
    : sqliteReportStore({ filename: config.databaseUrl, driver: config.sqliteDriver ?? 'auto', shareConnection: true });
}

/**
 * Opens the report store named by `DATABASE_URL` (PostgreSQL for `postgres://`
 * URLs, otherwise a SQLite file), the report route, the escalation outbox and
 * its webhook worker, and a purge every six hours.
 *
 * Retention and limits come from `config.reports` (`YOUTHCHAT_REPORT_RETENTION_DAYS`,
 * default 365, and `YOUTHCHAT_REPORT_PENDING_MAX_DAYS` for reports nobody has
 * decided, default 365; `YOUTHCHAT_REPORT_LIMIT_PER_ADDRESS`, default 60, and
 * `YOUTHCHAT_REPORT_LIMIT_PER_TOKEN`, default 20, both per ten minutes).
 */
export async function createReportingFromConfig(
  config: ServerConfig,
  overrides: ReportingOverrides = {},
): Promise<Reporting> {
  const notes: string[] = [];
  const { retentionDays, pendingMaxDays, limitPerAddress: perAddress, limitPerToken: perToken } = config.reports;
  const retention: RetentionOptions = {
    ...(retentionDays !== undefined ? { reportDays: retentionDays } : {}),
    ...(pendingMaxDays !== undefined ? { pendingMaxDays } : {}),
    ...overrides.retention,
  };
  const rateLimits: ReportsRateLimits = {
    ...(perAddress !== undefined ? { perAddress: { limit: perAddress, windowMs: TEN_MINUTES } } : {}),
    ...(perToken !== undefined ? { perToken: { limit: perToken, windowMs: TEN_MINUTES } } : {}),
    ...overrides.rateLimits,
  };

  const store = await openReportStore(config);
  notes.push(`reports: stored in ${describeDatabase(config.databaseUrl)}`);

  let delivery: EscalationDelivery | undefined;
  const webhook = config.escalationWebhook;
  if (webhook?.secret) {
    delivery = createEscalationDelivery({ ...overrides.delivery, store, url: webhook.url, secret: webhook.secret });
    delivery.start();
    notes.push(`escalations: delivered to ${new URL(webhook.url).origin}, HMAC-SHA256 signed`);
  } else if (webhook) {
    notes.push('escalations: ESCALATION_WEBHOOK_SECRET is not set, so nothing is sent unsigned; kept in the outbox');
  } else {
    notes.push("escalations: kept in the store's outbox (set ESCALATION_WEBHOOK_URL and ESCALATION_WEBHOOK_SECRET)");
  }
  if (!config.moderatorToken) notes.push('moderator routes: off (set MODERATOR_TOKEN)');
  else if (config.moderatorToken.length < 24)
    notes.push('moderator routes: on, but MODERATOR_TOKEN is short; use 24+ random characters');
  else notes.push('moderator routes: on');

  const route = createReportsHandler({
    store,
    secret: config.secret,
    ...(config.moderatorToken ? { moderatorToken: config.moderatorToken } : {}),
    allowedOrigins: config.allowedOrigins,
    rateLimits,
    ...(overrides.rateLimitStore ? { rateLimitStore: overrides.rateLimitStore } : {}),
    retention,
    ...(overrides.policy ? { policy: overrides.policy } : {}),
    onEscalation: () => delivery?.kick(),
    ...(overrides.scrub ? { scrub: overrides.scrub } : {}),
  });

  const purge = () =>
    purgeReports(store, retention).catch((error: unknown) => {
      console.error(`[youthchat] report purge failed: ${error instanceof Error ? error.name : 'error'}`);
    });
  void purge();
  const purgeTimer = setInterval(purge, PURGE_EVERY_MS);
  purgeTimer.unref();

  return {
    route,
    escalate: outboxEscalationHook(store, delivery ? { delivery } : {}),
    store,
    delivery,
    notes,
    async close() {
      clearInterval(purgeTimer);
      await delivery?.stop();
      await store.close();
    },
  };
}
