import { type AgeBand, type ConsentStatus, isAgeBand } from '@youthchat/core';
import { jwtVerify, SignJWT } from 'jose';

/** What a verified age token says. */
export interface AgeClaims {
  band: AgeBand;
  consent: ConsentStatus;
  /** A random id for this declaration: a pseudonym, never a person's identifier. */
  sessionId: string;
  /** When the token stops being valid. */
  expiresAt: Date;
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
  claims: { band: AgeBand; consent: ConsentStatus; sessionId?: string },
  options: { secret: string | Uint8Array; ttlSeconds?: number; now?: Date },
): Promise<{ token: string; expiresAt: Date; sessionId: string }> {
  const issuedAt = Math.floor((options.now ?? new Date()).getTime() / 1000);
  const exp = issuedAt + (options.ttlSeconds ?? DEFAULT_AGE_TOKEN_TTL_SECONDS);
  const sessionId = claims.sessionId ?? crypto.randomUUID();
  const token = await new SignJWT({ band: claims.band, consent: claims.consent })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setIssuer(ISSUER)
    .setAudience(AUDIENCE)
    .setSubject(sessionId)
    .setIssuedAt(issuedAt)
    .setExpirationTime(exp)
    .sign(secretKey(options.secret));
  return { token, expiresAt: new Date(exp * 1000), sessionId };
}

/** Verifies a token string; null for anything missing, forged, altered, expired or malformed. */
export async function verifyAgeTokenString(
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
    const { band, consent, sub, exp } = payload;
    if (
      !isAgeBand(band) ||
      (consent !== 'required' && consent !== 'not-needed') ||
      typeof sub !== 'string' ||
      typeof exp !== 'number'
    ) {
      return null;
    }
    return { band, consent, sessionId: sub, expiresAt: new Date(exp * 1000) };
  } catch {
    return null;
  }
}

/** The token a request carries: the `x-youthchat-age` header first, then the cookie. */
export function readAgeToken(request: Request): string | null {
  const header = request.headers.get(AGE_HEADER);
  if (header) return header.trim();
  const cookie = request.headers.get('cookie');
  if (!cookie) return null;
  for (const part of cookie.split(';')) {
    const [name, ...rest] = part.trim().split('=');
    if (name !== AGE_COOKIE) continue;
    try {
      return decodeURIComponent(rest.join('='));
    } catch {
      // A malformed escape (%E0%A4%A) is not a token; treat it as none rather than fail the request.
      return null;
    }
  }
  return null;
}

/**
 * Verifies the age token a request carries. Every route that depends on age
 * calls this; null means answer 401.
 *
 * @example
 * const claims = await verifyAgeToken(request, { secret });
 * if (!claims) return errorResponse(401, 'age_required', '…');
 */
export async function verifyAgeToken(
  request: Request,
  options: { secret: string | Uint8Array; now?: Date },
): Promise<AgeClaims | null> {
  return verifyAgeTokenString(readAgeToken(request), options);
}
