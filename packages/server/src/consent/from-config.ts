import type { RateLimitStore } from '../limits/types.js';
import type { Mailer } from '../mail/types.js';
import type { ServerConfig } from '../node/config.js';
import type { ReportStore } from '../reports/types.js';
import { type ChildDataHolder, type Consent, createConsent } from './handler.js';
import { postgresConsentStore, sqliteConsentStore } from './store.js';
import { type ConsentVerifier, createEmailPlusVerifier, createJwksVerifier } from './verifiers.js';

export interface ConsentFromConfig extends Consent {
  notes: string[];
  close(): Promise<void>;
}

const CONFIRM_EVERY_MS = 60_000;
const PURGE_EVERY_MS = 60 * 60_000;

/**
 * The consent routes `youthchat-server` mounts: a store beside the reports
 * (same database), the configured mailer, email plus and, with
 * `YOUTHCHAT_CONSENT_JWKS_URL`, the vendor method; confirmations sent every
 * minute and a purge every hour (and at start).
 */
export async function createConsentFromConfig(
  config: ServerConfig,
  parts: {
    mailer: Mailer;
    reports: ReportStore;
    rateLimitStore?: RateLimitStore;
    verifiers?: ConsentVerifier[];
    dataHolders?: ChildDataHolder[];
  },
): Promise<ConsentFromConfig> {
  const postgres = /^postgres(ql)?:\/\//.test(config.databaseUrl);
  let store: Awaited<ReturnType<typeof sqliteConsentStore>>;
  if (postgres) {
    const url = new URL(config.databaseUrl);
    const schema = url.searchParams.get('schema');
    url.searchParams.delete('schema');
    store = await postgresConsentStore({ connectionString: url.toString(), ...(schema ? { schema } : {}) });
  } else {
    store = await sqliteConsentStore({ filename: config.databaseUrl, driver: config.sqliteDriver });
  }
  const vendor = config.consent.vendor;
  const verifiers = parts.verifiers ?? [
    createEmailPlusVerifier(),
    ...(vendor ? [createJwksVerifier({ jwks: vendor.jwksUrl, issuer: vendor.issuer, audience: vendor.audience })] : []),
  ];
  const consent = createConsent({
    secret: config.secret,
    store,
    mailer: parts.mailer,
    publicUrl: config.publicUrl,
    reports: parts.reports,
    revocations: parts.reports,
    verifiers,
    service: { name: config.consent.serviceName ?? 'youthchat' },
    ...(config.consent.requestDays !== undefined ? { requestDays: config.consent.requestDays } : {}),
    ...(config.consent.confirmDelayHours !== undefined ? { confirmDelayHours: config.consent.confirmDelayHours } : {}),
    ...(config.reports.retentionDays !== undefined ? { reportRetentionDays: config.reports.retentionDays } : {}),
    ...(parts.rateLimitStore ? { rateLimitStore: parts.rateLimitStore } : {}),
    ...(parts.dataHolders ? { dataHolders: parts.dataHolders } : {}),
    allowedOrigins: config.allowedOrigins,
  });
  const quietly = (what: string, work: () => Promise<unknown>) => () =>
    void work().catch((error: unknown) => {
      console.error(`[youthchat] consent ${what} failed: ${error instanceof Error ? error.name : 'error'}`);
    });
  const confirm = quietly('confirmation mail', () => consent.sendDueConfirmations());
  const purge = quietly('purge', () => consent.purge());
  purge();
  const confirmTimer = setInterval(confirm, CONFIRM_EVERY_MS);
  confirmTimer.unref();
  const purgeTimer = setInterval(purge, PURGE_EVERY_MS);
  purgeTimer.unref();
  const notes = [
    `parental consent: links to ${config.publicUrl}/parent/consent/…, methods ${verifiers.map((v) => v.id).join(', ')}${vendor ? '' : ' (set YOUTHCHAT_CONSENT_JWKS_URL for a vendor check, needed to share with the model provider)'}`,
  ];
  return {
    ...consent,
    notes,
    async close() {
      clearInterval(confirmTimer);
      clearInterval(purgeTimer);
      await store.close();
    },
  };
}
