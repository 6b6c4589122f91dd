import { createHmac, timingSafeEqual } from 'node:crypto';

/** Header carrying `t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<body>">`. */
export const SIGNATURE_HEADER = 'x-youthchat-signature';
/** Header carrying the event id (also in the body), for de-duplicating at the receiver. */
export const EVENT_ID_HEADER = 'x-youthchat-event-id';
/** Header carrying the delivery attempt, 1 for the first. */
export const ATTEMPT_HEADER = 'x-youthchat-delivery-attempt';
/** Signatures older than this are refused by default, against replays. */
export const DEFAULT_SIGNATURE_TOLERANCE_SECONDS = 300;

/**
 * Signs a webhook body: the HMAC-SHA256, keyed with the webhook secret, of
 * the timestamp, a dot and the exact body bytes.
 *
 * @example
 * const header = signEscalation(body, secret); // 't=1767225600,v1=5d41…'
 */
export function signEscalation(body: string, secret: string, timestampSeconds = Math.floor(Date.now() / 1000)): string {
  // An HMAC under an empty key is one anybody can compute.
  if (!secret) throw new Error('An escalation signature needs a secret; set ESCALATION_WEBHOOK_SECRET.');
  const mac = createHmac('sha256', secret).update(`${timestampSeconds}.${body}`).digest('hex');
  return `t=${timestampSeconds},v1=${mac}`;
}

export interface VerifyEscalationOptions {
  /** The raw body, exactly as received (before any JSON parsing). */
  body: string;
  /** The `x-youthchat-signature` header. */
  signature: string | null | undefined;
  /** The webhook secret. An empty one verifies nothing. */
  secret: string;
  /** Largest accepted age of the timestamp, either way. @default 300 */
  toleranceSeconds?: number;
  now?: Date;
}

/**
 * Checks a delivery's signature and that it is recent. Receivers should also
 * drop event ids they have already handled: delivery is at least once.
 *
 * @example
 * if (!verifyEscalationSignature({ body: rawBody, signature: req.headers['x-youthchat-signature'], secret })) {
 *   return res.status(401).end();
 * }
 */
export function verifyEscalationSignature(options: VerifyEscalationOptions): boolean {
  const header = options.signature;
  // Anybody can sign with an empty key; a receiver whose secret did not load must not accept every delivery.
  if (!options.secret || !header || header.length > 1024) return false;
  let timestamp: number | undefined;
  const macs: string[] = [];
  for (const part of header.split(',')) {
    const [key, value] = part.trim().split('=', 2);
    if (key === 't' && value && /^\d{1,12}$/.test(value)) timestamp = Number(value);
    else if (key === 'v1' && value && /^[0-9a-f]{64}$/.test(value)) macs.push(value);
  }
  if (timestamp === undefined || macs.length === 0) return false;
  const nowSeconds = Math.floor((options.now ?? new Date()).getTime() / 1000);
  if (Math.abs(nowSeconds - timestamp) > (options.toleranceSeconds ?? DEFAULT_SIGNATURE_TOLERANCE_SECONDS))
    return false;
  const expected = createHmac('sha256', options.secret).update(`${timestamp}.${options.body}`).digest();
  // Several v1 values are allowed so a secret can be rotated without a gap.
  return macs.some((mac) => timingSafeEqual(Buffer.from(mac, 'hex'), expected));
}
