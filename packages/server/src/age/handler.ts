import { type ConsentOptions, consentStatus, InvalidInputError, normalizeCountry, resolveAge } from '@youthchat/core';
import { z } from 'zod';
import { sameProvenance, withParentAge } from '../consent/parent-age.js';
import { type ConsentLookup, type ConsentView, consentFromClaims } from '../consent/view.js';
import { hasBearerToken } from '../http/bearer.js';
import { readJsonObject } from '../http/body.js';
import { HttpError } from '../http/errors.js';
import { acceptsLightRequests } from '../http/light-request.js';
import { clientAddress, createRateLimiter } from '../http/rate-limit.js';
import { errorResponse, jsonResponse, withErrors } from '../http/response.js';
import { validateBody } from '../http/validate.js';
import type { RateLimitStore } from '../limits/types.js';
import { decideAge, verifiedResultsSchema, verifyResults } from './provenance.js';
import {
  AGE_COOKIE,
  type AgeClaims,
  type AgeTokenDenyList,
  ageCookieToken,
  carriedAgeTokens,
  DEFAULT_AGE_TOKEN_TTL_SECONDS,
  signAgeToken,
  verifyAgeToken,
  verifyAgeTokenString,
} from './token.js';
import type { AgeResultVerifier } from './verifier.js';

export interface AgeHandlerOptions extends ConsentOptions {
  /** Key for signing tokens: at least 32 bytes. */
  secret: string | Uint8Array;
  /** Token lifetime. @default 30 days */
  ttlSeconds?: number;
  /** Declarations per address per minute. @default 20 */
  rateLimitPerMinute?: number;
  /** Where the limits count: a shared SQLite or PostgreSQL store makes them hold across instances. @default in memory */
  rateLimitStore?: RateLimitStore;
  /**
   * The credential `DELETE /api/age` needs, as `Authorization: Bearer <token>`
   * (`YOUTHCHAT_AGE_RESET_TOKEN`). Only the app's server holds it, never a
   * page a child can read. Unset, the reset answers 403.
   */
  resetToken?: string;
  /**
   * Where the ids of reset tokens are denied, checked on every read (pass the report
   * store). Without it, a reset clears the cookie but a copy of the token
   * stays valid until it expires.
   */
  revocations?: AgeTokenDenyList;
  /**
   * Mark the age cookie `Secure`, so browsers send it over HTTPS only
   * (`YOUTHCHAT_SECURE_COOKIES`). Browsers accept Secure cookies from
   * `http://localhost` too; turn it off only to serve plain HTTP elsewhere
   * (a development machine on the local network). @default true
   */
  secureCookies?: boolean;
  /**
   * Verifiers for signed age results (`jwksAgeVerifier`), which alone can
   * raise a band above what was declared (`verified` in the body).
   */
  verifiers?: AgeResultVerifier[];
  /**
   * Reads the child's consent record (`createConsent(...).lookup`), so
   * `GET /api/age` answers `consent` and `consentScopes` as a parent decided.
   * @default what the token says
   */
  consent?: ConsentLookup;
  /** Clock, for tests. */
  now?: () => Date;
}

const declarationSchema = z
  .object({
    birthDate: z
      .string()
      .max(10)
      .regex(/^\d{4}-\d{2}(-\d{2})?$/, 'must be a date written YYYY-MM-DD (or YYYY-MM)')
      .optional(),
    age: z.number().int('must be a whole number').min(0).max(120).optional(),
    country: z
      .string()
      .regex(/^[A-Za-z]{2}$/, 'must be a two-letter ISO 3166-1 country code, like "US"')
      .optional(),
    timeZone: z.string().max(64).optional(),
    // Outside age signals ({ min, max, source }); they can only make the answer younger.
    signals: z
      .array(
        z
          .object({
            min: z.number().int('must be a whole number').min(0).max(120).optional(),
            max: z.number().int('must be a whole number').min(0).max(120).optional(),
            source: z.string().min(1).max(100),
          })
          .refine((s) => s.min === undefined || s.max === undefined || s.min <= s.max, {
            message: 'min must not be above max',
          }),
      )
      .max(10)
      .optional(),
    // Signed results (a vendor's JWT, a verified platform signal): the only way to raise the band.
    verified: verifiedResultsSchema.optional(),
  })
  .refine((v) => (v.birthDate === undefined) !== (v.age === undefined), {
    message: 'send exactly one of "birthDate" (YYYY-MM-DD) or "age" (a whole number)',
  });

function isValidTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** The age cookie. Secure comes from configuration, never from the request (its Host header is the client's to set). */
function cookieFor(secure: boolean, token: string, maxAgeSeconds: number): string {
  return `${AGE_COOKIE}=${token}; Path=/; HttpOnly; SameSite=Strict; Max-Age=${maxAgeSeconds}${secure ? '; Secure' : ''}`;
}

/**
 * `POST /api/age` signs a declared age into a token; `GET /api/age` says what a
 * token holds; `DELETE /api/age`, sent by the app's server with the reset
 * credential, denies the token it carries and clears the cookie (the
 * app-level reset).
 */
export function createAgeHandler(options: AgeHandlerOptions): (request: Request) => Promise<Response> {
  const ttl = options.ttlSeconds ?? DEFAULT_AGE_TOKEN_TTL_SECONDS;
  const secure = options.secureCookies ?? true;
  const now = options.now ?? (() => new Date());
  const store = options.rateLimitStore ? { store: options.rateLimitStore } : {};
  const limiter = createRateLimiter({
    limit: options.rateLimitPerMinute ?? 20,
    windowMs: 60_000,
    name: 'age:address',
    ...store,
  });
  // Guessing the reset credential is slowed the way moderator tokens are.
  const resetFailures = createRateLimiter({ limit: 10, windowMs: 60_000, name: 'age:reset-failures', ...store });
  const verifyOptions = () => ({
    secret: options.secret,
    now: now(),
    ...(options.revocations ? { revocations: options.revocations } : {}),
  });

  async function describe(request: Request): Promise<Response> {
    const claims = await verifyAgeToken(request, verifyOptions());
    if (!claims) return unauthorized();
    // The consent record, when there is one, is the authority: a parent's decision shows on the next poll.
    const view = options.consent ? await options.consent(claims) : consentFromClaims(claims);
    // A parent's confirmation of the age group, recorded with their decision, replaces the token's band.
    const current = withParentAge(claims, view);
    const { consentScopes, parentAge: _parentAge, ...consent } = view;
    // Scopes mean something only where consent applies.
    const scopes = consent.consent === 'not-needed' ? {} : { consentScopes };
    const body = {
      band: current.band,
      expiresAt: claims.expiresAt.toISOString(),
      ...consent,
      ...scopes,
      provenance: current.provenance,
    };
    const cookie = await refreshedCookie(request, claims, view);
    return jsonResponse(body, 200, cookie ? { 'set-cookie': cookie } : {});
  }

  /**
   * Once a parent decided, the cookie's token is re-signed to record the
   * consent, its scopes, method and time, and the age group a parent
   * confirmed with its provenance: same session, same id (so a reset
   * or deletion denies both) and same expiry. The record stays the authority.
   */
  async function refreshedCookie(request: Request, claims: AgeClaims, view: ConsentView): Promise<string | null> {
    if (!options.consent) return null;
    // Only the cookie's own token is re-signed, never a header's put in its place.
    const fromCookie = await verifyAgeTokenString(ageCookieToken(request), verifyOptions());
    if (fromCookie?.tokenId !== claims.tokenId) return null;
    const current = withParentAge(claims, view);
    const same =
      claims.consent === view.consent &&
      (claims.consentScopes ?? []).join(',') === view.consentScopes.join(',') &&
      claims.consentMethod === view.consentMethod &&
      claims.band === current.band &&
      sameProvenance(claims.provenance, current.provenance);
    // Whole seconds as the token counts them, so the new token ends exactly when the old one does.
    const remaining = Math.floor(claims.expiresAt.getTime() / 1000) - Math.floor(now().getTime() / 1000);
    if (same || remaining <= 0) return null;
    const { token } = await signAgeToken(
      {
        band: current.band,
        consent: view.consent,
        sessionId: claims.sessionId,
        tokenId: claims.tokenId,
        consentScopes: view.consentScopes,
        ...(view.consentMethod ? { consentMethod: view.consentMethod } : {}),
        ...(view.consentAt ? { consentAt: new Date(view.consentAt) } : {}),
        ...(claims.country ? { country: claims.country } : {}),
        provenance: current.provenance,
      },
      { secret: options.secret, ttlSeconds: remaining, now: now() },
    );
    return cookieFor(secure, token, remaining);
  }

  async function declare(request: Request): Promise<Response> {
    await limiter.hit(clientAddress(request));
    const existing: AgeClaims | null = await verifyAgeToken(request, verifyOptions());
    const body = validateBody(declarationSchema, await readJsonObject(request));
    if (existing) {
      // Answered once; a second try is not offered. The app's reset (DELETE) clears it.
      throw new HttpError(
        409,
        'age_already_declared',
        'Age was already given on this device. The app can reset it if that was a mistake.',
      );
    }
    if (body.timeZone !== undefined && !isValidTimeZone(body.timeZone)) {
      throw new HttpError(
        400,
        'invalid_request',
        'Fix these fields and send again: timeZone: must be an IANA time zone, like "Europe/London".',
      );
    }
    let resolved: ReturnType<typeof resolveAge>;
    try {
      resolved =
        body.birthDate !== undefined
          ? resolveAge(
              { birthDate: body.birthDate },
              { now: now(), ...(body.timeZone ? { timeZone: body.timeZone } : {}) },
            )
          : resolveAge({ age: body.age as number });
    } catch (error) {
      if (error instanceof InvalidInputError) throw new HttpError(400, error.code, error.message);
      throw error;
    }
    const country = normalizeCountry(body.country);
    const signals = (body.signals ?? []).map(({ min, max, source }) => ({
      source,
      ...(min !== undefined ? { min } : {}),
      ...(max !== undefined ? { max } : {}),
    }));
    // Where a client's signal and the declaration disagree, the younger answer wins; only a verified result raises.
    const verified = await verifyResults(body.verified ?? [], options.verifiers, now());
    const { band, youngestAge, provenance } = decideAge(resolved, signals, verified);
    const consent = consentStatus(youngestAge, country, options);
    const { token, expiresAt } = await signAgeToken(
      { band, consent, provenance, ...(country ? { country } : {}) },
      { secret: options.secret, ttlSeconds: ttl, now: now() },
    );
    return jsonResponse({ band, token, expiresAt: expiresAt.toISOString(), consent, provenance }, 200, {
      'set-cookie': cookieFor(secure, token, ttl),
    });
  }

  async function reset(request: Request): Promise<Response> {
    if (!options.resetToken) {
      throw new HttpError(
        403,
        'age_reset_off',
        "The age reset is off: set YOUTHCHAT_AGE_RESET_TOKEN on the server and send it from the app's own server.",
      );
    }
    if (!hasBearerToken(request, options.resetToken)) {
      await resetFailures.hit(clientAddress(request));
      throw new HttpError(
        401,
        'age_reset_unauthorized',
        'Send the reset credential as "Authorization: Bearer <YOUTHCHAT_AGE_RESET_TOKEN>" from the app\'s server.',
        { headers: { 'www-authenticate': 'Bearer realm="youthchat-age-reset"' } },
      );
    }
    // Every token the request carries (the child's cookie forwarded, or the header) is denied until it expires.
    for (const token of carriedAgeTokens(request)) {
      const claims = await verifyAgeTokenString(token, { secret: options.secret, now: now() });
      if (claims) await options.revocations?.revokeAgeToken(claims.tokenId, claims.expiresAt.getTime());
    }
    return new Response(null, {
      status: 204,
      headers: { 'set-cookie': cookieFor(secure, '', 0), 'cache-control': 'no-store' },
    });
  }

  return acceptsLightRequests(
    withErrors(async (request) => {
      switch (request.method) {
        case 'POST':
          return declare(request);
        case 'GET':
        case 'HEAD':
          return describe(request);
        case 'DELETE':
          return reset(request);
        default:
          return errorResponse(
            405,
            'method_not_allowed',
            'Use POST to declare an age, GET to read it, or DELETE to reset it.',
            {
              allow: 'GET, POST, DELETE',
            },
          );
      }
    }),
  );
}

function unauthorized(): Response {
  return errorResponse(401, 'age_token_invalid', 'No valid age token. Answer the age question first (POST /api/age).');
}
