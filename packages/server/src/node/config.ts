import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { isAbsolute, join, resolve } from 'node:path';
import type { SqliteDriver } from '../sqlite-file.js';
import { AgeConfigError, type AgeServerConfig, readAgeEnv } from './age-config.js';
import { ConsentConfigError, type ConsentServerConfig, readConsentEnv } from './consent-config.js';
import { parseTrustProxy, type TrustProxy, TrustProxyError } from './proxy.js';

/** What `youthchat-server` reads from its environment (see the README's table); mail and consent in `consent-config.ts`. */
export interface ServerConfig extends ConsentServerConfig, AgeServerConfig {
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
  /** A built single-page app served beside `/api` (`YOUTHCHAT_STATIC_DIR`), as an absolute path. */
  staticDir?: string;
  /** Which SQLite library opens a SQLite `databaseUrl` (`YOUTHCHAT_SQLITE_DRIVER`). @default 'auto' */
  sqliteDriver: SqliteDriver;
  openai: { apiKey?: string; baseURL?: string };
  /** Zero data retention declared with the model provider. */
  zeroDataRetention: boolean;
  /** `OPENAI_BASE_URL` is a self-hosted model (`YOUTHCHAT_CHAT_FIRST_PARTY`): no third party sees the chats. */
  chatFirstParty: boolean;
  /** Ask the model while remote input checks still judge (`YOUTHCHAT_CHAT_OVERLAP`, on unless `0`). */
  chatOverlap?: boolean;
  /** The youth-policy classifier (`YOUTHCHAT_SAFETY_*`); without a model it is off. */
  safety: SafetyClassifierConfig;
  escalationWebhook?: { url: string; secret?: string };
  moderatorToken?: string;
  /** Credential for `DELETE /api/age` (`YOUTHCHAT_AGE_RESET_TOKEN`); unset, the reset is off. */
  ageResetToken?: string;
  /** Browser origins allowed to call the API besides the server's own. */
  allowedOrigins: string[];
  /** Age answers accepted per address per minute. */
  ageLimitPerAddress: number;
  /** Proxies believed about the client's address (`YOUTHCHAT_TRUST_PROXY`); unset, the socket's address counts. */
  trustProxy?: TrustProxy;
  /** Open connections at once (`YOUTHCHAT_MAX_CONNECTIONS`); more are closed as they arrive. */
  maxConnections: number;
  /** The age cookie is marked Secure (`YOUTHCHAT_SECURE_COOKIES`, on unless `0`). */
  secureCookies: boolean;
  /** The safety engine's worker threads and time budget per job; unset fields take the pool's defaults. */
  engine: { threads?: number; timeoutMs?: number };
  /** Report retention and limits; unset fields take the report handler's defaults. */
  reports: {
    retentionDays?: number;
    /** Days a report nobody has decided is kept (`YOUTHCHAT_REPORT_PENDING_MAX_DAYS`). */
    pendingMaxDays?: number;
    limitPerAddress?: number;
    limitPerToken?: number;
  };
}

