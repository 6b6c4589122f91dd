import {
  type AgeBand,
  type ConsentScope,
  type ConsentStatus,
  isAgeBand,
  isConsentScope,
  isConsentStatus,
} from '@youthchat/core';

/** A JSON answer: the status, and the body or `{}` when it was not JSON. */
interface JsonAnswer {
  status: number;
  body: Record<string, unknown>;
}

/** The `error.code` of a 4xx answer, or `''`. */
export function errorCode(answer: JsonAnswer): string {
  const error = answer.body.error as { code?: unknown } | undefined;
  return typeof error?.code === 'string' ? error.code : '';
}

async function call(fetcher: typeof fetch, url: string, init?: RequestInit): Promise<JsonAnswer> {
  const response = await fetcher(url, init);
  let body: Record<string, unknown> = {};
  try {
    const parsed: unknown = await response.json();
    if (typeof parsed === 'object' && parsed !== null) body = parsed as Record<string, unknown>;
  } catch {
    // Not JSON (a proxy's error page): the status says enough.
  }
  return { status: response.status, body };
}

const json = (body: unknown): RequestInit => ({
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify(body),
});

const scopesOf = (value: unknown): ConsentScope[] => (Array.isArray(value) ? value.filter(isConsentScope) : []);

/** Where consent stands for the child holding the age cookie (`GET {serverUrl}/age`). */
export interface ConsentState {
  consent: ConsentStatus;
  scopes: ConsentScope[];
}

/** Reads the child's consent from `GET /age`; `null` when the token is gone (401), throws when offline. */
export async function readConsent(fetcher: typeof fetch, serverUrl: string): Promise<ConsentState | null> {
  const answer = await call(fetcher, `${serverUrl}/age`, { method: 'GET', cache: 'no-store' });
  if (answer.status === 401) return null;
  if (answer.status !== 200 || !isConsentStatus(answer.body.consent)) throw new Error(`GET /age: ${answer.status}`);
  return { consent: answer.body.consent, scopes: scopesOf(answer.body.consentScopes) };
}

export type RequestOutcome = { ok: true; expiresAt?: string } | { ok: false; code: string };

/** `POST {serverUrl}/consent/requests`: asks the server to write to a parent. */
export async function requestConsent(
  fetcher: typeof fetch,
  serverUrl: string,
  parentEmail: string,
  locale: string,
): Promise<RequestOutcome> {
  try {
    const answer = await call(fetcher, `${serverUrl}/consent/requests`, json({ parentEmail, locale }));
    if (answer.status === 202 || answer.status === 200) {
      return typeof answer.body.expiresAt === 'string' ? { ok: true, expiresAt: answer.body.expiresAt } : { ok: true };
    }
    return { ok: false, code: errorCode(answer) || (answer.status === 401 ? 'age_token_invalid' : 'network') };
  } catch {
    return { ok: false, code: 'network' };
  }
}

/** One section of the notice to the parent. */
export interface NoticeSection {
  id: string;
  heading: string;
  body: string;
}

/** A scope as the notice explains it, and the methods that may grant it on this server. */
export interface NoticeScope {
  id: ConsentScope;
  title: string;
  description: string;
  methods: string[];
}

/** A verification method the server has configured. */
export interface NoticeMethod {
  id: string;
  scopes: ConsentScope[];
  label: string;
  description: string;
  /** What the client must send: nothing, or a signed result (`{ jwt }`). */
  evidence: 'none' | 'jwt';
  /** How far the parent's confirmation of the child's age through it counts; only `verified` may raise it. */
  ageAssurance?: string;
}

/** The child's age group as the child gave it, and the groups a parent may confirm, in the notice's words. */
export interface NoticeChildAge {
  band: AgeBand;
  label: string;
  bands: { id: AgeBand; label: string }[];
  /** Methods through which a parent may confirm an older group than the child gave. */
  raiseMethods: string[];
}

/** The direct notice to the parent (`GET {serverUrl}/consent/:token`). */
export interface ConsentNotice {
  locale: string;
  expiresAt?: string;
  /** What a vendor's signed result must carry, so it cannot be reused for another child. */
  nonce: string;
  service: { name: string; operator?: string; contact?: string };
  /** `label` is the band's name in the parent's language; `confirmedByParent` when the parent confirmed it. */
  child: { band?: AgeBand; label?: string; country?: string; confirmedByParent?: boolean };
  title: string;
  sections: NoticeSection[];
  scopes: NoticeScope[];
  methods: NoticeMethod[];
  thirdParties: { name: string; purpose: string; scope?: ConsentScope }[];
  /** Present when the server lets the parent confirm the child's age group. */
  childAge?: NoticeChildAge;
}

function toChildAge(value: unknown): NoticeChildAge | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const v = value as Record<string, unknown>;
  if (!isAgeBand(v.band)) return undefined;
  const bands = list(v.bands)
    .filter((b) => isAgeBand(b.id))
    .map((b) => ({ id: b.id as AgeBand, label: str(b.label, String(b.id)) }));
  if (bands.length === 0) return undefined;
  return {
    band: v.band,
    label: str(v.label, v.band),
    bands,
    raiseMethods: Array.isArray(v.raiseMethods) ? v.raiseMethods.filter((m): m is string => typeof m === 'string') : [],
  };
}

