import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { alias } from '../vitest.config.ts';

/** Bare imports in measured code resolve from the react package, where every browser dependency is installed. */
const reactDir = fileURLToPath(new URL('../packages/react', import.meta.url));

/**
 * Minified, gzipped bytes of what `code` pulls in from the packages' sources,
 * with React external, as an app bundler would tree-shake it.
 */
export async function gzippedSize(code: string): Promise<number> {
  const result = await build({
    stdin: { contents: code, resolveDir: reactDir, loader: 'ts' },
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
  });
  const out = result.outputFiles[0]?.contents ?? new Uint8Array();
  return gzipSync(out, { level: 9 }).length;
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
