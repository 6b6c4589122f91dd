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
import { serve } from '../packages/server/src/node/adapter.ts';
import { createAppFromConfig } from '../packages/server/src/node/app.ts';
import { loadServerConfig } from '../packages/server/src/node/config.ts';
import { createEnginePool } from '../packages/server/src/node/engine-pool.ts';
import {
  newReference,
  postgresReportStore,
  type ReportRecord,
  type ReportStore,
  sqliteReportStore,
} from '../packages/server/src/reports/index.ts';

const SECRET = 'bench-secret-that-is-long-enough-0123456789abcdef';
const { BENCH_MODE, BENCH_DB, BENCH_SQLITE_FILE, BENCH_PG_URL, BENCH_PG_SCHEMA, BENCH_DATA_DIR, BENCH_WORKER } =
  process.env;

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

/**
 * The sender a report is stored under: the handler stores a keyed hash of the
 * sender (43 characters, base64url), indexed, so the bare insert stores one of
 * the same length, or its row would be the smaller.
 */
const SUBJECT = 'a'.repeat(43);

/** The same insert the handler makes, with none of its checks. */
async function bare(store: ReportStore): Promise<string> {
  const server = createServer(async (req, res) => {
    try {
      const body = JSON.parse(await readBody(req)) as {
        reason: ReportReason;
        locale?: string;
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
        locale: body.locale ?? null,
        goodFaith: false,
        subject: SUBJECT,
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
            subject: SUBJECT,
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

/**
 * What youthchat-server runs (see `src/cli.ts`): the app built from its
 * environment, report text scrubbed on the safety engine's worker threads,
 * limits counted in the same database, served by the Node adapter. The
 * worker is the bench's own bundle of it (`BENCH_WORKER`), as a user bundling
 * the server passes `workerUrl`.
 */
async function handler(): Promise<{ url: string; close: () => Promise<void> }> {
  const databaseUrl =
    BENCH_DB === 'postgres'
      ? (() => {
          const url = new URL(BENCH_PG_URL as string);
          url.searchParams.set('schema', BENCH_PG_SCHEMA as string);
          return url.toString();
        })()
      : (BENCH_SQLITE_FILE as string);
  const config = loadServerConfig({
    YOUTHCHAT_DATA_DIR: BENCH_DATA_DIR,
    DATABASE_URL: databaseUrl,
    YOUTHCHAT_SECRET: SECRET,
    // High enough never to refuse, but every report is still counted.
    YOUTHCHAT_REPORT_LIMIT_PER_ADDRESS: '1000000000',
  });
  const engine = createEnginePool({
    ...config.engine,
    ...(BENCH_WORKER ? { workerUrl: BENCH_WORKER } : {}),
  });
  await engine.ready();
  const app = await createAppFromConfig(config, { engine });
  const running = await serve(app.handler, { port: 0, maxConnections: config.maxConnections });
  return {
    url: running.url,
    close: async () => {
      await running.close();
      await app.close();
      await engine.close();
    },
  };
}

let close: () => Promise<void>;
let url: string;
if (BENCH_MODE === 'bare') {
  const store = await openStore();
  url = await bare(store);
  close = () => store.close();
} else {
  ({ url, close } = await handler());
}
process.stdout.write(`${JSON.stringify({ url })}\n`);
process.on('SIGTERM', () => {
  void close().finally(() => process.exit(0));
});