const str = (value: unknown, fallback = ''): string => (typeof value === 'string' ? value : fallback);
const list = (value: unknown): Record<string, unknown>[] =>
  Array.isArray(value)
    ? value.filter((item): item is Record<string, unknown> => typeof item === 'object' && item !== null)
    : [];

function toNotice(body: Record<string, unknown>): ConsentNotice {
  const service = (body.service ?? {}) as Record<string, unknown>;
  const child = (body.child ?? {}) as Record<string, unknown>;
  return {
    locale: str(body.locale, 'en'),
    ...(typeof body.expiresAt === 'string' ? { expiresAt: body.expiresAt } : {}),
    nonce: str(body.nonce),
    service: {
      name: str(service.name, 'youthchat'),
      ...(typeof service.operator === 'string' ? { operator: service.operator } : {}),
      ...(typeof service.contact === 'string' ? { contact: service.contact } : {}),
    },
    child: {
      ...(typeof child.band === 'string' ? { band: child.band as AgeBand } : {}),
      ...(typeof child.country === 'string' ? { country: child.country } : {}),
    },
    title: str(body.title),
    sections: list(body.sections).map((s) => ({ id: str(s.id), heading: str(s.heading), body: str(s.body) })),
    scopes: list(body.scopes)
      .filter((s) => isConsentScope(s.id))
      .map((s) => ({
        id: s.id as ConsentScope,
        title: str(s.title),
        description: str(s.description),
        methods: Array.isArray(s.methods) ? s.methods.filter((m): m is string => typeof m === 'string') : [],
      })),
    methods: list(body.methods).map((m) => ({
      id: str(m.id),
      scopes: scopesOf(m.scopes),
      label: str(m.label, str(m.id)),
      description: str(m.description),
      evidence: m.evidence === 'jwt' ? 'jwt' : 'none',
      ...(typeof m.ageAssurance === 'string' ? { ageAssurance: m.ageAssurance } : {}),
    })),
    thirdParties: list(body.thirdParties).map((p) => ({
      name: str(p.name),
      purpose: str(p.purpose),
      ...(isConsentScope(p.scope) ? { scope: p.scope } : {}),
    })),
    ...childAgeOf(body.childAge),
  };
}

function childAgeOf(value: unknown): { childAge?: NoticeChildAge } {
  const childAge = toChildAge(value);
  return childAge ? { childAge } : {};
}

export type NoticeOutcome = { ok: true; notice: ConsentNotice } | { ok: false; code: string };

/** `GET {serverUrl}/consent/:token`. */
export async function fetchNotice(fetcher: typeof fetch, serverUrl: string, token: string): Promise<NoticeOutcome> {
  try {
    const answer = await call(fetcher, `${serverUrl}/consent/${encodeURIComponent(token)}`, {
      method: 'GET',
      credentials: 'omit',
      cache: 'no-store',
    });
    if (answer.status === 200) return { ok: true, notice: toNotice(answer.body) };
    return { ok: false, code: errorCode(answer) || (answer.status === 404 ? 'consent_link_unknown' : 'network') };
  } catch {
    return { ok: false, code: 'network' };
  }
}

/** The parent's way back: the manage link the server answers a decision with. */
export interface ManageLink {
  url: string;
  token: string;
  expiresAt?: string;
}

export type DecisionOutcome =
  | { ok: true; consent: ConsentStatus; scopes: ConsentScope[]; manage?: ManageLink; childBand?: AgeBand }
  | { ok: false; code: string };

export interface Decision {
  decision: 'grant' | 'deny';
  scopes?: ConsentScope[];
  method?: string;
  evidence?: Record<string, unknown>;
  /** The child's age group as the parent confirms it. */
  childAge?: { band: AgeBand };
}

/** `POST {serverUrl}/consent/:token`. */
export async function postDecision(
  fetcher: typeof fetch,
  serverUrl: string,
  token: string,
  decision: Decision,
): Promise<DecisionOutcome> {
  try {
    const answer = await call(fetcher, `${serverUrl}/consent/${encodeURIComponent(token)}`, {
      ...json(decision),
      credentials: 'omit',
    });
    if (answer.status !== 200) return { ok: false, code: errorCode(answer) || 'network' };
    const manage = answer.body.manage as Record<string, unknown> | undefined;
    const parentAge = answer.body.parentAge as { band?: unknown } | undefined;
    return {
      ok: true,
      consent: isConsentStatus(answer.body.consent)
        ? answer.body.consent
        : decision.decision === 'grant'
          ? 'granted'
          : 'denied',
      scopes: scopesOf(answer.body.consentScopes),
      ...(isAgeBand(parentAge?.band) ? { childBand: parentAge.band } : {}),
      ...(manage && typeof manage.token === 'string'
        ? {
            manage: {
              url: str(manage.url),
              token: manage.token,
              ...(typeof manage.expiresAt === 'string' ? { expiresAt: manage.expiresAt } : {}),
            },
          }
        : {}),
    };
  } catch {
    return { ok: false, code: 'network' };
  }
}

