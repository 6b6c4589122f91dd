import { createHash, randomBytes } from 'node:crypto';
import { formatMessage } from '@youthchat/core';
import { z } from 'zod';
import { type AgeTokenDenyList, verifyAgeToken } from '../age/token.js';
import { keyedHash } from '../escalation/hash.js';
import { readJsonObject } from '../http/body.js';
import { HttpError } from '../http/errors.js';
import { acceptsLightRequests } from '../http/light-request.js';
import { checkOrigin } from '../http/origin.js';
import { clientAddress, createRateLimiter } from '../http/rate-limit.js';
import { errorResponse, jsonResponse, withErrors } from '../http/response.js';
import { validateBody } from '../http/validate.js';
import type { RateLimitStore } from '../limits/types.js';
import { isTimeZone, wallClock } from './clock.js';
import { guardianMail } from './mail-messages.js';
import type { GuardianMailer } from './mailer.js';
import { DEFAULT_GUARDIAN_SETTINGS, type GuardianLink, type GuardianSettings, type GuardianStore } from './types.js';

export interface GuardianHandlerOptions {
  store: GuardianStore;
  /** Key the age tokens are signed with. */
  secret: string | Uint8Array;
  /** Key of the escalation subjects (the chat handler's `hashKey`). @default secret */
  hashKey?: string | Uint8Array;
  mailer: GuardianMailer;
  /**
   * The page the app mounts `GuardianSettings` on, e.g. `https://app.example/guardian`.
   * The confirmation link is this with `?guardian=<token>`; it comes from
   * configuration (`YOUTHCHAT_PUBLIC_URL`), never from a request's Host header.
   */
  guardianPageUrl: string;
  /** How long a confirmation link works. @default 72 hours */
  confirmTtlMs?: number;
  revocations?: AgeTokenDenyList;
  allowedOrigins?: string[];
  rateLimitStore?: RateLimitStore;
  now?: () => Date;
}

const HHMM = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be a time written HH:MM (24-hour), like "21:30"');
const LOCALE = z
  .string()
  .max(35)
  .regex(/^[A-Za-z]{2,3}([-_][A-Za-z0-9]{1,8})*$/, 'must be a language tag like "en" or "es-MX"');

const requestSchema = z.object({
  guardianEmail: z.string().trim().max(254).email('must be an email address'),
  /** The guardian's language for the message; the teen's app usually knows it best. */
  guardianLocale: LOCALE.optional(),
});

const settingsSchema = z
  .object({
    alerts: z.boolean({ error: 'must be true or false' }).optional(),
    quietHours: z.object({ start: HHMM, end: HHMM }).nullable().optional(),
    dailyLimitMinutes: z.number().int('must be a whole number').min(15).max(1440).nullable().optional(),
    timeZone: z.string().max(64).refine(isTimeZone, 'must be an IANA time zone, like "Europe/Berlin"').optional(),
  })
  .strict();

const confirmSchema = z.object({
  timeZone: z.string().max(64).refine(isTimeZone, 'must be an IANA time zone, like "Europe/Berlin"').optional(),
  locale: LOCALE.optional(),
});

const TOKEN = /^[A-Za-z0-9_-]{43}$/;
const hashOf = (token: string) => createHash('sha256').update(token).digest('hex');
const newToken = () => randomBytes(32).toString('base64url');

/** What the guardian sees of a link: settings, time used today, the last alert. Never the teen's messages. */
function guardianView(link: GuardianLink, usedSeconds: number) {
  return {
    status: link.status,
    band: link.band,
    linkedAt: link.linkedAt !== null ? new Date(link.linkedAt).toISOString() : null,
    settings: link.settings,
    usedMinutesToday: Math.floor(usedSeconds / 60),
    lastAlertAt: link.lastAlertAt !== null ? new Date(link.lastAlertAt).toISOString() : null,
  };
}

/**
 * The guardian routes, under `/api/guardian`:
 * - `GET` (teen's age token): whether a guardian is linked, the settings and time left, the last alert;
 * - `POST { guardianEmail }` (teen, 13–17): mails the guardian a single-use confirmation link → 202;
 * - `DELETE` (teen): withdraws a request not yet confirmed;
 * - `GET /confirm/:token`: what linking means, for the page the link opens;
 * - `POST /confirm/:token`: links, once; answers the guardian's settings credential;
 * - `GET|PUT|DELETE /settings` (`Authorization: Bearer <credential>`): read, change, or unlink.
 */
