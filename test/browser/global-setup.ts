import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createMailboxHandler } from '@youthchat/server';
import { createAppFromConfig, loadServerConfig, serve } from '@youthchat/server/node';
import type { TestProject } from 'vitest/node';
import { browserApiPort, fakeOpenAIPort } from '../../vitest.config.ts';
import { FAKE_OPENAI_PROXY_PATH, startFakeOpenAI } from '../server/fixtures/fake-openai.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Path (through the Vite proxy) of the fake OpenAI's control routes: use `scriptFakeOpenAI` from test/server/fixtures/fake-openai-script.ts. */
    fakeOpenAIPath: string;
  }
}

/**
 * Starts a real youthchat server for the browser tests, on the port the Vite
 * proxy forwards `/api` to, with its data in a temporary folder, and a fake
 * OpenAI (moderation and streaming Responses) that the server's `openai`
 * client talks to and that tests script through `/fake-openai`.
 */
export default async function setup(project: TestProject) {
  const dataDir = mkdtempSync(join(tmpdir(), 'youthchat-browser-'));
  const fake = await startFakeOpenAI({ port: fakeOpenAIPort });
  project.provide('fakeOpenAIPath', FAKE_OPENAI_PROXY_PATH);
  const config = loadServerConfig({
    YOUTHCHAT_DATA_DIR: dataDir,
    MODERATOR_TOKEN: 'browser-test-moderator-token',
    // What an app's server holds to reset an answer (test/browser/age-gate/harness.tsx plays that server).
    YOUTHCHAT_AGE_RESET_TOKEN: 'browser-test-age-reset-token-0123456789',
    OPENAI_API_KEY: 'sk-browser-test',
    OPENAI_BASE_URL: fake.baseURL,
    // Every browser test answers the age question from the same address.
    YOUTHCHAT_AGE_LIMIT_PER_ADDRESS: '10000',
  });
  const app = await createAppFromConfig(config);
  // The mailbox routes show the .eml files the server wrote (links to guardians and parents), as the demo does.
  const mailbox = createMailboxHandler({ dir: app.mailDir ?? join(dataDir, 'mail') });
  const handler = (request: Request) => {
    const path = new URL(request.url).pathname;
    return path.startsWith('/api/dev/mail') || path.startsWith('/api/__mail') ? mailbox(request) : app.handler(request);
  };
  const running = await serve(handler, { port: browserApiPort });
  return async () => {
    await running.close();
    await app.close();
    await fake.close();
    rmSync(dataDir, { recursive: true, force: true });
  };
}
