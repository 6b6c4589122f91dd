/**
 * The server side of `reports.bench.ts`, run in its own process: either the
 * youthchat report handler or a bare node:http server doing the same insert,
 * on SQLite or PostgreSQL. Prints `{ "url": … }` once listening.
 */
import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { REPORT_REASON_SEVERITY, type ReportReason } from '@youthchat/core';
import type { EscalationEvent } from '../packages/server/src/escalation/types.ts';
import {
  postgresRateLimitStore,
  type RateLimitStore,
  sqliteRateLimitStore,
} from '../packages/server/src/limits/index.ts';
import { serve } from '../packages/server/src/node/adapter.ts';
import {
  createReportsHandler,
  newReference,
  postgresReportStore,
  type ReportRecord,
  type ReportStore,
  sqliteReportStore,
} from '../packages/server/src/reports/index.ts';
import { createYouthchatHandler } from '../packages/server/src/router.ts';

const SECRET = 'bench-secret-that-is-long-enough-0123456789abcdef';
const { BENCH_MODE, BENCH_DB, BENCH_SQLITE_FILE, BENCH_PG_URL, BENCH_PG_SCHEMA } = process.env;

async function openStore(): Promise<ReportStore> {
  if (BENCH_DB === 'postgres') {
    return postgresReportStore({ connectionString: BENCH_PG_URL as string, schema: BENCH_PG_SCHEMA as string });
  }
  return sqliteReportStore({ filename: BENCH_SQLITE_FILE as string });
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/** The same insert the handler makes, with none of its checks. */
async function bare(store: ReportStore): Promise<string> {
  const server = createServer(async (req, res) => {
    try {
      const body = JSON.parse(await readBody(req)) as {
        reason: ReportReason;
        details?: string;
        clientReportId?: string;
      };
      const at = Date.now();
      const severity = REPORT_REASON_SEVERITY[body.reason];
      const record: ReportRecord = {
        id: randomUUID(),
        reference: newReference(),
        clientReportId: body.clientReportId ?? null,
        reason: body.reason,
        severity,
        status: 'received',
        band: 'under13',
        bandVerified: false,
        source: 'general',
        details: body.details ?? null,
        excerpt: null,
        messageId: null,
        messageRole: null,
        conversationId: null,
        locale: null,
        goodFaith: false,
        subject: 'bench',
        escalated: severity === 'high',
        createdAt: at,
        updatedAt: at,
        preserveUntil: null,
        statements: [],
        appealAt: null,
        appealText: null,
      };
      const event: EscalationEvent | undefined = record.escalated
        ? {
            id: randomUUID(),
            source: 'report',
            category: body.reason,
            severity,
            band: 'under13',
            subject: 'bench',
            createdAt: new Date(at).toISOString(),
            reportId: record.id,
          }
        : undefined;
      const { report } = await store.insertReport(record, event);
      res.writeHead(201, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ id: report.id, status: 'received', reference: report.reference }));
    } catch {
      res.writeHead(400).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

/** The limits count in the same database, as youthchat-server's do. */
async function openLimits(): Promise<RateLimitStore> {
  if (BENCH_DB === 'postgres') {
    return postgresRateLimitStore({ connectionString: BENCH_PG_URL as string, schema: BENCH_PG_SCHEMA as string });
  }
  return sqliteRateLimitStore({ filename: BENCH_SQLITE_FILE as string });
}

async function handler(store: ReportStore): Promise<string> {
  // High enough never to refuse, but every request is still counted.
  const limit = { limit: 1_000_000_000, windowMs: 60_000 };
  const reports = createReportsHandler({
    store,
    secret: SECRET,
    rateLimits: { perAddress: limit, perToken: limit, lookups: limit, moderatorFailures: limit },
    rateLimitStore: await openLimits(),
  });
  const running = await serve(createYouthchatHandler({ secret: SECRET, routes: { '/reports': reports } }), { port: 0 });
  return running.url;
}

const store = await openStore();
const url = BENCH_MODE === 'bare' ? await bare(store) : await handler(store);
process.stdout.write(`${JSON.stringify({ url })}\n`);
process.on('SIGTERM', () => {
  void store.close().finally(() => process.exit(0));
});
