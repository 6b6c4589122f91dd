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
 * upstream, with a fixed moderation latency. Unmoderated is a plain relay of
 * the Responses stream over the same Node adapter; moderated is
 * `createChatHandler` (input check, then each window checked before release).
 */

const MODERATION_LATENCY_MS = 50;
const DELTA_DELAY_MS = 10;
const RUNS = 11;
// About 12 sentences, streamed in small pieces as a model does.
const REPLY = Array.from({ length: 12 }, (_, i) => `Sentence ${i + 1} says something calm and useful. `)
  .join('')
  .match(/.{1,6}/gs) as string[];

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
              export { createChatHandler } from './chat/index.ts';
              export { createYouthchatHandler } from './router.ts';
              export { signAgeToken } from './age/token.ts';
              export { serve } from './node/adapter.ts';
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
  createYouthchatHandler: typeof import('../packages/server/src/router.ts').createYouthchatHandler;
  signAgeToken: typeof import('../packages/server/src/age/token.ts').signAgeToken;
  serve: typeof import('../packages/server/src/node/adapter.ts').serve;
}

interface Timing {
  firstMs: number;
  totalMs: number;
}

/** Posts one message and times the first `delta` line and the end of the stream. */
async function timeReply(url: string, token: string): Promise<Timing> {
  const started = performance.now();
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-youthchat-age': token },
    body: JSON.stringify({ messages: [{ role: 'user', content: 'Tell me about clouds.' }] }),
  });
  const reader = (response.body as ReadableStream<Uint8Array>).getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  let firstMs = Number.NaN;
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
      if (event.type === 'delta') {
        if (Number.isNaN(firstMs)) firstMs = performance.now() - started;
        text += event.text;
      }
    }
  }
  if (text !== REPLY.join('')) throw new Error('The reply did not arrive whole.');
  return { firstMs, totalMs: performance.now() - started };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
}

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
    rateLimitPerMinute: 1000,
    log: () => {},
  });
  const moderated = await server.serve(server.createYouthchatHandler({ secret: SECRET, routes: { '/chat': chat } }));
  const { token } = await server.signAgeToken({ band: 'teen13to15', consent: 'not-needed' }, { secret: SECRET });

  try {
    const plain: Timing[] = [];
    const checked: Timing[] = [];
    // One warm-up each, then alternate so drift hits both alike.
    await timeReply(relay.url, token);
    await timeReply(`${moderated.url}/api/chat`, token);
    for (let i = 0; i < RUNS; i++) {
      plain.push(await timeReply(relay.url, token));
      checked.push(await timeReply(`${moderated.url}/api/chat`, token));
    }
    const p = { first: median(plain.map((t) => t.firstMs)), total: median(plain.map((t) => t.totalMs)) };
    const m = { first: median(checked.map((t) => t.firstMs)), total: median(checked.map((t) => t.totalMs)) };
    const setup = `moderation ${MODERATION_LATENCY_MS} ms per call, ${REPLY.length} deltas ${DELTA_DELAY_MS} ms apart, median of ${RUNS}`;
    const rows: BenchRow[] = [
      {
        group: 'chat',
        name: 'moderated / unmoderated: time to first visible token',
        value: `${(m.first / p.first).toFixed(1)}×`,
        note: `${m.first.toFixed(0)} ms vs ${p.first.toFixed(0)} ms (input check + first sentence window); ${setup}`,
      },
      {
        group: 'chat',
        name: 'moderated / unmoderated: total time',
        value: `${(m.total / p.total).toFixed(2)}×`,
        note: `${m.total.toFixed(0)} ms vs ${p.total.toFixed(0)} ms`,
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
