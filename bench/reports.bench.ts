import { type ChildProcess, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type BuildOptions, build, type Plugin } from 'esbuild';
import pg from 'pg';
import { alias } from '../vitest.config.ts';
import type { Bench, BenchRow } from './types.ts';

/**
 * Reports per second and latency at 50 concurrent clients on loopback: the
 * report route as youthchat-server runs it (the app built from its
 * environment: validation, origin checks, rate limits counted in the same
 * database, age token, the text scrubbed on the safety engine's worker
 * threads, JSON errors, Node adapter) against a bare node:http server doing
 * the same insert into the same store, for SQLite and PostgreSQL. Each server
 * runs in its own process; this one only sends.
 *
 * Fair both ways: both servers write through the same report store, so the
 * same pragmas (SQLite: WAL, `synchronous=NORMAL`, the log synced before the
 * answer) and the same PostgreSQL settings, and both answer 201 only once the
 * row is durable. Both store the same row (the handler's scrubbing finds
 * nothing to remove in the bench's text), with an escalation for high-severity
 * reasons.
 */

const CLIENTS = 50;
/**
 * Reports sent before measuring, to each new server process. The route runs far more code than the bare
 * insert (the scrubber and its language packs, validation, limits), and V8 goes on optimising it for
 * thousands of reports after start: a short warm-up measures that compiling, which a server that has
 * been up for a minute no longer does. Both servers get the same warm-up.
 */
const WARMUP = 5000;
/** Reports measured: a few seconds, so one pause (a collection, a checkpoint) weighs little. */
const REQUESTS = 10000;
/** Handler and bare runs alternate this many times; the table shows each one's median, so one noisy run moves nothing. */
const ROUNDS = 5;
/** What the handler should keep of the bare insert. */
const AIM = { throughput: 0.8, p99: 1.5 };
const REASONS = ['bullying', 'scary', 'other', 'self-harm', 'personal-info', 'grooming', 'violence', 'sexual'];
const root = fileURLToPath(new URL('..', import.meta.url));
const pgUrl = process.env.YOUTHCHAT_BENCH_PG_URL ?? process.env.YOUTHCHAT_TEST_PG_URL;

/**
 * Leaves `name` out of the bundle, imported from where the server package
 * finds it, as an app bundling the server leaves it in node_modules: tinypool
 * starts its workers from a file of its own beside its code.
 */
function serverDependencyOutside(name: string): Plugin {
  const path = createRequire(join(root, 'packages/server/package.json')).resolve(name);
  return {
    name: `outside:${name}`,
    setup(esbuild) {
      esbuild.onResolve({ filter: new RegExp(`^${name}$`) }, () => ({ path, external: true }));
    },
  };
}

/**
 * Bundles the server and the safety engine's worker from source into .bench/
 * (inside the repo, so the database drivers resolve), as an app bundling the
 * server would: the server is told where its worker's bundle is.
 */
async function bundleServer(): Promise<{ server: string; worker: string }> {
  const dir = join(root, '.bench');
  mkdirSync(dir, { recursive: true });
  const common: BuildOptions = {
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    alias,
    external: ['better-sqlite3', 'pg'],
    plugins: [serverDependencyOutside('tinypool')],
    logLevel: 'silent',
  };
  const server = join(dir, 'reports-server.mjs');
  const worker = join(dir, 'reports-engine-worker.mjs');
  await build({ ...common, entryPoints: [join(root, 'bench/reports.server.ts')], outfile: server });
  await build({ ...common, entryPoints: [join(root, 'packages/server/src/node/engine-worker.ts')], outfile: worker });
  return { server, worker };
}

async function startServer(script: string, env: Record<string, string>): Promise<{ url: string; child: ChildProcess }> {
  const child = spawn(process.execPath, [script], {
    cwd: root,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const line = out.split('\n').find((l) => l.startsWith('{'));
      if (line) resolve((JSON.parse(line) as { url: string }).url);
    });
    child.once('exit', (code) => reject(new Error(`bench server exited with ${code}`)));
  });
  return { url, child };
}

async function stopServer(child: ChildProcess): Promise<void> {
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await exited;
}