export function createGuardianHandler(options: GuardianHandlerOptions): (request: Request) => Promise<Response> {
  const { store } = options;
  const now = options.now ?? (() => new Date());
  const hashKey = options.hashKey ?? options.secret;
  const ttl = options.confirmTtlMs ?? 72 * 3_600_000;
  const limits = options.rateLimitStore ? { store: options.rateLimitStore } : {};
  const perSession = createRateLimiter({ limit: 5, windowMs: 3_600_000, name: 'guardian:request', ...limits });
  const perAddress = createRateLimiter({ limit: 60, windowMs: 60_000, name: 'guardian:address', ...limits });
  // Mail goes to an address someone typed: few per address an hour, so the route cannot be used to flood an inbox.
  const mailsPerAddress = createRateLimiter({
    limit: 20,
    windowMs: 3_600_000,
    name: 'guardian:mail-address',
    ...limits,
  });
  const failures = createRateLimiter({ limit: 20, windowMs: 60_000, name: 'guardian:credential-failures', ...limits });

  async function teen(request: Request) {
    checkOrigin(request, options.allowedOrigins);
    const claims = await verifyAgeToken(request, {
      secret: options.secret,
      now: now(),
      ...(options.revocations ? { revocations: options.revocations } : {}),
    });
    if (!claims)
      throw new HttpError(
        401,
        'age_token_invalid',
        'No valid age token. Answer the age question first (POST /api/age).',
      );
    return { claims, subject: keyedHash(hashKey, claims.sessionId) };
  }

  async function status(request: Request): Promise<Response> {
    const { subject } = await teen(request);
    const link = await store.linkBySubject(subject);
    if (!link) return jsonResponse({ status: 'none' }, 200, { 'cache-control': 'no-store' });
    if (link.status === 'pending') {
      return jsonResponse({ status: 'pending', expiresAt: new Date(link.confirmExpiresAt).toISOString() }, 200, {
        'cache-control': 'no-store',
      });
    }
    const used = await store.usedSeconds(link.id, wallClock(now(), link.settings.timeZone).day);
    const { band: _band, ...view } = guardianView(link, used);
    return jsonResponse(view, 200, { 'cache-control': 'no-store' });
  }

  async function requestLink(request: Request): Promise<Response> {
    await perAddress.hit(clientAddress(request));
    const { claims, subject } = await teen(request);
    if (claims.band !== 'teen13to15' && claims.band !== 'teen16to17') {
      throw new HttpError(
        403,
        'guardian_not_available',
        'A guardian link is for teens aged 13 to 17. Younger children need parental consent instead (POST /api/consent/requests).',
      );
    }
    await perSession.hit(subject);
    await mailsPerAddress.hit(clientAddress(request));
    const body = validateBody(requestSchema, await readJsonObject(request));
    const token = newToken();
    const at = now().getTime();
    const link: GuardianLink = {
      id: `glink_${crypto.randomUUID()}`,
      subject,
      band: claims.band,
      status: 'pending',
      guardianEmail: body.guardianEmail,
      guardianLocale: (body.guardianLocale ?? 'en').replace('_', '-'),
      confirmHash: hashOf(token),
      confirmExpiresAt: at + ttl,
      manageHash: null,
      createdAt: at,
      linkedAt: null,
      settings: { ...DEFAULT_GUARDIAN_SETTINGS },
      lastAlertAt: null,
    };
    if (!(await store.insertPendingLink(link))) {
      throw new HttpError(
        409,
        'guardian_already_linked',
        'A guardian is already linked. They can unlink from their settings page first.',
      );
    }
    const t = guardianMail(link.guardianLocale);
    const url = new URL(options.guardianPageUrl);
    url.searchParams.set('guardian', token);
    try {
      await options.mailer.send({
        to: link.guardianEmail,
        subject: t.confirmSubject,
        text: formatMessage(t.confirmBody, { link: url.toString(), hours: Math.round(ttl / 3_600_000) }),
      });
    } catch {
      // Without the message the link cannot be confirmed: drop it, so no address is kept for nothing.
      await store.deleteLink(link.id);
      throw new HttpError(
        409,
        'guardian_mail_failed',
        'The message to your guardian could not be sent just now. Please try again later.',
      );
    }
    return jsonResponse({ status: 'pending', expiresAt: new Date(link.confirmExpiresAt).toISOString() }, 202);
  }

  async function withdraw(request: Request): Promise<Response> {
    const { subject } = await teen(request);
    const link = await store.linkBySubject(subject);
    if (link?.status === 'linked') {
      throw new HttpError(
        409,
        'guardian_linked',
        'Your guardian is linked; only they can unlink, from their settings page.',
      );
    }
    if (link) await store.deleteLink(link.id);
    return jsonResponse({ status: 'none' });
  }

  async function pendingByToken(request: Request, token: string): Promise<GuardianLink> {
    await perAddress.hit(clientAddress(request));
    const link = TOKEN.test(token) ? await store.linkByConfirmHash(hashOf(token)) : null;
    if (!link) {
      await failures.hit(clientAddress(request));
      throw new HttpError(
        404,
        'guardian_link_unknown',
        'This link is not valid or was already used. Ask your teen to send a new one.',
      );
    }
    if (link.confirmExpiresAt <= now().getTime()) {
      throw new HttpError(410, 'guardian_link_expired', 'This link has expired. Ask your teen to send a new one.');
    }
    return link;
  }

  async function describeLink(request: Request, token: string): Promise<Response> {
    const link = await pendingByToken(request, token);
    return jsonResponse(
      {
        band: link.band,
        expiresAt: new Date(link.confirmExpiresAt).toISOString(),
        youGet: ['alerts', 'quietHours', 'dailyLimit'],
        youNeverGet: ['messages', 'transcripts'],
      },
      200,
      { 'cache-control': 'no-store' },
    );
  }

  async function confirm(request: Request, token: string): Promise<Response> {
    const link = await pendingByToken(request, token);
    const body = validateBody(confirmSchema, await readJsonObject(request));
    const manage = newToken();
    if (!(await store.confirmLink(link.id, hashOf(manage), now().getTime()))) {
      throw new HttpError(410, 'guardian_link_used', 'This link was already used.');
    }
    const settings: GuardianSettings = { ...link.settings, ...(body.timeZone ? { timeZone: body.timeZone } : {}) };
    await store.updateSettings(link.id, settings);
    return jsonResponse({ status: 'linked', manageToken: manage, settings }, 200, { 'cache-control': 'no-store' });
  }

  async function guardian(request: Request): Promise<GuardianLink> {
    const header = request.headers.get('authorization') ?? '';
    const match = /^Bearer ([A-Za-z0-9_-]{43})$/.exec(header.trim());
    const link = match?.[1] ? await store.linkByManageHash(hashOf(match[1])) : null;
    if (!link) {
      await failures.hit(clientAddress(request));
      throw new HttpError(
        401,
        'guardian_unauthorized',
        'Send the settings credential from the confirmation as "Authorization: Bearer <credential>".',
        {
          headers: { 'www-authenticate': 'Bearer realm="youthchat-guardian"' },
        },
      );
    }
    return link;
  }

  async function settings(request: Request): Promise<Response> {
    const link = await guardian(request);
    if (request.method === 'DELETE') {
      await store.deleteLink(link.id);
      return jsonResponse({ status: 'unlinked' });
    }
    let next = link.settings;
    if (request.method === 'PUT' || request.method === 'PATCH') {
      const body = validateBody(settingsSchema, await readJsonObject(request));
      next = { ...link.settings, ...body } as GuardianSettings;
      await store.updateSettings(link.id, next);
    }
    const used = await store.usedSeconds(link.id, wallClock(now(), next.timeZone).day);
    return jsonResponse(guardianView({ ...link, settings: next }, used), 200, { 'cache-control': 'no-store' });
  }

  return acceptsLightRequests(
    withErrors(async (request) => {
      const path = new URL(request.url).pathname.replace(/\/$/, '');
      const confirmMatch = /\/guardian\/confirm\/([^/]*)$/.exec(path);
      if (confirmMatch) {
        // Tokens are base64url: nothing to decode, and a malformed escape is just an unknown token.
        const token = confirmMatch[1] ?? '';
        if (request.method === 'GET' || request.method === 'HEAD') return describeLink(request, token);
        if (request.method === 'POST') return confirm(request, token);
        return errorResponse(405, 'method_not_allowed', 'Use GET to read the link, or POST to confirm it.', {
          allow: 'GET, POST',
        });
      }
      if (path.endsWith('/guardian/settings')) {
        if (['GET', 'HEAD', 'PUT', 'PATCH', 'DELETE'].includes(request.method)) return settings(request);
        return errorResponse(405, 'method_not_allowed', 'Use GET, PUT or DELETE.', {
          allow: 'GET, PUT, PATCH, DELETE',
        });
      }
      if (path.endsWith('/guardian')) {
        if (request.method === 'GET' || request.method === 'HEAD') return status(request);
        if (request.method === 'POST') return requestLink(request);
        if (request.method === 'DELETE') return withdraw(request);
        return errorResponse(405, 'method_not_allowed', 'Use GET, POST or DELETE.', { allow: 'GET, POST, DELETE' });
      }
      return errorResponse(404, 'not_found', 'No such guardian route.');
    }),
  );
}
