import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type ModeratorReport, REPORT_REASONS, type ReportReason } from '@youthchat/core';
import { sqliteReportStore } from '@youthchat/server';
import { afterAll, describe, expect, it } from 'vitest';
import { type ChildServer, startChildServer } from './child.ts';
import { MODERATOR_TOKEN } from './helpers.ts';

const TOTAL = 1000;
const CONCURRENT = 200;
const KILL_AFTER = 300;

describe('a server killed with SIGKILL mid-load loses no acknowledged report', () => {
  const dir = mkdtempSync(join(tmpdir(), 'youthchat-crash-'));
  const env = {
    YOUTHCHAT_DATA_DIR: dir,
    MODERATOR_TOKEN,
    YOUTHCHAT_REPORT_LIMIT_PER_ADDRESS: '1000000',
  };
  const children: ChildServer[] = [];
  afterAll(async () => {
    for (const child of children) if (child.alive()) child.process.kill('SIGKILL');
    await Promise.all(children.map((c) => c.exited));
    rmSync(dir, { recursive: true, force: true });
  });

  async function listAll(url: string): Promise<ModeratorReport[]> {
    const all: ModeratorReport[] = [];
    let cursor: string | null = null;
    for (let page = 0; page < 100; page++) {
      const response = await fetch(`${url}/api/reports?limit=200${cursor ? `&cursor=${cursor}` : ''}`, {
        headers: { authorization: `Bearer ${MODERATOR_TOKEN}` },
      });
      expect(response.status).toBe(200);
      const body = (await response.json()) as { reports: ModeratorReport[]; nextCursor: string | null };
      all.push(...body.reports);
      cursor = body.nextCursor;
      if (!cursor) return all;
    }
    throw new Error('too many pages');
  }

  it('keeps every report answered 201, and a resend of the rest stores each exactly once', async () => {
    const first = await startChildServer(env);
    children.push(first);
    const sent = Array.from({ length: TOTAL }, (_, i) => ({
      clientReportId: randomUUID(),
      reason: REPORT_REASONS[i % REPORT_REASONS.length] as ReportReason,
      details: `report ${i}`,
    }));
    const acknowledged = new Map<string, string>();
    let killed = false;
    const post = async (report: (typeof sent)[number]) => {
      try {
        const response = await fetch(`${first.url}/api/reports`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(report),
        });
        if (response.status !== 201) return;
        const { id } = (await response.json()) as { id: string };
        acknowledged.set(report.clientReportId, id);
        if (!killed && acknowledged.size >= KILL_AFTER) {
          killed = true;
          first.process.kill('SIGKILL');
        }
      } catch {
        // Refused or cut off by the kill: not acknowledged, so nothing is promised.
      }
    };
    // CONCURRENT clients, each sending its next report as soon as the last is answered.
    let next = 0;
    await Promise.all(
      Array.from({ length: CONCURRENT }, async () => {
        while (next < TOTAL) {
          const report = sent[next++];
          if (report) await post(report);
        }
      }),
    );
    expect(await first.exited).toEqual({ code: null, signal: 'SIGKILL' });
    expect(acknowledged.size).toBeGreaterThanOrEqual(KILL_AFTER);
    expect(acknowledged.size).toBeLessThan(TOTAL);

    const second = await startChildServer(env);
    children.push(second);
    const stored = await listAll(second.url);
    const byId = new Map(stored.map((r) => [r.id, r]));
    for (const [clientReportId, id] of acknowledged) {
      const report = byId.get(id);
      expect(report, `acknowledged report ${id} is missing after the crash`).toBeDefined();
      expect(report?.details).toBe(sent.find((s) => s.clientReportId === clientReportId)?.details);
    }

    // The device outbox resends everything it has no receipt for, with the same clientReportId.
    const unacknowledged = sent.filter((report) => !acknowledged.has(report.clientReportId));
    const resent: number[] = [];
    await Promise.all(
      Array.from({ length: 50 }, async () => {
        for (let report = unacknowledged.pop(); report; report = unacknowledged.pop()) {
          const response = await fetch(`${second.url}/api/reports`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify(report),
          });
          resent.push(response.status);
        }
      }),
    );
    expect(resent.length).toBe(TOTAL - acknowledged.size);
    expect(resent.every((status) => status === 201)).toBe(true);
    // And a resend of an acknowledged one answers with the id it had.
    const [someClientId, someId] = [...acknowledged][0] as [string, string];
    const again = await fetch(`${second.url}/api/reports`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(sent.find((s) => s.clientReportId === someClientId)),
    });
    expect(((await again.json()) as { id: string }).id).toBe(someId);

    const final = await listAll(second.url);
    expect(final).toHaveLength(TOTAL);
    expect(new Set(final.map((r) => r.details)).size).toBe(TOTAL);

    second.process.kill('SIGTERM');
    expect((await second.exited).code).toBe(0);

    // Every high-severity report has its escalation in the outbox: they were committed together.
    const store = await sqliteReportStore({ filename: join(dir, 'youthchat.sqlite') });
    try {
      const stats = await store.escalationStats();
      expect(stats.pending).toBe(final.filter((r) => r.escalated).length);
      expect(stats.pending).toBeGreaterThan(0);
    } finally {
      await store.close();
    }
  }, 120_000);
});
