import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createAppFromConfig, loadServerConfig, type RunningServer, serve } from '@youthchat/server/node';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { type FakeOpenAI, startFakeOpenAI } from '../fixtures/fake-openai.ts';
import { postChat, readReply } from './helpers.ts';

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function startApp(env: Record<string, string>): Promise<{ url: string; notes: string[] }> {
  const dataDir = mkdtempSync(join(tmpdir(), 'youthchat-chat-app-'));
  cleanups.push(() => rmSync(dataDir, { recursive: true, force: true }));
  const app = await createAppFromConfig(loadServerConfig({ YOUTHCHAT_DATA_DIR: dataDir, ...env }));
  cleanups.push(() => app.close());
  const running: RunningServer = await serve(app.handler);
  cleanups.push(() => running.close());
  return { url: running.url, notes: app.notes };
}

async function declare(url: string, age: number): Promise<string> {
  const response = await fetch(`${url}/api/age`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ age }),
  });
  return ((await response.json()) as { token: string }).token;
}

describe('youthchat-server mounts /api/chat', () => {
  it('answers from the offline demo assistant, labelled, without OPENAI_API_KEY', async () => {
    const { url, notes } = await startApp({});
    expect(notes.join('\n')).toMatch(/offline demo assistant/);
    const token = await declare(url, 15);
    const reply = await readReply(
      await postChat(`${url}/api/chat`, token, { messages: [{ role: 'user', content: 'hi' }] }),
    );
    expect(reply.events[0]).toMatchObject({ type: 'start', assistant: 'offline-demo' });
    expect(reply.done?.finishReason).toBe('stop');
  });

  it('talks to OpenAI at OPENAI_BASE_URL with OPENAI_API_KEY, and delivers escalations through the app’s hook', async () => {
    const fake: FakeOpenAI = await startFakeOpenAI();
    cleanups.push(() => fake.close());
    const received: { headers: Record<string, unknown>; body: string }[] = [];
    const webhook: Server = createServer((req, res) => {
      let body = '';
      req.on('data', (c: Buffer) => {
        body += c.toString();
      });
      req.on('end', () => {
        received.push({ headers: req.headers, body });
        res.writeHead(204).end();
      });
    });
    await new Promise<void>((resolve) => webhook.listen(0, '127.0.0.1', resolve));
    cleanups.push(() => new Promise<void>((resolve) => webhook.close(() => resolve())));

    const { url, notes } = await startApp({
      OPENAI_API_KEY: 'sk-app-test',
      OPENAI_BASE_URL: fake.baseURL,
      ESCALATION_WEBHOOK_URL: `http://127.0.0.1:${(webhook.address() as AddressInfo).port}/hook`,
      ESCALATION_WEBHOOK_SECRET: 'webhook-secret-for-the-chat-app-test',
    });
    expect(notes.join('\n')).toMatch(/under-13 chats are held/);
    const token = await declare(url, 14);
    const reply = await readReply(
      await postChat(`${url}/api/chat`, token, { messages: [{ role: 'user', content: 'i want to kill myself' }] }),
    );
    expect(reply.events[0]).toMatchObject({ type: 'start', assistant: 'openai' });
    expect(reply.safety[0]).toMatchObject({ action: 'escalate', showCrisisResources: true });
    expect(fake.responseRequests()[0]?.headers.authorization).toBe('Bearer sk-app-test');
    await vi.waitFor(() => expect(received.length).toBeGreaterThan(0), { timeout: 10_000 });
    const event = JSON.parse(received[0]?.body ?? '{}');
    expect(JSON.stringify(event)).toContain('self-harm');
    expect(JSON.stringify(event)).not.toContain('kill myself');
  });
});
