import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { startFakeOpenAI } from '../test/server/fixtures/fake-openai.ts';
import { alias } from '../vitest.config.ts';
import type { Bench, BenchRow } from './types.ts';

/**
 * Moderated against unmoderated streaming of the same reply from the fake
 * upstream, with fixed latencies. Unmoderated is a plain relay of the
 * Responses stream over the same Node adapter; moderated is
 * `createChatHandler`: the local screen, `omni-moderation-latest` and an
 * app's own check on the message, then each window of the reply judged by
 * all three before it is released.
 *
 * Targets, as the streaming issue writes them. First visible token: at most
 * the unmoderated first token, plus 1.3 × the slowest check's latency, plus
 * the first clause (the time the model takes to write it: unmoderated, from
 * its first token to the clause's last character). The model is asked while
 * the input checks run (`overlapInput`), so the message's checks and the
 * first clause's writing overlap, and the first clause's own check comes on
 * top. Total time: at most 1.1 × unmoderated. Check latencies are measured in
 * the same run as the replies (the fake's fixed delay plus the client's round
 * trip), so the targets hold their meaning on a loaded machine.
 */

const MODERATION_LATENCY_MS = 50;
const APP_CHECK_LATENCY_MS = 30;
const DELTA_DELAY_MS = 10;
const RUNS = 11;
// Twenty sentences (some 290 tokens), streamed about a token (4 characters) at a time, 100 a second, as a current
// model does. Each sentence opens with a short clause, as replies often do ("Sure, …").
const NUMBERS =
  'one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty';
const REPLY = NUMBERS.split(' ')
  .map((n) => `Sentence ${n}, in short, says something calm and useful. `)
  .join('')
  .match(/.{1,4}/gs) as string[];
const MESSAGE = 'Tell me about clouds.';

const SECRET = 'bench-secret-that-is-long-enough-0123456789abcdef';

/**
 * The server pieces, bundled from source (the packages' `dist` may be stale).
 * Split into chunks as an app's bundler does, so that the language packs
 * core loads on demand stay separate modules. The files are removed by `cleanup`.
 */
async function loadServer(): Promise<{ server: ServerModule; cleanup: () => void }> {
  const dir = mkdtempSync(join(tmpdir(), 'youthchat-bench-'));
  await build({
    entryPoints: { server: 'entry.ts' },
    plugins: [
      {
        name: 'entry',
        setup(b) {
          b.onResolve({ filter: /^entry\.ts$/ }, () => ({ path: 'entry.ts', namespace: 'entry' }));
          b.onLoad({ filter: /.*/, namespace: 'entry' }, () => ({
            contents: `
              export { createChatHandler, localScreenCheck, openAIModerationCheck, OutputWindower } from './chat/index.ts';
              export { createYouthchatHandler } from './router.ts';
              export { signAgeToken } from './age/token.ts';
              export { serve } from './node/adapter.ts';
              export { DEFAULT_POLICY } from '@youthchat/core';
              export { default as OpenAI } from 'openai';
            `,
            resolveDir: fileURLToPath(new URL('../packages/server/src', import.meta.url)),
            loader: 'ts',
          }));
        },
      },
    ],
    bundle: true,
    splitting: true,
    outdir: dir,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    alias,
    logLevel: 'silent',
  });
  const server = (await import(pathToFileURL(join(dir, 'server.js')).href)) as ServerModule;
  return { server, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

interface ServerModule {
  createChatHandler: typeof import('../packages/server/src/chat/index.ts').createChatHandler;
  localScreenCheck: typeof import('../packages/server/src/chat/index.ts').localScreenCheck;
  openAIModerationCheck: typeof import('../packages/server/src/chat/index.ts').openAIModerationCheck;
  OutputWindower: typeof import('../packages/server/src/chat/index.ts').OutputWindower;
  createYouthchatHandler: typeof import('../packages/server/src/router.ts').createYouthchatHandler;
  signAgeToken: typeof import('../packages/server/src/age/token.ts').signAgeToken;
  serve: typeof import('../packages/server/src/node/adapter.ts').serve;
  DEFAULT_POLICY: typeof import('../packages/core/src/index.ts').DEFAULT_POLICY;
  OpenAI: new (options: {
    apiKey: string;
    baseURL: string;
    maxRetries: number;
  }) => Parameters<typeof import('../packages/server/src/chat/index.ts').openAIModerationCheck>[0];
}

type ModerationCheck = import('../packages/server/src/chat/index.ts').ModerationCheck;

interface Timing {
  /** The first `delta` line. */
  firstMs: number;
  /** The first `clauseChars` characters of the reply received. */
  clauseMs: number;
  /** The end of the stream. */
  totalMs: number;
}

/** Posts one message and times the first `delta` line, the first clause's last character and the end of the stream. */
async function timeReply(url: string, token: string, clauseChars: number): Promise<Timing> {
  const started = performance.now();
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-youthchat-age': token },
    body: JSON.stringify({ messages: [{ role: 'user', content: MESSAGE }] }),
  });
  const reader = (response.body as ReadableStream<Uint8Array>).getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  let firstMs = Number.NaN;
  let clauseMs = Number.NaN;
  let text = '';
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    buffer += decoder.decode(value, { stream: true });
    const lines = buffer.split('\n');
    buffer = lines.pop() ?? '';
    for (const line of lines) {
      if (!line.trim()) continue;
      const event = JSON.parse(line) as { type: string; text?: string };
      if (event.type !== 'delta') continue;
      if (Number.isNaN(firstMs)) firstMs = performance.now() - started;
      text += event.text;
      if (Number.isNaN(clauseMs) && text.length >= clauseChars) clauseMs = performance.now() - started;
    }
  }
  if (text !== REPLY.join(''))
    throw new Error(`The reply did not arrive whole (${text.length} characters from ${url}).`);
  return { firstMs, clauseMs, totalMs: performance.now() - started };
}

