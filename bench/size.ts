import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { type BuildOptions, build } from 'esbuild';
import { build as viteBuild } from 'vite';
import { alias } from '../vitest.config.ts';

/** Bare imports in measured code resolve from the react package, where every browser dependency is installed. */
const reactDir = fileURLToPath(new URL('../packages/react', import.meta.url));

/**
 * Minified, gzipped bytes of what `code` pulls in from the packages' sources,
 * with React external, as an app bundler would tree-shake it.
 */
/** How an app bundler would build for the browser, with React external. */
export const BROWSER: BuildOptions & { write: false } = {
  bundle: true,
  minify: true,
  write: false,
  format: 'esm',
  platform: 'browser',
  target: 'es2022',
  treeShaking: true,
  alias,
  external: ['react', 'react-dom', 'react/jsx-runtime', 'react-dom/client'],
  loader: { '.css': 'empty' },
  logLevel: 'silent',
  define: { 'process.env.NODE_ENV': '"production"' },
};

export async function gzippedSize(code: string): Promise<number> {
  const result = await build({ ...BROWSER, stdin: { contents: code, resolveDir: reactDir, loader: 'ts' } });
  const out = result.outputFiles[0]?.contents ?? new Uint8Array();
  return gzipSync(out, { level: 9 }).length;
}

/**
 * Like {@link gzippedSize}, but bundled with code splitting as an app
 * bundler would: `first` is what loads before anything renders (the entry and
 * the chunks it imports statically), `lazy` each chunk loaded on demand.
 */
export async function splitSizes(code: string): Promise<{
  first: number;
  lazy: { name: string; bytes: number; module?: string }[];
  /** The first load's code, minified, chunk after chunk. */
  firstCode: string;
  /** Each module in the first load (its path under `packages/`) and its minified bytes there (esbuild's `bytesInOutput`). */
  firstInputs: { module: string; bytes: number }[];
}> {
  const dir = mkdtempSync(join(reactDir, '.size-'));
  try {
    const entry = join(dir, 'entry.ts');
    writeFileSync(entry, code);
    const result = await build({
      ...BROWSER,
      entryPoints: [entry],
      splitting: true,
      outdir: join(dir, 'out'),
      metafile: true,
    });
    /** The module each on-demand chunk was made for (its path under `packages/`), by file name. */
    const modules = new Map(
      Object.entries(result.metafile.outputs).flatMap(([path, out]) =>
        out.entryPoint ? [[path.split('/').pop()!, out.entryPoint.replace(/^.*\/packages\//, '')] as const] : [],
      ),
    );
    const files = new Map(result.outputFiles.map((f) => [f.path.split('/').pop()!, f.text]));
    const gz = (text: string) => gzipSync(text, { level: 9 }).length;
    const staticImports = (text: string) =>
      [...text.matchAll(/(?:from|import)\s*"\.\/([^"]+)"/g)].map((m) => m[1]!).filter((n) => files.has(n));
    const first = new Set<string>(['entry.js']);
    for (const name of first) for (const dep of staticImports(files.get(name) ?? '')) first.add(dep);
    let firstBytes = 0;
    for (const name of first) firstBytes += gz(files.get(name) ?? '');
    const lazy = [...files]
      .filter(([name]) => !first.has(name))
      .map(([name, text]) => ({ name, bytes: gz(text), ...(modules.has(name) ? { module: modules.get(name)! } : {}) }));
    const firstInputs = Object.entries(result.metafile.outputs)
      .filter(([path]) => first.has(path.split('/').pop()!))
      .flatMap(([, out]) =>
        Object.entries(out.inputs).map(([input, v]) => ({
          module: input.replace(/^.*packages\//, ''),
          bytes: v.bytesInOutput,
        })),
      );
    const firstCode = [...first].map((name) => files.get(name) ?? '').join('\n');
    return { first: firstBytes, lazy, firstCode, firstInputs };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export function kb(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KB`;
}

/** A size row's note: the budget and whether it holds. */
export function budgetNote(bytes: number, budgetKb: number | undefined, extra = ''): string {
  if (budgetKb === undefined) return extra;
  const ok = bytes <= budgetKb * 1024;
  return `${ok ? 'within' : 'OVER'} budget ${budgetKb} KB${extra ? `; ${extra}` : ''}`;
}

/** One output chunk of an app build: what it holds and its gzipped bytes. */
export interface ChunkSize {
  /** The module an `import()` loads (its path under `packages/`), or the chunk's name for shared code. */
  name: string;
  bytes: number;
  /** For shared code: the on-demand chunks that import it. */
  sharedBy: string[];
}

/**
 * What an app built with Vite (production, React external) loads for `code`:
 * `first` is the entry chunk and every chunk it imports statically (what must
 * arrive before anything renders), `lazy` each chunk reached only through a
 * dynamic `import()`, loaded on demand.
 */
export async function appSplitSizes(
  code: string,
): Promise<{ first: number; firstChunks: ChunkSize[]; lazy: ChunkSize[] }> {
  const dir = mkdtempSync(join(reactDir, '.size-'));
  try {
    const entry = join(dir, 'entry.ts');
    writeFileSync(entry, code);
    const result = await viteBuild({
      configFile: false,
      root: dir,
      logLevel: 'silent',
      resolve: { alias },
      define: { 'process.env.NODE_ENV': '"production"' },
      build: {
        write: false,
        minify: true,
        target: 'es2022',
        modulePreload: false,
        rollupOptions: {
          input: entry,
          external: ['react', 'react-dom', 'react/jsx-runtime', 'react-dom/client'],
          preserveEntrySignatures: 'strict',
          output: { format: 'es' },
        },
      },
    });
    const outputs = (Array.isArray(result) ? result : [result]).flatMap((r) => ('output' in r ? r.output : []));
    const chunks = outputs.filter((o) => o.type === 'chunk');
    const byFile = new Map(chunks.map((c) => [c.fileName, c]));
    const first = new Set(chunks.filter((c) => c.isEntry).map((c) => c.fileName));
    for (const file of first) for (const dep of byFile.get(file)?.imports ?? []) if (byFile.has(dep)) first.add(dep);
    const label = (c: (typeof chunks)[number]) =>
      c.facadeModuleId ? c.facadeModuleId.replace(/^.*\/packages\//, '') : c.name;
    const size = (c: (typeof chunks)[number]): ChunkSize => ({
      name: label(c),
      bytes: gzipSync(c.code, { level: 9 }).length,
      sharedBy: c.facadeModuleId
        ? []
        : chunks.filter((other) => other.imports.includes(c.fileName) && !first.has(other.fileName)).map(label),
    });
    const firstChunks = chunks.filter((c) => first.has(c.fileName)).map(size);
    const lazy = chunks.filter((c) => !first.has(c.fileName)).map(size);
    return { first: firstChunks.reduce((sum, c) => sum + c.bytes, 0), firstChunks, lazy };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
