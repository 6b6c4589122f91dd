import type { GuardianSettingsValue, GuardianStatus } from '@youthchat/core';

/** A failed call: the server's error code (`guardian_link_expired`…) or `network`. */
export class GuardianApiError extends Error {
  override readonly name = 'GuardianApiError';
  constructor(
    readonly code: string,
    readonly status: number,
  ) {
    super(code);
  }
}

export interface GuardianView {
  status: 'linked';
  band: string;
  linkedAt: string | null;
  settings: GuardianSettingsValue;
  usedMinutesToday: number;
  lastAlertAt: string | null;
}

async function call<T>(doFetch: typeof fetch, url: string, init: RequestInit = {}): Promise<T> {
  let response: Response;
  try {
    response = await doFetch(url, {
      ...init,
      headers: { ...(init.body !== undefined ? { 'content-type': 'application/json' } : {}), ...init.headers },
    });
  } catch {
    throw new GuardianApiError('network', 0);
  }
  if (!response.ok) {
    let code = `http_${response.status}`;
    try {
      const body = (await response.json()) as { error?: { code?: unknown } };
      if (typeof body.error?.code === 'string') code = body.error.code;
    } catch {
      // Not the documented JSON error (a proxy's page): the status says enough.
    }
    throw new GuardianApiError(code, response.status);
  }
  return (await response.json()) as T;
}

/** The `/api/guardian` routes, for the teen's side (age cookie) and the guardian's (Bearer credential). */
export function guardianApi(serverUrl: string, doFetch: typeof fetch) {
  const base = `${serverUrl.replace(/\/$/, '')}/guardian`;
  const bearer = (credential: string) => ({ authorization: `Bearer ${credential}` });
  return {
    status: () => call<GuardianStatus>(doFetch, base, { cache: 'no-store' }),
    request: (guardianEmail: string, guardianLocale: string) =>
      call<GuardianStatus>(doFetch, base, { method: 'POST', body: JSON.stringify({ guardianEmail, guardianLocale }) }),
    withdraw: () => call<GuardianStatus>(doFetch, base, { method: 'DELETE' }),
    describeLink: (token: string) =>
      call<{ band: string; expiresAt: string }>(doFetch, `${base}/confirm/${encodeURIComponent(token)}`),
    confirm: (token: string, timeZone: string) =>
      call<{ manageToken: string; settings: GuardianSettingsValue }>(
        doFetch,
        `${base}/confirm/${encodeURIComponent(token)}`,
        {
          method: 'POST',
          body: JSON.stringify({ timeZone }),
        },
      ),
    settings: (credential: string) =>
      call<GuardianView>(doFetch, `${base}/settings`, { headers: bearer(credential), cache: 'no-store' }),
    save: (credential: string, settings: GuardianSettingsValue) =>
      call<GuardianView>(doFetch, `${base}/settings`, {
        method: 'PUT',
        headers: bearer(credential),
        body: JSON.stringify(settings),
      }),
    unlink: (credential: string) =>
      call<{ status: 'unlinked' }>(doFetch, `${base}/settings`, { method: 'DELETE', headers: bearer(credential) }),
  };
}

/** The device's time zone, or UTC where it cannot be read. */
export function deviceTimeZone(): string {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
  } catch {
    return 'UTC';
  }
}
