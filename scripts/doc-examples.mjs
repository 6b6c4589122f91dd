// The docs' examples are files under docs/examples/, run by test/react/docs/examples.test.tsx.
// A doc shows one with a marker line before its fenced block:
//
//   <!-- example: examples/one-place.tsx -->
//   ```tsx
//   …the file, exactly…
//   ```
//
// `node scripts/doc-examples.mjs` fails when a block differs from its file; `--write` copies the files in.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const docs = join(root, 'docs');
const MARKER = /^<!-- example: (\S+) -->\n```(\w+)\n([\s\S]*?)```$/gm;

/** Every marked example in the docs: the doc, the example file, and whether the block matches it. */
export function docExamples() {
  const found = [];
  for (const name of readdirSync(docs).filter((f) => f.endsWith('.md'))) {
    const path = join(docs, name);
    const text = readFileSync(path, 'utf8');
    for (const m of text.matchAll(MARKER)) {
      const file = join(docs, m[1]);
      const source = readFileSync(file, 'utf8');
      found.push({ doc: relative(root, path), file: relative(root, file), matches: m[3] === source });
    }
  }
  return found;
}

function write() {
  for (const name of readdirSync(docs).filter((f) => f.endsWith('.md'))) {
    const path = join(docs, name);
    const text = readFileSync(path, 'utf8');
    const next = text.replace(MARKER, (_whole, file, lang) => {
      const source = readFileSync(join(docs, file), 'utf8');
      return `<!-- example: ${file} -->\n\`\`\`${lang}\n${source}\`\`\``;
    });
    if (next !== text) writeFileSync(path, next);
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  if (process.argv.includes('--write')) write();
  const stale = docExamples().filter((e) => !e.matches);
  for (const e of stale) console.error(`${e.doc}: the block for ${e.file} differs from the file (run with --write)`);
  if (stale.length > 0) process.exit(1);
  console.log(`${docExamples().length} doc examples match their files`);
}
