import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { alias } from '../vitest.config.ts';
import { kb } from './size.ts';
import type { Bench, BenchRow } from './types.ts';

/** Resolve from the react package, where `@radix-ui/react-dialog` is installed. */
const reactDir = fileURLToPath(new URL('../packages/react', import.meta.url));

/** Minified, gzipped bytes of what `code` pulls in, React external, as `bench/size.ts` measures. */
async function gzipped(code: string): Promise<number> {
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
  return gzipSync(result.outputFiles[0]?.contents ?? new Uint8Array(), { level: 9 }).length;
}

const keep = (names: string, from: string) =>
  `import { ${names} } from '${from}'; (globalThis as any).__keep = [${names}];`;

/** What `AIDisclosure` costs an app, and where the bytes come from. */
const bench: Bench = async () => {
  const rows: BenchRow[] = [];
  const whole = await gzipped(keep('AIDisclosure', '@youthchat/react'));
  rows.push({
    group: 'disclosure',
    name: 'AIDisclosure with its dependencies (Radix Dialog included), min+gzip',
    value: kb(whole),
    note: 'React external',
  });
  const radix = await gzipped(
    `import * as D from '@radix-ui/react-dialog'; (globalThis as any).__keep = [D.Root, D.Portal, D.Overlay, D.Content, D.Title, D.Description, D.Close];`,
  );
  rows.push({
    group: 'disclosure',
    name: '  of which @radix-ui/react-dialog',
    value: kb(radix),
    note: `${Math.round((radix / whole) * 100)}%`,
  });
  const text = await gzipped(keep('resolveDisclosure', '@youthchat/core'));
  rows.push({
    group: 'disclosure',
    name: '  of which the text: 4 bands × en, es, fr, de, with validation',
    value: kb(text),
    note: `${Math.round((text / whole) * 100)}%`,
  });
  const hook = await gzipped(keep('useAIDisclosure', '@youthchat/react'));
  rows.push({ group: 'disclosure', name: 'useAIDisclosure alone (no dialog), min+gzip', value: kb(hook) });
  return rows;
};

export default bench;
