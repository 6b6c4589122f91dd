import { budgetNote, gzippedSize, kb } from './size.ts';
import type { Bench, BenchRow } from './types.ts';

/**
 * Public entry points and their budgets (gzipped, React external). An entry
 * whose export does not exist yet is reported as such, not skipped silently.
 */
const ENTRIES: { pkg: string; name: string; budgetKb?: number }[] = [
  { pkg: '@youthchat/core', name: '*' },
  { pkg: '@youthchat/core', name: 'scrubPII, screenText', budgetKb: 30 },
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
  return rows;
};

export default bench;
