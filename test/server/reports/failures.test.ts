import { randomUUID } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { ModeratorReport } from '@youthchat/core';
import {
  type EscalationEvent,
  type ReportStore,
  signAgeToken,
  sqliteReportStore,
  WITHHELD_TEXT,
} from '@youthchat/server';
import { afterEach, describe, expect, it } from 'vitest';
import { SECRET } from './helpers.ts';
import { errorOf, moderator, postJson, type ReportsTestServer, startReportsServer } from './server.ts';

interface Receipt {
  id: string;
  status: string;
  reference: string;
  textWithheld?: boolean;
}

type LogEntry = { code: string; status: number; error: unknown };

/** A cry for help with personal details in it: what a failing scrubber must never let through to the disk. */
const CRY = 'Please help, I want to hurt myself. I am Lucía, write to lucia.perez@example.com or call 612 345 678';

const servers: ReportsTestServer[] = [];
afterEach(async () => {
  for (const server of servers.splice(0)) await server.close();
});

async function start(options: Parameters<typeof startReportsServer>[0] = {}) {
  const server = await startReportsServer(options);
  servers.push(server);
  return server;
}

async function read(server: ReportsTestServer, id: string): Promise<ModeratorReport> {
  const response = await fetch(`${server.url}/${id}`, { headers: moderator });
  expect(response.status).toBe(200);
  return ((await response.json()) as { report: ModeratorReport }).report;
}

/** Every byte SQLite wrote for the store (the database, its log and shared memory), as text. */
function storedBytes(filename: string): string {
  const dir = dirname(filename);
  return readdirSync(dir)
    .map((file) => readFileSync(`${dir}/${file}`).toString('latin1'))
    .join('\n');
}

const throwing = () => {
  throw new Error(`scrubber broke on ${CRY}`);
};

describe('a report whose text cannot be scrubbed', () => {
  it('is kept with its text withheld and flagged for moderators, never stored unchecked, never a 5xx', async () => {
    const logged: LogEntry[] = [];
    const dir = `${process.env.TMPDIR ?? '/tmp'}/youthchat-withheld-${randomUUID()}`;
    const filename = `${dir}/reports.sqlite`;
    const { mkdirSync } = await import('node:fs');
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    const store = await sqliteReportStore({ filename });
    const server = await start({ store, scrub: throwing, log: (entry) => logged.push(entry) });

    const response = await postJson(server.url, {
      reason: 'self-harm',
      details: CRY,
      excerpt: CRY,
      clientReportId: 'cry-1',
    });
    expect(response.status).toBe(201);
    const receipt = (await response.json()) as Receipt;
    expect(receipt).toMatchObject({ status: 'received', textWithheld: true });

    const report = await read(server, receipt.id);
    expect(report).toMatchObject({
      reason: 'self-harm',
      severity: 'high',
      escalated: true,
      details: WITHHELD_TEXT,
      excerpt: WITHHELD_TEXT,
      textWithheld: true,
    });
    // The escalation still goes out (the reason is enough to act on), without the withheld note as text.
    const event = server.escalations.find((e) => e.reportId === receipt.id) as EscalationEvent;
    expect(event).toMatchObject({ category: 'self-harm', severity: 'high' });
    expect(event.text).toBeUndefined();
    // Nothing of the unchecked text reached the disk, and the log names the fault without the text.
    await store.close();
    const bytes = storedBytes(filename);
    expect(bytes).toContain('Withheld: this text could not be checked');
    expect(bytes).not.toContain('lucia.perez@example.com');
    expect(bytes).not.toContain('612 345 678');
    expect(logged.map((entry) => entry.code)).toEqual(['report_text_withheld', 'report_text_withheld']);
    expect(JSON.stringify(logged.map(({ code, status }) => ({ code, status })))).not.toContain('lucia');
  });

  it('withholds text from an async scrubber that rejects or answers something other than text', async () => {
    for (const scrub of [
      async () => Promise.reject(new RangeError('too slow')),
      () => undefined as unknown as string,
    ]) {
      const server = await start({ scrub, log: () => {} });
      const receipt = (await (await postJson(server.url, { reason: 'bullying', details: CRY })).json()) as Receipt;
      expect(receipt.textWithheld).toBe(true);
      expect(await read(server, receipt.id)).toMatchObject({ details: WITHHELD_TEXT, textWithheld: true });
    }
  });

  it('answers a retry with the first report once the scrubber works again, instead of 409', async () => {
    let broken = true;
    const server = await start({
      scrub: (text) => {
        if (broken) throw new Error('broken');
        return text.replace(/\d/g, '#');
      },
      log: () => {},
    });
    const body = { reason: 'scary', details: CRY, clientReportId: randomUUID() };
    const first = (await (await postJson(server.url, body)).json()) as Receipt;
    broken = false;
    const retry = await postJson(server.url, body);
    expect(retry.status).toBe(201);
    expect(((await retry.json()) as Receipt).id).toBe(first.id);
    // A different report under the same key is still refused.
    const other = await postJson(server.url, { ...body, reason: 'other' });
    expect(await errorOf(other)).toMatchObject({ status: 409, code: 'client_report_id_reused' });
  });

  it('stores the text as scrubbed when the scrubber works, and an adult’s text without calling it', async () => {
    const calls: string[] = [];
    const server = await start({
      scrub: (text) => {
        calls.push(text);
        return text.replace('lucia.perez@example.com', '[email]');
      },
    });
    const child = (await (await postJson(server.url, { reason: 'other', details: CRY })).json()) as Receipt;
    expect(child.textWithheld).toBeUndefined();
    const stored = await read(server, child.id);
    expect(stored.details).toContain('[email]');
    expect(stored.textWithheld).toBe(false);

    const { token } = await signAgeToken({ band: 'adult', consent: 'not-needed' }, { secret: SECRET });
    calls.length = 0;
    const adult = (await (
      await postJson(server.url, { reason: 'other', details: 'plain words' }, { 'x-youthchat-age': token })
    ).json()) as Receipt;
    expect(calls).toEqual([]);
    expect((await read(server, adult.id)).details).toBe('plain words');
  });

  it('keeps an appeal whose text cannot be scrubbed, with the text withheld', async () => {
    const server = await start({ scrub: throwing, log: () => {} });
    const receipt = (await (await postJson(server.url, { reason: 'bullying' })).json()) as Receipt;
    const decided = await postJson(
      `${server.url}/${receipt.id}/decision`,
      {
        action: 'no-action',
        facts: 'The messages were friendly banter.',
        ground: { type: 'none', explanation: 'No rule was broken.' },
      },
      moderator,
    );
    expect(decided.status).toBe(200);
    const appeal = await postJson(`${server.url}/${receipt.reference}/appeal`, { text: CRY });
    expect(appeal.status).toBe(200);
    const report = await read(server, receipt.id);
    expect(report.status).toBe('appealed');
    expect(report.appeal?.text).toBe(WITHHELD_TEXT);
    expect(report.textWithheld).toBe(true);
  });
});

