import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type ChatStreamEvent, listMail, type StoredMail } from '@youthchat/server';
import { createAppFromConfig, loadServerConfig, type RunningServer, serve } from '@youthchat/server/node';
import { exportJWK, generateKeyPair, type JWK, SignJWT } from 'jose';
import { vi } from 'vitest';
import { type FakeOpenAI, startFakeOpenAI } from '../fixtures/fake-openai.ts';
import { dropSchema, pgUrl, uniqueSchema } from '../reports/postgres.ts';

export const VENDOR_ISSUER = 'https://verify.example';
export const VENDOR_AUDIENCE = 'youthchat-consent-test';

/** A verification vendor: a key pair whose public half is served as a JWKS over HTTP. */
export interface Vendor {
  jwksUrl: string;
  sign(
    claims: Record<string, unknown>,
    options?: { issuer?: string; audience?: string; ageSeconds?: number },
  ): Promise<string>;
  close(): Promise<void>;
}

export async function startVendor(): Promise<Vendor> {
  const { publicKey, privateKey } = await generateKeyPair('ES256');
  const jwk: JWK = { ...(await exportJWK(publicKey)), kid: 'vendor-key-1', alg: 'ES256', use: 'sig' };
  const server: Server = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ keys: [jwk] }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    jwksUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}/jwks.json`,
    sign: (claims, options = {}) => signResult(privateKey, 'vendor-key-1', claims, options),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** A vendor result signed with any key (an unknown one makes a forgery). */
export async function signResult(
  key: CryptoKey,
  kid: string,
  claims: Record<string, unknown>,
  options: { issuer?: string; audience?: string; ageSeconds?: number } = {},
): Promise<string> {
  const issuedAt = Math.floor(Date.now() / 1000) - (options.ageSeconds ?? 0);
  return new SignJWT(claims)
    .setProtectedHeader({ alg: 'ES256', kid })
    .setIssuer(options.issuer ?? VENDOR_ISSUER)
    .setAudience(options.audience ?? VENDOR_AUDIENCE)
    .setIssuedAt(issuedAt)
    .setExpirationTime(issuedAt + 300)
    .sign(key);
}

export interface ConsentApp {
  url: string;
  dataDir: string;
  fake: FakeOpenAI;
  vendor: Vendor;
  notes: string[];
  /** Every line the server printed to the console while it ran. */
  logs: string[];
  mail(): Promise<StoredMail[]>;
  close(): Promise<void>;
}

/** The real app (`createAppFromConfig`, node:http), on a SQLite file or a PostgreSQL schema, with OpenAI faked. */
export async function startConsentApp(database: 'sqlite' | 'postgres'): Promise<ConsentApp> {
  const cleanups: (() => Promise<void> | void)[] = [];
  const logs: string[] = [];
  for (const method of ['log', 'info', 'warn', 'error', 'debug'] as const) {
    const spy = vi.spyOn(console, method).mockImplementation((...args: unknown[]) => {
      logs.push(args.map((a) => (a instanceof Error ? `${a.name}: ${a.message}` : String(a))).join(' '));
    });
    cleanups.push(() => spy.mockRestore());
  }
  const dataDir = mkdtempSync(join(tmpdir(), 'youthchat-consent-'));
  cleanups.push(() => rmSync(dataDir, { recursive: true, force: true }));
  const fake = await startFakeOpenAI();
  cleanups.push(() => fake.close());
  const vendor = await startVendor();
  cleanups.push(() => vendor.close());
  const env: Record<string, string> = {
    YOUTHCHAT_DATA_DIR: dataDir,
    OPENAI_API_KEY: 'sk-consent-test',
    OPENAI_BASE_URL: fake.baseURL,
    YOUTHCHAT_PUBLIC_URL: 'http://app.example',
    YOUTHCHAT_SERVICE_NAME: 'Homework Helper',
    YOUTHCHAT_CONSENT_JWKS_URL: vendor.jwksUrl,
    YOUTHCHAT_CONSENT_JWT_ISSUER: VENDOR_ISSUER,
    YOUTHCHAT_CONSENT_JWT_AUDIENCE: VENDOR_AUDIENCE,
    // A loaded machine must not turn a screen into "could not be checked".
    YOUTHCHAT_ENGINE_TIMEOUT_MS: '20000',
  };
  if (database === 'postgres') {
    const schema = uniqueSchema('consent');
    const url = new URL(pgUrl as string);
    url.searchParams.set('schema', schema);
    env.DATABASE_URL = url.toString();
    env.YOUTHCHAT_SECRET = 'consent-postgres-test-secret-0123456789abcdef';
    cleanups.push(() => dropSchema(schema));
  }
  const app = await createAppFromConfig(loadServerConfig(env));
  cleanups.push(() => app.close());
  const running: RunningServer = await serve(app.handler);
  cleanups.push(() => running.close());
  return {
    url: running.url,
    dataDir,
    fake,
    vendor,
    notes: app.notes,
    logs,
    mail: () => listMail(join(dataDir, 'mail')),
    async close() {
      for (const cleanup of cleanups.reverse()) await cleanup();
    },
  };
}

export async function json(response: Response): Promise<Record<string, unknown>> {
  return (await response.json()) as Record<string, unknown>;
}

export function send(
  url: string,
  method: string,
  body?: unknown,
  headers: Record<string, string> = {},
): Promise<Response> {
  return fetch(url, {
    method,
    headers: { ...(body !== undefined ? { 'content-type': 'application/json' } : {}), ...headers },
    ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
  });
}

/** One chat turn as the child, read to the end. */
export async function chatAs(
  url: string,
  token: string,
  text: string,
): Promise<{
  events: ChatStreamEvent[];
  text: string;
  held?: string;
  retryable?: boolean;
  finishReason?: string;
  assistant?: string;
}> {
  const response = await send(
    `${url}/api/chat`,
    'POST',
    { messages: [{ role: 'user', content: text }] },
    {
      'x-youthchat-age': token,
    },
  );
  const events = (await response.text())
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as ChatStreamEvent);
  const hold = events.find((e) => e.type === 'safety' && e.action === 'hold');
  const done = events.find((e) => e.type === 'done');
  const start = events.find((e) => e.type === 'start');
  return {
    events,
    text: events.map((e) => (e.type === 'delta' ? e.text : '')).join(''),
    ...(hold?.type === 'safety' ? { held: hold.message, retryable: hold.retryable !== false } : {}),
    ...(done?.type === 'done' ? { finishReason: done.finishReason } : {}),
    ...(start?.type === 'start' ? { assistant: start.assistant } : {}),
  };
}

/** The link token in a mail's text. */
export function linkIn(text: string, kind: 'consent' | 'manage'): string {
  const match = new RegExp(`http://app\\.example/parent/${kind}/([A-Za-z0-9_-]{43})`).exec(text);
  if (!match) throw new Error(`No ${kind} link in the mail.`);
  return match[1] as string;
}
