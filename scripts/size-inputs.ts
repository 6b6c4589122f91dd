/**
 * What the safety engine for English is made of: bundles `loadLanguages`,
 * `scrubPII` and `screenText` as `pnpm bench size` does (esbuild, minified,
 * code splitting), then prints the min+gzip bytes loaded first, each chunk
 * loaded on demand, and esbuild's `bytesInOutput` (minified, before gzip) for
 * every module in the first load.
 *
 *   npx tsx scripts/size-inputs.ts            # modules above 300 bytes
 *   MIN=0 DUMP=first.js npx tsx scripts/size-inputs.ts   # every module; the first load written out
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { BROWSER } from '../bench/size.ts';

const reactDir = fileURLToPath(new URL('../packages/react', import.meta.url));
const dir = mkdtempSync(join(reactDir, '.meta-'));
try {
  const entry = join(dir, 'entry.ts');
  writeFileSync(
    entry,
    `import { loadLanguages, scrubPII, screenText } from '@youthchat/core'; (globalThis as any).__keep = [loadLanguages, scrubPII, screenText];`,
  );
  const result = await build({
    ...BROWSER,
    entryPoints: [entry],
    splitting: true,
    outdir: join(dir, 'out'),
    metafile: true,
  });
  const files = new Map(result.outputFiles.map((f) => [f.path.split('/').pop()!, f.text]));
  const gz = (name: string) => gzipSync(files.get(name) ?? '', { level: 9 }).length;
  const staticImports = (text: string) =>
    [...text.matchAll(/(?:from|import)\s*"\.\/([^"]+)"/g)].map((m) => m[1]!).filter((n) => files.has(n));
  const first = new Set<string>(['entry.js']);
  for (const name of first) for (const dep of staticImports(files.get(name) ?? '')) first.add(dep);
  let gzipped = 0;
  let raw = 0;
  for (const name of first) {
    gzipped += gz(name);
    raw += files.get(name)!.length;
  }
  console.log(
    `first load: ${first.size} chunk(s), ${raw} bytes minified, ${gzipped} min+gzip (${(gzipped / 1024).toFixed(1)} KB)`,
  );
  const rows: [string, number][] = [];
  for (const [path, out] of Object.entries(result.metafile.outputs)) {
    const name = path.split('/').pop()!;
    if (!first.has(name)) {
      console.log(
        `on demand: ${out.entryPoint?.replace(/^.*packages\//, '') ?? name} ${out.bytes} minified, ${gz(name)} min+gzip`,
      );
      continue;
    }
    for (const [input, v] of Object.entries(out.inputs))
      rows.push([input.replace(/^.*packages\//, ''), v.bytesInOutput]);
  }
  rows.sort((a, b) => b[1] - a[1]);
  for (const [input, bytes] of rows)
    if (bytes > Number(process.env.MIN ?? 300)) console.log(String(bytes).padStart(7), input);
  if (process.env.DUMP) writeFileSync(process.env.DUMP, [...first].map((n) => files.get(n)).join('\n'));
} finally {
  rmSync(dir, { recursive: true, force: true });
}
