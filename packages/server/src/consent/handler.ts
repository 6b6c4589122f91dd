import { CONSENT_SCOPES, type ConsentScope, normalizeCountry } from '@youthchat/core';
import { z } from 'zod';
import type { AgeTokenDenyList } from '../age/token.js';
import { requireAgeClaims } from '../age/token.js';
import { keyedHash } from '../escalation/hash.js';
import { readJsonObject } from '../http/body.js';
import { HttpError } from '../http/errors.js';
import { checkOrigin } from '../http/origin.js';
import { clientAddress, createRateLimiter, hitLimits } from '../http/rate-limit.js';
import { errorResponse, jsonResponse, withErrors } from '../http/response.js';
import { validateBody } from '../http/validate.js';
import type { RateLimitStore } from '../limits/types.js';
import { MailError, type Mailer } from '../mail/types.js';
import type { ReportStore } from '../reports/types.js';
import { hashLinkToken, isLinkToken, newLinkToken } from './links.js';
import { confirmationMail, decisionMail, requestMail } from './mails.js';
import { CHILD_AGE_BANDS, childAgeSchema, childBandOf, parentAgeDecision, parentProvenance } from './parent-age.js';
import type { ConsentRecord, ConsentStore } from './store.js';
import { bandLabel, fill, type NoticeLocale, noticeLocale, parentTexts } from './texts.js';
import { ConsentVerificationError, type ConsentVerifier, createEmailPlusVerifier } from './verifiers.js';
import type { ConsentLookup, ConsentView } from './view.js';

/** Something else the kit (or the app) holds about a child, reached by the parent's data rights. */
export interface ChildDataHolder {
  /** Its name in `holdings`, the export and `deleted` (e.g. `riskScores`). */
  name: string;
  /** `subject` is the keyed hash of the child's age session that reports and escalations use. */
  count(subject: string): Promise<number>;
  export(subject: string): Promise<unknown>;
  /** Deletes it all; returns how many entries went. */
  delete(subject: string): Promise<number>;
}

export interface ConsentHandlerOptions {
  /** The age-token secret (verifies the child's token and keys the child's pseudonym). */
  secret: string | Uint8Array;
  store: ConsentStore;
  mailer: Mailer;
  /** Where the app is served, for links in mail, e.g. `https://app.example`. */
  publicUrl: string;
  /** The report store: the child's reports for review, export and deletion. */
  reports?: ReportStore;
  /** Where a deletion denies the child's age tokens (the report store). */
  revocations?: AgeTokenDenyList;
  /** Verification methods. @default [createEmailPlusVerifier()] */
  verifiers?: ConsentVerifier[];
  /** The service as the notice names it. */
  service?: { name?: string; operator?: string; contact?: string };
  /** The model provider named as the third party. @default 'OpenAI' */
  modelProvider?: string;
  /** Days a link (and the parent's address) lives. @default 7 */
  requestDays?: number;
  /** Hours before the email-plus confirmation mail. @default 24 */
  confirmDelayHours?: number;
  /** Days a manage link lives. @default 30 */
  manageDays?: number;
  /** Report retention, as the notice states it. @default 365 */
  reportRetentionDays?: number;
  /** More data about a child that the parent's rights reach (risk scores, say). */
  dataHolders?: ChildDataHolder[];
  /** Where the limits count. @default in memory */
  rateLimitStore?: RateLimitStore;
  /** Browser origins allowed besides the server's own. */
  allowedOrigins?: string[];
  now?: () => Date;
}

export interface Consent {
  /** Mount at `routes['/consent']`. */
  requests: (request: Request) => Promise<Response>;
  /** Mount at `routes['/parent']`. */
  parent: (request: Request) => Promise<Response>;
  /** Where consent stands for a token: for `GET /api/age` and the chat. */
  lookup: ConsentLookup;
  /** Sends the email-plus confirmations that are due; returns how many went. */
  sendDueConfirmations(): Promise<number>;
  /** Deletes expired addresses and old records. */
  purge(): Promise<{ addresses: number; requests: number; records: number }>;
}

const DAY = 24 * 60 * 60 * 1000;
const MAX_VERIFY_FAILURES = 5;

const requestSchema = z.object({
  parentEmail: z
    .string({ error: 'must be an email address' })
    .trim()
    .max(254, 'must be at most 254 characters')
    .pipe(z.email({ error: 'must be an email address, like parent@example.com' })),
  locale: z.string().max(35).optional(),
  country: z
    .string()
    .regex(/^[A-Za-z]{2}$/, 'must be a two-letter ISO 3166-1 country code, like "US"')
    .optional(),
});

