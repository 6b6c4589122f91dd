import type { AgeAssurance, ConsentScope } from '@youthchat/core';
import { createLocalJWKSet, createRemoteJWKSet, type JSONWebKeySet, type JWTVerifyGetKey, jwtVerify } from 'jose';

/** What a verifier is told about the request it checks. */
export interface VerificationContext {
  /** The request's nonce, which a vendor's signed result must carry. */
  nonce: string;
  /** The scopes the parent is granting. */
  scopes: readonly ConsentScope[];
  now: Date;
}

/**
 * A way for a parent to show they are the parent (COPPA §312.5(b)): the
 * method the parent picks on the consent page. `verify` resolves when the
 * evidence holds and throws `ConsentVerificationError` when it does not.
 *
 * @example
 * const cardCheck: ConsentVerifier = {
 *   id: 'card-check', scopes: ['use', 'ai-provider'], evidence: 'jwt',
 *   async verify(evidence, { nonce }) { … },
 * };
 */
export interface ConsentVerifier {
  /** The method's id, as the parent's client sends it in `method`. */
  id: string;
  /** The scopes it may grant; asking it for more is refused before `verify` runs. */
  scopes: readonly ConsentScope[];
  /** What the client sends as `evidence`: nothing, or `{ jwt }`. */
  evidence: 'none' | 'jwt';
  /**
   * How far a parent's confirmation of the child's age through this method
   * can be trusted: the assurance the child's age record gets (method
   * `parent`). Only `verified` lets a parent raise the child's age group;
   * any method may lower it. @default 'self-declared'
   */
  ageAssurance?: AgeAssurance;
  verify(evidence: unknown, context: VerificationContext): Promise<{ detail?: string }>;
}

/** Evidence that did not hold. The message is for the parent; it names no key or claim value. */
export class ConsentVerificationError extends Error {
  override readonly name = 'ConsentVerificationError';
  readonly code = 'consent_verification_failed';
}

/**
 * "Email plus": the parent's click on the link sent to their address, with a
 * confirmation mail after a delay (sent by the consent handler). The FTC
 * accepts it only where the child's data is not disclosed, so it grants
 * `use` and never `ai-provider`.
 */
export function createEmailPlusVerifier(): ConsentVerifier {
  return {
    id: 'email-plus',
    scopes: ['use'],
    evidence: 'none',
    // A click in a mailbox shows control of an address, not who the parent is.
    ageAssurance: 'self-declared',
    async verify() {
      return { detail: 'link opened from the parent’s mailbox; confirmation mail follows' };
    },
  };
}

export interface JwksVerifierOptions {
  /** The method id. @default 'vendor' */
  id?: string;
  /** A JWKS URL (fetched and cached with `createRemoteJWKSet`) or a JWKS object. */
  jwks: string | URL | JSONWebKeySet;
  /** The `iss` the vendor's results carry. */
  issuer: string;
  /** The `aud` they carry: this service. */
  audience: string | string[];
  /** The scopes a passed check may grant. @default ['use', 'ai-provider'] */
  scopes?: readonly ConsentScope[];
  /** Oldest result accepted, by `iat`. @default 600 (ten minutes) */
  maxAgeSeconds?: number;
  /** The assurance a parent's age confirmation through this check earns. @default 'verified' */
  ageAssurance?: AgeAssurance;
}

const ASYMMETRIC = ['RS256', 'RS384', 'RS512', 'PS256', 'PS384', 'PS512', 'ES256', 'ES384', 'ES512', 'EdDSA'];

/**
 * A vendor's signed result (card check, ID check, k-ID, Yoti…) as a JWT,
 * verified with `jose` against the vendor's JWKS: signature by a key in the
 * set (asymmetric algorithms only), `iss`, `aud`, `exp`, issued at most
 * `maxAgeSeconds` ago, a `nonce` equal to the request's, and
 * `verified: true`. Evidence is `{ jwt: string }`.
 *
 * @example
 * createJwksVerifier({ jwks: 'https://vendor.example/.well-known/jwks.json', issuer: 'https://vendor.example', audience: 'my-app' });
 */
export function createJwksVerifier(options: JwksVerifierOptions): ConsentVerifier {
  const keys: JWTVerifyGetKey =
    typeof options.jwks === 'string' || options.jwks instanceof URL
      ? createRemoteJWKSet(new URL(options.jwks))
      : createLocalJWKSet(options.jwks);
  const maxAge = options.maxAgeSeconds ?? 600;
  return {
    id: options.id ?? 'vendor',
    scopes: options.scopes ?? ['use', 'ai-provider'],
    evidence: 'jwt',
    // A card, ID or vendor check of the parent: what they confirm about the child counts as verified.
    ageAssurance: options.ageAssurance ?? 'verified',
    async verify(evidence, context) {
      const jwt = (evidence as { jwt?: unknown } | null | undefined)?.jwt;
      if (typeof jwt !== 'string' || jwt.length === 0 || jwt.length > 8192) {
        throw new ConsentVerificationError('Send the verification result as evidence: { "jwt": "…" }.');
      }
      let payload: Record<string, unknown>;
      try {
        ({ payload } = await jwtVerify(jwt, keys, {
          algorithms: ASYMMETRIC,
          issuer: options.issuer,
          audience: options.audience,
          maxTokenAge: maxAge,
          currentDate: context.now,
          requiredClaims: ['exp', 'iat', 'nonce'],
        }));
      } catch {
        throw new ConsentVerificationError(
          'The verification result could not be checked: it is not signed by the configured verification service, or it is for another service, or it has expired. Please run the check again.',
        );
      }
      if (payload.nonce !== context.nonce) {
        throw new ConsentVerificationError(
          'The verification result belongs to another request. Please run the check again.',
        );
      }
      if (payload.verified !== true) {
        throw new ConsentVerificationError('The verification service did not confirm the check.');
      }
      return { detail: typeof payload.method === 'string' ? payload.method.slice(0, 40) : 'vendor check' };
    },
  };
}
