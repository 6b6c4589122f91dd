import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { inProcessEngine, signAgeToken } from '@youthchat/server';
import { createAppFromConfig, loadServerConfig, serve } from '@youthchat/server/node';
import { afterAll, describe, expect, it } from 'vitest';
import { chat } from '../chat/helpers.ts';
import { MODERATOR_TOKEN, moderatorGet } from './harness.ts';

const run = promisify(execFile);
const cli = fileURLToPath(new URL('../../../packages/server/src/cli.ts', import.meta.url));
const tsconfig = fileURLToPath(new URL('../reports/fixtures/tsconfig.json', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'youthchat-risk-app-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('youthchat-server keeps risk and counts', () => {
  it('wires the chat handler to the store and mounts the moderation routes; the counts command reads them', async () => {
    const env = { YOUTHCHAT_DATA_DIR: dir, MODERATOR_TOKEN };
    const config = loadServerConfig(env);
    const app = await createAppFromConfig(config, { engine: inProcessEngine });
    const running = await serve(app.handler, { port: 0 });
    const today = new Date().toISOString().slice(0, 10);
    try {
      const { token } = await signAgeToken({ band: 'teen13to15', consent: 'not-needed' }, { secret: config.secret });
      const reply = await chat(`${running.url}/api/chat`, token, 'i want to kill myself');
      expect(reply.safety[0]).toMatchObject({ action: 'escalate', showCrisisResources: true });
      const response = await moderatorGet(`${running.url}/api/moderation/counts?from=${today}&to=${today}&period=day`);
      expect(response.status).toBe(200);
      const body = (await response.json()) as { totals: { crisisResourcesShown: number } };
      expect(body.totals.crisisResourcesShown).toBe(1);
      expect((await fetch(`${running.url}/api/moderation/counts?from=${today}&to=${today}`)).status).toBe(401);
    } finally {
      await running.close();
      await app.close();
    }

    // The CLI itself, as an operator runs it, on the same data folder.
    const { stdout } = await run(
      process.execPath,
      ['--import', 'tsx', cli, 'counts', '--from', today, '--to', today, '--period', 'day'],
      { env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', TSX_TSCONFIG_PATH: tsconfig, ...env } },
    );
    expect(stdout.split('\r\n')).toContain(`${today},crisis_resources_shown,,,,1`);
    const bad = await run(process.execPath, ['--import', 'tsx', cli, 'counts', '--period', 'week'], {
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', TSX_TSCONFIG_PATH: tsconfig, ...env },
    }).catch((error: { code: number; stderr: string }) => error);
    expect(bad).toMatchObject({ code: 2 });
    expect((bad as { stderr: string }).stderr).toMatch(/Usage: youthchat-server counts/);
    // Two CLI processes through tsx: slow on a loaded machine.
  }, 120_000);
});
