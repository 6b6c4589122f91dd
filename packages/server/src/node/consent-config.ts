/** The environment for mail and parental consent (docs/consent.md), read apart from the rest of the config. */
export interface ConsentServerConfig {
  /** Mail to parents and guardians. */
  mail: { smtpUrl?: string; from?: string };
  /** Where the app is served, for links in mail (`YOUTHCHAT_PUBLIC_URL`), without a trailing slash. */
  publicUrl: string;
  consent: {
    /** The service's name in notices (`YOUTHCHAT_SERVICE_NAME`). */
    serviceName?: string;
    /** Days a consent link and the parent's address live (`YOUTHCHAT_CONSENT_REQUEST_DAYS`). */
    requestDays?: number;
    /** Hours before the email-plus confirmation mail (`YOUTHCHAT_CONSENT_CONFIRM_DELAY_HOURS`). */
    confirmDelayHours?: number;
    /** The verification vendor's JWKS, issuer and audience; unset, the `vendor` method is off. */
    vendor?: { jwksUrl: string; issuer: string; audience: string };
  };
}

/** Thrown for a bad value; `loadServerConfig` turns it into its ConfigError. */
export class ConsentConfigError extends Error {
  override readonly name = 'ConsentConfigError';
}

function whole(env: NodeJS.ProcessEnv, name: string, min: number, max: number): number | undefined {
  const raw = env[name];
  if (raw === undefined || raw === '') return undefined;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max)
    throw new ConsentConfigError(`${name} must be a whole number from ${min} to ${max}; got "${raw}".`);
  return value;
}

function httpUrl(name: string, raw: string): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConsentConfigError(`${name} must be a URL; got "${raw}".`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    throw new ConsentConfigError(`${name} must be an http(s) URL; got "${url.protocol}//".`);
  return url;
}

export function readConsentEnv(env: NodeJS.ProcessEnv, port: number): ConsentServerConfig {
  const smtpUrl = env.SMTP_URL || undefined;
  if (smtpUrl !== undefined && !/^smtps?:\/\//.test(smtpUrl))
    throw new ConsentConfigError('SMTP_URL must start with smtp:// or smtps://.');
  const publicUrl = env.YOUTHCHAT_PUBLIC_URL
    ? httpUrl('YOUTHCHAT_PUBLIC_URL', env.YOUTHCHAT_PUBLIC_URL).toString().replace(/\/$/, '')
    : `http://localhost:${port}`;
  const requestDays = whole(env, 'YOUTHCHAT_CONSENT_REQUEST_DAYS', 1, 30);
  const confirmDelayHours = whole(env, 'YOUTHCHAT_CONSENT_CONFIRM_DELAY_HOURS', 0, 24 * 7);
  const jwksUrl = env.YOUTHCHAT_CONSENT_JWKS_URL || undefined;
  const issuer = env.YOUTHCHAT_CONSENT_JWT_ISSUER || undefined;
  const audience = env.YOUTHCHAT_CONSENT_JWT_AUDIENCE || undefined;
  if (jwksUrl !== undefined) {
    httpUrl('YOUTHCHAT_CONSENT_JWKS_URL', jwksUrl);
    if (!issuer || !audience)
      throw new ConsentConfigError(
        'YOUTHCHAT_CONSENT_JWKS_URL needs YOUTHCHAT_CONSENT_JWT_ISSUER and YOUTHCHAT_CONSENT_JWT_AUDIENCE: a vendor result is accepted only from that issuer for this audience.',
      );
  }
  return {
    mail: {
      ...(smtpUrl !== undefined ? { smtpUrl } : {}),
      ...(env.YOUTHCHAT_MAIL_FROM ? { from: env.YOUTHCHAT_MAIL_FROM } : {}),
    },
    publicUrl,
    consent: {
      ...(env.YOUTHCHAT_SERVICE_NAME ? { serviceName: env.YOUTHCHAT_SERVICE_NAME } : {}),
      ...(requestDays !== undefined ? { requestDays } : {}),
      ...(confirmDelayHours !== undefined ? { confirmDelayHours } : {}),
      ...(jwksUrl && issuer && audience ? { vendor: { jwksUrl, issuer, audience } } : {}),
    },
  };
}
