import type { AgeAssurance, AgeMethod, AgeSignal } from '@youthchat/core';
import { ConfigurationError } from '@youthchat/core';
import { createLocalJWKSet, createRemoteJWKSet, type JSONWebKeySet, type JWTPayload, jwtVerify } from 'jose';

/** An age range a verifier vouches for. */
export interface VerifiedAgeResult extends AgeSignal {
  /** `platform` (an OS or app-store signal) or `vendor` (an age-assurance vendor) or `parent`. */
  method: Exclude<AgeMethod, 'declared'>;
  assurance: AgeAssurance;
}

/**
 * Checks a signed age result a client passes on (a vendor's JWT, a platform
 * attestation) and says what range it proves. Throws {@link AgeResultError}
 * for anything it cannot verify.
 */
export interface AgeResultVerifier {
  /** The name a client sends with the result, e.g. `'yoti'`. */
  readonly name: string;
  verify(result: string, options?: { now?: Date }): Promise<VerifiedAgeResult>;
}

/** A result that does not verify: a bad signature, an unknown key, the wrong issuer or audience, expired, or no age in it. */
export class AgeResultError extends Error {
  override readonly name = 'AgeResultError';
  readonly code = 'age_result_invalid';
}

export interface JwksAgeVerifierOptions {
  /** The name clients send (`{ "verifier": name, "result": "<jwt>" }`). */
  name: string;
  /** The vendor's JWKS endpoint (https). Either this or `jwks`. */
  jwksUrl?: string | URL;
  /** The keys themselves, e.g. from configuration or a test. */
  jwks?: JSONWebKeySet;
  /** Expected `iss`. */
  issuer: string;
  /** Expected `aud`: your app's id at the vendor. */
  audience: string;
  /** Accepted signature algorithms. @default ['ES256', 'RS256', 'EdDSA'] */
  algorithms?: string[];
  /** Longest accepted age of a result (`iat`). @default '10m' */
  maxTokenAge?: string | number;
  /** @default 'vendor' */
  method?: VerifiedAgeResult['method'];
  /** @default 'verified' for vendor and parent, 'platform' for platform */
  assurance?: AgeAssurance;
  /**
   * Reads the age range from the verified payload.
   * @default `age_min` / `age_max` whole numbers, or `age_over` (e.g. 18) as a minimum
   */
  readAge?: (payload: JWTPayload) => { min?: number; max?: number } | undefined;
}

const wholeAge = (value: unknown): number | undefined =>
  typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= 120 ? value : undefined;

function defaultReadAge(payload: JWTPayload): { min?: number; max?: number } | undefined {
  const min = wholeAge(payload.age_min) ?? wholeAge(payload.age_over);
  const max = wholeAge(payload.age_max);
  if (min === undefined && max === undefined) return undefined;
  if (min !== undefined && max !== undefined && min > max) return undefined;
  return { ...(min !== undefined ? { min } : {}), ...(max !== undefined ? { max } : {}) };
}

/**
 * A verifier for results signed as JWTs with keys from a JWKS (k-ID, Yoti and
 * others publish one): signature, issuer, audience, expiry and freshness are
 * all checked, and a key the JWKS does not hold is refused.
 *
 * @example
 * const yoti = jwksAgeVerifier({
 *   name: 'yoti',
 *   jwksUrl: 'https://vendor.example/.well-known/jwks.json',
 *   issuer: 'https://vendor.example',
 *   audience: 'my-app',
 * });
 */
export function jwksAgeVerifier(options: JwksAgeVerifierOptions): AgeResultVerifier {
  if (!options.jwks === !options.jwksUrl) {
    throw new ConfigurationError(
      'invalid_option',
      `Age verifier "${options.name}" needs exactly one of jwksUrl or jwks.`,
    );
  }
  if (!options.issuer || !options.audience) {
    throw new ConfigurationError('invalid_option', `Age verifier "${options.name}" needs an issuer and an audience.`);
  }
  const keys = options.jwks ? createLocalJWKSet(options.jwks) : createRemoteJWKSet(new URL(String(options.jwksUrl)));
  const method = options.method ?? 'vendor';
  const assurance = options.assurance ?? (method === 'platform' ? 'platform' : 'verified');
  const readAge = options.readAge ?? defaultReadAge;
  return {
    name: options.name,
    async verify(result, verifyOptions = {}) {
      let payload: JWTPayload;
      try {
        ({ payload } = await jwtVerify(result, keys, {
          issuer: options.issuer,
          audience: options.audience,
          algorithms: options.algorithms ?? ['ES256', 'RS256', 'EdDSA'],
          maxTokenAge: options.maxTokenAge ?? '10m',
          requiredClaims: ['exp', 'iat'],
          ...(verifyOptions.now ? { currentDate: verifyOptions.now } : {}),
        }));
      } catch (cause) {
        // Only the kind of failure: never the result itself, which may identify the person.
        const kind = (cause as { code?: unknown }).code;
        throw new AgeResultError(
          `The ${options.name} age result did not verify (${typeof kind === 'string' ? kind : 'invalid'}).`,
        );
      }
      const range = readAge(payload);
      if (!range) throw new AgeResultError(`The ${options.name} age result holds no age range.`);
      return { ...range, source: `${method}:${options.name}`, method, assurance };
    },
  };
}