const scopeList = z
  .array(z.enum(CONSENT_SCOPES as [ConsentScope, ...ConsentScope[]], { error: 'must be "use" or "ai-provider"' }))
  .max(2);

const decisionSchema = z.discriminatedUnion(
  'decision',
  [
    z.object({
      decision: z.literal('grant'),
      scopes: scopeList
        .min(1, 'must name at least "use"')
        .refine((s) => s.includes('use'), 'must include "use": sharing with the model provider needs use of the chat'),
      method: z.string({ error: 'must name a verification method' }).min(1).max(64),
      evidence: z.unknown().optional(),
      // The parent's confirmation of the child's age group (or year of birth).
      childAge: childAgeSchema.optional(),
    }),
    z.object({ decision: z.literal('deny') }),
  ],
  { error: 'must have "decision": "grant" or "deny"' },
);

const revokeSchema = z.object({ scopes: scopeList.min(1).optional() });

function linkError(kind: 'unknown' | 'used' | 'expired', manage = false): HttpError {
  if (manage) {
    return kind === 'expired'
      ? new HttpError(
          410,
          'manage_link_expired',
          'This link has expired. The link in the latest message from us works.',
        )
      : new HttpError(404, 'manage_link_unknown', 'This link is not valid. Check that it was copied whole.');
  }
  if (kind === 'used')
    return new HttpError(410, 'consent_link_used', 'A decision was already made with this link. It works only once.');
  if (kind === 'expired')
    return new HttpError(
      410,
      'consent_link_expired',
      'This link has expired, and the address it was sent to has been deleted. Your child can send a new request.',
    );
  return new HttpError(404, 'consent_link_unknown', 'This link is not valid. Check that it was copied whole.');
}

/**
 * Verifiable parental consent: the child's request (`POST /consent/requests`),
 * the notice and decision behind the single-use link (`GET`/`POST
 * /consent/:token`), and the parent's data rights behind the manage link
 * (`/parent/:manageToken`…). See docs/consent.md.
 *
 * @example
 * const consent = createConsent({ secret, store, mailer, publicUrl: 'https://app.example', reports });
 * createYouthchatHandler({ secret, age: { consent: consent.lookup }, routes: { '/consent': consent.requests, '/parent': consent.parent } });
 */
