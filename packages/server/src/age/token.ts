import {
  type AgeBand,
  type AgeProvenance,
  type ConsentScope,
  type ConsentStatus,
  isAgeBand,
  isConsentScope,
  isConsentStatus,
} from '@youthchat/core';
import { jwtVerify, SignJWT } from 'jose';
import { HttpError } from '../http/errors.js';
import { readProvenanceClaims } from './provenance-claims.js';

/** What a verified age token says. */
export interface AgeClaims {
  band: AgeBand;
  consent: ConsentStatus;
  /** Scopes a parent granted, as recorded when the token was signed (the store's consent record is the authority). */
  consentScopes?: ConsentScope[];
  /** How consent was verified (`email-plus`, `vendor`…), once a parent decided. */
  consentMethod?: string;
  /** When a parent decided. */
  consentAt?: Date;
  /** The country given with the age (ISO 3166-1 alpha-2), for the parent's notice. */
  country?: string;
  /** A random id for this declaration: a pseudonym, never a person's identifier. */
  sessionId: string;
  /**
   * The token's own id (`jti`), which a reset or a revocation puts on the
   * deny-list. Tokens signed before ids were added use their `sub`.
   */
  tokenId: string;
  /** When the token stops being valid. */
  expiresAt: Date;
  /** How the band was decided and how far it can be trusted; `declared` / `self-declared` for older tokens. */
  provenance: AgeProvenance;
}

/**
 * Token ids that must no longer be accepted, each until its token would have
 * expired anyway. Every report store is one (`revokeAgeToken`,
 * `isAgeTokenRevoked`), so the list is shared by every server instance on it.
 */
export interface AgeTokenDenyList {
  /** Refuses the token with this id from now on; the entry may be dropped after `expiresAt` (epoch ms). */
  revokeAgeToken(tokenId: string, expiresAt: number): Promise<void>;
  /** True when the id was revoked and its entry has not run out at `now` (epoch ms). */
  isAgeTokenRevoked(tokenId: string, now: number): Promise<boolean>;
}

/** How a token is checked. */
export interface VerifyAgeTokenOptions {
  secret: string | Uint8Array;
  now?: Date;
  /** Denied token ids, checked on every read. Without it, a reset can only clear the cookie. */
  revocations?: AgeTokenDenyList;
}

/** Name of the HttpOnly cookie that carries the token. */
export const AGE_COOKIE = 'yc_age';
/** Header that carries the token for non-browser clients. */
export const AGE_HEADER = 'x-youthchat-age';
/** Default lifetime of an age token: 30 days. */
export const DEFAULT_AGE_TOKEN_TTL_SECONDS = 30 * 24 * 60 * 60;

const ISSUER = 'youthchat';
const AUDIENCE = 'youthchat-age';
const MIN_SECRET_BYTES = 32;

/** Turns the configured secret into an HMAC key, refusing one too short to be safe. */
export function secretKey(secret: string | Uint8Array): Uint8Array {
  const key = typeof secret === 'string' ? new TextEncoder().encode(secret) : secret;
  if (key.byteLength < MIN_SECRET_BYTES) {
    throw new Error(
      `The age-token secret must be at least ${MIN_SECRET_BYTES} bytes; set YOUTHCHAT_SECRET to a long random value.`,
    );
  }
  return key;
}

/** Signs an age token (JWT, HS256). */
export async function signAgeToken(
  claims: {
    band: AgeBand;
    consent: ConsentStatus;
    sessionId?: string;
    /** Reuse a token's id (the same credential re-signed with new claims), so the deny-list holds for both. */
    tokenId?: string;
    consentScopes?: readonly ConsentScope[];
    consentMethod?: string;
    consentAt?: Date;
    /** How the band was decided; unset, the token reads as declared / self-declared. */
    provenance?: AgeProvenance;
    country?: string;
  },
  options: { secret: string | Uint8Array; ttlSeconds?: number; now?: Date },
): Promise<{ token: string; expiresAt: Date; sessionId: string; tokenId: string }> {
  const issuedAt = Math.floor((options.now ?? new Date()).getTime() / 1000);
  const exp = issuedAt + (options.ttlSeconds ?? DEFAULT_AGE_TOKEN_TTL_SECONDS);
  const sessionId = claims.sessionId ?? crypto.randomUUID();
  const tokenId = claims.tokenId ?? crypto.randomUUID();
  const provenance = claims.provenance ? { am: claims.provenance.method, al: claims.provenance.assurance } : {};
  const token = await new SignJWT({
    band: claims.band,
    consent: claims.consent,
    ...(claims.consentScopes ? { cs: [...claims.consentScopes] } : {}),
    ...(claims.consentMethod ? { cm: claims.consentMethod } : {}),
    ...(claims.consentAt ? { ct: Math.floor(claims.consentAt.getTime() / 1000) } : {}),
    ...provenance,
    ...(claims.country ? { ctry: claims.country } : {}),
  })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setIssuer(ISSUER)
    .setAudience(AUDIENCE)
    .setSubject(sessionId)
    .setJti(tokenId)
    .setIssuedAt(issuedAt)
    .setExpirationTime(exp)
    .sign(secretKey(options.secret));
  return { token, expiresAt: new Date(exp * 1000), sessionId, tokenId };
}

