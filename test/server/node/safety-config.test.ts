import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inProcessEngine } from '@youthchat/server';
import { ConfigError, createAppFromConfig, loadServerConfig, serve } from '@youthchat/server/node';
import { afterAll, describe, expect, it } from 'vitest';
import { startFakeOpenAI } from '../fixtures/fake-openai.ts';

const dir = mkdtempSync(join(tmpdir(), 'youthchat-safety-config-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const env = (more: Record<string, string>) => ({ YOUTHCHAT_DATA_DIR: dir, ...more });

describe('YOUTHCHAT_SAFETY_* and YOUTHCHAT_CHAT_FIRST_PARTY', () => {
  it('is off without a model; a named model takes the OpenAI key and base URL unless given its own', () => {
    expect(loadServerConfig(env({})).safety).toEqual({ firstParty: false, api: 'responses' });
    const shared = loadServerConfig(
      env({
        OPENAI_API_KEY: 'sk-a',
        OPENAI_BASE_URL: 'https://proxy.example/v1',
        YOUTHCHAT_SAFETY_MODEL: 'gpt-5.6-luna',
      }),
    );
    expect(shared.safety).toEqual({
      model: 'gpt-5.6-luna',
      apiKey: 'sk-a',
      baseURL: 'https://proxy.example/v1',
      firstParty: false,
      api: 'responses',
    });
    const own = loadServerConfig(
      env({
        OPENAI_API_KEY: 'sk-a',
        YOUTHCHAT_SAFETY_MODEL: 'gpt-oss-safeguard-20b',
        YOUTHCHAT_SAFETY_BASE_URL: 'http://vllm.internal:8000/v1',
        YOUTHCHAT_SAFETY_API_KEY: 'local',
        YOUTHCHAT_SAFETY_FIRST_PARTY: '1',
        YOUTHCHAT_SAFETY_API: 'chat-completions',
      }),
    );
    expect(own.safety).toMatchObject({
      apiKey: 'local',
      baseURL: 'http://vllm.internal:8000/v1',
      firstParty: true,
      api: 'chat-completions',
    });
    expect(own.chatFirstParty).toBe(false);
  });

  it("refuses a first-party declaration for OpenAI's own endpoint, and other mistakes", () => {
    expect(() =>
      loadServerConfig(env({ YOUTHCHAT_SAFETY_MODEL: 'm', OPENAI_API_KEY: 'k', YOUTHCHAT_SAFETY_FIRST_PARTY: '1' })),
    ).toThrow(/YOUTHCHAT_SAFETY_FIRST_PARTY/);
    expect(() =>
      loadServerConfig(env({ YOUTHCHAT_CHAT_FIRST_PARTY: '1', OPENAI_BASE_URL: 'https://api.openai.com/v1' })),
    ).toThrow(/YOUTHCHAT_CHAT_FIRST_PARTY/);
    expect(() => loadServerConfig(env({ YOUTHCHAT_SAFETY_MODEL: 'm' }))).toThrow(/no key/);
    expect(() => loadServerConfig(env({ YOUTHCHAT_SAFETY_API: 'grpc' }))).toThrow(ConfigError);
    expect(() => loadServerConfig(env({ YOUTHCHAT_SAFETY_FIRST_PARTY: 'yes' }))).toThrow(ConfigError);
    expect(
      loadServerConfig(env({ YOUTHCHAT_CHAT_FIRST_PARTY: '1', OPENAI_BASE_URL: 'http://127.0.0.1:11434/v1' }))
        .chatFirstParty,
    ).toBe(true);
  });

  it('says at start-up that the classifier is off and what turning it on costs', async () => {
    const app = await createAppFromConfig(loadServerConfig(env({})), { engine: inProcessEngine });
    try {
      const note = app.notes.find((n) => n.startsWith('youth-policy classifier'));
      expect(note).toMatch(/off \(set YOUTHCHAT_SAFETY_MODEL/);
      expect(note).toMatch(/one extra model call per child's message/);
    } finally {
      await app.close();
    }
  });

  it('runs the classifier the environment names, on its own endpoint, for an under-13 chat when first party', async () => {
    const [chatModel, classifier] = await Promise.all([startFakeOpenAI(), startFakeOpenAI()]);
    const app = await createAppFromConfig(
      loadServerConfig(
        env({
          OPENAI_API_KEY: 'sk-test',
          OPENAI_BASE_URL: chatModel.baseURL,
          YOUTHCHAT_SAFETY_MODEL: 'gpt-oss-safeguard-20b',
          YOUTHCHAT_SAFETY_BASE_URL: classifier.baseURL,
          YOUTHCHAT_SAFETY_API_KEY: 'local',
          YOUTHCHAT_SAFETY_FIRST_PARTY: '1',
          YOUTHCHAT_SECURE_COOKIES: '0',
        }),
      ),
      { engine: inProcessEngine },
    );
    const server = await serve(app.handler, { port: 0 });
    try {
      expect(app.notes).toContainEqual(
        expect.stringMatching(/youth-policy classifier: gpt-oss-safeguard-20b .*first party/),
      );
      const age = await fetch(`${server.url}/api/age`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ age: 10 }),
      });
      const { token } = (await age.json()) as { token: string };
      const reply = await fetch(`${server.url}/api/chat`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-youthchat-age': token },
        body: JSON.stringify({ messages: [{ role: 'user', content: 'hello' }] }),
      });
      expect(await reply.text()).toContain('"action":"hold"');
      expect(classifier.classifierRequests()).toHaveLength(1);
      expect(classifier.classifierRequests()[0]?.body.model).toBe('gpt-oss-safeguard-20b');
      expect(classifier.classifierRequests()[0]?.headers.authorization).toBe('Bearer local');
      expect(chatModel.requests).toHaveLength(0);
    } finally {
      await server.close();
      await app.close();
      await Promise.all([chatModel.close(), classifier.close()]);
    }
  });
});
