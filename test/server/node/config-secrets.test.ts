import { spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createEscalationDelivery, verifyEscalationSignature } from '@youthchat/server';
import { ConfigError, loadServerConfig } from '@youthchat/server/node';
import { afterAll, describe, expect, it } from 'vitest';

const root = mkdtempSync(join(tmpdir(), 'youthchat-config-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
let count = 0;
/** A fresh, private folder; `mode` loosens it. */
const folder = (mode = 0o700) => {
  const dir = join(root, `d${count++}`);
  mkdirSync(dir, { mode: 0o700 });
  chmodSync(dir, mode);
  return dir;
};
const modeOf = (path: string) => (statSync(path).mode & 0o777).toString(8);

const WEBHOOK_SECRET = 'webhook-secret-long-enough-0123456789abcdef';

describe('the data folder and the secret file', () => {
  it('creates the folder 0700 and the generated secret 0600', () => {
    const dir = join(folder(), 'new-data');
    const config = loadServerConfig({ YOUTHCHAT_DATA_DIR: dir });
    expect(config.secretSource).toBe('generated');
    expect(modeOf(dir)).toBe('700');
    expect(modeOf(join(dir, 'secret'))).toBe('600');
  });

  it.each([0o755, 0o750, 0o770, 0o707, 0o701])(
    'refuses a data folder with mode %o, naming the chmod to run',
    (mode) => {
      const dir = folder(mode);
      expect(() => loadServerConfig({ YOUTHCHAT_DATA_DIR: dir })).toThrow(ConfigError);
      expect(() => loadServerConfig({ YOUTHCHAT_DATA_DIR: dir })).toThrow(`chmod 700 "${dir}"`);
    },
  );

  it('refuses a secret file other users can read, naming the chmod to run', () => {
    const dir = folder();
    const file = join(dir, 'secret');
    writeFileSync(file, `${'s'.repeat(43)}\n`, { mode: 0o644 });
    chmodSync(file, 0o644);
    expect(() => loadServerConfig({ YOUTHCHAT_DATA_DIR: dir })).toThrow(`chmod 600 "${file}"`);
    chmodSync(file, 0o600);
    expect(loadServerConfig({ YOUTHCHAT_DATA_DIR: dir }).secretSource).toBe('data-folder');
  });

  it('stops youthchat-server at start with the message and exit code 2', async () => {
    const dir = folder(0o755);
    const cli = fileURLToPath(new URL('../../../packages/server/src/cli.ts', import.meta.url));
    const tsconfig = fileURLToPath(new URL('../reports/fixtures/tsconfig.json', import.meta.url));
    const child = spawn(process.execPath, ['--import', 'tsx', cli], {
      env: { PATH: process.env.PATH ?? '', TSX_TSCONFIG_PATH: tsconfig, YOUTHCHAT_DATA_DIR: dir, PORT: '0' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
    expect(code).toBe(2);
    expect(stderr).toContain(`youthchat-server: The data folder ${dir} can be read or written by other users`);
    expect(stderr).toContain(`chmod 700 "${dir}"`);
  });
});

describe('the escalation webhook', () => {
  const load = (env: Record<string, string>) => () => loadServerConfig({ YOUTHCHAT_DATA_DIR: folder(), ...env });

  it('must be https outside development, except on this machine', () => {
    expect(load({ ESCALATION_WEBHOOK_URL: 'http://hooks.example.org/youthchat' })).toThrow(
      /ESCALATION_WEBHOOK_URL must be an https:\/\/ URL/,
    );
    expect(load({ ESCALATION_WEBHOOK_URL: 'ftp://hooks.example.org/youthchat' })).toThrow(ConfigError);
    for (const url of [
      'https://hooks.example.org/youthchat',
      'http://localhost:9000/hook',
      'http://127.0.0.1:9000/hook',
      'http://[::1]:9000/hook',
    ]) {
      expect(load({ ESCALATION_WEBHOOK_URL: url, ESCALATION_WEBHOOK_SECRET: WEBHOOK_SECRET })()).toMatchObject({
        escalationWebhook: { url, secret: WEBHOOK_SECRET },
      });
    }
    expect(
      load({ ESCALATION_WEBHOOK_URL: 'http://hooks.internal/youthchat', NODE_ENV: 'development' })(),
    ).toMatchObject({ escalationWebhook: { url: 'http://hooks.internal/youthchat' } });
  });

  it('needs a secret of at least 32 bytes when one is set', () => {
    const url = 'https://hooks.example.org/youthchat';
    expect(load({ ESCALATION_WEBHOOK_URL: url, ESCALATION_WEBHOOK_SECRET: 'short-secret' })).toThrow(
      /ESCALATION_WEBHOOK_SECRET must be at least 32 bytes/,
    );
    expect(load({ ESCALATION_WEBHOOK_URL: url, ESCALATION_WEBHOOK_SECRET: 'x'.repeat(31) })).toThrow(ConfigError);
    expect(load({ ESCALATION_WEBHOOK_URL: url, ESCALATION_WEBHOOK_SECRET: 'x'.repeat(32) })).not.toThrow();
  });

  it('is never signed, nor verified, with an empty or short secret', () => {
    const body = '{"type":"youthchat.escalation"}';
    expect(verifyEscalationSignature({ body, signature: `t=1,v1=${'0'.repeat(64)}`, secret: '' })).toBe(false);
    const store = {
      enqueueEscalation: async () => {},
      claimEscalations: async () => [],
      markEscalationDelivered: async () => {},
      markEscalationFailed: async () => {},
    };
    for (const secret of ['', 'short']) {
      expect(() => createEscalationDelivery({ store, url: 'https://hooks.example.org', secret })).toThrow(
        /at least 32 bytes/,
      );
    }
  });
});

describe('YOUTHCHAT_AGE_RESET_TOKEN', () => {
  it('is read into the config, and refused when short', () => {
    const token = 'r'.repeat(40);
    expect(loadServerConfig({ YOUTHCHAT_DATA_DIR: folder(), YOUTHCHAT_AGE_RESET_TOKEN: token }).ageResetToken).toBe(
      token,
    );
    expect(loadServerConfig({ YOUTHCHAT_DATA_DIR: folder() }).ageResetToken).toBeUndefined();
    expect(() => loadServerConfig({ YOUTHCHAT_DATA_DIR: folder(), YOUTHCHAT_AGE_RESET_TOKEN: 'reset' })).toThrow(
      /YOUTHCHAT_AGE_RESET_TOKEN must be at least 32 characters/,
    );
  });
});

describe('the SQLite driver', () => {
  it('is automatic unless YOUTHCHAT_SQLITE_DRIVER names one, and refuses a name it does not know', () => {
    const dir = folder();
    expect(loadServerConfig({ YOUTHCHAT_DATA_DIR: dir }).sqliteDriver).toBe('auto');
    expect(loadServerConfig({ YOUTHCHAT_DATA_DIR: dir, YOUTHCHAT_SQLITE_DRIVER: 'better-sqlite3' }).sqliteDriver).toBe(
      'better-sqlite3',
    );
    expect(() => loadServerConfig({ YOUTHCHAT_DATA_DIR: dir, YOUTHCHAT_SQLITE_DRIVER: 'sqlite3' })).toThrow(
      'YOUTHCHAT_SQLITE_DRIVER must be auto, node:sqlite or better-sqlite3',
    );
  });
});

describe('a read-only file system (a serverless function)', () => {
  it('needs no data folder with the secret from the environment and PostgreSQL, or a SQLite path of its own', () => {
    const missing = join(root, 'never-made');
    const secret = 's'.repeat(40);
    loadServerConfig({
      YOUTHCHAT_DATA_DIR: missing,
      YOUTHCHAT_SECRET: secret,
      DATABASE_URL: 'postgres://db/youthchat',
    });
    loadServerConfig({ YOUTHCHAT_DATA_DIR: missing, YOUTHCHAT_SECRET: secret, DATABASE_URL: join(root, 'own.sqlite') });
    expect(existsSync(missing)).toBe(false);
    loadServerConfig({ YOUTHCHAT_DATA_DIR: missing, YOUTHCHAT_SECRET: secret });
    expect(existsSync(missing)).toBe(true);
  });
});
