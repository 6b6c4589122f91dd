/**
 * What the safety engine for English is made of: bundles `loadLanguages`,
 * `scrubPII` and `screenText` as `pnpm bench size` does (`splitSizes` in
 * bench/size.ts: esbuild, minified, code splitting), then prints the min+gzip
 * bytes loaded first, each chunk loaded on demand, and esbuild's
 * `bytesInOutput` (minified, before gzip) for every module in the first load.
 *
 *   npx tsx scripts/size-inputs.ts            # modules above 300 bytes
 *   MIN=0 DUMP=first.js npx tsx scripts/size-inputs.ts   # every module; the first load written out
 */
import { writeFileSync } from 'node:fs';
import { splitSizes } from '../bench/size.ts';

const sizes = await splitSizes(
  `import { loadLanguages, scrubPII, screenText } from '@youthchat/core'; (globalThis as any).__keep = [loadLanguages, scrubPII, screenText];`,
);
console.log(
  `first load: ${sizes.firstCode.length} bytes minified, ${sizes.first} min+gzip (${(sizes.first / 1024).toFixed(1)} KB)`,
);
for (const chunk of sizes.lazy) console.log(`on demand: ${chunk.module ?? chunk.name} ${chunk.bytes} min+gzip`);
const min = Number(process.env.MIN ?? 300);
for (const { module, bytes } of [...sizes.firstInputs].sort((a, b) => b.bytes - a.bytes))
  if (bytes > min) console.log(String(bytes).padStart(7), module);
if (process.env.DUMP) writeFileSync(process.env.DUMP, sizes.firstCode);
