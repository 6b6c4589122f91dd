import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { definePolicy } from '@youthchat/core';
import { createAppFromConfig, loadServerConfig, serve } from '@youthchat/server/node';
import { afterAll, expect, it } from 'vitest';

const dir = mkdtempSync(join(tmpdir(), 'youthchat-app-policy-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

it("createAppFromConfig applies the app's policy to the chat route", async () => {
  const policy = definePolicy({ bands: { teen13to15: { chat: { maxMessageChars: 10 } } } });
  const app = await createAppFromConfig(loadServerConfig({ YOUTHCHAT_DATA_DIR: dir }), { policy });
  const server = await serve(app.handler, { port: 0 });
  try {
    const age = await fetch(`${server.url}/api/age`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ age: 14 }),
    });
    const { token } = (await age.json()) as { token: string };
    const chat = (content: string) =>
      fetch(`${server.url}/api/chat`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-youthchat-age': token },
        body: JSON.stringify({ messages: [{ role: 'user', content }] }),
      });
    const tooLong = await chat('This is longer than ten characters.');
    expect(tooLong.status).toBe(400);
    expect(((await tooLong.json()) as { error: { code: string } }).error.code).toBe('message_too_long');
    const short = await chat('Hi there');
    expect(short.status).toBe(200);
    await short.text();
  } finally {
    await server.close();
    await app.close();
  }
});