/** Times one call of each check, as the handler makes it (the fake's delay plus the round trip). */
async function timeChecks(checks: ModerationCheck[]): Promise<number[]> {
  const times: number[] = [];
  for (const check of checks) {
    const started = performance.now();
    await check.check([MESSAGE], { band: 'teen13to15', stage: 'input', signal: new AbortController().signal });
    times.push(performance.now() - started);
  }
  return times;
}

/** An app's own check (a service of its own) with a fixed latency: it finds nothing. */
const appCheck: ModerationCheck = {
  name: 'app-check',
  check: (texts, context) =>
    new Promise((resolve, reject) => {
      const timer = setTimeout(() => resolve(texts.map(() => ({ categories: [] }))), APP_CHECK_LATENCY_MS);
      context.signal.addEventListener('abort', () => {
        clearTimeout(timer);
        reject(context.signal.reason);
      });
    }),
};

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
}

const ms = (value: number) => `${value.toFixed(0)} ms`;

const bench: Bench = async () => {
  const { server, cleanup } = await loadServer();
  const fake = await startFakeOpenAI({
    script: { moderation: { delayMs: MODERATION_LATENCY_MS }, responses: { deltas: REPLY, delayMs: DELTA_DELAY_MS } },
  });
  // Unmoderated: relay the model's deltas as they come (server-sent events in, NDJSON out).
  const relay = await server.serve(async (request: Request) => {
    const body = (await request.json()) as { messages: { role: 'user'; content: string }[] };
    const upstream = await fetch(`${fake.baseURL}/responses`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: 'Bearer sk-bench' },
      body: JSON.stringify({ model: 'gpt-5.1', input: body.messages, stream: true, store: false }),
      signal: request.signal,
    });
    const encoder = new TextEncoder();
    const decoder = new TextDecoder();
    const stream = new ReadableStream<Uint8Array>({
      async start(controller) {
        let buffer = '';
        for await (const chunk of upstream.body as unknown as AsyncIterable<Uint8Array>) {
          buffer += decoder.decode(chunk, { stream: true });
          const events = buffer.split('\n\n');
          buffer = events.pop() ?? '';
          for (const raw of events) {
            const data = raw.split('\n').find((l) => l.startsWith('data: '));
            const event = data ? (JSON.parse(data.slice(6)) as { type: string; delta?: string }) : undefined;
            if (event?.type === 'response.output_text.delta') {
              controller.enqueue(encoder.encode(`${JSON.stringify({ type: 'delta', text: event.delta })}\n`));
            }
          }
        }
        controller.close();
      },
    });
    return new Response(stream, { headers: { 'content-type': 'application/x-ndjson' } });
  });

  const chat = server.createChatHandler({
    secret: SECRET,
    openai: { apiKey: 'sk-bench', baseURL: fake.baseURL, maxRetries: 0 },
    checks: { input: [appCheck], output: [appCheck] },
    rateLimitPerMinute: 1000,
    log: () => {},
  });
  const moderated = await server.serve(server.createYouthchatHandler({ secret: SECRET, routes: { '/chat': chat } }));
  const { token } = await server.signAgeToken({ band: 'teen13to15', consent: 'not-needed' }, { secret: SECRET });
  const probes: ModerationCheck[] = [
    server.localScreenCheck(server.DEFAULT_POLICY),
    server.openAIModerationCheck(new server.OpenAI({ apiKey: 'sk-bench', baseURL: fake.baseURL, maxRetries: 0 })),
    appCheck,
  ];
  // The first window the handler cuts from this reply (its first clause).
  const windower = new server.OutputWindower();
  let clause = '';
  for (const piece of REPLY) {
    windower.push(piece);
    clause = windower.take(false)?.text ?? '';
    if (clause) break;
  }

  try {
    const plain: Timing[] = [];
    const checked: Timing[] = [];
    const checkTimes: number[][] = probes.map(() => []);
    // One warm-up each, then alternate so drift hits all alike.
    await timeReply(relay.url, token, clause.length);
    await timeReply(`${moderated.url}/api/chat`, token, clause.length);
    await timeChecks(probes);
    for (let i = 0; i < RUNS; i++) {
      plain.push(await timeReply(relay.url, token, clause.length));
      checked.push(await timeReply(`${moderated.url}/api/chat`, token, clause.length));
      for (const [j, time] of (await timeChecks(probes)).entries()) checkTimes[j]?.push(time);
    }
    const p = {
      first: median(plain.map((t) => t.firstMs)),
      clause: median(plain.map((t) => t.clauseMs)),
      total: median(plain.map((t) => t.totalMs)),
    };
    const m = { first: median(checked.map((t) => t.firstMs)), total: median(checked.map((t) => t.totalMs)) };
    const latencies = checkTimes.map(median);
    const slowest = Math.max(...latencies);
    const clauseWriting = p.clause - p.first;
    const firstTarget = p.first + 1.3 * slowest + clauseWriting;
    const totalTarget = 1.1;
    const totalRatio = m.total / p.total;
    const verdict = (holds: boolean) => (holds ? 'holds' : 'MISSED');
    const setup =
      `checks ${probes.map((c, i) => `${c.name} ${ms(latencies[i] ?? 0)}`).join(', ')} ` +
      `(fixed delays: moderation ${MODERATION_LATENCY_MS} ms, app check ${APP_CHECK_LATENCY_MS} ms); ` +
      `${REPLY.length} deltas ${DELTA_DELAY_MS} ms apart; median of ${RUNS}`;
    const rows: BenchRow[] = [
      {
        group: 'chat',
        name: 'moderated / unmoderated: time to first visible token',
        value: `${(m.first / p.first).toFixed(1)}×`,
        note:
          `${ms(m.first)} vs ${ms(p.first)}; target ≤ ${ms(firstTarget)} = unmoderated first token ${ms(p.first)} ` +
          `+ 1.3 × slowest check ${ms(slowest)} + first clause (${clause.length} chars) ${ms(clauseWriting)}: ` +
          `${verdict(m.first <= firstTarget)}; ${setup}`,
      },
      {
        group: 'chat',
        name: 'moderated / unmoderated: total time',
        value: `${totalRatio.toFixed(2)}×`,
        note: `${ms(m.total)} vs ${ms(p.total)}; target ≤ ${totalTarget.toFixed(2)}×: ${verdict(totalRatio <= totalTarget)}`,
      },
    ];
    return rows;
  } finally {
    await moderated.close();
    await relay.close();
    await fake.close();
    cleanup();
  }
};

export default bench;
