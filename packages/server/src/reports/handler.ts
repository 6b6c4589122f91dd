import { randomUUID } from 'node:crypto';
import {
  type AgeBand,
  DEFAULT_POLICY,
  loadLanguages,
  type Policy,
  REPORT_REASON_SEVERITY,
  type ReportReason,
  type ReportStatus,
  SHIPPED_LANGUAGES,
  scrubPII,
} from '@youthchat/core';
import { readAgeToken, verifyAgeToken } from '../age/token.js';
import { keyedHash } from '../escalation/hash.js';
import type { EscalationEvent } from '../escalation/types.js';
import { readJsonObject } from '../http/body.js';
import { HttpError } from '../http/errors.js';
import { acceptsLightRequests, requestPathname } from '../http/light-request.js';
import { lightResponse } from '../http/light-response.js';
import { checkOrigin } from '../http/origin.js';
import { clientAddress, createRateLimiter, type RateLimiter } from '../http/rate-limit.js';
import {
  defaultErrorLogger,
  type ErrorLogger,
  errorReply,
  jsonReply,
  securedJsonHeaders,
  withErrors,
} from '../http/response.js';
import { validateBody } from '../http/validate.js';
import type { RateLimitStore } from '../limits/types.js';
import { remembered } from '../remembered.js';
import { requireModerator } from './moderator.js';
import { decodeCursor, encodeCursor, toModeratorReport, toOutcome } from './present.js';
import { newReference, normalizeReference } from './reference.js';
import { preserveUntilFor, type RetentionOptions } from './retention.js';
import { appealSchema, decisionSchema, listQuerySchema } from './schema.js';
import { type AppealOptions, buildStatement, DEFAULT_APPEAL_WINDOW_DAYS } from './statement.js';
import { parseSubmission } from './submission.js';
import { ReportConflictError, type ReportQuery, type ReportRecord, type ReportStore } from './types.js';
import { isWithheld, sameText, WITHHELD_TEXT } from './withheld.js';

/** A fixed-window limit: `limit` requests per `windowMs`. */
export interface Limit {
  limit: number;
  windowMs: number;
}

export interface ReportsRateLimits {
  /** New reports per client address. @default 60 per 10 minutes */
  perAddress?: Limit;
  /** New reports per age token (per age session). @default 20 per 10 minutes */
  perToken?: Limit;
  /** Status lookups and appeals per address. @default 60 per minute */
  lookups?: Limit;
  /** Refused moderator tokens per address. @default 10 per minute */
  moderatorFailures?: Limit;
}

export interface ReportsHandlerOptions {
  store: ReportStore;
  /** The age-token secret: verifies optional age tokens and keys the subject hash. */
  secret: string | Uint8Array;
  /** Bearer token for the moderator routes; unset, they answer 401. */
  moderatorToken?: string;
  /** Where the youthchat routes are mounted. @default '/api' */
  basePath?: string;
  /** Browser origins allowed besides the server's own. @default [] */
  allowedOrigins?: readonly string[];
  /** Per-band policy: the band for reports without a token, and whether escalations carry text. @default DEFAULT_POLICY */
  policy?: Policy;
  /** Reasons escalated at once. @default every reason of severity `high` */
  escalateReasons?: readonly ReportReason[];
  rateLimits?: ReportsRateLimits;
  /** Where the limits count: a shared SQLite or PostgreSQL store makes them hold across instances. @default in memory */
  rateLimitStore?: RateLimitStore;
  appeals?: AppealOptions;
  retention?: RetentionOptions;
  /** Called after a report's escalation is committed to the outbox (e.g. to wake the delivery worker). */
  onEscalation?: (event: EscalationEvent) => void;
  /** Logs server faults: a code and the error, never request content. */
  log?: ErrorLogger;
  /**
   * Removes personal details from a minor's text before it is stored. If it
   * throws, the report is still stored, with the text withheld (see
   * `WITHHELD_TEXT`) and `textWithheld: true` for moderators.
   * @default `scrubPII` from `@youthchat/core`, with every shipped language's cue words
   */
  scrub?: (text: string, options: { locale?: string }) => string | Promise<string>;
  now?: () => Date;
}

