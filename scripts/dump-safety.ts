/**
 * Writes what scrubPII and screenText return for every record of the
 * development corpora (eval/pii/*.dev*.jsonl, eval/screen/*.dev*.jsonl), one
 * JSON line each, so that two versions of the engine can be compared byte for
 * byte with `cmp`. The test split is never read.
 *
 *   npx tsx scripts/dump-safety.ts all > all.txt   # every shipped language loaded
 *   npx tsx scripts/dump-safety.ts en > en.txt     # English only (the default)
 *   npx tsx scripts/dump-safety.ts en-other > o.txt # other languages' records, English only loaded
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadLanguages, screenText, scrubPII } from '../packages/core/src/safety/index.ts';

const mode = process.argv[2] ?? 'all';
const dir = resolve(dirname(fileURLToPath(import.meta.url)), '../eval');
// One after another, so that the packs are always in the same order (signals are listed in pack order).
if (mode === 'all') for (const lang of ['en', 'es', 'fr', 'de']) await loadLanguages([lang]);

interface Rec {
  id?: string;
  lang?: string;
  text: string;
  history?: unknown[];
}
const out: string[] = [];
for (const kind of ['pii', 'screen']) {
  for (const file of readdirSync(`${dir}/${kind}`).sort()) {
    if (!/\.dev[^.]*\.jsonl$/.test(file)) continue;
    const lang = file.slice(0, 2);
    if (mode === 'en' && lang !== 'en') continue;
    if (mode === 'en-other' && lang === 'en') continue;
    const lines = readFileSync(`${dir}/${kind}/${file}`, 'utf8')
      .split('\n')
      .filter((l) => l.trim());
    for (const line of lines) {
      const r = JSON.parse(line) as Rec;
      const locale = r.lang ?? lang;
      const scrub = scrubPII(r.text, { locale });
      const bare = scrubPII(r.text);
      const screens = (['under13', 'teen13to15', 'teen16to17'] as const).map((band) =>
        screenText(r.text, { band, locale, ...(r.history ? { history: r.history as never } : {}) }),
      );
      out.push(JSON.stringify({ f: file, id: r.id, scrub, bare: bare.text === scrub.text ? 0 : bare, screens }));
    }
  }
}
process.stdout.write(`${out.join('\n')}\n`);
