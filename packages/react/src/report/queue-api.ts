import type { ModeratorReport, ReportReason, ReportSeverity, ReportStatus, StatementOfReasons } from '@youthchat/core';

export interface QueueFilters {
  status?: ReportStatus;
  reason?: ReportReason;
  severity?: ReportSeverity;
}

/** One category of a subject's risk, as `GET /moderation/subjects/:subject/risk` answers. */
export interface SubjectRiskCategory {
  category: string;
  score: number;
  scoreAtLastRaise: number;
  threshold: number;
  halfLifeHours: number;
  lastRaisedAt: string;
  escalated: boolean;
}

export interface DecisionBody {
  action: string;
  scope?: string;
  territorialScope?: string;
  durationDays?: number;
  facts: string;
  ground: { type: string; legalGround?: string; clause?: string; explanation: string };
  automatedDetection?: boolean;
  automatedDecision?: boolean;
  childSexualExploitation?: boolean;
}

/** A refusal from the moderator routes, with the server's own code and message. */
export class QueueRequestError extends Error {
  override readonly name = 'QueueRequestError';
  readonly status: number;
  /** The server's `error.code`, such as `already_decided`; empty when the answer had none. */
  readonly code: string;
  constructor(status: number, message: string, code = '') {
    super(message);
    this.status = status;
    this.code = code;
  }
}

/** The moderator routes, with the bearer token on every request. */
export function queueApi(serverUrl: string, token: string, fetchFn: typeof fetch) {
  const root = serverUrl.replace(/\/$/, '');
  const base = `${root}/reports`;
  async function call<T>(url: string, init: RequestInit = {}): Promise<T> {
    const headers = new Headers(init.headers);
    headers.set('authorization', `Bearer ${token}`);
    const response = await fetchFn(url, { ...init, headers });
    const body = (await response.json().catch(() => null)) as { error?: { code?: string; message?: string } } | null;
    if (!response.ok) {
      throw new QueueRequestError(
        response.status,
        body?.error?.message ?? `HTTP ${response.status}`,
        body?.error?.code,
      );
    }
    return body as T;
  }
  return {
    list(filters: QueueFilters, limit: number, cursor: string | null) {
      const params = new URLSearchParams({ limit: String(limit) });
      for (const [key, value] of Object.entries(filters)) if (value) params.set(key, value);
      if (cursor) params.set('cursor', cursor);
      return call<{ reports: ModeratorReport[]; nextCursor: string | null }>(`${base}?${params}`);
    },
    risk(subject: string) {
      return call<{ categories: SubjectRiskCategory[] }>(
        `${root}/moderation/subjects/${encodeURIComponent(subject)}/risk`,
      );
    },
    decide(id: string, decision: DecisionBody) {
      return call<{ report: ModeratorReport; statement: StatementOfReasons }>(
        `${base}/${encodeURIComponent(id)}/decision`,
        {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(decision),
        },
      );
    },
  };
}
