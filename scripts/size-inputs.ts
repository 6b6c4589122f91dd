import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { alias } from '../vitest.config.ts';
const reactDir = fileURLToPath(new URL('../packages/react', import.meta.url));
const dir = mkdtempSync(join(reactDir, '.meta-'));
try {
  const entry = join(dir, 'entry.ts');
  writeFileSync(
    entry,
    `import { loadLanguages, scrubPII, screenText } from '@youthchat/core'; (globalThis as any).__keep = [loadLanguages, scrubPII, screenText];`,
  );
  const r = await build({
    bundle: true,
    minify: true,
    write: false,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    treeShaking: true,
    alias,
    external: ['react', 'react-dom'],
    logLevel: 'silent',
    entryPoints: [entry],
    splitting: true,
    outdir: join(dir, 'out'),
    metafile: true,
    define: { 'process.env.NODE_ENV': '"production"' },
  });
  const files = new Map(r.outputFiles.map((f) => [f.path.split('/').pop()!, f.text]));
  const staticImports = (t: string) =>
    [...t.matchAll(/(?:from|import)\s*"\.\/([^"]+)"/g)].map((m) => m[1]!).filter((n) => files.has(n));
  const first = new Set<string>(['entry.js']);
  for (const n of first) for (const d of staticImports(files.get(n) ?? '')) first.add(d);
  let gz = 0,
    raw = 0;
  for (const n of first) {
    gz += gzipSync(files.get(n)!, { level: 9 }).length;
    raw += files.get(n)!.length;
  }
  console.log('first chunks', [...first].join(' '), 'raw', raw, 'gz', gz, (gz / 1024).toFixed(1));
  const rows: [string, number][] = [];
  for (const [p, o] of Object.entries(r.metafile.outputs)) {
    const n = p.split('/').pop()!;
    if (!first.has(n)) {
      console.log(
        'lazy',
        n,
        o.entryPoint?.replace(/^.*packages\//, ''),
        o.bytes,
        gzipSync(files.get(n)!, { level: 9 }).length,
      );
      continue;
    }
    for (const [i, v] of Object.entries(o.inputs)) rows.push([i.replace(/^.*packages\//, ''), v.bytesInOutput]);
  }
  rows.sort((a, b) => b[1] - a[1]);
  for (const [i, b] of rows) if (b > 300) console.log(String(b).padStart(7), i);
  if (process.env.DUMP) writeFileSync(process.env.DUMP, [...first].map((n) => files.get(n)).join('\n'));
} finally {
  rmSync(dir, { recursive: true, force: true });
}
