import { z } from 'zod';
import { readJsonObject } from '../http/body.js';
import { acceptsLightRequests } from '../http/light-request.js';
import { clientAddress, createRateLimiter } from '../http/rate-limit.js';
import { errorResponse, jsonResponse, withErrors } from '../http/response.js';
import { validateBody } from '../http/validate.js';
import type { AgeHandlerOptions } from './handler.js';
import { decideAge, verifiedResultsSchema, verifyResults } from './provenance.js';
import { AGE_COOKIE, DEFAULT_AGE_TOKEN_TTL_SECONDS, requireAgeClaims, signAgeToken } from './token.js';

const bodySchema = z.object({ verified: verifiedResultsSchema.min(1, 'send at least one signed result') });

/**
 * `POST /api/age/verify`: a person who already answered the age question
 * sends a signed age result (a vendor's, or a verified platform signal); the
 * server verifies it and signs a new token for the same age session with the
 * band and provenance the result proves. The old token is denied.
 */
export function createAgeVerifyHandler(options: AgeHandlerOptions): (request: Request) => Promise<Response> {
  const now = options.now ?? (() => new Date());
  const ttl = options.ttlSeconds ?? DEFAULT_AGE_TOKEN_TTL_SECONDS;
  const secure = options.secureCookies ?? true;
  const limiter = createRateLimiter({
    limit: options.rateLimitPerMinute ?? 20,
    windowMs: 60_000,
    name: 'age:verify',
    ...(options.rateLimitStore ? { store: options.rateLimitStore } : {}),
  });

  async function verify(request: Request): Promise<Response> {
    await limiter.hit(clientAddress(request));
    const claims = await requireAgeClaims(request, {
      secret: options.secret,
      now: now(),
      ...(options.revocations ? { revocations: options.revocations } : {}),
    });
    const body = validateBody(bodySchema, await readJsonObject(request));
    const verified = await verifyResults(body.verified, options.verifiers, now());
    const { band, provenance } = decideAge(undefined, [], verified);
    // Consent follows the person, not the proof: an adult needs none; otherwise what was recorded stands.
    const consent = band === 'adult' ? 'not-needed' : claims.consent;
    const { token, expiresAt } = await signAgeToken(
      {
        band,
        consent,
        provenance,
        // The same age session: its consent record, guardian link and escalation pseudonym carry on.
        sessionId: claims.sessionId,
        ...(claims.consentScopes ? { consentScopes: claims.consentScopes } : {}),
        ...(claims.consentMethod ? { consentMethod: claims.consentMethod } : {}),
        ...(claims.consentAt ? { consentAt: claims.consentAt } : {}),
        ...(claims.country ? { country: claims.country } : {}),
      },
      { secret: options.secret, ttlSeconds: ttl, now: now() },
    );
    await options.revocations?.revokeAgeToken(claims.tokenId, claims.expiresAt.getTime());
    return jsonResponse({ band, token, expiresAt: expiresAt.toISOString(), consent, provenance }, 200, {
      'set-cookie': `${AGE_COOKIE}=${token}; Path=/; HttpOnly; SameSite=Strict; Max-Age=${ttl}${secure ? '; Secure' : ''}`,
    });
  }

  return acceptsLightRequests(
    withErrors(async (request) => {
      if (request.method === 'POST') return verify(request);
      return errorResponse(405, 'method_not_allowed', 'Use POST to send a signed age result.', { allow: 'POST' });
    }),
  );
}
