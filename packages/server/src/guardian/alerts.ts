import { formatMessage } from '@youthchat/core';
import { createEscalationDelivery, type EscalationDelivery } from '../escalation/delivery.js';
import { keyedHash } from '../escalation/hash.js';
import { EVENT_ID_HEADER, SIGNATURE_HEADER } from '../escalation/signature.js';
import type { EscalationEvent, EscalationHook } from '../escalation/types.js';
import { alertTopic, guardianMail } from './mail-messages.js';
import type { GuardianMailer } from './mailer.js';
import type { GuardianStore } from './types.js';

/** The pseudo-address the outbox worker "posts" to: the guardian mail transport below. */
const MAIL_TRANSPORT_URL = 'https://guardian-mail.youthchat.invalid/alerts';

/** Mail header holding the signed alert body, base64url: verify it with `verifyEscalationSignature`. */
export const ALERT_HEADER = 'x-youthchat-alert';

/** Key that signs guardian alerts, derived from the server's secret (or given). */
export function guardianAlertKey(secret: string | Uint8Array): string {
  return keyedHash(secret, 'guardian-alerts', 'youthchat-guardian-alert-signing');
}

/**
 * The alert a guardian gets for an escalation: category, severity, band and
 * time, addressed to the link. Never the text, whatever the policy says.
 */
export function guardianAlertEvent(event: EscalationEvent, linkId: string): EscalationEvent {
  return {
    id: `guardian_${event.id}`,
    source: event.source,
    category: event.category,
    severity: event.severity,
    band: event.band,
    subject: linkId,
    createdAt: event.createdAt,
  };
}

/**
 * Queues an alert for the teen's guardian when an escalation is high
 * severity, the teen is linked and alerts are on. The alert goes to the
 * guardian store's durable outbox and is delivered (signed, retried with
 * backoff) by the escalation delivery worker.
 */
export function guardianAlertHook(
  store: GuardianStore,
  options: { delivery?: EscalationDelivery; now?: () => number } = {},
): EscalationHook {
  const now = options.now ?? Date.now;
  return async (event) => {
    if (event.severity !== 'high') return;
    const link = await store.linkBySubject(event.subject);
    if (link?.status !== 'linked' || !link.settings.alerts) return;
    await store.enqueueEscalation(guardianAlertEvent(event, link.id), now());
    await store.recordAlert(link.id, now());
    options.delivery?.kick();
  };
}

/**
 * The escalation delivery worker over the guardian outbox, with mail as its
 * transport: the signed JSON body (HMAC-SHA256, as the webhook's) goes in the
 * `X-Youthchat-Alert` header and its signature in `X-Youthchat-Signature`.
 */
export function createGuardianAlertDelivery(options: {
  store: GuardianStore;
  mailer: GuardianMailer;
  secret: string;
  /** Where a guardian changes their settings (the settings page), named in every alert. */
  settingsUrl: string;
  retryBaseMs?: number;
  pollMs?: number;
  now?: () => number;
}): EscalationDelivery {
  const transport: typeof fetch = async (_url, init) => {
    const body = String(init?.body ?? '');
    const headers = new Headers(init?.headers);
    const { event } = JSON.parse(body) as { event: EscalationEvent };
    const byId = await options.store.linkById(event.subject);
    // Unlinked since it was queued: nothing to send, and nobody to send it to.
    if (byId?.status !== 'linked' || !byId.settings.alerts) return new Response(null, { status: 204 });
    const t = guardianMail(byId.guardianLocale);
    const topic = t.topics[alertTopic(event.category)];
    const time = new Intl.DateTimeFormat(byId.guardianLocale, {
      dateStyle: 'long',
      timeStyle: 'short',
      timeZone: byId.settings.timeZone,
    }).format(new Date(event.createdAt));
    await options.mailer.send({
      to: byId.guardianEmail,
      subject: t.alertSubject,
      text: formatMessage(t.alertBody, {
        topic: topic.name,
        severity: event.severity === 'high' ? t.severityHigh : event.severity,
        time,
        steps: topic.steps,
        settings: options.settingsUrl,
      }),
      headers: {
        // The signed body itself (no message text in it), so a receiver can check the signature.
        [ALERT_HEADER]: Buffer.from(body).toString('base64url'),
        [SIGNATURE_HEADER]: headers.get(SIGNATURE_HEADER) ?? '',
        [EVENT_ID_HEADER]: event.id,
      },
    });
    return new Response(null, { status: 204 });
  };
  return createEscalationDelivery({
    store: options.store,
    url: MAIL_TRANSPORT_URL,
    secret: options.secret,
    fetch: transport,
    ...(options.retryBaseMs !== undefined ? { retryBaseMs: options.retryBaseMs } : {}),
    ...(options.pollMs !== undefined ? { pollMs: options.pollMs } : {}),
    ...(options.now ? { now: options.now } : {}),
    log: (entry) => {
      if (entry.outcome === 'failed' && (entry.attempt & (entry.attempt - 1)) === 0) {
        console.warn(
          `[youthchat] guardian alert ${entry.eventId} attempt ${entry.attempt} failed (${entry.error ?? entry.status ?? 'error'})`,
        );
      }
    },
  });
}
