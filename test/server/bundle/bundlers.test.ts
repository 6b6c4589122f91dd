import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import * as core from '@youthchat/core';
import { loadLanguages, SHIPPED_LANGUAGES, screenText, scrubPII } from '@youthchat/core';
import { type BuildOptions, build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as errors from '../../../packages/core/src/errors.ts';

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
import * as core from '@youthchat/core';
import { loadLanguages, SHIPPED_LANGUAGES, screenText, scrubPII } from '@youthchat/core';
const messages = ${JSON.stringify(MESSAGES)};
(async () => {
  // Before any pack loads, as a server scrubs its first request.
  const early = scrubPII('call me on 07700 900123', { locale: 'en' });
  await loadLanguages(['en', 'es', 'fr', 'de']);
  const results = [];
  for (const [locale, texts] of Object.entries(messages))
    for (const text of texts) results.push({ locale, text, scrub: scrubPII(text, { locale }), screen: screenText(text, { locale, band: 'teen13to15' }) });
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
      texts.map((text) => ({
        locale,
        text,
        scrub: scrubPII(text, { locale }),
        screen: screenText(text, { locale, band: 'teen13to15' }),
      })),
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

/** The engine's worker pool from a bundle: what it finds, and what it does when it finds nothing. */
const POOL_ENTRY = `
import { createEnginePool } from '@youthchat/server/node';
(async () => {
  const never = new AbortController().signal;
  const given = process.env.WORKER_URL;
  const pool = createEnginePool({ threads: 1, timeoutMs: 20000, ...(given ? { workerUrl: given } : {}) });
  try {
    await pool.ready();
    const texts = await pool.run({ kind: 'scrub', texts: ['call me on 07700 900123'], locale: 'en' }, never);
    console.log(JSON.stringify({ ready: true, texts }));
  } catch (error) {
    const refused = await pool.run({ kind: 'scrub', texts: ['call me on 07700 900123'] }, never).catch((e) => e.code);
    console.log(JSON.stringify({ ready: false, code: error.code, refused }));
  } finally {
    await pool.close();
  }
})();
`;

describe("the safety engine's worker pool in a bundle of the server", () => {
  // tinypool starts its workers from a file beside its own code, so it stays out of the bundle, imported from
  // where the server package has it (an app has it in its own node_modules).
  const tinypool = createRequire(join(root, 'packages/server/package.json')).resolve('tinypool');
  const pool = {
    format: 'esm',
    plugins: [
      {
        name: 'tinypool-outside',
        setup(esbuild) {
          esbuild.onResolve({ filter: /^tinypool$/ }, () => ({ path: tinypool, external: true }));
        },
      },
    ],
  } satisfies BuildOptions;

  it("finds the published worker through the package's engine-worker export", async () => {
    expect(await bundleAndRun(POOL_ENTRY, pool)).toEqual({ ready: true, texts: ['call me on [phone]'] });
  }, 60_000);

  it('runs the worker it is given (workerUrl), bundled from source', async () => {
    const workerDir = join(dir, 'worker');
    await build({
      entryPoints: [join(root, 'packages/server/src/node/engine-worker.ts')],
      outfile: join(workerDir, 'engine-worker.mjs'),
      bundle: true,
      platform: 'node',
      format: 'esm',
      alias: SOURCES['the packages from source'].alias,
      logLevel: 'silent',
    });
    const result = await bundleAndRun(POOL_ENTRY, pool, {
      WORKER_URL: pathToFileURL(join(workerDir, 'engine-worker.mjs')).href,
    });
    expect(result).toEqual({ ready: true, texts: ['call me on [phone]'] });
  }, 60_000);

  it('refuses every job when its worker is nowhere, rather than running anything unchecked', async () => {
    const result = await bundleAndRun(POOL_ENTRY, pool, { WORKER_URL: join(dir, 'no-such-worker.mjs') });
    expect(result).toEqual({ ready: false, code: 'engine_failed', refused: 'engine_failed' });
  }, 60_000);
});

/**
 * In one file, esbuild turns each module that a dynamic `import()` reaches
 * (the safety engine, the language packs, the chat's on-demand parts) into a
 * setup function, `init_…()`, called where the module is imported. With
 * `"sideEffects": false` it drops that call when the module is re-exported by
 * `export *`, or through a re-export-only module that is itself turned into a
 * setup: the module's constants and classes are then undefined. So the
 * packages re-export such modules by name, and the engine imports each
 * function from the module that defines it. Each export, bundled alone, must
 * call every setup its bundle holds.
 */
describe('each export of the built packages bundled alone into one file', () => {
  /** Each entry point and its built file, whose exports are listed. */
  const PACKAGES = {
    '@youthchat/core': 'packages/core/dist/index.js',
    '@youthchat/react': 'packages/react/dist/index.js',
    '@youthchat/server': 'packages/server/dist/index.js',
    '@youthchat/server/node': 'packages/server/dist/node/index.js',
  };

  it('calls the setup of every module in its bundle', async () => {
    const entries: { file: string; label: string }[] = [];
    const entryDir = join(dir, 'exports');
    mkdirSync(entryDir, { recursive: true });
    for (const [pkg, built] of Object.entries(PACKAGES)) {
      const names = Object.keys(await import(pathToFileURL(join(root, built)).href));
      expect(names.length).toBeGreaterThan(5);
      for (const name of names) {
        const file = join(entryDir, `${entries.length}.mjs`);
        writeFileSync(file, `import { ${name} } from '${pkg}';\nglobalThis.used = ${name};\n`);
        entries.push({ file, label: `${name} from ${pkg}` });
      }
    }
    const result = await build({
      entryPoints: entries.map((e) => e.file),
      outdir: join(entryDir, 'out'),
      bundle: true,
      platform: 'node',
      format: 'esm',
      write: false,
      external: ['better-sqlite3', 'pg', 'react', 'react-dom', 'react/jsx-runtime'],
      loader: { '.css': 'empty' },
      logLevel: 'silent',
    });
    expect(result.outputFiles).toHaveLength(entries.length);
    const uncalled: string[] = [];
    let setups = 0;
    for (const [i, entry] of entries.entries()) {
      const code = result.outputFiles.find((f) => f.path === join(entryDir, 'out', `${i}.js`))?.text ?? '';
      expect(code).toContain('globalThis.used');
      for (const [, init] of code.matchAll(/var (init_\w+) = __esm\(/g)) {
        setups++;
        if (!code.includes(`${init}()`)) uncalled.push(`${entry.label}: ${init}`);
      }
    }
    // The check means something only if esbuild did make setups (the engine's import() makes dozens).
    expect(setups).toBeGreaterThan(100);
    expect(uncalled).toEqual([]);
  }, 120_000);

  it('names every error class in the core entry (errors.ts is re-exported by name)', () => {
    expect(Object.keys(errors).length).toBeGreaterThan(0);
    const exported = new Map<string, unknown>(Object.entries(core));
    for (const [name, value] of Object.entries(errors)) expect(exported.get(name)).toBe(value);
  });
});
