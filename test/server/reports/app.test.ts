import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type EscalationEvent, SIGNATURE_HEADER, verifyEscalationSignature } from '@youthchat/server';
import { createAppFromConfig, loadServerConfig, serve } from '@youthchat/server/node';
import { afterAll, describe, expect, it } from 'vitest';
import { createReceiver, waitFor } from '../escalation/receiver.ts';
import { chatEvent, MODERATOR_TOKEN } from './helpers.ts';
import { dropSchema, pgUrl, uniqueSchema } from './postgres.ts';

const WEBHOOK_SECRET = 'app-webhook-secret-0123456789abcdef0123';
const dirs: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'youthchat-app-'));
  dirs.push(dir);
  return dir;
};
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

describe('createAppFromConfig wires reports and escalations', () => {
  it('serves /api/reports on the SQLite file in the data folder and delivers app.escalate events', async () => {
    const receiver = await createReceiver();
    await receiver.start();
    const dir = tempDir();
    const app = await createAppFromConfig(
      loadServerConfig({
        YOUTHCHAT_DATA_DIR: dir,
        MODERATOR_TOKEN,
        ESCALATION_WEBHOOK_URL: receiver.url,
        ESCALATION_WEBHOOK_SECRET: WEBHOOK_SECRET,
      }),
    );
    const running = await serve(app.handler, { port: 0 });
    try {
      expect(app.notes.join('\n')).toContain(`reports: stored in SQLite file ${join(dir, 'youthchat.sqlite')}`);
      expect(app.notes.join('\n')).toMatch(/escalations: delivered to http:\/\/127\.0\.0\.1:\d+, HMAC-SHA256 signed/);
      const created = await fetch(`${running.url}/api/reports`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ reason: 'self-harm', clientReportId: 'app-test-1' }),
      });
      expect(created.status).toBe(201);
      const listed = await fetch(`${running.url}/api/reports?clientReportId=app-test-1`, {
        headers: { authorization: `Bearer ${MODERATOR_TOKEN}` },
      });
      expect(((await listed.json()) as { reports: unknown[] }).reports).toHaveLength(1);

      const event = chatEvent();
      await app.escalate(event);
      await waitFor(() => receiver.deliveries.length >= 2, 15_000, 'two deliveries');
      const events = receiver.deliveries.map((d) => {
        expect(
          verifyEscalationSignature({
            body: d.body,
            signature: d.headers[SIGNATURE_HEADER] as string,
            secret: WEBHOOK_SECRET,
          }),
        ).toBe(true);
        return (JSON.parse(d.body) as { event: EscalationEvent }).event;
      });
      expect(events.map((e) => e.source).sort()).toEqual(['chat', 'report']);
      expect(events.find((e) => e.source === 'chat')).toEqual(event);
    } finally {
      await running.close();
      await app.close();
      await receiver.stop();
    }
  });

  it('sends nothing unsigned: without a webhook secret, escalations stay in the outbox', async () => {
    const receiver = await createReceiver();
    await receiver.start();
    const app = await createAppFromConfig(
      loadServerConfig({ YOUTHCHAT_DATA_DIR: tempDir(), ESCALATION_WEBHOOK_URL: receiver.url }),
    );
    try {
      expect(app.notes.join('\n')).toMatch(/ESCALATION_WEBHOOK_SECRET is not set/);
      expect(app.notes.join('\n')).toMatch(/moderator routes: off/);
      await app.escalate(chatEvent());
      const response = await app.handler(
        new Request('http://127.0.0.1/api/reports', { headers: { authorization: 'Bearer anything' } }),
      );
      expect(response.status).toBe(401);
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(receiver.deliveries).toHaveLength(0);
    } finally {
      await app.close();
      await receiver.stop();
    }
  });

  describe.skipIf(!pgUrl)('with DATABASE_URL pointing at PostgreSQL', () => {
    const schema = uniqueSchema('app');
    afterAll(() => dropSchema(schema));

    it('stores reports in PostgreSQL, in the schema named on the URL', async () => {
      const app = await createAppFromConfig(
        loadServerConfig({
          YOUTHCHAT_DATA_DIR: tempDir(),
          DATABASE_URL: `${pgUrl}?schema=${schema}`,
          // Instances sharing PostgreSQL must share the secret; the server refuses to start without it.
          YOUTHCHAT_SECRET: 'app-test-secret-0123456789abcdefghijklmnopq',
          MODERATOR_TOKEN,
        }),
      );
      try {
        expect(app.notes.join('\n')).toMatch(new RegExp(`reports: stored in PostgreSQL at .+ \\(schema ${schema}\\)`));
        expect(app.notes.join('\n')).not.toContain('youthchat:youthchat@');
        const created = await app.handler(
          new Request('http://127.0.0.1/api/reports', {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ reason: 'other', clientReportId: 'pg-app-1' }),
          }),
        );
        expect(created.status).toBe(201);
        const listed = await app.handler(
          new Request('http://127.0.0.1/api/reports?clientReportId=pg-app-1', {
            headers: { authorization: `Bearer ${MODERATOR_TOKEN}` },
          }),
        );
        expect(((await listed.json()) as { reports: unknown[] }).reports).toHaveLength(1);
      } finally {
        await app.close();
      }
    });
  });
});