function post(agent: Agent, url: URL, body: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        agent,
        host: url.hostname,
        port: url.port,
        path: '/api/reports',
        method: 'POST',
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
      },
      (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

interface Result {
  perSecond: number;
  p50: number;
  p99: number;
}

/** CLIENTS clients, each sending its next report as soon as the last is answered. */
async function load(base: string, run: string): Promise<Result> {
  const url = new URL(base);
  const agent = new Agent({ keepAlive: true, maxSockets: CLIENTS });
  const bodies = (n: number, tag: string) =>
    Array.from({ length: n }, (_, i) =>
      // What `ReportButton` sends for a report not about one message: the reason, where it came from and the
      // child's locale (which tells the server's scrubber the language), the details, and its outbox id.
      JSON.stringify({
        reason: REASONS[i % REASONS.length],
        source: 'general',
        locale: 'en',
        details: `Bench report ${i}: someone in the chat keeps saying unkind things about me.`,
        clientReportId: `${run}-${tag}-${i}`,
      }),
    );
  const drive = async (list: string[], latencies: number[] | null) => {
    let next = 0;
    await Promise.all(
      Array.from({ length: CLIENTS }, async () => {
        while (next < list.length) {
          const body = list[next++] as string;
          const started = performance.now();
          const status = await post(agent, url, body);
          if (status !== 201) throw new Error(`bench request answered ${status}`);
          latencies?.push(performance.now() - started);
        }
      }),
    );
  };
  await drive(bodies(WARMUP, 'warm'), null);
  const latencies: number[] = [];
  const started = performance.now();
  await drive(bodies(REQUESTS, 'run'), latencies);
  const seconds = (performance.now() - started) / 1000;
  agent.destroy();
  latencies.sort((a, b) => a - b);
  const at = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? Number.NaN;
  return { perSecond: REQUESTS / seconds, p50: at(0.5), p99: at(0.99) };
}

/** Each figure's median over the rounds. */
function median(results: Result[]): Result {
  const mid = (pick: (r: Result) => number) => {
    const sorted = results.map(pick).sort((a, b) => a - b);
    return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
  };
  return { perSecond: mid((r) => r.perSecond), p50: mid((r) => r.p50), p99: mid((r) => r.p99) };
}

const fmt = (n: number) => Math.round(n).toLocaleString('en-US');
const ms = (n: number) => `${n.toFixed(1)} ms`;

const bench: Bench = async () => {
  const { server: script, worker } = await bundleServer();
  const rows: BenchRow[] = [];
  const databases: {
    name: string;
    env: () => Promise<{ env: Record<string, string>; cleanup: () => Promise<void> }>;
  }[] = [
    {
      name: 'SQLite',
      env: async () => {
        const dir = mkdtempSync(join(tmpdir(), 'youthchat-bench-reports-'));
        return {
          env: { BENCH_DB: 'sqlite', BENCH_SQLITE_FILE: join(dir, 'reports.sqlite'), BENCH_DATA_DIR: dir },
          cleanup: async () => rmSync(dir, { recursive: true, force: true }),
        };
      },
    },
  ];
  if (pgUrl) {
    databases.push({
      name: 'PostgreSQL',
      env: async () => {
        const schema = `yc_bench_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
        const dir = mkdtempSync(join(tmpdir(), 'youthchat-bench-reports-'));
        return {
          env: { BENCH_DB: 'postgres', BENCH_PG_URL: pgUrl, BENCH_PG_SCHEMA: schema, BENCH_DATA_DIR: dir },
          cleanup: async () => {
            rmSync(dir, { recursive: true, force: true });
            const client = new pg.Client({ connectionString: pgUrl });
            await client.connect();
            await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
            await client.end();
          },
        };
      },
    });
  } else {
    rows.push({ group: 'reports', name: 'PostgreSQL', value: '-', note: 'skipped: set YOUTHCHAT_TEST_PG_URL' });
  }

  for (const db of databases) {
    const runs: Record<'bare' | 'handler', Result[]> = { bare: [], handler: [] };
    for (let round = 0; round < ROUNDS; round++) {
      // Alternate which goes first, so neither always runs on a warmer (or busier) machine.
      const order = round % 2 === 0 ? (['bare', 'handler'] as const) : (['handler', 'bare'] as const);
      for (const mode of order) {
        const { env, cleanup } = await db.env();
        const { url, child } = await startServer(script, { ...env, BENCH_MODE: mode, BENCH_WORKER: worker });
        try {
          runs[mode].push(await load(url, `${mode}-${round}-${Date.now()}`));
        } finally {
          await stopServer(child);
          await cleanup();
        }
      }
    }
    const bare = median(runs.bare);
    const handler = median(runs.handler);
    const throughput = handler.perSecond / bare.perSecond;
    const p99 = handler.p99 / bare.p99;
    const holds = throughput >= AIM.throughput && p99 <= AIM.p99;
    const label = `${db.name}, ${CLIENTS} clients, loopback`;
    rows.push(
      {
        group: 'reports',
        name: `${label}: youthchat handler`,
        value: `${fmt(handler.perSecond)}/s`,
        note: `p50 ${ms(handler.p50)}, p99 ${ms(handler.p99)}`,
      },
      {
        group: 'reports',
        name: `${label}: bare node:http, same insert`,
        value: `${fmt(bare.perSecond)}/s`,
        note: `p50 ${ms(bare.p50)}, p99 ${ms(bare.p99)}`,
      },
      {
        group: 'reports',
        name: `${label}: handler / bare throughput`,
        value: throughput.toFixed(2),
        note: `p99 ${p99.toFixed(2)}× bare; aim ≥ ${AIM.throughput.toFixed(2)} and p99 ≤ ${AIM.p99}×: ${holds ? 'holds' : 'MISSED'} (median of ${ROUNDS}; same store and durability both sides)`,
      },
    );
  }
  return rows;
};

export default bench;
