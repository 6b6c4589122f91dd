import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  composeEscalationHooks,
  createChatHandler,
  createGuardianAlertDelivery,
  createGuardianHandler,
  createYouthchatHandler,
  type EscalationDelivery,
  type EscalationEvent,
  type GuardianMail,
  type GuardianStore,
  guardianAlertHook,
  guardianAlertKey,
  guardianChatGate,
  postgresGuardianStore,
  sqliteGuardianStore,
} from '@youthchat/server';
import { serve } from '@youthchat/server/node';
import { type FakeOpenAI, startFakeOpenAI } from '../fixtures/fake-openai.ts';
import { pgUrl, uniqueSchema } from '../reports/postgres.ts';

export const SECRET = 'guardian-test-secret-that-is-long-enough-0123456789';
export const PAGE = 'https://app.example/guardian';

export type StoreKind = 'sqlite' | 'postgres';

export async function openStore(kind: StoreKind): Promise<{ store: GuardianStore; schema?: string }> {
  if (kind === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), 'yc-guardian-'));
    return { store: await sqliteGuardianStore({ filename: join(dir, 'youthchat.sqlite') }) };
  }
  const schema = uniqueSchema('guardian');
  return { store: await postgresGuardianStore({ connectionString: pgUrl as string, schema }), schema };
}

export interface GuardianServer {
  base: string;
  store: GuardianStore;
  fake: FakeOpenAI;
  mail: GuardianMail[];
  escalations: EscalationEvent[];
  delivery: EscalationDelivery;
  clock: { now: Date };
  close(): Promise<void>;
}

/**
 * A real server (node:http) with the guardian and chat routes, the chat's
 * `openai` client pointed at the local fake, one injected clock for both, and
 * a mailer that keeps what it is given.
 */
export async function startGuardianServer(
  store: GuardianStore,
  start = new Date('2026-03-02T12:00:00Z'),
): Promise<GuardianServer> {
  const clock = { now: start };
  const now = () => clock.now;
  const mail: GuardianMail[] = [];
  const escalations: EscalationEvent[] = [];
  const mailer = { send: async (message: GuardianMail) => void mail.push(message) };
  const fake = await startFakeOpenAI();
  const delivery = createGuardianAlertDelivery({
    store,
    mailer,
    secret: guardianAlertKey(SECRET),
    settingsUrl: PAGE,
    now: () => clock.now.getTime(),
  });
  const chat = createChatHandler({
    secret: SECRET,
    openai: { apiKey: 'sk-test-key', baseURL: fake.baseURL },
    zeroDataRetention: true,
    checkTimeoutMs: 2000,
    maxRetries: 0,
    now,
    gates: [guardianChatGate(store)],
    onEscalation: composeEscalationHooks(
      (event) => void escalations.push(event),
      guardianAlertHook(store, { now: () => clock.now.getTime() }),
    ),
  });
  const guardian = createGuardianHandler({ store, secret: SECRET, mailer, guardianPageUrl: PAGE, now });
  const running = await serve(
    createYouthchatHandler({ secret: SECRET, routes: { '/chat': chat, '/guardian': guardian } }),
  );
  return {
    base: running.url,
    store,
    fake,
    mail,
    escalations,
    delivery,
    clock,
    async close() {
      await running.close();
      await fake.close();
    },
  };
}

export function send(
  base: string,
  path: string,
  init: { method?: string; token?: string; bearer?: string; body?: unknown } = {},
) {
  return fetch(`${base}${path}`, {
    method: init.method ?? (init.body === undefined ? 'GET' : 'POST'),
    headers: {
      ...(init.body !== undefined ? { 'content-type': 'application/json' } : {}),
      ...(init.token ? { 'x-youthchat-age': init.token } : {}),
      ...(init.bearer ? { authorization: `Bearer ${init.bearer}` } : {}),
    },
    ...(init.body !== undefined ? { body: JSON.stringify(init.body) } : {}),
  });
}

/** The confirmation token in the last mail's link. */
export function confirmationToken(mail: GuardianMail[]): string {
  const text = mail.at(-1)?.text ?? '';
  const match = /[?&]guardian=([A-Za-z0-9_-]+)/.exec(text);
  if (!match?.[1]) throw new Error('No confirmation link in the mail.');
  return match[1];
}

/** Teen asks, guardian confirms: returns the guardian's settings credential. */
export async function link(server: GuardianServer, token: string, guardianLocale = 'en'): Promise<string> {
  const asked = await send(server.base, '/api/guardian', {
    token,
    body: { guardianEmail: 'guardian@example.com', guardianLocale },
  });
  if (asked.status !== 202) throw new Error(`request answered ${asked.status}: ${await asked.text()}`);
  const confirmed = await send(server.base, `/api/guardian/confirm/${confirmationToken(server.mail)}`, {
    body: { timeZone: 'Europe/Berlin' },
  });
  if (confirmed.status !== 200) throw new Error(`confirm answered ${confirmed.status}`);
  return ((await confirmed.json()) as { manageToken: string }).manageToken;
}