describe('faults of the server’s own parts on the report routes', () => {
  it('answers 201 when the escalation hook throws after the report is committed', async () => {
    const logged: LogEntry[] = [];
    const server = await start({
      onEscalation: () => {
        throw new Error('hook broke');
      },
      log: (entry) => logged.push(entry),
    });
    const response = await postJson(server.url, { reason: 'grooming', details: 'He asked where I live' });
    expect(response.status).toBe(201);
    const receipt = (await response.json()) as Receipt;
    expect(await read(server, receipt.id)).toMatchObject({ escalated: true });
    expect(logged.map((entry) => entry.code)).toEqual(['escalation_hook_failed']);
  });

  it('still answers when the logger itself throws', async () => {
    const server = await start({
      scrub: throwing,
      log: () => {
        throw new Error('logger broke');
      },
    });
    const response = await postJson(server.url, { reason: 'other', details: CRY });
    expect(response.status).toBe(201);
    expect(((await response.json()) as Receipt).textWithheld).toBe(true);
  });

  it('answers 503 JSON with Retry-After, not 500, when the store fails, and the retry is kept once', async () => {
    const dir = `${process.env.TMPDIR ?? '/tmp'}/youthchat-store-fault-${randomUUID()}`;
    const { mkdirSync } = await import('node:fs');
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    const real = await sqliteReportStore({ filename: `${dir}/reports.sqlite` });
    let down = true;
    const fault = () => Promise.reject(new Error('SQLITE_IOERR: disk I/O error'));
    const store: ReportStore = {
      ...real,
      insertReport: (report, event) => (down ? fault() : real.insertReport(report, event)),
      getReport: (id) => (down ? fault() : real.getReport(id)),
      listReports: (query) => (down ? fault() : real.listReports(query)),
      getReportByReference: (reference) => (down ? fault() : real.getReportByReference(reference)),
    };
    const logged: LogEntry[] = [];
    const server = await start({ store, log: (entry) => logged.push(entry) });

    const body = { reason: 'self-harm', details: 'I feel very alone', clientReportId: randomUUID() };
    const refused = await postJson(server.url, body);
    expect(await errorOf(refused)).toMatchObject({ status: 503, code: 'report_store_unavailable' });
    expect(refused.headers.get('retry-after')).toBe('5');
    for (const path of ['', `/${randomUUID()}`, '/YC-00000-00000/status']) {
      const response = await fetch(`${server.url}${path}`, { headers: moderator });
      expect(await errorOf(response)).toMatchObject({ status: 503, code: 'report_store_unavailable' });
    }
    expect(logged.every((entry) => entry.code === 'report_store_unavailable' && entry.status === 503)).toBe(true);

    down = false;
    const kept = await postJson(server.url, body);
    expect(kept.status).toBe(201);
    const again = await postJson(server.url, body);
    expect(((await again.json()) as Receipt).id).toBe(((await kept.json()) as Receipt).id);
    expect((await real.listReports({ clientReportId: body.clientReportId })).length).toBe(1);
  });
});
