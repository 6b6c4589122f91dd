import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  createReportsHandler,
  createYouthchatHandler,
  type EscalationEvent,
  type ReportStore,
  type ReportsHandlerOptions,
  sqliteReportStore,
} from '@youthchat/server';
import { serve } from '@youthchat/server/node';
import { MODERATOR_TOKEN, SECRET } from './helpers.ts';

export interface ReportsTestServer {
  /** `http://127.0.0.1:<port>` */
  origin: string;
  /** `http://127.0.0.1:<port>/api/reports` */
  url: string;
  store: ReportStore;
  /** Escalations the handler reported as committed. */
  escalations: EscalationEvent[];
  close(): Promise<void>;
}

const HIGH_LIMITS = {
  perAddress: { limit: 1_000_000, windowMs: 60_000 },
  perToken: { limit: 1_000_000, windowMs: 60_000 },
  lookups: { limit: 1_000_000, windowMs: 60_000 },
  moderatorFailures: { limit: 1_000_000, windowMs: 60_000 },
};

/**
 * A real youthchat server over node:http with the report routes on a fresh
 * SQLite file. Rate limits are out of the way unless `rateLimits` is given.
 */
export async function startReportsServer(
  options: Partial<Omit<ReportsHandlerOptions, 'store' | 'secret'>> & { store?: ReportStore } = {},
): Promise<ReportsTestServer> {
  const dir = mkdtempSync(join(tmpdir(), 'youthchat-reports-'));
  const store = options.store ?? (await sqliteReportStore({ filename: join(dir, 'reports.sqlite') }));
  const escalations: EscalationEvent[] = [];
  const reports = createReportsHandler({
    moderatorToken: MODERATOR_TOKEN,
    ...options,
    rateLimits: { ...HIGH_LIMITS, ...options.rateLimits },
    store,
    secret: SECRET,
    onEscalation: (event) => {
      escalations.push(event);
      options.onEscalation?.(event);
    },
  });
  const handler = createYouthchatHandler({ secret: SECRET, routes: { '/reports': reports } });
  const running = await serve(handler, { port: 0 });
  return {
    origin: running.url,
    url: `${running.url}/api/reports`,
    store,
    escalations,
    async close() {
      await running.close();
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export function postJson(url: string, body: unknown, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

export const moderator = { authorization: `Bearer ${MODERATOR_TOKEN}` };

/** Reads an error answer and checks it has the one shape every rejection has. */
export async function errorOf(response: Response): Promise<{ status: number; code: string; message: string }> {
  const body = (await response.json()) as { error?: { code?: unknown; message?: unknown } };
  if (typeof body.error?.code !== 'string' || typeof body.error.message !== 'string') {
    throw new Error(`Not an error body: ${JSON.stringify(body)}`);
  }
  return { status: response.status, code: body.error.code, message: body.error.message };
}