/** What the kit holds about a child, as the parent's manage link shows it. */
export interface ChildHoldings {
  /** `label` is the band's name in the parent's language; `confirmedByParent` when the parent confirmed it. */
  child: { band?: AgeBand; label?: string; country?: string; confirmedByParent?: boolean };
  consent: { status: ConsentStatus; scopes: ConsentScope[]; method?: string; decidedAt?: string };
  holdings: { consentRecords: number; reports: number; riskScores: number; escalations: number };
  expiresAt?: string;
}

const isParentConfirmed = (value: unknown) =>
  typeof value === 'object' && value !== null && (value as { method?: unknown }).method === 'parent';

const count = (value: unknown) => (typeof value === 'number' && Number.isFinite(value) ? value : 0);

export type HoldingsOutcome = { ok: true; holdings: ChildHoldings } | { ok: false; code: string };

/** `GET {serverUrl}/parent/:manageToken`. */
export async function fetchHoldings(fetcher: typeof fetch, serverUrl: string, token: string): Promise<HoldingsOutcome> {
  try {
    const answer = await call(fetcher, `${serverUrl}/parent/${encodeURIComponent(token)}`, {
      method: 'GET',
      credentials: 'omit',
      cache: 'no-store',
    });
    if (answer.status !== 200) return { ok: false, code: errorCode(answer) || 'network' };
    const b = answer.body;
    const child = (b.child ?? {}) as Record<string, unknown>;
    const consent = (b.consent ?? {}) as Record<string, unknown>;
    const holdings = (b.holdings ?? {}) as Record<string, unknown>;
    return {
      ok: true,
      holdings: {
        child: {
          ...(typeof child.band === 'string' ? { band: child.band as AgeBand } : {}),
          ...(typeof child.label === 'string' ? { label: child.label } : {}),
          ...(typeof child.country === 'string' ? { country: child.country } : {}),
          ...(isParentConfirmed(child.confirmedBy) ? { confirmedByParent: true } : {}),
        },
        consent: {
          status: isConsentStatus(consent.status) ? consent.status : 'pending',
          scopes: scopesOf(consent.scopes),
          ...(typeof consent.method === 'string' ? { method: consent.method } : {}),
          ...(typeof consent.decidedAt === 'string' ? { decidedAt: consent.decidedAt } : {}),
        },
        holdings: {
          consentRecords: count(holdings.consentRecords),
          reports: count(holdings.reports),
          riskScores: count(holdings.riskScores),
          escalations: count(holdings.escalations),
        },
        ...(typeof b.expiresAt === 'string' ? { expiresAt: b.expiresAt } : {}),
      },
    };
  } catch {
    return { ok: false, code: 'network' };
  }
}

/** `POST {serverUrl}/parent/:manageToken/revoke`; all scopes when `scopes` is left out. */
export async function revokeConsent(
  fetcher: typeof fetch,
  serverUrl: string,
  token: string,
  scopes?: ConsentScope[],
): Promise<{ ok: boolean; code?: string }> {
  try {
    const answer = await call(fetcher, `${serverUrl}/parent/${encodeURIComponent(token)}/revoke`, {
      ...json(scopes ? { scopes } : {}),
      credentials: 'omit',
    });
    return answer.status === 200 ? { ok: true } : { ok: false, code: errorCode(answer) };
  } catch {
    return { ok: false, code: 'network' };
  }
}

/** `DELETE {serverUrl}/parent/:manageToken/data`. */
export async function deleteChildData(
  fetcher: typeof fetch,
  serverUrl: string,
  token: string,
): Promise<{ ok: boolean; code?: string }> {
  try {
    const answer = await call(fetcher, `${serverUrl}/parent/${encodeURIComponent(token)}/data`, {
      method: 'DELETE',
      credentials: 'omit',
    });
    return answer.status === 200 ? { ok: true } : { ok: false, code: errorCode(answer) };
  } catch {
    return { ok: false, code: 'network' };
  }
}

/**
 * The token of a parent's link: the `consent=` (or `manage=`) query parameter,
 * else the last path segment. Accepts a full URL, a path, or the bare token.
 *
 * @example
 * tokenFromLink('https://app.example/parent/consent/abc'); // 'abc'
 * tokenFromLink('/consent?consent=abc'); // 'abc'
 */
export function tokenFromLink(link: string, parameter = 'consent'): string {
  let url: URL;
  try {
    url = new URL(link, 'http://localhost');
  } catch {
    return '';
  }
  const fromQuery = url.searchParams.get(parameter);
  if (fromQuery) return fromQuery;
  const last = url.pathname.split('/').filter(Boolean).pop() ?? '';
  try {
    return decodeURIComponent(last);
  } catch {
    return '';
  }
}