/** The youth-policy classifier's settings from the environment (see `readSafetyConfig`). */
export interface SafetyClassifierConfig {
  model?: string;
  /** Defaults to `OPENAI_BASE_URL`. */
  baseURL?: string;
  /** Defaults to `OPENAI_API_KEY`. */
  apiKey?: string;
  /** The endpoint is self-hosted (`YOUTHCHAT_SAFETY_FIRST_PARTY=1`). */
  firstParty: boolean;
  /** `YOUTHCHAT_SAFETY_API`: `responses` or `chat-completions`. */
  api: 'responses' | 'chat-completions';
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

/** Mode bits for group and others: the data folder and the secret file must have none. */
const SHARED_BITS = 0o077;

const modeOf = (path: string) => (statSync(path).mode & 0o777).toString(8).padStart(3, '0');

/**
 * Refuses a data folder (and a secret file in it) that other users of the
 * machine can read or write: it holds the signing secret and children's
 * reports. Windows has no such mode bits to check.
 */
function checkPrivate(path: string, kind: 'folder' | 'file'): void {
  if (process.platform === 'win32' || (statSync(path).mode & SHARED_BITS) === 0) return;
  const what = kind === 'folder' ? 'The data folder' : 'The secret file';
  const chmod = kind === 'folder' ? `chmod 700 ${JSON.stringify(path)}` : `chmod 600 ${JSON.stringify(path)}`;
  throw new ConfigError(
    `${what} ${path} can be read or written by other users (mode ${modeOf(path)}); it holds the signing secret and children's reports. Run: ${chmod}`,
  );
}

/** Hosts an escalation webhook may be reached on over plain http, on this machine only. */
const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/** Bytes an escalation webhook secret needs at least, as the age-token secret does. */
const MIN_WEBHOOK_SECRET_BYTES = 32;

/**
 * The webhook must be https (children's reports travel on it), except on
 * this machine or with `NODE_ENV=development`; its secret, when set, must be
 * long enough that signatures cannot be forged by guessing it.
 */
function checkWebhook(env: NodeJS.ProcessEnv, url: string): void {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new ConfigError(`ESCALATION_WEBHOOK_URL must be a URL; got "${url}".`);
  }
  const development = env.NODE_ENV === 'development';
  const allowedHttp = parsed.protocol === 'http:' && (development || LOCAL_HOSTS.has(parsed.hostname));
  if (parsed.protocol !== 'https:' && !allowedHttp) {
    throw new ConfigError(
      `ESCALATION_WEBHOOK_URL must be an https:// URL; got "${parsed.protocol}//${parsed.host}". Plain http is allowed only for localhost, or with NODE_ENV=development.`,
    );
  }
  const secret = env.ESCALATION_WEBHOOK_SECRET;
  if (secret && Buffer.byteLength(secret) < MIN_WEBHOOK_SECRET_BYTES) {
    throw new ConfigError(
      `ESCALATION_WEBHOOK_SECRET must be at least ${MIN_WEBHOOK_SECRET_BYTES} bytes; make one with: openssl rand -hex 32`,
    );
  }
}

