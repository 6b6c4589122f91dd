import { randomUUID } from 'node:crypto';
import { ReportConflictError, type ReportRecord, type ReportStore } from '@youthchat/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chatEvent, escalationFor, record, statement } from './helpers.ts';

export interface StoreHarness {
  /** A store over fresh, empty tables. */
  open(): Promise<ReportStore>;
  /** Opens the same tables again (a restart); optional. */
  reopen?(): Promise<ReportStore>;
  /** Drops what `open` made. */
  cleanup?(): Promise<void>;
}

/**
 * The behaviour every report store must have. Each store's test file calls
 * this with a harness over a real database.
 */
export function describeReportStore(name: string, harness: () => StoreHarness) {
  describe(`${name} report store`, () => {
    let h: StoreHarness;
    let store: ReportStore;

    beforeAll(async () => {
      h = harness();
      store = await h.open();
    });
    afterAll(async () => {
      await store?.close();
      await h?.cleanup?.();
    });

    it('keeps every field of a report, found by id and by reference', async () => {
      const r = record({ goodFaith: true, preserveUntil: Date.UTC(2027, 0, 1), details: 'a'.repeat(2000) });
      const { report, created } = await store.insertReport(r);
      expect(created).toBe(true);
      expect(report).toEqual(r);
      expect(await store.getReport(r.id)).toEqual(r);
      expect(await store.getReportByReference(r.reference)).toEqual(r);
      expect(await store.getReport(randomUUID())).toBeNull();
      expect(await store.getReportByReference('YC-00000-00000')).toBeNull();
    });

    it('keeps nulls as nulls', async () => {
      const r = record({
        clientReportId: null,
        details: null,
        excerpt: null,
        messageId: null,
        messageRole: null,
        conversationId: null,
        locale: null,
        source: 'general',
      });
      await store.insertReport(r);
      expect(await store.getReport(r.id)).toEqual(r);
    });

    it('stores a clientReportId once: a repeat returns the first report and adds nothing', async () => {
      const first = record();
      const again = record({ clientReportId: first.clientReportId, reason: 'other', details: 'different' });
      expect((await store.insertReport(first)).created).toBe(true);
      const second = await store.insertReport(again, escalationFor(again));
      expect(second.created).toBe(false);
      expect(second.report).toEqual(first);
      expect(await store.getReport(again.id)).toBeNull();
      const listed = await store.listReports({ clientReportId: first.clientReportId as string });
      expect(listed.map((r) => r.id)).toEqual([first.id]);
    });

    it('creates exactly one report when the same clientReportId arrives many times at once', async () => {
      const clientReportId = randomUUID();
      const attempts = Array.from({ length: 25 }, () => record({ clientReportId, reason: 'violence' }));
      const events = attempts.map((r) => escalationFor(r));
      const results = await Promise.all(attempts.map((r, i) => store.insertReport(r, events[i])));
      expect(results.filter((r) => r.created)).toHaveLength(1);
      const winner = results.find((r) => r.created)?.report as ReportRecord;
      for (const result of results) expect(result.report.id).toBe(winner.id);
      expect(await store.listReports({ clientReportId })).toHaveLength(1);
      // Only the stored report's escalation is in the outbox.
      const stored = await Promise.all(events.map((e) => store.getEscalation(e.id)));
      expect(stored.filter((e) => e !== null).map((e) => e?.event.reportId)).toEqual([winner.id]);
    });

    it('refuses a second report with a taken reference or id', async () => {
      const first = record();
      await store.insertReport(first);
      await expect(store.insertReport(record({ reference: first.reference }))).rejects.toBeInstanceOf(
        ReportConflictError,
      );
      await expect(store.insertReport(record({ id: first.id }))).rejects.toBeInstanceOf(ReportConflictError);
    });

    it('commits a report and its escalation together; enqueueing an id twice keeps one', async () => {
      const r = record({ reason: 'self-harm', severity: 'high', escalated: true });
      const event = escalationFor(r);
      await store.insertReport(r, event);
      const item = await store.getEscalation(event.id);
      expect(item?.event).toEqual(event);
      expect(item).toMatchObject({ attempts: 0, deliveredAt: null, lastError: null });
      await store.enqueueEscalation({ ...event, category: 'changed' }, r.createdAt + 5);
      expect((await store.getEscalation(event.id))?.event.category).toBe('self-harm');
      const chat = chatEvent({ text: 'kept only when the policy allows it' });
      await store.enqueueEscalation(chat, 1);
      expect((await store.getEscalation(chat.id))?.event).toEqual(chat);
    });

    it('filters and pages the list without skipping or repeating a report', async () => {
      const subject = `subject-${randomUUID()}`;
      const base = Date.UTC(2030, 5, 1);
      const made: ReportRecord[] = [];
      for (let i = 0; i < 7; i++) {
        // Pairs share a creation time, so paging must break ties by id.
        const r = record({
          subject,
          createdAt: base + Math.floor(i / 2) * 1000,
          updatedAt: base + Math.floor(i / 2) * 1000,
          reason: i % 2 === 0 ? 'grooming' : 'scary',
          severity: i % 2 === 0 ? 'high' : 'low',
          band: i < 3 ? 'under13' : 'adult',
        });
        made.push(r);
        await store.insertReport(r);
      }
      const all = await store.listReports({ subject, limit: 100 });
      expect(all).toHaveLength(7);
      const desc = [...made].sort((a, b) => b.createdAt - a.createdAt || (b.id < a.id ? -1 : 1));
      expect(all.map((r) => r.id)).toEqual(desc.map((r) => r.id));

      for (const order of ['asc', 'desc'] as const) {
        const seen: string[] = [];
        let after: { createdAt: number; id: string } | undefined;
        for (let page = 0; page < 10; page++) {
          const rows = await store.listReports({ subject, order, limit: 3, ...(after ? { after } : {}) });
          seen.push(...rows.map((r) => r.id));
          const last = rows.at(-1);
          if (rows.length < 3 || !last) break;
          after = { createdAt: last.createdAt, id: last.id };
        }
        expect(seen).toEqual(order === 'desc' ? desc.map((r) => r.id) : [...desc].reverse().map((r) => r.id));
      }

      expect((await store.listReports({ subject, reason: 'grooming' })).every((r) => r.reason === 'grooming')).toBe(
        true,
      );
      expect(await store.listReports({ subject, reason: 'grooming' })).toHaveLength(4);
      expect(await store.listReports({ subject, severity: 'low' })).toHaveLength(3);
      expect(await store.listReports({ subject, band: 'under13' })).toHaveLength(3);
      expect(await store.listReports({ subject, since: base + 2000 })).toHaveLength(3);
      expect(await store.listReports({ subject, until: base + 1000 })).toHaveLength(2);
      expect(await store.listReports({ subject, status: 'decided' })).toHaveLength(0);
      expect(await store.listReports({ subject, limit: 2 })).toHaveLength(2);
    });

    it('records a decision once, an appeal, then a second decision', async () => {
      const r = record({ reason: 'sexual', preserveUntil: Date.UTC(2027, 0, 1) });
      await store.insertReport(r);
      const s1 = statement(r.reference, r.createdAt + 10);
      const decided = await store.recordDecision(r.id, ['received', 'appealed'], {
        statement: s1,
        now: r.createdAt + 10,
        preserveUntil: Date.UTC(2026, 6, 1),
      });
      expect(decided.applied).toBe(true);
      expect(decided.report).toMatchObject({ status: 'decided', statements: [s1], updatedAt: r.createdAt + 10 });
      // An earlier preservation date never shortens the one already there.
      expect(decided.report?.preserveUntil).toBe(Date.UTC(2027, 0, 1));
      expect(await store.getReport(r.id)).toEqual(decided.report);

      const twice = await store.recordDecision(r.id, ['received', 'appealed'], {
        statement: s1,
        now: r.createdAt + 11,
      });
      expect(twice.applied).toBe(false);
      expect(twice.report?.statements).toHaveLength(1);

      const appealed = await store.recordAppeal(r.id, { at: r.createdAt + 20, text: 'Please look again' });
      expect(appealed).toMatchObject({
        applied: true,
        report: { status: 'appealed', appealText: 'Please look again' },
      });
      expect((await store.recordAppeal(r.id, { at: r.createdAt + 21, text: null })).applied).toBe(false);

      const s2 = statement(r.reference, r.createdAt + 30, 'no-action');
      const reviewed = await store.recordDecision(r.id, ['received', 'appealed'], {
        statement: s2,
        now: r.createdAt + 30,
        preserveUntil: Date.UTC(2028, 0, 1),
      });
      expect(reviewed.report?.statements).toEqual([s1, s2]);
      expect(reviewed.report?.preserveUntil).toBe(Date.UTC(2028, 0, 1));
      expect(await store.getReport(r.id)).toEqual(reviewed.report);

      expect(await store.recordDecision(randomUUID(), ['received'], { statement: s1, now: 1 })).toEqual({
        report: null,
        applied: false,
      });
      const fresh = record();
      await store.insertReport(fresh);
      expect((await store.recordAppeal(fresh.id, { at: 1, text: null })).applied).toBe(false);
    });

    it('leases due escalations, retries failures when due, and stops once delivered', async () => {
      const t0 = Date.UTC(2031, 0, 1);
      const events = [chatEvent(), chatEvent(), chatEvent()];
      for (const [i, event] of events.entries()) await store.enqueueEscalation(event, t0 + i);
      const ids = new Set(events.map((e) => e.id));
      const ours = (items: { event: { id: string } }[]) => items.filter((i) => ids.has(i.event.id));

      expect(ours(await store.claimEscalations({ now: t0 - 1, limit: 50, leaseMs: 1000 }))).toHaveLength(0);
      const claimed = ours(await store.claimEscalations({ now: t0 + 10, limit: 500, leaseMs: 1000 }));
      expect(claimed.map((c) => c.event.id).sort()).toEqual([...ids].sort());
      // Leased: nobody else gets them until the lease runs out.
      expect(ours(await store.claimEscalations({ now: t0 + 500, limit: 500, leaseMs: 1000 }))).toHaveLength(0);

      const [a, b, c] = events as [(typeof events)[0], (typeof events)[0], (typeof events)[0]];
      await store.markEscalationDelivered(a.id, t0 + 600);
      await store.markEscalationFailed(b.id, { attempts: 1, nextAttemptAt: t0 + 5000, error: 'http_503' });
      expect(await store.getEscalation(a.id)).toMatchObject({ deliveredAt: t0 + 600, attempts: 1 });
      expect(await store.getEscalation(b.id)).toMatchObject({
        attempts: 1,
        nextAttemptAt: t0 + 5000,
        lastError: 'http_503',
      });

      // c's lease ran out; b is not due yet; a is delivered.
      const later = ours(await store.claimEscalations({ now: t0 + 2000, limit: 500, leaseMs: 1000 }));
      expect(later.map((i) => i.event.id)).toEqual([c.id]);
      const due = ours(await store.claimEscalations({ now: t0 + 6000, limit: 500, leaseMs: 1000 }));
      expect(due.map((i) => i.event.id).sort()).toEqual([b.id, c.id].sort());

      // A late failure report never undoes a delivery.
      await store.markEscalationFailed(a.id, { attempts: 2, nextAttemptAt: t0, error: 'late' });
      expect((await store.getEscalation(a.id))?.deliveredAt).toBe(t0 + 600);

      const stats = await store.escalationStats();
      expect(stats.delivered).toBeGreaterThanOrEqual(1);
      expect(stats.pending).toBeGreaterThanOrEqual(2);
      expect(stats.oldestPendingAt).not.toBeNull();
      expect(stats.maxAttempts).toBeGreaterThanOrEqual(1);
    });

    it('stores a clientReportId once per sender: another sender with the same id gets a report of its own', async () => {
      const clientReportId = randomUUID();
      const mine = record({ clientReportId, subject: `sender-a-${clientReportId}` });
      const theirs = record({ clientReportId, subject: `sender-b-${clientReportId}`, details: 'someone else' });
      expect((await store.insertReport(mine)).created).toBe(true);
      const other = await store.insertReport(theirs);
      expect(other.created).toBe(true);
      expect(other.report).toEqual(theirs);
      expect(other.report.reference).not.toBe(mine.reference);
      const again = await store.insertReport(record({ clientReportId, subject: mine.subject }));
      expect(again).toEqual({ report: mine, created: false });
      expect((await store.listReports({ clientReportId })).map((r) => r.id).sort()).toEqual(
        [mine.id, theirs.id].sort(),
      );
    });

    it('denies a revoked age token id until its expiry, and forgets it after', async () => {
      const tokenId = randomUUID();
      const expiresAt = Date.UTC(2032, 0, 1);
      expect(await store.isAgeTokenRevoked(tokenId, expiresAt - 1000)).toBe(false);
      await store.revokeAgeToken(tokenId, expiresAt);
      await store.revokeAgeToken(tokenId, expiresAt);
      expect(await store.isAgeTokenRevoked(tokenId, expiresAt - 1000)).toBe(true);
      expect(await store.isAgeTokenRevoked(randomUUID(), expiresAt - 1000)).toBe(false);
      // Past the expiry the token is refused for being expired; the entry is no longer needed.
      expect(await store.isAgeTokenRevoked(tokenId, expiresAt)).toBe(false);
      const before = await store.purge({
        now: expiresAt - 1000,
        reportsChangedBefore: 0,
        escalationsDeliveredBefore: 0,
      });
      expect(before.revokedTokens).toBe(0);
      expect(await store.isAgeTokenRevoked(tokenId, expiresAt - 1000)).toBe(true);
      const after = await store.purge({ now: expiresAt, reportsChangedBefore: 0, escalationsDeliveredBefore: 0 });
      expect(after.revokedTokens).toBeGreaterThanOrEqual(1);
      expect(await store.isAgeTokenRevoked(tokenId, expiresAt - 1000)).toBe(false);
    });

    it('purges old decided reports and delivered escalations, but keeps preserved reports and undelivered events', async () => {
      const old = Date.UTC(2000, 0, 1);
      const plain = record({ createdAt: old, updatedAt: old, status: 'decided' });
      const preserved = record({
        createdAt: old,
        updatedAt: old,
        status: 'decided',
        reason: 'grooming',
        preserveUntil: Date.UTC(2000, 11, 31),
      });
      const recent = record({ createdAt: Date.UTC(2000, 5, 1), updatedAt: Date.UTC(2000, 5, 1), status: 'decided' });
      for (const r of [plain, preserved, recent]) await store.insertReport(r);
      const delivered = chatEvent();
      const pending = chatEvent();
      await store.enqueueEscalation(delivered, old);
      await store.enqueueEscalation(pending, old);
      await store.markEscalationDelivered(delivered.id, old + 1);

      const first = await store.purge({
        now: Date.UTC(2000, 6, 1),
        reportsChangedBefore: Date.UTC(2000, 2, 1),
        escalationsDeliveredBefore: Date.UTC(2000, 2, 1),
      });
      expect(first.reports).toBeGreaterThanOrEqual(1);
      expect(first.escalations).toBeGreaterThanOrEqual(1);
      expect(await store.getReport(plain.id)).toBeNull();
      expect(await store.getReport(preserved.id)).not.toBeNull();
      expect(await store.getReport(recent.id)).not.toBeNull();
      expect(await store.getEscalation(delivered.id)).toBeNull();
      expect(await store.getEscalation(pending.id)).not.toBeNull();

      await store.purge({
        now: Date.UTC(2001, 0, 1),
        reportsChangedBefore: Date.UTC(2000, 2, 1),
        escalationsDeliveredBefore: Date.UTC(2001, 0, 1),
      });
      expect(await store.getReport(preserved.id)).toBeNull();
      expect(await store.getReport(recent.id)).not.toBeNull();
      expect(await store.getEscalation(pending.id)).not.toBeNull();
    });

    it('keeps reports nobody has decided (received or appealed) until the longest wait allowed them', async () => {
      const old = Date.UTC(1999, 0, 1);
      const received = record({ createdAt: old, updatedAt: old });
      const appealed = record({ createdAt: old, updatedAt: old, status: 'appealed', appealAt: old, appealText: null });
      const decided = record({ createdAt: old, updatedAt: old, status: 'decided' });
      for (const r of [received, appealed, decided]) await store.insertReport(r);

      await store.purge({
        now: Date.UTC(1999, 6, 1),
        reportsChangedBefore: Date.UTC(1999, 2, 1),
        escalationsDeliveredBefore: 0,
      });
      expect(await store.getReport(decided.id)).toBeNull();
      expect(await store.getReport(received.id)).not.toBeNull();
      expect(await store.getReport(appealed.id)).not.toBeNull();

      await store.purge({
        now: Date.UTC(1999, 6, 1),
        reportsChangedBefore: Date.UTC(1999, 2, 1),
        pendingChangedBefore: old,
        escalationsDeliveredBefore: 0,
      });
      expect(await store.getReport(received.id)).not.toBeNull();
      await store.purge({
        now: Date.UTC(2000, 6, 1),
        reportsChangedBefore: Date.UTC(1999, 2, 1),
        pendingChangedBefore: old + 1,
        escalationsDeliveredBefore: 0,
      });
      expect(await store.getReport(received.id)).toBeNull();
      expect(await store.getReport(appealed.id)).toBeNull();
    });

    it('keeps everything across a restart', async () => {
      if (!h.reopen) throw new Error('the harness must be able to reopen the store');
      const r = record({ reason: 'violence', escalated: true });
      const event = escalationFor(r);
      await store.insertReport(r, event);
      await store.close();
      store = await h.reopen();
      expect(await store.getReport(r.id)).toEqual(r);
      expect((await store.getEscalation(event.id))?.event).toEqual(event);
    });
  });
}
