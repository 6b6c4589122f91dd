import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigError, loadServerConfig } from '@youthchat/server/node';
import { afterAll, describe, expect, it } from 'vitest';
import { failingCli } from './cli.ts';

const dirs: string[] = [];
const folder = () => {
  const dir = mkdtempSync(join(tmpdir(), 'youthchat-pg-secret-'));
  dirs.push(dir);
  return dir;
};
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

const DATABASE_URL = 'postgres://youthchat:youthchat@127.0.0.1:5432/youthchat';

describe('a PostgreSQL DATABASE_URL', () => {
  it('needs YOUTHCHAT_SECRET, and no secret is generated for it', () => {
    for (const url of [DATABASE_URL, DATABASE_URL.replace('postgres:', 'postgresql:')]) {
      const dir = folder();
      expect(() => loadServerConfig({ YOUTHCHAT_DATA_DIR: dir, DATABASE_URL: url })).toThrow(ConfigError);
      expect(() => loadServerConfig({ YOUTHCHAT_DATA_DIR: dir, DATABASE_URL: url, YOUTHCHAT_SECRET: '' })).toThrow(
        /set YOUTHCHAT_SECRET to the same value on every instance/,
      );
      expect(existsSync(join(dir, 'secret'))).toBe(false);
    }
  });

  it('starts with YOUTHCHAT_SECRET set', () => {
    const config = loadServerConfig({
      YOUTHCHAT_DATA_DIR: folder(),
      DATABASE_URL,
      YOUTHCHAT_SECRET: 'x'.repeat(40),
    });
    expect(config.secretSource).toBe('environment');
  });

  it('leaves SQLite as it was: a secret is generated in the data folder', () => {
    const dir = folder();
    expect(loadServerConfig({ YOUTHCHAT_DATA_DIR: dir }).secretSource).toBe('generated');
    expect(existsSync(join(dir, 'secret'))).toBe(true);
  });

  it('stops youthchat-server at start with the message and exit code 2', async () => {
    const { code, stderr } = await failingCli({ YOUTHCHAT_DATA_DIR: folder(), DATABASE_URL });
    expect(code).toBe(2);
    expect(stderr).toContain('youthchat-server: DATABASE_URL is a PostgreSQL database');
    expect(stderr).toContain('YOUTHCHAT_SECRET');
  });
});