/** Reads the environment; creates the data folder and a secret on first run. */
export function loadServerConfig(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): ServerConfig {
  const port = env.PORT ? Number(env.PORT) : 8787;
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new ConfigError(`PORT must be a port number; got "${env.PORT}".`);
  const dataDir = resolve(cwd, env.YOUTHCHAT_DATA_DIR || '.data');
  const postgres = /^postgres(ql)?:\/\//.test(env.DATABASE_URL ?? '');
  // The folder is made only when something goes in it: the generated secret, or a SQLite file named
  // relative to it. A secret from the environment with PostgreSQL (or a SQLite path of its own) needs
  // none, so a read-only file system (a serverless function's) is fine.
  const secretFromEnv = env.YOUTHCHAT_SECRET !== undefined && env.YOUTHCHAT_SECRET !== '';
  const sqliteInDataDir = !postgres && !isAbsolute(env.DATABASE_URL || 'youthchat.sqlite');
  if (!secretFromEnv || sqliteInDataDir) {
    mkdirSync(dataDir, { recursive: true, mode: 0o700 });
    checkPrivate(dataDir, 'folder');
  }

  // Instances sharing a PostgreSQL database must sign age tokens with one key: a key generated by each
  // would make it refuse the tokens the others signed.
  if (postgres && !env.YOUTHCHAT_SECRET) {
    throw new ConfigError(
      'DATABASE_URL is a PostgreSQL database, which several server instances may share: set YOUTHCHAT_SECRET to the same value on every instance (at least 32 random characters; make one with: openssl rand -base64 32). A secret generated by each instance would make it refuse the age tokens the others signed.',
    );
  }

  let secret = env.YOUTHCHAT_SECRET;
  let secretSource: ServerConfig['secretSource'] = 'environment';
  if (secret !== undefined && secret !== '') {
    if (Buffer.byteLength(secret) < 32) throw new ConfigError('YOUTHCHAT_SECRET must be at least 32 characters long.');
  } else {
    const file = join(dataDir, 'secret');
    if (existsSync(file)) {
      checkPrivate(file, 'file');
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

  const sqliteDriver = (env.YOUTHCHAT_SQLITE_DRIVER || 'auto') as SqliteDriver;
  if (!['auto', 'node:sqlite', 'better-sqlite3'].includes(sqliteDriver))
    throw new ConfigError(
      `YOUTHCHAT_SQLITE_DRIVER must be auto, node:sqlite or better-sqlite3; got "${env.YOUTHCHAT_SQLITE_DRIVER}".`,
    );

  const staticDir = env.YOUTHCHAT_STATIC_DIR ? resolve(cwd, env.YOUTHCHAT_STATIC_DIR) : undefined;
  if (staticDir !== undefined && !existsSync(join(staticDir, 'index.html')))
    throw new ConfigError(
      `YOUTHCHAT_STATIC_DIR must be a built app's folder with an index.html (run your build first); ${join(staticDir, 'index.html')} is missing.`,
    );

  const webhookUrl = env.ESCALATION_WEBHOOK_URL;
  if (webhookUrl) checkWebhook(env, webhookUrl);
  const ageResetToken = env.YOUTHCHAT_AGE_RESET_TOKEN || undefined;
  if (ageResetToken !== undefined && Buffer.byteLength(ageResetToken) < 32) {
    throw new ConfigError(
      'YOUTHCHAT_AGE_RESET_TOKEN must be at least 32 characters; make one with: openssl rand -hex 32',
    );
  }
  const ageLimitPerAddress = positive(env, 'YOUTHCHAT_AGE_LIMIT_PER_ADDRESS') ?? 20;
  let trustProxy: TrustProxy | undefined;
  try {
    trustProxy = parseTrustProxy(env.YOUTHCHAT_TRUST_PROXY);
  } catch (error) {
    if (!(error instanceof TrustProxyError)) throw error;
    throw new ConfigError(`YOUTHCHAT_TRUST_PROXY: ${error.message}; got "${env.YOUTHCHAT_TRUST_PROXY}".`);
  }
  const maxConnections = positive(env, 'YOUTHCHAT_MAX_CONNECTIONS') ?? 512;
  const engineThreads = positive(env, 'YOUTHCHAT_ENGINE_THREADS');
  const engineTimeoutMs = positive(env, 'YOUTHCHAT_ENGINE_TIMEOUT_MS');
  const secureCookies = env.YOUTHCHAT_SECURE_COOKIES ?? '1';
  if (!['0', '1', 'false', 'true', ''].includes(secureCookies))
    throw new ConfigError(`YOUTHCHAT_SECURE_COOKIES must be 1 or 0; got "${secureCookies}".`);
  const retentionDays = positive(env, 'YOUTHCHAT_REPORT_RETENTION_DAYS');
  const pendingMaxDays = positive(env, 'YOUTHCHAT_REPORT_PENDING_MAX_DAYS');
  const limitPerAddress = positive(env, 'YOUTHCHAT_REPORT_LIMIT_PER_ADDRESS');
  const limitPerToken = positive(env, 'YOUTHCHAT_REPORT_LIMIT_PER_TOKEN');
  let consent: ConsentServerConfig;
  let age: AgeServerConfig;
  try {
    consent = readConsentEnv(env, port);
    age = readAgeEnv(env);
  } catch (error) {
    if (error instanceof ConsentConfigError || error instanceof AgeConfigError) throw new ConfigError(error.message);
    throw error;
  }
  return {
    ...consent,
    ...age,
    host: env.HOST || '127.0.0.1',
    ageLimitPerAddress,
    maxConnections,
    secureCookies: secureCookies !== '0' && secureCookies !== 'false',
    engine: {
      ...(engineThreads !== undefined ? { threads: engineThreads } : {}),
      ...(engineTimeoutMs !== undefined ? { timeoutMs: engineTimeoutMs } : {}),
    },
    reports: {
      ...(retentionDays !== undefined ? { retentionDays } : {}),
      ...(pendingMaxDays !== undefined ? { pendingMaxDays } : {}),
      ...(limitPerAddress !== undefined ? { limitPerAddress } : {}),
      ...(limitPerToken !== undefined ? { limitPerToken } : {}),
    },
    port,
    dataDir,
    secret,
    secretSource,
    databaseUrl,
    sqliteDriver,
    ...(staticDir !== undefined ? { staticDir } : {}),
    openai: {
      ...(env.OPENAI_API_KEY ? { apiKey: env.OPENAI_API_KEY } : {}),
      ...(env.OPENAI_BASE_URL ? { baseURL: env.OPENAI_BASE_URL } : {}),
    },
    zeroDataRetention: env.YOUTHCHAT_ZDR === '1' || env.YOUTHCHAT_ZDR === 'true',
    chatOverlap: flag({ YOUTHCHAT_CHAT_OVERLAP: env.YOUTHCHAT_CHAT_OVERLAP || '1' }, 'YOUTHCHAT_CHAT_OVERLAP'),
    ...readSafetyConfig(env),
    ...(webhookUrl
      ? {
          escalationWebhook: {
            url: webhookUrl,
            ...(env.ESCALATION_WEBHOOK_SECRET ? { secret: env.ESCALATION_WEBHOOK_SECRET } : {}),
          },
        }
      : {}),
    ...(env.MODERATOR_TOKEN ? { moderatorToken: env.MODERATOR_TOKEN } : {}),
    ...(ageResetToken ? { ageResetToken } : {}),
    ...(trustProxy !== undefined ? { trustProxy } : {}),
    allowedOrigins: (env.YOUTHCHAT_ALLOWED_ORIGINS ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean),
  };
}

function flag(env: NodeJS.ProcessEnv, name: string): boolean {
  const raw = env[name] ?? '';
  if (!['', '0', '1', 'false', 'true'].includes(raw)) throw new ConfigError(`${name} must be 1 or 0; got "${raw}".`);
  return raw === '1' || raw === 'true';
}

/** An endpoint that is OpenAI's own: never first party. */
function isOpenAIHost(url: string | undefined): boolean {
  if (!url) return true;
  try {
    const host = new URL(url).hostname;
    return host === 'openai.com' || host.endsWith('.openai.com');
  } catch {
    throw new ConfigError(`Not a URL: "${url}".`);
  }
}

/**
 * The classifier and first-party settings. A first-party declaration needs a
 * base URL that is not OpenAI's: it tells the server that no third party
 * receives the conversation, so it must be true.
 */
function readSafetyConfig(env: NodeJS.ProcessEnv): Pick<ServerConfig, 'chatFirstParty' | 'safety'> {
  const chatFirstParty = flag(env, 'YOUTHCHAT_CHAT_FIRST_PARTY');
  if (chatFirstParty && isOpenAIHost(env.OPENAI_BASE_URL)) {
    throw new ConfigError(
      "YOUTHCHAT_CHAT_FIRST_PARTY=1 declares the chat model self-hosted, so OPENAI_BASE_URL must point at your own server (it is unset or OpenAI's).",
    );
  }
  const model = env.YOUTHCHAT_SAFETY_MODEL || undefined;
  const baseURL = env.YOUTHCHAT_SAFETY_BASE_URL || env.OPENAI_BASE_URL || undefined;
  const apiKey = env.YOUTHCHAT_SAFETY_API_KEY || env.OPENAI_API_KEY || undefined;
  const firstParty = flag(env, 'YOUTHCHAT_SAFETY_FIRST_PARTY');
  if (firstParty && isOpenAIHost(baseURL)) {
    throw new ConfigError(
      "YOUTHCHAT_SAFETY_FIRST_PARTY=1 declares the classifier self-hosted, so YOUTHCHAT_SAFETY_BASE_URL (or OPENAI_BASE_URL) must point at your own server (it is unset or OpenAI's).",
    );
  }
  const api = (env.YOUTHCHAT_SAFETY_API || 'responses') as SafetyClassifierConfig['api'];
  if (api !== 'responses' && api !== 'chat-completions')
    throw new ConfigError(
      `YOUTHCHAT_SAFETY_API must be responses or chat-completions; got "${env.YOUTHCHAT_SAFETY_API}".`,
    );
  if (model && !apiKey) {
    throw new ConfigError(
      'YOUTHCHAT_SAFETY_MODEL names a classifier but no key is set: set YOUTHCHAT_SAFETY_API_KEY (any value for a local server that needs none) or OPENAI_API_KEY.',
    );
  }
  return {
    chatFirstParty,
    safety: {
      ...(model ? { model } : {}),
      ...(baseURL ? { baseURL } : {}),
      ...(apiKey ? { apiKey } : {}),
      firstParty,
      api,
    },
  };
}