const DEFAULT_LIMITS: Required<ReportsRateLimits> = {
  perAddress: { limit: 60, windowMs: 10 * 60_000 },
  perToken: { limit: 20, windowMs: 10 * 60_000 },
  lookups: { limit: 60, windowMs: 60_000 },
  moderatorFailures: { limit: 10, windowMs: 60_000 },
};

const ID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    // A malformed escape cannot name any report; leave it as it is and let the lookup miss.
    return segment;
  }
}

/** The fields a sender chose; a repeated `clientReportId` must come with the same ones. */
function samePayload(a: ReportRecord, b: ReportRecord): boolean {
  return (
    a.reason === b.reason &&
    sameText(a.details, b.details) &&
    sameText(a.excerpt, b.excerpt) &&
    a.messageId === b.messageId &&
    a.messageRole === b.messageRole &&
    a.conversationId === b.conversationId &&
    a.locale === b.locale &&
    a.goodFaith === b.goodFaith &&
    a.source === b.source
  );
}

function limiter(limit: Limit, name: string, store: RateLimitStore | undefined): RateLimiter {
  return createRateLimiter({ limit: limit.limit, windowMs: limit.windowMs, name, ...(store ? { store } : {}) });
}

function methodNotAllowed(allow: string): Response {
  return errorReply(405, 'method_not_allowed', `This route accepts ${allow.split(', ').join(' or ')}.`, { allow });
}

function notFound(what: string): Response {
  return errorReply(404, 'report_not_found', `No report with that ${what}.`);
}

/**
 * The report routes, as one fetch-style handler mounted at `{basePath}/reports`:
 *
 * - `POST /reports`: anyone (age token optional) → `201 { id, status: 'received', reference }`
 * - `GET /reports/:reference/status`: the reporter → the outcome and statement of reasons
 * - `POST /reports/:reference/appeal`: the reporter contests a decision
 * - `GET /reports`, `GET /reports/:id`, `POST /reports/:id/decision`: moderators (Bearer token)
 *
 * @example
 * const store = await sqliteReportStore({ filename: '.data/youthchat.sqlite' });
 * const reports = createReportsHandler({ store, secret, moderatorToken: process.env.MODERATOR_TOKEN });
 * const handler = createYouthchatHandler({ secret, routes: { '/reports': reports } });
 */
