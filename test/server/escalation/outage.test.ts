import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPORT_REASON_SEVERITY, REPORT_REASONS } from '@youthchat/core';
import {
  createYouthchatHandler,
  type EscalationEvent,
  EVENT_ID_HEADER,
  SIGNATURE_HEADER,
  verifyEscalationSignature,
} from '@youthchat/server';
import { loadServerConfig, serve } from '@youthchat/server/node';
import { afterAll, describe, expect, it } from 'vitest';
import { createReportingFromConfig, type Reporting } from '../../../packages/server/src/reports/from-config.ts';
import { chatEvent } from '../reports/helpers.ts';
import { dropSchema, pgUrl, uniqueSchema } from '../reports/postgres.ts';
import { createReceiver, waitFor } from './receiver.ts';

const WEBHOOK_SECRET = 'webhook-secret-for-the-outage-test-0123456789';
const fast = { retryBaseMs: 20, retryMaxMs: 250, pollMs: 25, log: () => {} };

const databases = [
  { name: 'SQLite', skip: false, url: (dir: string) => join(dir, 'youthchat.sqlite'), cleanup: async () => {} },
  (() => {
    const schema = uniqueSchema('outage');
    return {
      name: 'PostgreSQL',
      skip: !pgUrl,
      url: () => `${pgUrl}?schema=${schema}`,
      cleanup: () => dropSchema(schema),
    };
  })(),
];

for (const db of databases) {
  describe.skipIf(db.skip)(`escalations survive a webhook outage and a restart (${db.name})`, () => {
    const dir = mkdtempSync(join(tmpdir(), 'youthchat-outage-'));
    afterAll(async () => {
      await db.cleanup();
      rmSync(dir, { recursive: true, force: true });
    });

    it('delivers every escalation, signed, at least once per event id, once the receiver is back', async () => {
      const receiver = await createReceiver();
      const config = loadServerConfig({
        YOUTHCHAT_DATA_DIR: dir,
        DATABASE_URL: db.url(dir),
        // Required with PostgreSQL, where instances must share it.
        YOUTHCHAT_SECRET: 'outage-test-secret-0123456789abcdefghijklmn',
        ESCALATION_WEBHOOK_URL: receiver.url,
        ESCALATION_WEBHOOK_SECRET: WEBHOOK_SECRET,
        YOUTHCHAT_REPORT_LIMIT_PER_ADDRESS: '100000',
      });
      const start = async () => {
        const reporting = await createReportingFromConfig(config, { delivery: fast });
        const handler = createYouthchatHandler({ secret: config.secret, routes: { '/reports': reporting.route } });
        return { reporting, running: await serve(handler, { port: 0 }) };
      };

      let { reporting, running } = await start();
      const expected = new Set<string>();
      const reportIds = new Set<string>();
      const post = async (reason: string) => {
        const response = await fetch(`${running.url}/api/reports`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ reason }),
        });
        expect(response.status).toBe(201);
        return ((await response.json()) as { id: string }).id;
      };
      const escalateFromChat = async (r: Reporting) => {
        const event = chatEvent();
        await r.escalate(event);
        expected.add(event.id);
      };

      // The receiver is down: reports arrive, chat escalates, deliveries fail and are retried.
      for (let i = 0; i < 40; i++) {
        const reason = REPORT_REASONS[i % REPORT_REASONS.length] as string;
        const id = await post(reason);
        if (REPORT_REASON_SEVERITY[reason as keyof typeof REPORT_REASON_SEVERITY] === 'high') reportIds.add(id);
      }
      for (let i = 0; i < 10; i++) await escalateFromChat(reporting);
      await waitFor(async () => (await reporting.store.escalationStats()).maxAttempts >= 3, 20_000, 'failed retries');
      expect(receiver.deliveries).toHaveLength(0);

      // A restart while the receiver is still down: the outbox is in the store, so nothing is lost.
      await running.close();
      await reporting.close();
      ({ reporting, running } = await start());
      for (let i = 0; i < 5; i++) await escalateFromChat(reporting);
      reportIds.add(await post('grooming'));

      // The receiver comes back, refusing the first few deliveries.
      receiver.answers.push({ status: 503 }, { status: 500 }, { status: 429, headers: { 'retry-after': '0' } });
      await receiver.start();
      await waitFor(async () => (await reporting.store.escalationStats()).pending === 0, 30_000, 'an empty outbox');
      await running.close();
      await reporting.close();
      await receiver.stop();

      const delivered = new Map<string, EscalationEvent>();
      for (const { body, headers } of receiver.deliveries) {
        expect(
          verifyEscalationSignature({ body, signature: headers[SIGNATURE_HEADER] as string, secret: WEBHOOK_SECRET }),
        ).toBe(true);
        const { event } = JSON.parse(body) as { event: EscalationEvent };
        expect(headers[EVENT_ID_HEADER]).toBe(event.id);
        delivered.set(event.id, event);
      }
      for (const id of expected) expect(delivered.has(id), `chat event ${id} was not delivered`).toBe(true);
      const fromReports = [...delivered.values()].filter((e) => e.source === 'report');
      expect(new Set(fromReports.map((e) => e.reportId))).toEqual(reportIds);
      expect(delivered.size).toBe(expected.size + reportIds.size);
    }, 90_000);
  });
}