export function createConsent(options: ConsentHandlerOptions): Consent {
  const now = options.now ?? (() => new Date());
  const store = options.store;
  const verifiers = options.verifiers ?? [createEmailPlusVerifier()];
  const service = options.service?.name ?? 'youthchat';
  const provider = options.modelProvider ?? 'OpenAI';
  const requestDays = options.requestDays ?? 7;
  const confirmDelayMs = (options.confirmDelayHours ?? 24) * 60 * 60 * 1000;
  const manageMs = (options.manageDays ?? 30) * DAY;
  const reportDays = options.reportRetentionDays ?? 365;
  const publicUrl = options.publicUrl.replace(/\/$/, '');
  const limitStore = options.rateLimitStore ? { store: options.rateLimitStore } : {};
  const perChild = createRateLimiter({ limit: 3, windowMs: 60 * 60_000, name: 'consent:child', ...limitStore });
  const perParent = createRateLimiter({ limit: 3, windowMs: DAY, name: 'consent:parent', ...limitStore });
  // Per client address, across the consent and parent routes: a school behind one address has many children.
  const perAddress = createRateLimiter({ limit: 60, windowMs: 60_000, name: 'consent:address', ...limitStore });
  const subjectOf = (sessionId: string) => keyedHash(options.secret, sessionId);
  const emailHashOf = (email: string) => keyedHash(options.secret, email.toLowerCase(), 'consent-parent-address');
  const consentLink = (token: string) => `${publicUrl}/parent/consent/${token}`;
  const manageLink = (token: string) => `${publicUrl}/parent/manage/${token}`;

  const lookup: ConsentLookup = async (claims) => {
    if (claims.consent === 'not-needed') return { consent: 'not-needed', consentScopes: [] };
    const record = await store.getRecord(subjectOf(claims.sessionId));
    if (!record) return { consent: 'required', consentScopes: [] };
    if (!record.tokens.some((t) => t.id === claims.tokenId)) {
      await store.addToken(record.child, { id: claims.tokenId, expiresAt: claims.expiresAt.getTime() });
    }
    return viewOf(record);
  };

  async function openRequest(request: Request): Promise<Response> {
    checkOrigin(request, options.allowedOrigins);
    await perAddress.hit(clientAddress(request));
    const claims = await requireAgeClaims(request, {
      secret: options.secret,
      now: now(),
      ...(options.revocations ? { revocations: options.revocations } : {}),
    });
    if (claims.consent === 'not-needed') {
      throw new HttpError(409, 'consent_not_needed', 'No parental consent is needed for this age and country.');
    }
    const subject = subjectOf(claims.sessionId);
    const existing = await store.getRecord(subject);
    if (existing?.status === 'granted') {
      throw new HttpError(
        409,
        'consent_already_decided',
        'A parent has already agreed. They can change their decision with the link we sent them.',
      );
    }
    const body = validateBody(requestSchema, await readJsonObject(request));
    const email = body.parentEmail;
    const emailHash = emailHashOf(email);
    await hitLimits([
      [perChild, subject],
      [perParent, emailHash],
    ]);
    const locale = noticeLocale(body.locale, request.headers.get('accept-language'));
    const token = newLinkToken();
    const createdAt = now().getTime();
    const expiresAt = createdAt + requestDays * DAY;
    const country = normalizeCountry(claims.country ?? body.country) ?? null;
    await store.openRequest(
      {
        id: crypto.randomUUID(),
        child: subject,
        linkHash: hashLinkToken(token),
        parentEmail: email,
        emailHash,
        locale,
        band: claims.band,
        country,
        nonce: newLinkToken(),
        createdAt,
        expiresAt,
        usedAt: null,
        failures: 0,
        state: 'open',
      },
      { id: claims.tokenId, expiresAt: claims.expiresAt.getTime() },
    );
    const t = parentTexts[locale];
    try {
      await options.mailer.send(
        requestMail({
          to: email,
          locale,
          service,
          band: t.bands[claims.band],
          country: country ?? '—',
          provider,
          link: consentLink(token),
          expiresAt,
          days: requestDays,
          reportDays,
        }),
      );
    } catch (error) {
      // Nothing is kept of a request whose mail did not go: the child can simply ask again.
      await store.cancelRequest(hashLinkToken(token));
      const code = error instanceof MailError ? error.responseCode : undefined;
      if (code !== undefined && code >= 500 && code < 600) {
        throw new HttpError(
          422,
          'parent_email_rejected',
          "The parent's mail server refused the message. Check the address and send again.",
        );
      }
      throw new HttpError(
        503,
        'mail_unavailable',
        'The message to the parent could not be sent just now. Please try again in a few minutes.',
      );
    }
    return jsonResponse({ consent: 'pending', expiresAt: new Date(expiresAt).toISOString() }, 202);
  }

  async function openLink(token: string) {
    if (!isLinkToken(token)) throw linkError('unknown');
    const request = await store.getRequest(hashLinkToken(token));
    if (!request) throw linkError('unknown');
    if (request.state !== 'open') throw linkError('used');
    if (request.expiresAt <= now().getTime()) throw linkError('expired');
    return request;
  }

  async function notice(request: Request, token: string): Promise<Response> {
    await perAddress.hit(clientAddress(request));
    const open = await openLink(token);
    const locale = open.locale as NoticeLocale;
    const t = parentTexts[locale] ?? parentTexts.en;
    const values = {
      service,
      provider,
      band: t.bands[open.band],
      country: open.country ?? '—',
      days: requestDays,
      reportDays,
    };
    const f = (s: string) => fill(s, values);
    const methodsFor = (scope: ConsentScope) => verifiers.filter((v) => v.scopes.includes(scope)).map((v) => v.id);
    return jsonResponse({
      locale,
      expiresAt: new Date(open.expiresAt).toISOString(),
      nonce: open.nonce,
      service: {
        name: service,
        ...(options.service?.operator ? { operator: options.service.operator } : {}),
        ...(options.service?.contact ? { contact: options.service.contact } : {}),
      },
      child: { band: open.band, country: open.country },
      title: f(t.title),
      intro: f(t.intro),
      sections: [
        { id: 'collected', heading: t.collectedHeading, body: f(t.collected) },
        { id: 'purpose', heading: t.purposeHeading, body: f(t.purpose) },
        { id: 'third-parties', heading: t.thirdPartiesHeading, body: f(t.thirdPartiesAI) },
        { id: 'retention', heading: t.retentionHeading, body: f(t.retention) },
        { id: 'rights', heading: t.rightsHeading, body: f(t.rights) },
      ],
      scopes: [
        { id: 'use', title: f(t.scopeUseTitle), description: f(t.scopeUse), methods: methodsFor('use') },
        { id: 'ai-provider', title: f(t.scopeAITitle), description: f(t.scopeAI), methods: methodsFor('ai-provider') },
      ],
      // The parent may confirm the child's age group: younger with any method, older only with a verified one.
      childAge: {
        band: open.band,
        label: t.bands[open.band],
        bands: CHILD_AGE_BANDS.map((band) => ({ id: band, label: bandLabel(t, band, locale) })),
        raiseMethods: verifiers.filter((v) => v.ageAssurance === 'verified').map((v) => v.id),
      },
      methods: verifiers.map((v) => ({
        id: v.id,
        scopes: v.scopes,
        evidence: v.evidence,
        ageAssurance: v.ageAssurance ?? 'self-declared',
        ...(v.id === 'email-plus'
          ? { label: t.methodEmailPlus, description: f(t.methodEmailPlusDescription) }
          : { label: t.methodVendor, description: f(t.methodVendorDescription) }),
      })),
      thirdParties: [{ name: provider, purpose: t.providerPurpose, scope: 'ai-provider' }],
      retention: {
        requestDays,
        reportDays,
        consentRecordDays: 30,
      },
    });
  }

  async function decide(request: Request, token: string): Promise<Response> {
    checkOrigin(request, options.allowedOrigins);
    await perAddress.hit(clientAddress(request));
    const open = await openLink(token);
    const body = validateBody(decisionSchema, await readJsonObject(request));
    const linkHash = hashLinkToken(token);
    let scopes: ConsentScope[] = [];
    let method: string | null = null;
    let parentAge: ReturnType<typeof parentAgeDecision> = null;
    if (body.decision === 'grant') {
      const verifier = verifiers.find((v) => v.id === body.method);
      if (!verifier) {
        throw new HttpError(
          422,
          'consent_method_unknown',
          `"${body.method.slice(0, 64)}" is not a verification method here. Use one of: ${verifiers.map((v) => v.id).join(', ')}.`,
        );
      }
      const refused = body.scopes.filter((s) => !verifier.scopes.includes(s));
      if (refused.length > 0) {
        throw new HttpError(
          422,
          'consent_method_not_allowed',
          verifier.id === 'email-plus'
            ? 'Confirming by email can agree to using the chat only. Sharing messages with the model provider needs a stronger check (for example a card or ID check).'
            : `"${verifier.id}" cannot agree to: ${refused.join(', ')}.`,
        );
      }
      // Refused before the check runs, like a scope the method cannot grant.
      if (body.childAge) {
        const confirmed = childBandOf(body.childAge, now());
        parentAge = parentAgeDecision(open.band, confirmed, verifier.ageAssurance ?? 'self-declared', verifier.id);
      }
      try {
        await verifier.verify(body.evidence, { nonce: open.nonce, scopes: body.scopes, now: now() });
      } catch (error) {
        const failures = await store.failVerification(linkHash, MAX_VERIFY_FAILURES);
        if (failures >= MAX_VERIFY_FAILURES) {
          throw new HttpError(
            429,
            'rate_limited',
            'Too many failed checks: this link no longer works. Your child can send a new request.',
          );
        }
        if (error instanceof ConsentVerificationError) throw new HttpError(422, error.code, error.message);
        throw new HttpError(422, 'consent_verification_failed', 'The check could not be completed. Please try again.');
      }
      scopes = [...new Set(body.scopes)].sort((a, b) => CONSENT_SCOPES.indexOf(a) - CONSENT_SCOPES.indexOf(b));
      method = verifier.id;
    }
    const manageToken = newLinkToken();
    const at = now().getTime();
    const manageExpiresAt = at + manageMs;
    const emailPlus = method === 'email-plus';
    const outcome = await store.decide(linkHash, at, {
      status: body.decision === 'grant' ? 'granted' : 'denied',
      scopes,
      method,
      manageHash: hashLinkToken(manageToken),
      manageExpiresAt,
      confirmAt: emailPlus ? at + confirmDelayMs : null,
      keepEmail: emailPlus,
      ...(parentAge ? { ageBand: parentAge.band, ageAssurance: parentAge.assurance } : {}),
    });
    // Two decisions racing on one link: only the first is recorded.
    if (outcome.outcome !== 'decided') throw linkError(outcome.outcome);
    const locale = outcome.request.locale as NoticeLocale;
    if (outcome.parentEmail) {
      await options.mailer
        .send(
          decisionMail({
            to: outcome.parentEmail,
            locale,
            service,
            provider,
            granted: body.decision === 'grant',
            scopes,
            manageLink: manageLink(manageToken),
            manageExpiresAt,
            ...(parentAge ? { ageBand: parentTexts[locale].bands[parentAge.band] } : {}),
          }),
        )
        // The decision stands; the page shows the manage link too.
        .catch(() => undefined);
    }
    return jsonResponse({
      ...viewOf(outcome.record),
      method,
      manage: {
        url: manageLink(manageToken),
        token: manageToken,
        expiresAt: new Date(manageExpiresAt).toISOString(),
      },
    });
  }

  async function managed(token: string): Promise<ConsentRecord> {
    if (!isLinkToken(token)) throw linkError('unknown', true);
    const record = await store.findByManage(hashLinkToken(token));
    if (!record || record.manageExpiresAt === null) throw linkError('unknown', true);
    if (record.manageExpiresAt <= now().getTime()) throw linkError('expired', true);
    return record;
  }

  async function holdings(record: ConsentRecord) {
    const held = await store.countHeld(record.child);
    const extra: Record<string, number> = {};
    for (const holder of options.dataHolders ?? []) extra[holder.name] = await holder.count(record.child);
    return { consentRecords: 1, reports: held.reports, escalations: held.escalations, riskScores: null, ...extra };
  }

  async function review(record: ConsentRecord): Promise<Response> {
    return jsonResponse({
      child: childView(record),
      consent: consentView(record),
      holdings: await holdings(record),
      locale: record.locale,
      expiresAt: new Date(record.manageExpiresAt as number).toISOString(),
    });
  }

  async function exportAll(record: ConsentRecord): Promise<Response> {
    const reports = options.reports
      ? await options.reports.listReports({ subject: record.child, limit: 200, order: 'asc' })
      : [];
    const extra: Record<string, unknown> = {};
    for (const holder of options.dataHolders ?? []) extra[holder.name] = await holder.export(record.child);
    const at = now();
    const body = {
      exportedAt: at.toISOString(),
      service,
      child: childView(record),
      consent: {
        ...consentView(record),
        createdAt: new Date(record.createdAt).toISOString(),
        updatedAt: new Date(record.updatedAt).toISOString(),
        locale: record.locale,
      },
      reports: reports.map((r) => ({
        reference: r.reference,
        reason: r.reason,
        details: r.details,
        excerpt: r.excerpt,
        status: r.status,
        createdAt: new Date(r.createdAt).toISOString(),
        decisions: r.statements,
        appeal: r.appealAt === null ? null : { at: new Date(r.appealAt).toISOString(), text: r.appealText },
      })),
      escalations: await store.listEscalations(record.child),
      ...extra,
    };
    return jsonResponse(body, 200, {
      'content-disposition': `attachment; filename="youthchat-export-${at.toISOString().slice(0, 10)}.json"`,
    });
  }

  async function revoke(request: Request, record: ConsentRecord): Promise<Response> {
    checkOrigin(request, options.allowedOrigins);
    // The body is optional: without one, every scope is revoked.
    const hasBody = request.headers.has('content-type') || Number(request.headers.get('content-length') ?? 0) > 0;
    const body = validateBody(revokeSchema, hasBody ? await readJsonObject(request) : {});
    const next = await store.revoke(record.child, body.scopes ?? [...CONSENT_SCOPES], now().getTime());
    if (!next) throw linkError('unknown', true);
    return jsonResponse(viewOf(next));
  }

  async function erase(request: Request, record: ConsentRecord): Promise<Response> {
    checkOrigin(request, options.allowedOrigins);
    const extra: Record<string, number> = {};
    for (const holder of options.dataHolders ?? []) extra[holder.name] = await holder.delete(record.child);
    const result = await store.erase(record.child, record.child, now().getTime());
    for (const token of result.tokens) await options.revocations?.revokeAgeToken(token.id, token.expiresAt);
    return jsonResponse({
      deleted: {
        reports: result.reports,
        consentRecords: result.consentRecords,
        escalations: result.escalations,
        riskScores: 0,
        ...extra,
      },
      // What the law or the child's safety keeps a while longer; the purge removes it after.
      kept: result.kept,
    });
  }

  const requests = withErrors(async (request) => {
    const path = new URL(request.url).pathname;
    if (/\/consent\/requests\/?$/.test(path)) {
      if (request.method !== 'POST')
        return errorResponse(405, 'method_not_allowed', 'Use POST to ask a parent.', { allow: 'POST' });
      return openRequest(request);
    }
    const token = /\/consent\/([^/]+)\/?$/.exec(path)?.[1];
    if (token === undefined) return errorResponse(404, 'not_found', `No youthchat route at ${path}.`);
    if (request.method === 'GET' || request.method === 'HEAD') return notice(request, decodeSegment(token));
    if (request.method === 'POST') return decide(request, decodeSegment(token));
    return errorResponse(405, 'method_not_allowed', 'Use GET to read the notice, or POST to decide.', {
      allow: 'GET, POST',
    });
  });

  const parent = withErrors(async (request) => {
    const path = new URL(request.url).pathname;
    const match = /\/parent\/([^/]+)(\/export|\/revoke|\/data)?\/?$/.exec(path);
    if (!match) return errorResponse(404, 'not_found', `No youthchat route at ${path}.`);
    await perAddress.hit(clientAddress(request));
    const action = match[2] ?? '';
    const expected = { '': 'GET', '/export': 'GET', '/revoke': 'POST', '/data': 'DELETE' }[action] as string;
    const method = request.method === 'HEAD' ? 'GET' : request.method;
    if (method !== expected)
      return errorResponse(405, 'method_not_allowed', `Use ${expected} here.`, { allow: expected });
    const record = await managed(decodeSegment(match[1] as string));
    if (action === '') return review(record);
    if (action === '/export') return exportAll(record);
    if (action === '/revoke') return revoke(request, record);
    return erase(request, record);
  });

  return {
    requests,
    parent,
    lookup,
    async sendDueConfirmations() {
      const at = now().getTime();
      let sent = 0;
      for (const record of await store.dueConfirmations(at, 50)) {
        if (!record.confirmEmail) continue;
        // A fresh manage link; the one sent with the decision stops working.
        const token = newLinkToken();
        const expiresAt = at + manageMs;
        await store.renewManage(record.child, hashLinkToken(token), expiresAt);
        try {
          await options.mailer.send(
            confirmationMail({
              to: record.confirmEmail,
              locale: record.locale as NoticeLocale,
              service,
              manageLink: manageLink(token),
              manageExpiresAt: expiresAt,
            }),
          );
        } catch {
          continue; // Tried again on the next round.
        }
        await store.markConfirmed(record.child);
        sent += 1;
      }
      return sent;
    },
    purge: () => store.purge(now().getTime()),
  };
}

