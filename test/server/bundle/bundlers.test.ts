import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { loadLanguages, SHIPPED_LANGUAGES, screenText, scrubPII } from '@youthchat/core';
import { type BuildOptions, build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * The packages bundled the way apps deploy them: esbuild with its defaults for
 * Node (one file, as serverless functions are built; chunks, as Next.js and
 * Vite SSR split them; CommonJS), tree shaking on and the packages'
 * `"sideEffects": false` honoured. The safety engine must find in the bundle
 * exactly what it finds unbundled, in every shipped language. Each bundle runs
 * in its own Node process.
 */

const root = fileURLToPath(new URL('../../../', import.meta.url));
const run = promisify(execFile);

/** Messages with personal details and risks in each shipped language. */
const MESSAGES: Record<string, string[]> = {
  en: [
    'my name is Lily Parker and my phone is 07700 900123',
    'i want to kill myself tonight',
    'what is the capital of France?',
  ],
  es: ['me llamo Lucía García y mi teléfono es 612 345 678', 'quiero morir, ya no aguanto más', '¿cuánto es 7 por 8?'],
  fr: [
    "je m'appelle Chloé Martin, mon numéro est 06 12 34 56 78",
    'je veux mourir, je n’en peux plus',
    'quelle est la capitale du Japon ?',
  ],
  de: [
    'ich heiße Paula Schmidt, meine Nummer ist 0151 23456789',
    'ich will sterben, ich kann nicht mehr',
    'was ist die Hauptstadt von Italien?',
  ],
};

/** What the entry prints: every message scrubbed and screened, after the packs load. */
const ENGINE_ENTRY = `
import { loadLanguages, SHIPPED_LANGUAGES, screenText, scrubPII } from '@youthchat/core';
const messages = ${JSON.stringify(MESSAGES)};
(async () => {
  // Before any pack loads, as a server scrubs its first request.
  const early = scrubPII('call me on 07700 900123', { locale: 'en' });
  await loadLanguages(['en', 'es', 'fr', 'de']);
  const results = [];
  for (const [locale, texts] of Object.entries(messages))
    for (const text of texts) results.push({ locale, text, scrub: scrubPII(text, { locale }), screen: screenText(text, { locale }) });
  console.log(JSON.stringify({ shipped: SHIPPED_LANGUAGES, early, results }));
})();
`;

/** A report with personal details through the server's report route, stored in a real SQLite file. */
const SERVER_ENTRY = `
import { createReportsHandler, createYouthchatHandler, sqliteReportStore } from '@youthchat/server';
(async () => {
  const store = await sqliteReportStore({ filename: process.env.REPORTS_FILE });
  const secret = 'bundle-test-secret-that-is-long-enough-0123456789';
  const reports = createReportsHandler({ store, secret, moderatorToken: 'moderator-token-for-bundle-test-0123456789' });
  const handler = createYouthchatHandler({ secret, routes: { '/reports': reports } });
  const created = await handler(new Request('http://127.0.0.1/api/reports', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ reason: 'other', clientReportId: 'bundle-1', locale: 'de', details: 'ich heiße Paula Schmidt, ruf mich an: 0151 23456789' }),
  }));
  const [report] = await store.listReports({ clientReportId: 'bundle-1' });
  await store.close();
  console.log(JSON.stringify({ status: created.status, details: report?.details ?? null }));
})();
`;

/** Where the packages come from: as published (dist), or from source through the aliases the benches use. */
const SOURCES = {
  'the built packages': {},
  'the packages from source': {
    alias: {
      '@youthchat/core': join(root, 'packages/core/src/index.ts'),
      '@youthchat/server': join(root, 'packages/server/src/index.ts'),
    },
  },
} satisfies Record<string, BuildOptions>;

const MODES = {
  'one ES module file': { format: 'esm' },
  'one minified ES module file': { format: 'esm', minify: true },
  'ES module chunks (splitting)': { format: 'esm', splitting: true },
  'one CommonJS file': { format: 'cjs' },
} satisfies Record<string, BuildOptions>;

let dir: string;
beforeAll(() => {
  // Inside the repository, so that the bundles find the native database driver left external.
  mkdirSync(join(root, 'node_modules/.cache'), { recursive: true });
  dir = mkdtempSync(join(root, 'node_modules/.cache/youthchat-bundle-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let count = 0;
/** Bundles `contents` with esbuild's defaults for Node plus `options`, runs it, and parses what it prints. */
async function bundleAndRun(
  contents: string,
  options: BuildOptions,
  env: Record<string, string> = {},
): Promise<unknown> {
  const outdir = join(dir, String(count++));
  const ext = options.format === 'cjs' ? 'cjs' : 'mjs';
  await build({
    stdin: { contents, resolveDir: root, sourcefile: 'entry.mjs', loader: 'js' },
    bundle: true,
    platform: 'node',
    outdir,
    entryNames: 'entry',
    outExtension: { '.js': `.${ext}` },
    external: ['better-sqlite3', 'pg'],
    logLevel: 'silent',
    ...options,
  });
  const { stdout } = await run(process.execPath, [join(outdir, `entry.${ext}`)], {
    cwd: root,
    env: { ...process.env, ...env },
  });
  return JSON.parse(stdout);
}

describe('the safety engine bundled with esbuild for Node', () => {
  let expected: unknown;
  beforeAll(async () => {
    const early = scrubPII('call me on 07700 900123', { locale: 'en' });
    await loadLanguages(['en', 'es', 'fr', 'de']);
    const results = Object.entries(MESSAGES).flatMap(([locale, texts]) =>
      texts.map((text) => ({ locale, text, scrub: scrubPII(text, { locale }), screen: screenText(text, { locale }) })),
    );
    expected = { shipped: SHIPPED_LANGUAGES, early, results };
  });

  it('finds personal details and risks in every shipped language unbundled (what the bundles must match)', () => {
    const { early, results } = expected as {
      early: ReturnType<typeof scrubPII>;
      results: { locale: string; scrub: ReturnType<typeof scrubPII>; screen: ReturnType<typeof screenText> }[];
    };
    expect(early.text).toBe('call me on [phone]');
    for (const locale of ['en', 'es', 'fr', 'de']) {
      const mine = results.filter((r) => r.locale === locale);
      expect(mine.some((r) => r.scrub.findings.some((f) => f.type === 'phone'))).toBe(true);
      expect(mine.some((r) => r.scrub.findings.some((f) => f.type === 'name'))).toBe(true);
      expect(mine.some((r) => r.screen.action === 'escalate' && r.screen.categories.includes('self-harm'))).toBe(true);
      expect(mine.some((r) => r.screen.action === 'allow')).toBe(true);
    }
  });

  for (const [source, sourceOptions] of Object.entries(SOURCES)) {
    for (const [mode, modeOptions] of Object.entries(MODES)) {
      it(`scrubs and screens the same from ${source} as ${mode}`, async () => {
        expect(await bundleAndRun(ENGINE_ENTRY, { ...sourceOptions, ...modeOptions })).toEqual(expected);
      }, 60_000);
    }

    it(`stores a report with its personal details scrubbed from ${source} as one ES module file`, async () => {
      const result = await bundleAndRun(
        SERVER_ENTRY,
        { ...sourceOptions, format: 'esm' },
        { REPORTS_FILE: join(dir, `reports-${count}.sqlite`) },
      );
      expect(result).toEqual({ status: 201, details: 'ich heiße [name], ruf mich an: [phone]' });
    }, 60_000);
  }
});
