/**
 * Scores one language on its development split while its pack is written:
 * `npx tsx scripts/score-pack.ts fr` prints recall per category and every miss.
 * Never point it at a test split: those are scored only by `pnpm eval`.
 */
import { readFileSync } from 'node:fs';
import { loadLanguages, screenText } from '../packages/core/src/index.ts';

const locale = process.argv[2] ?? 'en';
const file = `eval/screen/${locale}.dev.jsonl`;
interface Row {
  id: string;
  text: string;
  expect: 'allow' | 'block' | 'escalate';
  category?: string;
  history?: string[];
}
const rows: Row[] = readFileSync(file, 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l));
await loadLanguages(['en', 'es', 'fr', 'de']);
const per = new Map<string, { hit: number; total: number }>();
const misses: string[] = [];
for (const r of rows) {
  const res = screenText(r.text, { band: 'under13', locale, ...(r.history ? { history: r.history } : {}) });
  const ok = r.expect === 'block' ? res.action !== 'allow' : res.action === r.expect;
  const key = r.expect === 'allow' ? 'allow' : `${r.expect}:${r.category}`;
  const t = per.get(key) ?? { hit: 0, total: 0 };
  t.total++;
  if (ok) t.hit++;
  per.set(key, t);
  if (!ok)
    misses.push(
      `${r.id} want ${r.expect}${r.category ? `/${r.category}` : ''} got ${res.action} [${res.categories}] ${r.history ? `(history: ${JSON.stringify(r.history)}) ` : ''}${r.text}`,
    );
}
for (const m of misses) console.log(m);
console.log();
for (const [k, t] of [...per].sort()) console.log(`${k.padEnd(28)} ${t.hit}/${t.total} ${(t.hit / t.total).toFixed(2)}`);
