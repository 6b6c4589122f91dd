import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inProcessEngine } from '@youthchat/server';
import { ConfigError, createAppFromConfig, loadServerConfig, serve } from '@youthchat/server/node';
import { afterAll, describe, expect, it } from 'vitest';
import { startFakeOpenAI } from '../fixtures/fake-openai.ts';

const dir = mkdtempSync(join(tmpdir(), 'youthchat-overlap-config-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const env = (more: Record<string, string>) => ({ YOUTHCHAT_DATA_DIR: dir, YOUTHCHAT_SECURE_COOKIES: '0', ...more });

/** Sends one teen message through a server made from the environment; returns when the model was asked. */
async function askedAfter(more: Record<string, string>): Promise<{ generationAt: number; moderationAt: number }> {
  const fake = await startFakeOpenAI({ script: { moderation: { delayMs: 200 } } });
  const app = await createAppFromConfig(
    loadServerConfig(env({ OPENAI_API_KEY: 'sk-test', OPENAI_BASE_URL: fake.baseURL, ...more })),
    { engine: inProcessEngine },
  );
  const server = await serve(app.handler, { port: 0 });
  try {
    const age = await fetch(`${server.url}/api/age`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ age: 16 }),
    });
    const { token } = (await age.json()) as { token: string };
    const reply = await fetch(`${server.url}/api/chat`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-youthchat-age': token },
      body: JSON.stringify({ messages: [{ role: 'user', content: 'why is the sky blue?' }] }),
    });
    expect(await reply.text()).toContain('"finishReason":"stop"');
    const [moderation] = fake.moderationRequests();
    const [generation] = fake.responseRequests();
    return { generationAt: generation?.receivedAt as number, moderationAt: moderation?.receivedAt as number };
  } finally {
    await server.close();
    await app.close();
    await fake.close();
  }
}

describe('YOUTHCHAT_CHAT_OVERLAP', () => {
  it('is on unless 0, and refuses other values', () => {
    expect(loadServerConfig(env({})).chatOverlap).toBe(true);
    expect(loadServerConfig(env({ YOUTHCHAT_CHAT_OVERLAP: '1' })).chatOverlap).toBe(true);
    expect(loadServerConfig(env({ YOUTHCHAT_CHAT_OVERLAP: '0' })).chatOverlap).toBe(false);
    expect(() => loadServerConfig(env({ YOUTHCHAT_CHAT_OVERLAP: 'maybe' }))).toThrow(ConfigError);
  });

  it('asks the model while moderation judges by default, and only after it answered with 0', async () => {
    const on = await askedAfter({});
    expect(on.generationAt).toBeLessThan(on.moderationAt + 200);
    const off = await askedAfter({ YOUTHCHAT_CHAT_OVERLAP: '0' });
    expect(off.generationAt).toBeGreaterThanOrEqual(off.moderationAt + 200);
  });
});
