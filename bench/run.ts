import { readdirSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Bench, BenchRow } from './types.ts';

const dir = fileURLToPath(new URL('.', import.meta.url));
const only = process.argv.slice(2);
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
  .sort();

const rows: BenchRow[] = [];
for (const file of files) {
  process.stderr.write(`bench: ${file}…\n`);
  const mod = (await import(pathToFileURL(`${dir}/${file}`).href)) as { default: Bench };
  try {
    rows.push(...(await mod.default()));
  } catch (error) {
    rows.push({ group: file.replace('.bench.ts', ''), name: 'failed to run', value: '-', note: String(error) });
  }
}

const header: BenchRow = { group: 'group', name: 'measure', value: 'value', note: 'budget / comparison' };
const table = [header, ...rows];
const width = (key: keyof BenchRow) => Math.max(...table.map((r) => (r[key] ?? '').length));
const widths = { group: width('group'), name: width('name'), value: width('value'), note: width('note') };
const line = (r: BenchRow) =>
  `| ${r.group.padEnd(widths.group)} | ${r.name.padEnd(widths.name)} | ${r.value.padStart(widths.value)} | ${(r.note ?? '').padEnd(widths.note)} |`;
const rule = `|${'-'.repeat(widths.group + 2)}|${'-'.repeat(widths.name + 2)}|${'-'.repeat(widths.value + 1)}:|${'-'.repeat(widths.note + 2)}|`;
console.log([line(header), rule, ...rows.map(line)].join('\n'));