/**
 * Verifies a token string; null for anything missing, forged, altered,
 * expired, malformed or on the deny-list.
 */
export async function verifyAgeTokenString(
  token: string | null | undefined,
  options: VerifyAgeTokenOptions,
): Promise<AgeClaims | null> {
  const claims = await decodeAgeToken(token, options);
  if (!claims || !options.revocations) return claims;
  const revoked = await options.revocations.isAgeTokenRevoked(claims.tokenId, (options.now ?? new Date()).getTime());
  return revoked ? null : claims;
}

async function decodeAgeToken(
  token: string | null | undefined,
  options: { secret: string | Uint8Array; now?: Date },
): Promise<AgeClaims | null> {
  if (!token || token.length > 4096) return null;
  try {
    const { payload } = await jwtVerify(token, secretKey(options.secret), {
      algorithms: ['HS256'],
      issuer: ISSUER,
      audience: AUDIENCE,
      ...(options.now ? { currentDate: options.now } : {}),
    });
    const { band, consent, sub, exp, jti, cs, cm, ct, ctry } = payload;
    if (
      !isAgeBand(band) ||
      !isConsentStatus(consent) ||
      (cs !== undefined && (!Array.isArray(cs) || !cs.every(isConsentScope))) ||
      (cm !== undefined && (typeof cm !== 'string' || cm.length > 64)) ||
      (ct !== undefined && typeof ct !== 'number') ||
      (ctry !== undefined && (typeof ctry !== 'string' || !/^[A-Z]{2}$/.test(ctry))) ||
      typeof sub !== 'string' ||
      typeof exp !== 'number' ||
      (jti !== undefined && (typeof jti !== 'string' || jti === '' || jti.length > 200))
    ) {
      return null;
    }
    const provenance = readProvenanceClaims(payload);
    if (!provenance) return null;
    return {
      band,
      consent,
      sessionId: sub,
      tokenId: jti ?? sub,
      expiresAt: new Date(exp * 1000),
      ...(Array.isArray(cs) ? { consentScopes: cs as ConsentScope[] } : {}),
      ...(typeof cm === 'string' ? { consentMethod: cm } : {}),
      ...(typeof ct === 'number' ? { consentAt: new Date(ct * 1000) } : {}),
      provenance,
      ...(typeof ctry === 'string' ? { country: ctry } : {}),
    };
  } catch {
    return null;
  }
}

function cookieToken(request: Request): string | null {
  const cookie = request.headers.get('cookie');
  if (!cookie) return null;
  for (const part of cookie.split(';')) {
    const [name, ...rest] = part.trim().split('=');
    if (name !== AGE_COOKIE) continue;
    try {
      return decodeURIComponent(rest.join('=')) || null;
    } catch {
      // A malformed escape (%E0%A4%A) is not a token; treat it as none rather than fail the request.
      return null;
    }
  }
  return null;
}

function headerToken(request: Request): string | null {
  return request.headers.get(AGE_HEADER)?.trim() || null;
}

/** The token in the `yc_age` cookie only (a browser's, which a re-signed token can replace). */
export function ageCookieToken(request: Request): string | null {
  return cookieToken(request);
}

/** Both places a request can carry a token, for the reset, which denies each. */
export function carriedAgeTokens(request: Request): string[] {
  return [cookieToken(request), headerToken(request)].filter((t): t is string => t !== null);
}

/**
 * The token a request carries: the `yc_age` cookie first, then the
 * `x-youthchat-age` header. `verifyAgeToken` goes further: a header is read
 * only when there is no valid cookie.
 */
export function readAgeToken(request: Request): string | null {
  return cookieToken(request) ?? headerToken(request);
}

/**
 * Verifies the age token a request carries. Every route that depends on age
 * calls this; null means answer 401.
 *
 * In a browser the HttpOnly cookie is the authority: while it holds a valid
 * token, an `x-youthchat-age` header is ignored, so script on the page cannot
 * swap in a token for another band. The header serves clients without the
 * cookie (servers, native apps, tests).
 *
 * @example
 * const claims = await verifyAgeToken(request, { secret, revocations: store });
 * if (!claims) return errorResponse(401, 'age_required', '…');
 */
export async function verifyAgeToken(request: Request, options: VerifyAgeTokenOptions): Promise<AgeClaims | null> {
  const cookie = cookieToken(request);
  const header = headerToken(request);
  // Most requests to an open route carry neither: nothing to check.
  if (cookie === null && header === null) return null;
  const fromCookie = await verifyAgeTokenString(cookie, options);
  if (fromCookie) return fromCookie;
  return verifyAgeTokenString(header, options);
}

/**
 * The request's age claims, or a 401 `age_token_invalid` that tells the
 * client to answer the age question first: for routes that need an age.
 */
export async function requireAgeClaims(request: Request, options: VerifyAgeTokenOptions): Promise<AgeClaims> {
  const claims = await verifyAgeToken(request, options);
  if (!claims) {
    throw new HttpError(401, 'age_token_invalid', 'No valid age token. Answer the age question first (POST /api/age).');
  }
  return claims;
}
