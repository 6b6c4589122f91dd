import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createAppFromConfig, loadServerConfig, serve } from '@youthchat/server/node';
import type { TestProject } from 'vitest/node';
import { browserApiPort } from '../../vitest.config.ts';

/**
 * Starts a real youthchat server for the browser tests, on the port the Vite
 * proxy forwards `/api` to, with its data in a temporary folder.
 */
export default async function setup(_project: TestProject) {
  const dataDir = mkdtempSync(join(tmpdir(), 'youthchat-browser-'));
  const config = loadServerConfig({
    YOUTHCHAT_DATA_DIR: dataDir,
    MODERATOR_TOKEN: 'browser-test-moderator-token',
  });
  const app = await createAppFromConfig(config);
  const running = await serve(app.handler, { port: browserApiPort });
  return async () => {
    await running.close();
    await app.close();
    rmSync(dataDir, { recursive: true, force: true });
  };
}
