import { budgetNote, gzippedSize, kb, splitSizes } from './size.ts';
import type { Bench, BenchRow } from './types.ts';

/**
 * Public entry points and their budgets (gzipped, React external). An entry
 * whose export does not exist yet is reported as such, not skipped silently.
 */
const ENTRIES: { pkg: string; name: string; budgetKb?: number }[] = [
  { pkg: '@youthchat/core', name: '*' },
  { pkg: '@youthchat/react', name: '*' },
  { pkg: '@youthchat/react', name: 'YouthSafetyProvider' },
  { pkg: '@youthchat/react', name: 'AgeGate', budgetKb: 5 },
  { pkg: '@youthchat/react', name: 'AIDisclosure' },
  { pkg: '@youthchat/react', name: 'SafeChat', budgetKb: 40 },
  { pkg: '@youthchat/react', name: 'ReportButton' },
  { pkg: '@youthchat/react', name: 'CrisisResources' },
  { pkg: '@youthchat/react', name: 'ReportQueue' },
];

const bench: Bench = async () => {
  const rows: BenchRow[] = [];
  for (const entry of ENTRIES) {
    const code =
      entry.name === '*'
        ? `export * from '${entry.pkg}';`
        : `import { ${entry.name} } from '${entry.pkg}'; (globalThis as any).__keep = [${entry.name}];`;
    const label =
      entry.name === '*' ? `${entry.pkg} (whole package)` : `${entry.name} (${entry.pkg.replace('@youthchat/', '')})`;
    try {
      const bytes = await gzippedSize(code);
      rows.push({
        group: 'size',
        name: `${label}, min+gzip`,
        value: kb(bytes),
        note: budgetNote(bytes, entry.budgetKb),
      });
    } catch {
      rows.push({ group: 'size', name: label, value: '-', note: 'not exported' });
    }
  }
  // The engine for one locale loads first; every other language pack loads on demand.
  const engine = await splitSizes(
    `import { loadLanguages, scrubPII, screenText } from '@youthchat/core'; (globalThis as any).__keep = [loadLanguages, scrubPII, screenText];`,
  );
  rows.push({
    group: 'size',
    name: 'safety engine, English (scrubPII, screenText, loadLanguages), min+gzip',
    value: kb(engine.first),
    note: budgetNote(engine.first, 30, 'loaded before the first message'),
  });
  for (const chunk of engine.lazy.sort((a, b) => a.name.localeCompare(b.name))) {
    rows.push({
      group: 'size',
      name: `  language pack chunk ${chunk.name.replace(/-[A-Z0-9]+\.js$/, '')}, min+gzip`,
      value: kb(chunk.bytes),
      note: budgetNote(chunk.bytes, 8, 'loaded on demand by loadLanguages'),
    });
  }
  return rows;
};

export default bench;
