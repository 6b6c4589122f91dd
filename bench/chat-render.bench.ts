import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { chromium } from 'playwright';
import { alias, chromiumPath } from '../vitest.config.ts';
import type { Bench, BenchRow } from './types.ts';

/** Earlier messages in the conversation while one more token streams in. */
const HISTORIES = [10, 1_000, 10_000];
const WARMUP_TOKENS = 40;
const SAMPLES = 400;
/** The aim: a token with 10,000 earlier messages costs at most this many times one with 10. */
const AIM = 1.5;

async function bundlePage(): Promise<{ js: string; css: string }> {
  const result = await build({
    entryPoints: [fileURLToPath(new URL('./chat-render.page.tsx', import.meta.url))],
    bundle: true,
    write: false,
    outdir: 'bench-out',
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    jsx: 'automatic',
    alias,
    loader: { '.css': 'css' },
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'silent',
  });
  const js = result.outputFiles.find((f) => f.path.endsWith('.js'))?.text ?? '';
  const css = result.outputFiles.find((f) => f.path.endsWith('.css'))?.text ?? '';
  return { js, css };
}

function quantile(values: number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;
}

/** Served from a made-up origin with cross-origin isolation, which gives `performance.now()` 5 µs resolution instead of 100 µs. */
const PAGE_URL = 'http://chat-bench.localhost/';

/**
 * Per-token render cost of `SafeChat` in Chromium, with 10, 1,000 and 10,000
 * earlier messages: the time from a token arriving to the page showing it,
 * layout included. The figure is the median token (load from other processes
 * shows in the tail, which is reported beside it).
 */
const bench: Bench = async () => {
  const { js, css } = await bundlePage();
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    args: ['--no-sandbox', '--headless', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
  });
  const perToken = new Map<number, number>();
  const tail = new Map<number, number>();
  try {
    // The first page warms the browser (compilation, caches); its figures are dropped.
    for (const [round, count] of [HISTORIES[0] ?? 10, ...HISTORIES].entries()) {
      const page = await browser.newPage({ viewport: { width: 1024, height: 800 } });
      await page.route(PAGE_URL, (route) =>
        route.fulfill({
          contentType: 'text/html',
          headers: { 'cross-origin-opener-policy': 'same-origin', 'cross-origin-embedder-policy': 'require-corp' },
          body: '<!doctype html><html lang="en"><head><title>bench</title></head><body><div id="root"></div></body></html>',
        }),
      );
      await page.goto(PAGE_URL);
      await page.addStyleTag({ content: css });
      await page.addScriptTag({ content: js });
      await page.evaluate((n) => window.chatBench.setup(n), count);
      const samples = await page.evaluate(
        async ({ warmup, samples }) => {
          for (let i = 0; i < warmup; i++) await window.chatBench.token(` w${i}`);
          const out: number[] = [];
          for (let i = 0; i < samples; i++) out.push(await window.chatBench.token(` s${i}`));
          return out;
        },
        { warmup: WARMUP_TOKENS, samples: SAMPLES },
      );
      await page.close();
      if (round === 0) continue;
      perToken.set(count, quantile(samples, 0.5));
      tail.set(count, quantile(samples, 0.9));
    }
  } finally {
    await browser.close();
  }

  const base = perToken.get(HISTORIES[0] ?? 10) ?? Number.NaN;
  const rows: BenchRow[] = [];
  for (const count of HISTORIES) {
    const ms = perToken.get(count) ?? Number.NaN;
    rows.push({
      group: 'chat',
      name: `per-token render, ${count.toLocaleString('en')} earlier messages`,
      value: `${ms.toFixed(3)} ms`,
      note: `median of ${SAMPLES} tokens; p90 ${(tail.get(count) ?? Number.NaN).toFixed(3)} ms${
        count === HISTORIES[0] ? '; baseline' : `; ${(ms / base).toFixed(2)}× the baseline`
      }`,
    });
  }
  const last = HISTORIES[HISTORIES.length - 1] ?? 10_000;
  const ratio = (perToken.get(last) ?? Number.NaN) / base;
  rows.push({
    group: 'chat',
    name: `per-token render ratio, ${last.toLocaleString('en')} vs ${(HISTORIES[0] ?? 10).toLocaleString('en')}`,
    value: `${ratio.toFixed(2)}×`,
    note: `${ratio <= AIM ? 'within' : 'OVER'} aim ${AIM}×`,
  });
  return rows;
};

export default bench;
