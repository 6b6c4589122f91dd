import { type AgeSignal, combineAgeEvidence, isAgeBand, isConsentScope, isConsentStatus } from '@youthchat/core';
import type { AgeResult } from '../provider/context.js';
import type { AgeGateErrorKey } from './validate.js';

export interface Declaration {
  birthDate: string;
  country?: string;
  timeZone?: string;
  signals?: readonly AgeSignal[];
}

export type DeclareOutcome = { ok: true; result: AgeResult; earlier: boolean } | { ok: false; error: AgeGateErrorKey };

const SERVER_ERRORS: Record<string, AgeGateErrorKey> = {
  date_in_future: 'errorFuture',
  date_too_old: 'errorTooOld',
  invalid_date: 'errorDateNotReal',
  rate_limited: 'errorRateLimited',
};

async function readJson(response: Response): Promise<Record<string, unknown>> {
  try {
    const body: unknown = await response.json();
    return typeof body === 'object' && body !== null ? (body as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

function toResult(body: Record<string, unknown>, signals: readonly AgeSignal[]): AgeResult | null {
  if (!isAgeBand(body.band)) return null;
  // Older servers may leave consent out of GET; without it, only adults go on unasked.
  const consent = isConsentStatus(body.consent) ? body.consent : body.band === 'adult' ? 'not-needed' : 'required';
  // The token in the body is for clients without cookies; a browser keeps it only in the HttpOnly cookie.
  const result: AgeResult = { band: combineAgeEvidence(body.band, signals, body.band), consent };
  if (typeof body.expiresAt === 'string') result.expiresAt = body.expiresAt;
  if (Array.isArray(body.consentScopes)) result.consentScopes = body.consentScopes.filter(isConsentScope);
  return result;
}

/**
 * Sends the answer to `POST {serverUrl}/age`. A 409 means this device already
 * answered: the earlier answer is read back with `GET {serverUrl}/age` and
 * becomes the result, so no second try is possible.
 */
export async function declareAge(
  fetcher: typeof fetch,
  serverUrl: string,
  declaration: Declaration,
): Promise<DeclareOutcome> {
  const { signals = [], ...rest } = declaration;
  try {
    const response = await fetcher(`${serverUrl}/age`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(signals.length > 0 ? { ...rest, signals } : rest),
    });
    let earlier = false;
    let body = await readJson(response);
    if (response.status === 409) {
      earlier = true;
      const previous = await fetcher(`${serverUrl}/age`, { method: 'GET' });
      if (!previous.ok) return { ok: false, error: 'errorNetwork' };
      body = await readJson(previous);
    } else if (!response.ok) {
      const code = (body.error as { code?: unknown } | undefined)?.code;
      return { ok: false, error: (typeof code === 'string' && SERVER_ERRORS[code]) || 'errorNetwork' };
    }
    const result = toResult(body, signals);
    return result ? { ok: true, result, earlier } : { ok: false, error: 'errorNetwork' };
  } catch {
    return { ok: false, error: 'errorNetwork' };
  }
}
