import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AgeBand, Policy } from '@youthchat/core';
import {
  createChatHandler,
  createModerationHandler,
  createReportsHandler,
  createYouthchatHandler,
  type EscalationEvent,
  keyedHash,
  outboxEscalationHook,
  postgresReportStore,
  type ReportStore,
  signAgeToken,
  sqliteReportStore,
} from '@youthchat/server';
import { serve } from '@youthchat/server/node';
import { type FakeOpenAI, startFakeOpenAI } from '../fixtures/fake-openai.ts';
import { dropSchema, pgUrl, uniqueSchema } from '../reports/postgres.ts';

export const SECRET = 'risk-test-secret-that-is-long-enough-0123456789';
export const MODERATOR_TOKEN = 'risk-moderator-token-0123456789abcdef';

/** A database both stores can open again and again (a restart), and clean up. */
export interface Backend {
  name: 'SQLite' | 'PostgreSQL';
  /** The store; `DATABASE_URL` as the CLI would take it. */
  open(): Promise<ReportStore>;
  databaseUrl: string;
  cleanup(): Promise<void>;
}

export function sqliteBackend(): Backend {
  const dir = mkdtempSync(join(tmpdir(), 'youthchat-risk-'));
  const filename = join(dir, 'youthchat.sqlite');
  return {
    name: 'SQLite',
    open: () => sqliteReportStore({ filename }),
    databaseUrl: filename,
    async cleanup() {
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export function postgresBackend(): Backend {
  const schema = uniqueSchema('risk');
  const url = new URL(pgUrl as string);
  url.searchParams.set('schema', schema);
  return {
    name: 'PostgreSQL',
    open: () => postgresReportStore({ connectionString: pgUrl as string, schema }),
    databaseUrl: url.toString(),
    cleanup: () => dropSchema(schema),
  };
}

/** Every backend this run can reach: SQLite always, PostgreSQL where YOUTHCHAT_TEST_PG_URL is set. */
export const BACKENDS: (() => Backend)[] = pgUrl ? [sqliteBackend, postgresBackend] : [sqliteBackend];

/** A clock the test moves. */
export function testClock(start: string) {
  let at = Date.parse(start);
  return {
    now: () => new Date(at),
    advanceHours(hours: number) {
      at += hours * 3_600_000;
    },
    get ms() {
      return at;
    },
  };
}

export interface RiskServer {
  url: string;
  fake: FakeOpenAI;
  /** Every escalation the chat and report routes raised, in order, after it reached the outbox. */
  escalations: EscalationEvent[];
  logs: unknown[];
  /** Resolves when every escalation raised so far is in the outbox. */
  settled(): Promise<void>;
  close(): Promise<void>;
}

/**
 * A real server (node:http) with the chat, report and moderation routes on
 * one store, escalations into the store's outbox, and the `openai` client
 * pointed at a fresh fake.
 */
export async function startRiskServer(
  store: ReportStore,
  options: { now: () => Date; policy?: Policy; fake?: FakeOpenAI },
): Promise<RiskServer> {
  const fake = options.fake ?? (await startFakeOpenAI());
  const escalations: EscalationEvent[] = [];
  const logs: unknown[] = [];
  const outbox = outboxEscalationHook(store, { now: () => options.now().getTime() });
  const pending = new Set<Promise<void>>();
  const onEscalation = (event: EscalationEvent) => {
    const done = Promise.resolve(outbox(event)).then(() => {
      escalations.push(event);
    });
    pending.add(done);
    return done.finally(() => pending.delete(done));
  };
  const policy = options.policy ? { policy: options.policy } : {};
  const chat = createChatHandler({
    secret: SECRET,
    checkTimeoutMs: 2000,
    maxRetries: 0,
    openai: { apiKey: 'sk-test-key', baseURL: fake.baseURL },
    records: store,
    onEscalation,
    log: (entry) => logs.push(entry),
    now: options.now,
    ...policy,
  });
  const reports = createReportsHandler({
    store,
    secret: SECRET,
    moderatorToken: MODERATOR_TOKEN,
    now: options.now,
    onEscalation: (event) => escalations.push(event),
    ...policy,
  });
  const moderation = createModerationHandler({ store, moderatorToken: MODERATOR_TOKEN, now: options.now, ...policy });
  const running = await serve(
    createYouthchatHandler({
      secret: SECRET,
      routes: { '/chat': chat, '/reports': reports, '/moderation': moderation },
    }),
  );
  return {
    url: running.url,
    fake,
    escalations,
    logs,
    async settled() {
      await Promise.all([...pending]);
    },
    async close() {
      await running.close();
      if (!options.fake) await fake.close();
    },
  };
}

export function moderatorGet(url: string): Promise<Response> {
  return fetch(url, { headers: { authorization: `Bearer ${MODERATOR_TOKEN}` } });
}

/** A child's age session whose token is signed afresh at the clock's time (tokens expire; the subject stays). */
export function ageSession(band: AgeBand, clock: { now: () => Date }) {
  const sessionId = crypto.randomUUID();
  return {
    sessionId,
    subject: keyedHash(SECRET, sessionId),
    async token(): Promise<string> {
      return (await signAgeToken({ band, consent: 'not-needed', sessionId }, { secret: SECRET, now: clock.now() }))
        .token;
    },
  };
}
