/** The environment for verified age results (docs/age-gate.md), read apart from the rest of the config. */
export interface AgeServerConfig {
  /**
   * One JWKS verifier for signed age results (`YOUTHCHAT_AGE_JWKS_URL`,
   * `YOUTHCHAT_AGE_JWT_ISSUER`, `YOUTHCHAT_AGE_JWT_AUDIENCE`, named by
   * `YOUTHCHAT_AGE_VERIFIER`, default `vendor`); unset, results are refused.
   */
  ageVerifier?: { name: string; jwksUrl: string; issuer: string; audience: string };
}

export class AgeConfigError extends Error {
  override readonly name = 'AgeConfigError';
}

export function readAgeEnv(env: NodeJS.ProcessEnv): AgeServerConfig {
  const jwksUrl = env.YOUTHCHAT_AGE_JWKS_URL || undefined;
  if (!jwksUrl) return {};
  let url: URL;
  try {
    url = new URL(jwksUrl);
  } catch {
    throw new AgeConfigError(`YOUTHCHAT_AGE_JWKS_URL must be a URL; got "${jwksUrl}".`);
  }
  const local = url.hostname === 'localhost' || url.hostname === '127.0.0.1';
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && local)) {
    throw new AgeConfigError('YOUTHCHAT_AGE_JWKS_URL must be an https:// URL (plain http only on localhost).');
  }
  const issuer = env.YOUTHCHAT_AGE_JWT_ISSUER || undefined;
  const audience = env.YOUTHCHAT_AGE_JWT_AUDIENCE || undefined;
  if (!issuer || !audience) {
    throw new AgeConfigError(
      'YOUTHCHAT_AGE_JWKS_URL needs YOUTHCHAT_AGE_JWT_ISSUER and YOUTHCHAT_AGE_JWT_AUDIENCE: an age result is accepted only from that issuer for this audience.',
    );
  }
  const name = env.YOUTHCHAT_AGE_VERIFIER || 'vendor';
  if (!/^[a-z0-9][a-z0-9-]{0,63}$/.test(name)) {
    throw new AgeConfigError(`YOUTHCHAT_AGE_VERIFIER must be lower-case letters, digits and dashes; got "${name}".`);
  }
  return { ageVerifier: { name, jwksUrl, issuer, audience } };
}
