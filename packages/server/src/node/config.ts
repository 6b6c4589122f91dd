import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { isAbsolute, join, resolve } from 'node:path';

/** What `youthchat-server` reads from its environment (see the README's table). */
export interface ServerConfig {
  port: number;
  /** Listen address. */
  host: string;
  /** Folder for the SQLite file and the generated secret. */
  dataDir: string;
  secret: string;
  /** Where the secret came from, for the start-up message. */
  secretSource: 'environment' | 'data-folder' | 'generated';
  /** `postgres://…`, or a SQLite file path. */
  databaseUrl: string;
  openai: { apiKey?: string; baseURL?: string };
  /** Zero data retention declared with the model provider. */
  zeroDataRetention: boolean;
  escalationWebhook?: { url: string; secret?: string };
  moderatorToken?: string;
  /** Browser origins allowed to call the API besides the server's own. */
  allowedOrigins: string[];
  /** Age answers accepted per address per minute. */
  ageLimitPerAddress: number;
  /** Report retention and limits; unset fields take the report handler's defaults. */
  reports: { retentionDays?: number; limitPerAddress?: number; limitPerToken?: number };
}

/** A whole number of at least 1 from the environment, or undefined when unset. */
function positive(env: NodeJS.ProcessEnv, name: string): number | undefined {
  const raw = env[name];
  if (raw === undefined || raw === '') return undefined;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1)
    throw new ConfigError(`${name} must be a whole number of at least 1; got "${raw}".`);
  return value;
}

export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

/** Reads the environment; creates the data folder and a secret on first run. */
export function loadServerConfig(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): ServerConfig {
  const port = env.PORT ? Number(env.PORT) : 8787;
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new ConfigError(`PORT must be a port number; got "${env.PORT}".`);
  const dataDir = resolve(cwd, env.YOUTHCHAT_DATA_DIR || '.data');
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });

  let secret = env.YOUTHCHAT_SECRET;
  let secretSource: ServerConfig['secretSource'] = 'environment';
  if (secret !== undefined && secret !== '') {
    if (Buffer.byteLength(secret) < 32) throw new ConfigError('YOUTHCHAT_SECRET must be at least 32 characters long.');
  } else {
    const file = join(dataDir, 'secret');
    if (existsSync(file)) {
      secret = readFileSync(file, 'utf8').trim();
      secretSource = 'data-folder';
    } else {
      secret = randomBytes(32).toString('base64url');
      writeFileSync(file, `${secret}\n`, { mode: 0o600 });
      chmodSync(file, 0o600);
      secretSource = 'generated';
    }
  }

  const rawDb = env.DATABASE_URL || 'youthchat.sqlite';
  const databaseUrl = /^postgres(ql)?:\/\//.test(rawDb) ? rawDb : isAbsolute(rawDb) ? rawDb : join(dataDir, rawDb);

  const webhookUrl = env.ESCALATION_WEBHOOK_URL;
  if (webhookUrl) {
    try {
      new URL(webhookUrl);
    } catch {
      throw new ConfigError(`ESCALATION_WEBHOOK_URL must be a URL; got "${webhookUrl}".`);
    }
  }
  const ageLimitPerAddress = positive(env, 'YOUTHCHAT_AGE_LIMIT_PER_ADDRESS') ?? 20;
  const retentionDays = positive(env, 'YOUTHCHAT_REPORT_RETENTION_DAYS');
  const limitPerAddress = positive(env, 'YOUTHCHAT_REPORT_LIMIT_PER_ADDRESS');
  const limitPerToken = positive(env, 'YOUTHCHAT_REPORT_LIMIT_PER_TOKEN');
  return {
    host: env.HOST || '127.0.0.1',
    ageLimitPerAddress,
    reports: {
      ...(retentionDays !== undefined ? { retentionDays } : {}),
      ...(limitPerAddress !== undefined ? { limitPerAddress } : {}),
      ...(limitPerToken !== undefined ? { limitPerToken } : {}),
    },
    port,
    dataDir,
    secret,
    secretSource,
    databaseUrl,
    openai: {
      ...(env.OPENAI_API_KEY ? { apiKey: env.OPENAI_API_KEY } : {}),
      ...(env.OPENAI_BASE_URL ? { baseURL: env.OPENAI_BASE_URL } : {}),
    },
    zeroDataRetention: env.YOUTHCHAT_ZDR === '1' || env.YOUTHCHAT_ZDR === 'true',
    ...(webhookUrl
      ? {
          escalationWebhook: {
            url: webhookUrl,
            ...(env.ESCALATION_WEBHOOK_SECRET ? { secret: env.ESCALATION_WEBHOOK_SECRET } : {}),
          },
        }
      : {}),
    ...(env.MODERATOR_TOKEN ? { moderatorToken: env.MODERATOR_TOKEN } : {}),
    allowedOrigins: (env.YOUTHCHAT_ALLOWED_ORIGINS ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean),
  };
}
