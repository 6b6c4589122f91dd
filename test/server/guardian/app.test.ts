import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  ALERT_HEADER,
  guardianAlertKey,
  listMail,
  SIGNATURE_HEADER,
  verifyEscalationSignature,
} from '@youthchat/server';
import { createAppFromConfig, loadServerConfig, serve } from '@youthchat/server/node';
import { afterAll, describe, expect, it } from 'vitest';

const dir = mkdtempSync(join(tmpdir(), 'yc-guardian-app-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const json = (url: string, body: unknown, token?: string) =>
  fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { 'x-youthchat-age': token } : {}) },
    body: JSON.stringify(body),
  });

describe('the server app with guardian links', () => {
  it('writes the confirmation and a signed alert without message text as .eml files in the data folder', async () => {
    const config = loadServerConfig({
      YOUTHCHAT_DATA_DIR: dir,
      YOUTHCHAT_PUBLIC_URL: 'https://app.example',
      YOUTHCHAT_ENGINE_THREADS: '1',
    });
    const app = await createAppFromConfig(config);
    const running = await serve(app.handler, { port: 0 });
    try {
      expect(app.notes.join('\n')).toContain(
        'guardian links: on; confirmation links open https://app.example/guardian',
      );
      const mailDir = app.mailDir as string;
      const { token } = (await (await json(`${running.url}/api/age`, { age: 15, country: 'US' })).json()) as {
        token: string;
      };
      expect(
        (await json(`${running.url}/api/guardian`, { guardianEmail: 'mum@example.com', guardianLocale: 'fr' }, token))
          .status,
      ).toBe(202);

      const [confirmation] = await listMail(mailDir);
      expect(confirmation?.to).toContain('mum@example.com');
      expect(confirmation?.subject).toMatch(/responsable/);
      const link = /https:\/\/app\.example\/guardian\?guardian=([\w-]+)/.exec(confirmation?.text ?? '')?.[1];
      expect(link).toBeTruthy();
      expect((await json(`${running.url}/api/guardian/confirm/${link}`, { timeZone: 'Europe/Paris' })).status).toBe(
        200,
      );

      const words = 'i want to kill myself';
      const reply = await json(`${running.url}/api/chat`, { messages: [{ role: 'user', content: words }] }, token);
      expect(reply.status).toBe(200);
      await reply.text();

      let alert: Awaited<ReturnType<typeof listMail>>[number] | undefined;
      for (let i = 0; i < 100 && !alert; i++) {
        alert = (await listMail(mailDir)).find((m) => m.headers[SIGNATURE_HEADER] !== undefined);
        if (!alert) await new Promise((resolve) => setTimeout(resolve, 100));
      }
      expect(alert?.subject).toBe('Alerte de sécurité : votre adolescent a peut-être besoin de soutien');
      expect(alert?.text).toMatch(/automutilation/);
      const body = Buffer.from(alert?.headers[ALERT_HEADER] ?? '', 'base64url').toString('utf8');
      expect(
        verifyEscalationSignature({
          body,
          signature: alert?.headers[SIGNATURE_HEADER],
          secret: guardianAlertKey(config.secret),
        }),
      ).toBe(true);
      expect(JSON.stringify(alert)).not.toMatch(/kill myself/);

      const status = (await (
        await fetch(`${running.url}/api/guardian`, { headers: { 'x-youthchat-age': token } })
      ).json()) as {
        lastAlertAt: string | null;
      };
      expect(status.lastAlertAt).not.toBeNull();
    } finally {
      await running.close();
      await app.close();
    }
  });
});