export function createReportsHandler(options: ReportsHandlerOptions): (request: Request) => Promise<Response> {
  const { store } = options;
  const base = `${(options.basePath ?? '/api').replace(/\/$/, '')}/reports`;
  const policy = options.policy ?? DEFAULT_POLICY;
  const now = options.now ?? (() => new Date());
  const escalateReasons = new Set<ReportReason>(
    options.escalateReasons ??
      (Object.keys(REPORT_REASON_SEVERITY) as ReportReason[]).filter((r) => REPORT_REASON_SEVERITY[r] === 'high'),
  );
  const limits = { ...DEFAULT_LIMITS, ...options.rateLimits };
  const byAddress = limiter(limits.perAddress, 'reports:address', options.rateLimitStore);
  const byToken = limiter(limits.perToken, 'reports:token', options.rateLimitStore);
  const lookups = limiter(limits.lookups, 'reports:lookups', options.rateLimitStore);
  const moderatorFailures = limiter(limits.moderatorFailures, 'reports:moderator-failures', options.rateLimitStore);
  const windowMs = (options.appeals?.windowDays ?? DEFAULT_APPEAL_WINDOW_DAYS) * 86_400_000;
  // The scrubber reads names and places with every shipped language's cue words; a failed load still scrubs
  // what needs no words (emails, numbers, links).
  const languages = options.scrub ? undefined : loadLanguages(SHIPPED_LANGUAGES).catch(() => undefined);
  const scrub =
    options.scrub ??
    (async (text: string, scrubOptions: { locale?: string }) => {
      await languages;
      return scrubPII(text, scrubOptions).text;
    });
  const log: ErrorLogger = (entry) => {
    try {
      (options.log ?? defaultErrorLogger)(entry);
    } catch {
      // A failing logger must not turn an answer into an error.
    }
  };

  /**
   * A minor's own words lose personal details before they are stored (and
   * before any escalation carries them). Under-13s always; other bands as
   * their policy's `pii.scrub` says. Fails closed: if the scrubber throws,
   * the text is withheld (never stored unchecked) and the report still kept.
   */
  function scrubbed(text: string | null, band: AgeBand, locale: string | null): string | null | Promise<string | null> {
    if (!text || (band !== 'under13' && !policy.bands[band].pii.scrub)) return text;
    let clean: string | Promise<string>;
    try {
      clean = scrub(text, locale ? { locale } : {});
    } catch (error) {
      return withheld(error);
    }
    // A scrubber that answers at once (the engine's inline scrub of a short text) is not waited for.
    if (typeof clean === 'string') return clean;
    return Promise.resolve(clean).then(
      (value) =>
        typeof value === 'string' ? value : withheld(new TypeError('The scrubber did not answer with text.')),
      withheld,
    );
  }

  function withheld(error: unknown): string {
    log({ code: 'report_text_withheld', status: 201, error });
    return WITHHELD_TEXT;
  }

  /**
   * The keyed hash a report is filed under, for an age session or an
   * address. Recent ones are remembered (a sender's reports come in runs),
   * at most 4096, so the map stays small.
   */
  const subjectOf = remembered((sender) => keyedHash(options.secret, sender));

  /** The store failed (down, full, locked): a 503 the client can retry, logged as the fault it is. */
  function storeUnavailable(error: unknown): HttpError {
    log({ code: 'report_store_unavailable', status: 503, error });
    return new HttpError(
      503,
      'report_store_unavailable',
      'The report could not be saved just now. Send it again in a moment with the same clientReportId; it is kept only once.',
      { headers: { 'retry-after': '5' } },
    );
  }

  /** A store call whose failure answers 503 (see `storeUnavailable`) rather than a bare 500. */
  async function fromStore<T>(work: Promise<T>): Promise<T> {
    try {
      return await work;
    } catch (error) {
      if (error instanceof HttpError) throw error;
      throw storeUnavailable(error);
    }
  }

  async function submit(request: Request): Promise<Response> {
    const address = clientAddress(request);
    await byAddress.hit(address);
    // Most reports carry no age token: nothing to verify, and no promise to wait for.
    const claims =
      readAgeToken(request) !== null
        ? await fromStore(verifyAgeToken(request, { secret: options.secret, now: now(), revocations: store }))
        : null;
    if (claims) await byToken.hit(claims.sessionId);
    const body = parseSubmission(await readJsonObject(request));
    const band = claims?.band ?? policy.youngestBand;
    const at = now().getTime();
    const subject = subjectOf(claims ? claims.sessionId : `address:${address}`);
    const reason = body.reason;
    const locale = body.locale ?? null;
    // Both at once: on the engine's workers they go in the same job (`scrubbed` never rejects). A report with
    // one text (most have only details) waits for that one alone, and not at all when it was scrubbed inline.
    const detailsText = body.details || null;
    const excerptText = body.excerpt || null;
    let details: string | null;
    let excerpt: string | null;
    if (detailsText !== null && excerptText !== null) {
      [details, excerpt] = await Promise.all([
        scrubbed(detailsText, band, locale),
        scrubbed(excerptText, band, locale),
      ]);
    } else {
      const one = scrubbed(detailsText ?? excerptText, band, locale);
      const clean = one === null || typeof one === 'string' ? one : await one;
      details = detailsText === null ? null : clean;
      excerpt = detailsText === null ? clean : null;
    }
    for (let tries = 0; ; tries++) {
      const record: ReportRecord = {
        id: randomUUID(),
        reference: newReference(),
        clientReportId: body.clientReportId ?? null,
        reason,
        severity: REPORT_REASON_SEVERITY[reason],
        status: 'received',
        band,
        bandVerified: claims !== null,
        source: body.source ?? (body.messageId || excerpt ? 'message' : 'general'),
        details,
        excerpt,
        messageId: body.messageId ?? null,
        messageRole: body.messageRole ?? null,
        conversationId: body.conversationId ?? null,
        locale,
        goodFaith: body.goodFaith ?? false,
        subject,
        escalated: escalateReasons.has(reason),
        createdAt: at,
        updatedAt: at,
        preserveUntil: preserveUntilFor(reason, at, options.retention),
        statements: [],
        appealAt: null,
        appealText: null,
      };
      const event: EscalationEvent | undefined = record.escalated
        ? {
            id: randomUUID(),
            source: 'report',
            category: reason,
            severity: record.severity,
            band,
            subject,
            createdAt: new Date(at).toISOString(),
            reportId: record.id,
            ...(policy.bands[band].escalation.includeText && record.excerpt && !isWithheld(record.excerpt)
              ? { text: record.excerpt }
              : {}),
          }
        : undefined;
      let stored: { report: ReportRecord; created: boolean };
      try {
        stored = await store.insertReport(record, event);
      } catch (error) {
        // A reference or id already taken (50 and 122 random bits): draw new ones.
        if (error instanceof ReportConflictError && tries < 3) continue;
        throw storeUnavailable(error);
      }
      const { report, created } = stored;
      // Like an idempotency key: a retry answers with the first report; the same key on another report is refused.
      if (!created && !samePayload(report, record)) {
        throw new HttpError(
          409,
          'client_report_id_reused',
          'This clientReportId was already used for a different report. Send a new clientReportId with each new report.',
        );
      }
      if (created && event) {
        try {
          options.onEscalation?.(event);
        } catch (error) {
          // The report and its escalation are committed; the outbox delivers it whatever the hook did.
          log({ code: 'escalation_hook_failed', status: 201, error });
        }
      }
      const withheld = isWithheld(report.details) || isWithheld(report.excerpt);
      // The 201 in one step: its own headers object (the security headers already in it) and text.
      const headers = securedJsonHeaders();
      headers.location = `${base}/${report.reference}/status`;
      return lightResponse(
        201,
        headers,
        JSON.stringify(
          withheld
            ? { id: report.id, status: 'received', reference: report.reference, textWithheld: true }
            : { id: report.id, status: 'received', reference: report.reference },
        ),
      );
    }
  }

  async function findByReference(raw: string): Promise<ReportRecord | null> {
    const reference = normalizeReference(raw);
    return reference ? fromStore(store.getReportByReference(reference)) : null;
  }

  async function status(request: Request, raw: string): Promise<Response> {
    await lookups.hit(clientAddress(request));
    const report = await findByReference(raw);
    return report ? jsonReply(toOutcome(report)) : notFound('reference number');
  }

  async function appeal(request: Request, raw: string): Promise<Response> {
    await lookups.hit(clientAddress(request));
    const body = validateBody(appealSchema, await readJsonObject(request));
    const report = await findByReference(raw);
    if (!report) return notFound('reference number');
    const decidedAt = report.statements.at(-1)?.decidedAt;
    if (report.status === 'received' || !decidedAt) {
      throw new HttpError(409, 'not_decided', 'This report has no decision yet; there is nothing to contest.');
    }
    if (report.status === 'appealed') {
      throw new HttpError(409, 'already_appealed', 'A review of this decision has already been asked for.');
    }
    const at = now().getTime();
    if (at > Date.parse(decidedAt) + windowMs) {
      throw new HttpError(409, 'appeal_window_closed', 'The time to ask for a review of this decision has passed.');
    }
    const text = await scrubbed(body.text || null, report.band, report.locale);
    const result = await fromStore(store.recordAppeal(report.id, { at, text }));
    if (!result.report) return notFound('reference number');
    if (!result.applied)
      throw new HttpError(409, 'already_appealed', 'A review of this decision has already been asked for.');
    return jsonReply(toOutcome(result.report));
  }

  async function list(request: Request): Promise<Response> {
    await requireModerator(request, options.moderatorToken, moderatorFailures);
    const params = Object.fromEntries(new URL(request.url).searchParams);
    const q = validateBody(listQuerySchema, params);
    const after = q.cursor === undefined ? undefined : decodeCursor(q.cursor);
    if (q.cursor !== undefined && !after) {
      throw new HttpError(
        400,
        'invalid_request',
        'Fix these fields and send again: cursor: is not one this server gave.',
      );
    }
    const limit = q.limit ?? 50;
    const query: ReportQuery = { limit: limit + 1 };
    for (const key of [
      'status',
      'reason',
      'severity',
      'band',
      'subject',
      'clientReportId',
      'since',
      'until',
      'order',
    ] as const) {
      if (q[key] !== undefined) Object.assign(query, { [key]: q[key] });
    }
    if (after) query.after = after;
    const rows = await fromStore(store.listReports(query));
    const page = rows.slice(0, limit);
    const last = page.at(-1);
    return jsonReply({
      reports: page.map(toModeratorReport),
      nextCursor: rows.length > limit && last ? encodeCursor(last) : null,
    });
  }

  async function getOne(request: Request, id: string): Promise<Response> {
    await requireModerator(request, options.moderatorToken, moderatorFailures);
    const report = ID_PATTERN.test(id) ? await fromStore(store.getReport(id)) : null;
    return report ? jsonReply({ report: toModeratorReport(report) }) : notFound('id');
  }

  async function decide(request: Request, id: string): Promise<Response> {
    await requireModerator(request, options.moderatorToken, moderatorFailures);
    const input = validateBody(decisionSchema, await readJsonObject(request));
    const report = ID_PATTERN.test(id) ? await fromStore(store.getReport(id)) : null;
    if (!report) return notFound('id');
    const at = now().getTime();
    const statement = buildStatement(input, {
      reference: report.reference,
      decidedAt: at,
      appealUrl: `${base}/${report.reference}/appeal`,
      ...(options.appeals ? { appeals: options.appeals } : {}),
    });
    const from: ReportStatus[] = ['received', 'appealed'];
    const preserveUntil = input.childSexualExploitation
      ? at + (options.retention?.preserveDays ?? 365) * 86_400_000
      : undefined;
    const result = await fromStore(
      store.recordDecision(report.id, from, {
        statement,
        now: at,
        ...(preserveUntil !== undefined ? { preserveUntil } : {}),
      }),
    );
    if (!result.report) return notFound('id');
    if (!result.applied) {
      throw new HttpError(
        409,
        'already_decided',
        'This report already has a decision. It can be decided again only after the reporter appeals.',
      );
    }
    return jsonReply({ report: toModeratorReport(result.report), statement });
  }

  return acceptsLightRequests(
    withErrors(async (request) => {
      const pathname = requestPathname(request);
      if (pathname !== base && !pathname.startsWith(`${base}/`)) {
        return errorReply(404, 'not_found', `No youthchat route at ${pathname}.`);
      }
      // The collection itself (every new report) has no segments to split.
      const parts =
        pathname.length === base.length
          ? []
          : pathname.slice(base.length).split('/').filter(Boolean).map(decodeSegment);
      const method = request.method;
      if (method !== 'GET' && method !== 'HEAD') checkOrigin(request, options.allowedOrigins);
      if (parts.length === 0) {
        if (method === 'POST') return submit(request);
        if (method === 'GET' || method === 'HEAD') return list(request);
        return methodNotAllowed('GET, POST');
      }
      const [key = '', action] = parts;
      if (parts.length === 1) {
        if (method === 'GET' || method === 'HEAD') return getOne(request, key);
        return methodNotAllowed('GET');
      }
      if (parts.length === 2 && action === 'status') {
        if (method === 'GET' || method === 'HEAD') return status(request, key);
        return methodNotAllowed('GET');
      }
      if (parts.length === 2 && action === 'appeal') {
        if (method === 'POST') return appeal(request, key);
        return methodNotAllowed('POST');
      }
      if (parts.length === 2 && action === 'decision') {
        if (method === 'POST') return decide(request, key);
        return methodNotAllowed('POST');
      }
      return errorReply(404, 'not_found', `No youthchat route at ${pathname}.`);
    }, log),
  );
}
