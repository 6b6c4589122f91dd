import { randomUUID } from 'node:crypto';
import type { ModeratorReport, ReportOutcome, StatementOfReasons } from '@youthchat/core';
import { DEFAULT_POLICY } from '@youthchat/core';
import { keyedHash, signAgeToken } from '@youthchat/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SECRET } from './helpers.ts';
import { errorOf, moderator, postJson, type ReportsTestServer, startReportsServer } from './server.ts';

interface Receipt {
  id: string;
  status: string;
  reference: string;
}

describe('report routes over real HTTP', () => {
  let server: ReportsTestServer;
  beforeAll(async () => {
    server = await startReportsServer();
  });
  afterAll(() => server.close());

  const list = async (query = '') => {
    const response = await fetch(`${server.url}${query}`, { headers: moderator });
    expect(response.status).toBe(200);
    return (await response.json()) as { reports: ModeratorReport[]; nextCursor: string | null };
  };

  it('answers 201 { id, status: "received", reference } and a Location for the status', async () => {
    const response = await postJson(server.url, { reason: 'bullying', details: 'They laugh at me' });
    expect(response.status).toBe(201);
    const body = (await response.json()) as Receipt;
    expect(body).toEqual({
      id: expect.any(String),
      status: 'received',
      reference: expect.stringMatching(/^YC-[0-9A-Z]{5}-[0-9A-Z]{5}$/),
    });
    expect(response.headers.get('location')).toBe(`/api/reports/${body.reference}/status`);
    expect(response.headers.get('cache-control')).toBe('no-store');
  });

  it('stores a repeated clientReportId once and answers a retry with the first id', async () => {
    const clientReportId = randomUUID();
    const body = { reason: 'scary', details: 'It showed me a scary picture', clientReportId };
    const first = (await (await postJson(server.url, body)).json()) as Receipt;
    const second = await postJson(server.url, body);
    expect(second.status).toBe(201);
    expect(await second.json()).toEqual(first);
    const { reports } = await list(`?clientReportId=${clientReportId}`);
    expect(reports).toHaveLength(1);
    expect(reports[0]).toMatchObject({ id: first.id, reason: 'scary' });
  });

  it('answers 409 JSON when a sender reuses a clientReportId for a different report, storing nothing', async () => {
    const clientReportId = randomUUID();
    const first = (await (await postJson(server.url, { reason: 'scary', clientReportId })).json()) as Receipt;
    for (const changed of [
      { reason: 'other', clientReportId },
      { reason: 'scary', details: 'changed', clientReportId },
      { reason: 'scary', excerpt: 'another message', clientReportId },
    ]) {
      const response = await postJson(server.url, changed);
      expect(response.status).toBe(409);
      expect(await errorOf(response)).toMatchObject({ code: 'client_report_id_reused' });
    }
    const { reports } = await list(`?clientReportId=${clientReportId}`);
    expect(reports.map((r) => r.id)).toEqual([first.id]);
  });

  it('gives another sender with the same clientReportId a report of their own, never the first child’s', async () => {
    const clientReportId = randomUUID();
    const body = { reason: 'grooming', details: 'He asked where I live', clientReportId };
    const child = await signAgeToken({ band: 'under13', consent: 'required' }, { secret: SECRET });
    const stranger = await signAgeToken({ band: 'adult', consent: 'not-needed' }, { secret: SECRET });
    const mine = (await (await postJson(server.url, body, { 'x-youthchat-age': child.token })).json()) as Receipt;
    const decided = await postJson(
      `${server.url}/${mine.id}/decision`,
      {
        action: 'remove-content',
        facts: 'A message asking a child for their address.',
        ground: { type: 'terms-of-service', clause: '3', explanation: 'Contact with a child.' },
      },
      moderator,
    );
    expect(decided.status).toBe(200);

    // The same id and body from another sender (another token, or none) is another report.
    for (const headers of [{ 'x-youthchat-age': stranger.token }, {}]) {
      const response = await postJson(server.url, body, headers);
      expect(response.status).toBe(201);
      const theirs = (await response.json()) as Receipt;
      expect(theirs.id).not.toBe(mine.id);
      expect(theirs.reference).not.toBe(mine.reference);
      const outcome = (await (await fetch(`${server.url}/${theirs.reference}/status`)).json()) as ReportOutcome;
      expect(outcome).toMatchObject({ reference: theirs.reference, status: 'received', statement: null });
      const appeal = await postJson(`${server.url}/${theirs.reference}/appeal`, { text: 'let me see' });
      expect(appeal.status).toBe(409);
    }
    const mineNow = (await (await fetch(`${server.url}/${mine.reference}/status`)).json()) as ReportOutcome;
    expect(mineNow).toMatchObject({ status: 'decided', appealedAt: null });
    const { reports } = await list(`?clientReportId=${clientReportId}`);
    expect(reports).toHaveLength(3);
  });

  it("scrubs personal details from a minor's details, excerpt and appeal before storing them", async () => {
    const details = 'He said to email me at sam.jones@example.com or call 07700 900123';
    const excerpt = 'my number is 07700 900123, come to 12 Oak Street';
    const child = await signAgeToken({ band: 'teen13to15', consent: 'not-needed' }, { secret: SECRET });
    const adult = await signAgeToken({ band: 'adult', consent: 'not-needed' }, { secret: SECRET });
    const read = async (receipt: Receipt) =>
      (
        (await (await fetch(`${server.url}/${receipt.id}`, { headers: moderator })).json()) as {
          report: ModeratorReport;
        }
      ).report;

    for (const headers of [{ 'x-youthchat-age': child.token }, {}]) {
      const receipt = (await (
        await postJson(server.url, { reason: 'personal-info', details, excerpt, locale: 'en-GB' }, headers)
      ).json()) as Receipt;
      const report = await read(receipt);
      for (const text of [report.details, report.excerpt]) {
        expect(text).not.toContain('sam.jones@example.com');
        expect(text).not.toContain('07700 900123');
      }
      expect(report.details).toContain('[email]');
      expect(report.details).toContain('[phone]');
      expect(report.excerpt).toContain('[phone]');

      await postJson(
        `${server.url}/${receipt.id}/decision`,
        { action: 'no-action', facts: 'Checked.', ground: { type: 'none', explanation: 'Nothing found.' } },
        moderator,
      );
      const appealed = await postJson(`${server.url}/${receipt.reference}/appeal`, {
        text: 'Please look again, write to sam.jones@example.com',
      });
      expect(appealed.status).toBe(200);
      expect((await read(receipt)).appeal?.text).not.toContain('sam.jones@example.com');
    }

    // An adult's own details are kept as written (the policy scrubs minors only).
    const own = (await (
      await postJson(server.url, { reason: 'other', details, goodFaith: true }, { 'x-youthchat-age': adult.token })
    ).json()) as Receipt;
    expect((await read(own)).details).toBe(details);
  });

  it('treats a report without an age token as the youngest band, and takes the band from a valid token', async () => {
    const anonymous = (await (await postJson(server.url, { reason: 'other' })).json()) as Receipt;
    const { token } = await signAgeToken({ band: 'adult', consent: 'not-needed' }, { secret: SECRET });
    const adult = (await (
      await postJson(server.url, { reason: 'other', goodFaith: true }, { 'x-youthchat-age': token })
    ).json()) as Receipt;
    const forged = (await (
      await postJson(server.url, { reason: 'other' }, { 'x-youthchat-age': `${token}x` })
    ).json()) as Receipt;
    const { reports } = await list('?limit=200');
    const byId = new Map(reports.map((r) => [r.id, r]));
    expect(byId.get(anonymous.id)).toMatchObject({ band: DEFAULT_POLICY.youngestBand, bandVerified: false });
    expect(byId.get(adult.id)).toMatchObject({ band: 'adult', bandVerified: true, goodFaith: true });
    expect(byId.get(forged.id)).toMatchObject({ band: DEFAULT_POLICY.youngestBand, bandVerified: false });
  });

  it('links reports from one age session by a keyed hash, never the session id itself', async () => {
    const { token, sessionId } = await signAgeToken({ band: 'teen16to17', consent: 'not-needed' }, { secret: SECRET });
    await postJson(server.url, { reason: 'other' }, { 'x-youthchat-age': token });
    await postJson(server.url, { reason: 'scary' }, { 'x-youthchat-age': token });
    const subject = keyedHash(SECRET, sessionId);
    const { reports } = await list(`?subject=${subject}`);
    expect(reports).toHaveLength(2);
    expect(JSON.stringify(reports)).not.toContain(sessionId);
  });

  it('keeps every field sent, with NUL characters and broken surrogates made safe', async () => {
    const body = {
      reason: 'personal-info',
      details: 'He posted my address\u0000 \ud800 here 🏠',
      excerpt: 'I live at [address]',
      messageId: 'm-42',
      messageRole: 'assistant',
      conversationId: 'c-7',
      locale: 'es-MX',
      source: 'message',
      clientReportId: randomUUID(),
      extra: 'ignored',
    };
    const receipt = (await (await postJson(server.url, body)).json()) as Receipt;
    const response = await fetch(`${server.url}/${receipt.id}`, { headers: moderator });
    const { report } = (await response.json()) as { report: ModeratorReport };
    expect(report).toMatchObject({
      reason: 'personal-info',
      severity: 'medium',
      details: 'He posted my address \ufffd here 🏠',
      excerpt: 'I live at [address]',
      messageId: 'm-42',
      messageRole: 'assistant',
      conversationId: 'c-7',
      locale: 'es-MX',
      source: 'message',
      status: 'received',
      escalated: false,
      statement: null,
    });
    expect(report).not.toHaveProperty('extra');
  });

  it('escalates high-severity reasons with the report, in the same commit', async () => {
    const before = server.escalations.length;
    for (const reason of ['self-harm', 'grooming', 'sexual', 'violence']) {
      const receipt = (await (await postJson(server.url, { reason, excerpt: 'secret text' })).json()) as Receipt;
      const event = server.escalations.at(-1);
      expect(event).toMatchObject({ source: 'report', category: reason, severity: 'high', reportId: receipt.id });
      // The default policy keeps message text out of escalations.
      expect(event).not.toHaveProperty('text');
      expect((await server.store.getEscalation(event?.id ?? ''))?.event).toEqual(event);
    }
    await postJson(server.url, { reason: 'bullying' });
    await postJson(server.url, { reason: 'scary' });
    expect(server.escalations.length - before).toBe(4);
    const { reports } = await list('?severity=high');
    expect(reports.every((r) => r.escalated)).toBe(true);
    // A repeat of an escalated report is not escalated again.
    const clientReportId = randomUUID();
    await postJson(server.url, { reason: 'grooming', clientReportId });
    const count = server.escalations.length;
    await postJson(server.url, { reason: 'grooming', clientReportId });
    expect(server.escalations.length).toBe(count);
  });

  it('keeps grooming and sexual reports for at least a year', async () => {
    const receipt = (await (await postJson(server.url, { reason: 'grooming' })).json()) as Receipt;
    const { report } = (await (await fetch(`${server.url}/${receipt.id}`, { headers: moderator })).json()) as {
      report: ModeratorReport;
    };
    const kept = Date.parse(report.preserveUntil ?? '') - Date.parse(report.createdAt);
    expect(kept).toBeGreaterThanOrEqual(365 * 86_400_000);
  });

  it('lists newest first, filters, and pages with nextCursor', async () => {
    const conversationTag = randomUUID();
    const made: string[] = [];
    for (let i = 0; i < 5; i++) {
      made.push(
        ((await (await postJson(server.url, { reason: 'scary', conversationId: conversationTag })).json()) as Receipt)
          .id,
      );
    }
    const seen: string[] = [];
    let cursor: string | null = null;
    for (let page = 0; page < 50; page++) {
      const result = await list(`?reason=scary&limit=2${cursor ? `&cursor=${cursor}` : ''}`);
      expect(result.reports.length).toBeLessThanOrEqual(2);
      seen.push(...result.reports.filter((r) => r.conversationId === conversationTag).map((r) => r.id));
      expect(result.reports.every((r) => r.reason === 'scary')).toBe(true);
      cursor = result.nextCursor;
      if (!cursor) break;
    }
    expect(new Set(seen).size).toBe(seen.length);
    expect([...seen].sort()).toEqual([...made].sort());
    const oldest = await list('?order=asc&limit=1');
    const newest = await list('?order=desc&limit=1');
    expect(Date.parse(oldest.reports[0]?.createdAt ?? '')).toBeLessThanOrEqual(
      Date.parse(newest.reports[0]?.createdAt ?? ''),
    );
    const since = await list(`?since=${encodeURIComponent(new Date(Date.now() + 60_000).toISOString())}`);
    expect(since.reports).toHaveLength(0);
  });

  it('records a decision with a statement of reasons, shows it to the reporter, and takes an appeal', async () => {
    const receipt = (await (
      await postJson(server.url, { reason: 'grooming', excerpt: 'send me a photo' })
    ).json()) as Receipt;
    const pending = (await (await fetch(`${server.url}/${receipt.reference}/status`)).json()) as ReportOutcome;
    expect(pending).toEqual({
      reference: receipt.reference,
      status: 'received',
      receivedAt: expect.any(String),
      statement: null,
      appealedAt: null,
    });

    const decided = await postJson(
      `${server.url}/${receipt.id}/decision`,
      {
        action: 'suspend-account',
        durationDays: 30,
        territorialScope: 'EU',
        facts: 'The account asked a 12-year-old for photos in three messages.',
        ground: {
          type: 'illegal-content',
          legalGround: 'Criminal Code § 176',
          explanation: 'Soliciting images from a child.',
        },
        automatedDetection: true,
        childSexualExploitation: true,
      },
      moderator,
    );
    expect(decided.status).toBe(200);
    const { statement, report } = (await decided.json()) as { statement: StatementOfReasons; report: ModeratorReport };
    // The DSA Art. 17(3) facts: decision and scope, facts, automated means, ground, redress.
    expect(statement).toMatchObject({
      reference: receipt.reference,
      decision: { action: 'suspend-account', scope: 'account', territorialScope: 'EU' },
      facts: 'The account asked a 12-year-old for photos in three messages.',
      basedOnNotice: true,
      automatedMeans: { detection: true, decision: false },
      ground: { type: 'illegal-content', legalGround: 'Criminal Code § 176' },
    });
    expect(Date.parse(statement.decision.endsAt ?? '') - Date.parse(statement.decidedAt)).toBe(30 * 86_400_000);
    expect(statement.redress.internalComplaint.howTo).toContain(receipt.reference);
    expect(
      Date.parse(statement.redress.internalComplaint.deadline) - Date.parse(statement.decidedAt),
    ).toBeGreaterThanOrEqual(182 * 86_400_000);
    expect(statement.redress.outOfCourt).toMatch(/Article 21/);
    expect(statement.redress.judicial.length).toBeGreaterThan(0);
    expect(report).toMatchObject({ status: 'decided', statement });

    // The reporter reads the outcome by reference, typed any which way.
    const typed = receipt.reference.toLowerCase().replace(/-/g, ' ');
    const outcome = (await (await fetch(`${server.url}/${encodeURIComponent(typed)}/status`)).json()) as ReportOutcome;
    expect(outcome).toMatchObject({ status: 'decided', statement });
    expect(JSON.stringify(outcome)).not.toContain('send me a photo');

    const appealed = await postJson(`${server.url}/${receipt.reference}/appeal`, { text: 'Please check again' });
    expect(appealed.status).toBe(200);
    expect(await appealed.json()).toMatchObject({ status: 'appealed', appealedAt: expect.any(String) });
    const { reports } = await list('?status=appealed');
    expect(reports.find((r) => r.id === receipt.id)?.appeal).toMatchObject({ text: 'Please check again' });

    const review = await postJson(
      `${server.url}/${receipt.id}/decision`,
      {
        action: 'terminate-account',
        facts: 'Confirmed on review.',
        ground: { type: 'terms-of-service', clause: '2', explanation: 'Grooming.' },
      },
      moderator,
    );
    expect(review.status).toBe(200);
    const reviewed = (await review.json()) as { report: ModeratorReport };
    expect(reviewed.report.previousStatements).toEqual([statement]);
    expect(reviewed.report.statement?.decision.action).toBe('terminate-account');
  });

  it('puts message text in escalations only when the band policy says so', async () => {
    const policy = {
      ...DEFAULT_POLICY,
      bands: {
        ...DEFAULT_POLICY.bands,
        under13: { ...DEFAULT_POLICY.bands.under13, escalation: { includeText: true } },
      },
    };
    const withText = await startReportsServer({ policy });
    try {
      await postJson(withText.url, { reason: 'self-harm', excerpt: 'I want to disappear' });
      expect(withText.escalations.at(-1)?.text).toBe('I want to disappear');
    } finally {
      await withText.close();
    }
  });
});
