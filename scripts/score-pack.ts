/**
 * Scores one language's rules on its development files while its pack is
 * written: `npx tsx scripts/score-pack.ts fr` prints, for every
 * eval/screen/fr.dev*.jsonl, recall per category and every miss, with the
 * learned model off so that the figures are the rules' own.
 * Never point it at a test split: those are scored only by `pnpm eval`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { loadLanguages, registerLanguagePack, SHIPPED_LANGUAGES, screenText } from '../packages/core/src/index.ts';

const locale = process.argv[2] ?? 'en';
interface Row {
  id: string;
  text: string;
  expect: 'allow' | 'block' | 'escalate';
  category?: string;
  history?: string[];
}
await loadLanguages(SHIPPED_LANGUAGES);
for (const lang of SHIPPED_LANGUAGES) {
  registerLanguagePack((await import(`../packages/core/src/safety/packs/${lang}.ts`)).default);
}
const files = readdirSync('eval/screen')
  .filter((f) => f.startsWith(`${locale}.dev`) && f.endsWith('.jsonl'))
  .sort();
const summary: string[] = [];
for (const file of files) {
  const rows: Row[] = readFileSync(`eval/screen/${file}`, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l));
  const per = new Map<string, { hit: number; total: number }>();
  for (const r of rows) {
    const res = screenText(r.text, { band: 'under13', locale, ...(r.history ? { history: r.history } : {}) });
    const ok = r.expect === 'block' ? res.action !== 'allow' : res.action === r.expect;
    for (const key of [r.expect === 'allow' ? 'allow' : `${r.expect}:${r.category}`, `ALL ${r.expect}`]) {
      const t = per.get(key) ?? { hit: 0, total: 0 };
      t.total++;
      if (ok) t.hit++;
      per.set(key, t);
    }
    if (!ok)
      console.log(
        `${r.id} want ${r.expect}${r.category ? `/${r.category}` : ''} got ${res.action} [${res.categories}] ${
          r.history ? `(history: ${JSON.stringify(r.history)}) ` : ''
        }${r.text}`,
      );
  }
  summary.push(`\n${file}`);
  for (const [k, t] of [...per].sort())
    summary.push(`${k.padEnd(28)} ${t.hit}/${t.total} ${(t.hit / t.total).toFixed(2)}`);
}
console.log(summary.join('\n'));
