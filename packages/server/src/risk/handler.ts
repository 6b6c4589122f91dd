import { type AgeBand, DEFAULT_POLICY, decayRisk, type Policy, riskHalfLifeMs } from '@youthchat/core';
import { HttpError } from '../http/errors.js';
import { acceptsLightRequests } from '../http/light-request.js';
import { createRateLimiter } from '../http/rate-limit.js';
import { type ErrorLogger, errorReply, jsonReply, withErrors } from '../http/response.js';
import type { RateLimitStore } from '../limits/types.js';
import { requireModerator } from '../reports/moderator.js';
import { type CountPeriod, countRangeProblem, countsToCsv, exportCounts } from './counts.js';
import { riskPolicyFor } from './tracker.js';
import type { SafetyRecordStore } from './types.js';

export interface ModerationHandlerOptions {
  /** The report store (it keeps the risk scores and counters). */
  store: SafetyRecordStore;
  /** Bearer token for these routes; unset, they answer 401. */
  moderatorToken?: string;
  /** Thresholds and half-lives per band. @default DEFAULT_POLICY */
  policy?: Policy;
  /** Where the youthchat routes are mounted. @default '/api' */
  basePath?: string;
  /** Where the count of refused tokens is kept. @default in memory */
  rateLimitStore?: RateLimitStore;
  log?: ErrorLogger;
  now?: () => Date;
}

/** One category of a subject's risk, as moderators read it. */
export interface SubjectRiskCategory {
  category: string;
  /** The score now (decayed), two decimals. */
  score: number;
  /** The score right after it was last raised. */
  scoreAtLastRaise: number;
  threshold: number;
  halfLifeHours: number;
  /** ISO time a finding last raised it. */
  lastRaisedAt: string;
  /** Escalated for adding up, and not yet fallen back below the re-arm level. */
  escalated: boolean;
}

const SUBJECT = /^[A-Za-z0-9_-]{16,100}$/;
const round = (n: number) => Math.round(n * 100) / 100;

function methodNotAllowed(): Response {
  return errorReply(405, 'method_not_allowed', 'This route accepts GET.', { allow: 'GET, HEAD' });
}

/**
 * Moderator routes, mounted at `{basePath}/moderation` (Bearer `MODERATOR_TOKEN`):
 *
 * - `GET /moderation/subjects/:subject/risk`: a subject's risk per category (score now, threshold, last raised)
 * - `GET /moderation/counts?from=YYYY-MM-DD&to=YYYY-MM-DD&period=day|month|year&format=json|csv`:
 *   counts for regulators (crisis resources shown, escalations, reports, decisions), no personal data
 *
 * @example
 * const moderation = createModerationHandler({ store, moderatorToken: process.env.MODERATOR_TOKEN });
 * const handler = createYouthchatHandler({ secret, routes: { '/moderation': moderation } });
 */
export function createModerationHandler(options: ModerationHandlerOptions): (request: Request) => Promise<Response> {
  const { store } = options;
  const base = `${(options.basePath ?? '/api').replace(/\/$/, '')}/moderation`;
  const policy = options.policy ?? DEFAULT_POLICY;
  const now = options.now ?? (() => new Date());
  const failures = createRateLimiter({
    limit: 10,
    windowMs: 60_000,
    name: 'moderation:failures',
    ...(options.rateLimitStore ? { store: options.rateLimitStore } : {}),
  });

  async function subjectRisk(subject: string): Promise<Response> {
    if (!SUBJECT.test(subject)) {
      throw new HttpError(400, 'invalid_request', 'Fix these fields and send again: subject: is not a subject hash.');
    }
    const at = now().getTime();
    const rows = await store.readRisk(subject);
    const band: AgeBand | null =
      rows.reduce<{ band: AgeBand; at: number } | null>(
        (latest, row) => (!latest || row.updatedAt > latest.at ? { band: row.band, at: row.updatedAt } : latest),
        null,
      )?.band ?? null;
    const categories: SubjectRiskCategory[] = rows.map((row) => {
      const risk = riskPolicyFor(row.band, policy.bands[row.band] ?? policy.bands[policy.youngestBand]);
      const halfLifeMs = riskHalfLifeMs(risk, row.category);
      return {
        category: row.category,
        score: round(decayRisk(row.score, row.updatedAt, at, halfLifeMs)),
        scoreAtLastRaise: round(row.score),
        threshold: risk.threshold,
        halfLifeHours: halfLifeMs / 3_600_000,
        lastRaisedAt: new Date(row.raisedAt).toISOString(),
        escalated: row.above,
      };
    });
    categories.sort((a, b) => b.score / b.threshold - a.score / a.threshold);
    return jsonReply({ subject, band, at: new Date(at).toISOString(), categories });
  }

  async function counts(request: Request): Promise<Response> {
    const params = new URL(request.url).searchParams;
    const from = params.get('from') ?? '';
    const to = params.get('to') ?? '';
    const period = (params.get('period') ?? 'month') as CountPeriod;
    const format = params.get('format') ?? 'json';
    const problems: string[] = [];
    const range = countRangeProblem(from, to);
    if (range) problems.push(range);
    if (!['day', 'month', 'year'].includes(period)) problems.push('period: must be day, month or year');
    if (!['json', 'csv'].includes(format)) problems.push('format: must be json or csv');
    if (problems.length > 0)
      throw new HttpError(400, 'invalid_request', `Fix these fields and send again: ${problems.join('; ')}.`);
    const data = await exportCounts(store, { from, to, period });
    if (format === 'json') return jsonReply(data);
    return new Response(countsToCsv(data), {
      status: 200,
      headers: {
        'content-type': 'text/csv; charset=utf-8',
        'content-disposition': `attachment; filename="youthchat-counts-${from}-${to}-${period}.csv"`,
        'cache-control': 'no-store',
      },
    });
  }

  return acceptsLightRequests(
    withErrors(async (request) => {
      const { pathname } = new URL(request.url);
      const parts = pathname.startsWith(`${base}/`) ? pathname.slice(base.length + 1).split('/') : [];
      const known =
        (parts.length === 3 && parts[0] === 'subjects' && parts[2] === 'risk') ||
        (parts.length === 1 && parts[0] === 'counts');
      if (!known) return errorReply(404, 'not_found', `No youthchat route at ${pathname}.`);
      if (request.method !== 'GET' && request.method !== 'HEAD') return methodNotAllowed();
      await requireModerator(request, options.moderatorToken, failures);
      if (parts[0] === 'counts') return counts(request);
      let subject = parts[1] ?? '';
      try {
        subject = decodeURIComponent(subject);
      } catch {
        // A malformed escape is not a subject; the pattern check refuses it.
      }
      return subjectRisk(subject);
    }, options.log),
  );
}