function viewOf(record: ConsentRecord): ConsentView {
  return {
    consent: record.status,
    consentScopes: record.status === 'granted' ? record.scopes : [],
    ...(record.method ? { consentMethod: record.method } : {}),
    ...(record.decidedAt !== null ? { consentAt: new Date(record.decidedAt).toISOString() } : {}),
    ...(record.ageBand && record.ageAssurance
      ? {
          parentAge: {
            band: record.ageBand,
            provenance: parentProvenance({ band: record.ageBand, assurance: record.ageAssurance }),
          },
        }
      : {}),
  };
}

function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return '';
  }
}

/** The child as the parent's review and export show them: the band a parent confirmed wins, with how. */
function childView(record: ConsentRecord) {
  const band = record.ageBand ?? record.band;
  const locale = noticeLocale(record.locale, null);
  return {
    band,
    label: bandLabel(parentTexts[locale], band, locale),
    country: record.country,
    ...(record.ageBand && record.ageAssurance
      ? { confirmedBy: parentProvenance({ band: record.ageBand, assurance: record.ageAssurance }) }
      : {}),
  };
}

/** The consent decision as the parent's review and export show it (scopes only while granted). */
function consentView(record: ConsentRecord) {
  return {
    status: record.status,
    scopes: record.status === 'granted' ? record.scopes : [],
    method: record.method,
    decidedAt: record.decidedAt === null ? null : new Date(record.decidedAt).toISOString(),
  };
}
