/**
 * How the whole engine (rules and learned model) does on development data it
 * was not trained on: for each later development batch (`dev-b`, `dev-c`, …),
 * the models are trained without that batch and the batch is screened.
 * `npx tsx scripts/holdout.ts [batch…]`. The rules were written from the first
 * batch (`dev`), so later batches are unseen by them too, unless a pack
 * was changed after reading one. The test split is never read here.
 */
import { readdirSync } from 'node:fs';
import { loadLanguages, registerLanguagePack, SHIPPED_LANGUAGES } from '../packages/core/src/index.ts';
import type { LanguagePack } from '../packages/core/src/safety/lang/types.ts';
import { OWN_DIR, ownCorpus, type ScreenRecord, scoreScreen } from './eval.ts';
import { buildModels } from './train-screen-model.ts';

await loadLanguages(SHIPPED_LANGUAGES);
const shipped = new Map<string, LanguagePack>();
for (const lang of SHIPPED_LANGUAGES) {
  const pack = (await import(`../packages/core/src/safety/packs/${lang}.ts`)).default as LanguagePack;
  const pii = lang === 'en' ? undefined : (await import(`../packages/core/src/safety/packs/${lang}.pii.ts`)).default;
  shipped.set(lang, { ...pack, ...(pii ? { pii } : {}) });
}
const named = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const batches =
  named.length > 0
    ? named
    : [
        ...new Set(
          readdirSync(`${OWN_DIR}screen`)
            .map((f) => /^[a-z]+\.(dev-[a-z]+)\.jsonl$/.exec(f)?.[1])
            .filter((b): b is string => Boolean(b)),
        ),
      ].sort();

const pct = (hit: number, total: number) => (total === 0 ? '   -' : (hit / total).toFixed(2));
const lines = [
  '| batch | language | escalate recall | blocked or escalated | allowed kept |',
  '|---|---|---:|---:|---:|',
];
const sums = new Map<string, number[]>();
for (const batch of batches) {
  const models = await buildModels(SHIPPED_LANGUAGES, batch);
  for (const lang of SHIPPED_LANGUAGES) {
    registerLanguagePack({ ...shipped.get(lang)!, model: models.get(lang)!.model });
  }
  for (const lang of SHIPPED_LANGUAGES) {
    const records = ownCorpus<ScreenRecord>('screen', lang, batch);
    if (records.length === 0) continue;
    const { byAction, misses } = scoreScreen(records);
    if (process.argv.includes('--verbose')) for (const miss of misses) console.log(`${lang} ${batch} ${miss}`);
    const n = [byAction.escalate, byAction.block, byAction.allow].flatMap((t) => [t.hit, t.total]);
    const s = sums.get(lang) ?? [0, 0, 0, 0, 0, 0];
    n.forEach((v, i) => {
      s[i]! += v;
    });
    sums.set(lang, s);
    lines.push(`| ${batch} | ${lang} | ${pct(n[0]!, n[1]!)} | ${pct(n[2]!, n[3]!)} | ${pct(n[4]!, n[5]!)} |`);
  }
}
for (const [lang, s] of sums)
  lines.push(`| all | ${lang} | ${pct(s[0]!, s[1]!)} | ${pct(s[2]!, s[3]!)} | ${pct(s[4]!, s[5]!)} |`);
console.log(lines.join('\n'));
