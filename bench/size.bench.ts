import { appSplitSizes, budgetNote, type ChunkSize, gzippedSize, kb, splitSizes } from './size.ts';
import type { Bench, BenchRow } from './types.ts';

/**
 * Public entry points, bundled whole (gzipped, React external, no code
 * splitting): everything each one can ever load. An entry whose export does
 * not exist yet is reported as such, not skipped silently.
 */
const ENTRIES: { pkg: string; name: string; budgetKb?: number }[] = [
  { pkg: '@youthchat/core', name: '*' },
  { pkg: '@youthchat/react', name: '*' },
  { pkg: '@youthchat/react', name: 'YouthSafetyProvider' },
  { pkg: '@youthchat/react', name: 'AgeGate', budgetKb: 5 },
  { pkg: '@youthchat/react', name: 'AIDisclosure' },
  { pkg: '@youthchat/react', name: 'SafeChat' },
  { pkg: '@youthchat/react', name: 'ReportButton' },
  { pkg: '@youthchat/react', name: 'CrisisResources' },
  { pkg: '@youthchat/react', name: 'ReportQueue' },
];

/**
 * What an app built with code splitting (Vite, React external) loads before
 * each screen can render, with budgets; and each chunk it loads on demand.
 */
const FIRST_LOADS: { label: string; names: string[]; budgetKb: number }[] = [
  { label: 'YouthSafetyProvider + SafeChat', names: ['YouthSafetyProvider', 'SafeChat'], budgetKb: 40 },
  { label: 'YouthSafetyProvider + AgeGate', names: ['YouthSafetyProvider', 'AgeGate'], budgetKb: 5 },
];

/** What an on-demand chunk is, in words. */
function describeChunk(chunk: ChunkSize): string {
  const path = chunk.name;
  const lang = path.match(/\/(\w\w)(?:\.(\w+))?\.tsx?$/);
  if (path.includes('/safety/packs/') && lang) {
    const kind = lang[2] === 'model' ? 'learned model' : lang[2] === 'pii' ? 'personal-details pack' : 'language pack';
    return `${kind} ${lang[1]}`;
  }
  if (path.includes('/disclosure/content/') && lang) return `disclosure text ${lang[1]}`;
  if (path.endsWith('engine/engine.ts')) return 'safety engine';
  if (path.endsWith('chat/parts.ts')) return 'chat parts (report button, help lines, markdown)';
  return chunk.sharedBy.length > 0 ? `shared code (${path})` : path;
}

/** The engine for one locale, and each language pack chunk loaded on demand (budgets in KB, min+gzip). */
const ENGINE_BUDGET_KB = 30;
const PACK_BUDGET_KB = 8;
const PART_NAMES: Record<string, string> = {
  rules: 'rules',
  pii: 'personal-details cues',
  model: 'learned model',
  names: 'longer name list',
};

async function firstLoadRows(): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  for (const entry of FIRST_LOADS) {
    const names = entry.names.join(', ');
    const sizes = await appSplitSizes(
      `import { ${names} } from '@youthchat/react'; (globalThis as any).__keep = [${names}];`,
    );
    rows.push({
      group: 'size',
      name: `${entry.label}, first load (code splitting), min+gzip`,
      value: kb(sizes.first),
      note: budgetNote(sizes.first, entry.budgetKb, `${sizes.firstChunks.length} chunk(s) before it renders`),
    });
    for (const chunk of sizes.lazy.sort((a, b) => b.bytes - a.bytes)) {
      rows.push({
        group: 'size',
        name: `  on demand: ${describeChunk(chunk)}, min+gzip`,
        value: kb(chunk.bytes),
        note:
          chunk.sharedBy.length > 0
            ? `loaded with: ${chunk.sharedBy.map((name) => describeChunk({ name, bytes: 0, sharedBy: [] })).join('; ')}`
            : 'loaded by import()',
      });
    }
  }
  return rows;
}

const bench: Bench = async () => {
  const rows: BenchRow[] = await firstLoadRows();
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
        name: `${label}, whole (no splitting), min+gzip`,
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
    note: budgetNote(engine.first, ENGINE_BUDGET_KB, 'loaded before the first message'),
  });
  // Every chunk loadLanguages fetches, by language: rules, personal-details cues, learned model, longer name lists.
  const packs = engine.lazy.flatMap((chunk) => {
    const m = chunk.module?.match(/safety\/packs\/([a-z]{2})(?:\.([a-z]+))?\.ts$/);
    return m ? [{ ...chunk, lang: m[1]!, part: m[2] ?? 'rules' }] : [];
  });
  for (const lang of [...new Set(packs.map((p) => p.lang))].sort()) {
    const own = packs.filter((p) => p.lang === lang).sort((a, b) => a.part.localeCompare(b.part));
    for (const chunk of own) {
      rows.push({
        group: 'size',
        name: `  language pack ${lang} (${PART_NAMES[chunk.part] ?? chunk.part}), min+gzip`,
        value: kb(chunk.bytes),
        note: budgetNote(chunk.bytes, PACK_BUDGET_KB, 'loaded on demand'),
      });
    }
    const total = own.reduce((sum, p) => sum + p.bytes, 0);
    rows.push({
      group: 'size',
      name: `  language pack ${lang}, all its chunks, min+gzip`,
      value: kb(total),
      note:
        lang === 'en'
          ? `with the engine: ${kb(engine.first + total)} before an English message is checked with every part`
          : `what loadLanguages(['${lang}']) fetches`,
    });
  }
  return rows;
};

export default bench;
