/**
 * Scores the client safety engine on every corpus in ../shared/eval (see its
 * README): PII recall per type and kept content, screening recall per
 * expected action, and the Presidio external set. `pnpm eval` prints the
 * tables; test/core/safety/eval.test.ts holds the engine to the thresholds.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { screenText, scrubPII } from '../packages/core/src/safety/index.ts';

export interface PiiRecord {
  id: string;
  text: string;
  pii: { type: string; value: string }[];
  keep: string[];
}

export interface ScreenRecord {
  id: string;
  text: string;
  expect: 'allow' | 'block' | 'escalate';
  category?: string;
}

export interface PresidioRecord {
  full_text: string;
  spans: { entity_type: string; entity_value: string }[];
}

export interface Tally {
  hit: number;
  total: number;
}

const share = (t: Tally) => (t.total === 0 ? 1 : t.hit / t.total);
const tally = (): Tally => ({ hit: 0, total: 0 });

/** The corpora folder: `../shared/eval` next to the repository. */
export const EVAL_DIR = `${resolve(dirname(fileURLToPath(import.meta.url)), '../../shared/eval')}/`;

export function readJsonl<T>(path: string): T[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as T);
}

export interface PiiScore {
  byType: Record<string, Tally>;
  recall: Tally;
  keep: Tally;
  misses: string[];
}

/** A value is caught when the scrubbed text no longer contains it; a keep value is kept when it still does. */
export function scorePii(records: PiiRecord[]): PiiScore {
  const score: PiiScore = { byType: {}, recall: tally(), keep: tally(), misses: [] };
  for (const r of records) {
    const out = scrubPII(r.text).text;
    for (const p of r.pii) {
      const t = score.byType[p.type] ?? tally();
      score.byType[p.type] = t;
      const caught = !out.includes(p.value);
      for (const x of [t, score.recall]) {
        x.total++;
        if (caught) x.hit++;
      }
      if (!caught) score.misses.push(`${r.id} missed ${p.type} "${p.value}" → ${out}`);
    }
    for (const k of r.keep) {
      score.keep.total++;
      if (out.includes(k)) score.keep.hit++;
      else score.misses.push(`${r.id} lost "${k}" → ${out}`);
    }
  }
  return score;
}

/** Categories in a corpus that the engine files under one of its own. */
const CATEGORY_ALIASES: Record<string, string> = { drugs: 'substances', alcohol: 'substances', vaping: 'substances' };

export interface ScreenScore {
  byAction: Record<ScreenRecord['expect'], Tally>;
  /** Of the non-allow records the engine caught, how many it filed under the expected category. */
  category: Tally;
  misses: string[];
}

/** Recall of `escalate` and `block`, and the share of `allow` messages allowed, screened as an under-13. */
export function scoreScreen(records: ScreenRecord[]): ScreenScore {
  const score: ScreenScore = {
    byAction: { allow: tally(), block: tally(), escalate: tally() },
    category: tally(),
    misses: [],
  };
  for (const r of records) {
    const result = screenText(r.text, { band: 'under13' });
    const t = score.byAction[r.expect];
    t.total++;
    if (result.action === r.expect) t.hit++;
    else
      score.misses.push(
        `${r.id} expected ${r.expect}, got ${result.action} [${result.categories.join(', ')}]: ${r.text}`,
      );
    if (r.category && result.action === r.expect) {
      score.category.total++;
      if ((result.categories as string[]).includes(CATEGORY_ALIASES[r.category] ?? r.category)) score.category.hit++;
    }
  }
  return score;
}

/** Presidio entity types the scrubber covers. */
export const PRESIDIO_TYPES = [
  'PERSON',
  'STREET_ADDRESS',
  'PHONE_NUMBER',
  'EMAIL_ADDRESS',
  'CREDIT_CARD',
  'US_SSN',
  'IP_ADDRESS',
];

/** Personal data the set labels but does not count as covered; scrubbing it in a child's message is intended. */
const OTHER_PERSONAL = ['ZIP_CODE', 'DOMAIN_NAME', 'US_DRIVER_LICENSE', 'IBAN_CODE'];

export interface PresidioScore {
  byType: Record<string, Tally>;
  clean: Tally;
  /** Clean records that also hold none of {@link OTHER_PERSONAL}. */
  cleanNoOther: Tally;
}

/** Per covered type, the share of spans whose text no longer appears; and the share of records without one left unchanged. */
export function scorePresidio(records: PresidioRecord[]): PresidioScore {
  const score: PresidioScore = {
    byType: Object.fromEntries(PRESIDIO_TYPES.map((t) => [t, tally()])),
    clean: tally(),
    cleanNoOther: tally(),
  };
  for (const r of records) {
    const out = scrubPII(r.full_text).text;
    const spans = r.spans.filter((s) => PRESIDIO_TYPES.includes(s.entity_type));
    if (spans.length === 0) {
      const unchanged = out === r.full_text;
      score.clean.total++;
      if (unchanged) score.clean.hit++;
      if (!r.spans.some((s) => OTHER_PERSONAL.includes(s.entity_type))) {
        score.cleanNoOther.total++;
        if (unchanged) score.cleanNoOther.hit++;
      }
    }
    for (const s of spans) {
      const t = score.byType[s.entity_type]!;
      t.total++;
      if (!out.includes(s.entity_value)) t.hit++;
    }
  }
  return score;
}

function table(title: string, rows: [string, Tally, string?][]): string {
  const lines = rows.map(([name, t, note]) => [name, share(t).toFixed(3), `${t.hit}/${t.total}`, note ?? '']);
  const head = ['measure', 'score', 'count', 'threshold / aim'];
  const widths = head.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i]!.length)));
  const line = (cells: string[]) =>
    `| ${cells.map((c, i) => (i === 1 || i === 2 ? c.padStart(widths[i]!) : c.padEnd(widths[i]!))).join(' | ')} |`;
  const rule = `|${widths.map((w, i) => (i === 1 || i === 2 ? `${'-'.repeat(w + 1)}:` : '-'.repeat(w + 2))).join('|')}|`;
  return [`\n${title}`, line(head), rule, ...lines.map(line)].join('\n');
}

const verdict = (t: Tally, min: number) => `${share(t) >= min ? 'meets' : 'BELOW'} ${min}`;

function main(): void {
  const verbose = process.argv.includes('--verbose');
  if (!existsSync(EVAL_DIR)) {
    console.error(`No corpora at ${EVAL_DIR}`);
    process.exitCode = 1;
    return;
  }
  const files = readdirSync(EVAL_DIR).filter((f) => f.endsWith('.jsonl'));
  for (const file of files) {
    const records = readJsonl<Record<string, unknown>>(`${EVAL_DIR}${file}`);
    if (records.some((r) => 'pii' in r)) {
      const s = scorePii(records as unknown as PiiRecord[]);
      const rows: [string, Tally, string?][] = Object.entries(s.byType).map(([type, t]) => [`recall: ${type}`, t]);
      rows.push(
        ['recall: all types', s.recall, verdict(s.recall, 0.95)],
        ['kept content', s.keep, verdict(s.keep, 0.95)],
      );
      console.log(table(`${file} (PII)`, rows));
      if (verbose) for (const m of s.misses) console.log(`  ${m}`);
    } else if (records.some((r) => 'expect' in r)) {
      const s = scoreScreen(records as unknown as ScreenRecord[]);
      console.log(
        table(`${file} (screening, band under13)`, [
          ['escalate recall', s.byAction.escalate, verdict(s.byAction.escalate, 0.95)],
          ['block recall', s.byAction.block, verdict(s.byAction.block, 0.95)],
          ['allow kept allowed', s.byAction.allow, verdict(s.byAction.allow, 0.95)],
          ['category agreement (caught ones)', s.category],
        ]),
      );
      if (verbose) for (const m of s.misses) console.log(`  ${m}`);
    }
  }
  const external = `${EVAL_DIR}external/`;
  for (const file of existsSync(external) ? readdirSync(external).filter((f) => f.endsWith('.json')) : []) {
    const records = JSON.parse(readFileSync(`${external}${file}`, 'utf8')) as PresidioRecord[];
    if (!Array.isArray(records) || !records.every((r) => typeof r.full_text === 'string' && Array.isArray(r.spans)))
      continue;
    const started = performance.now();
    const s = scorePresidio(records);
    const ms = performance.now() - started;
    const aim = (type: string) => (type === 'PERSON' || type === 'STREET_ADDRESS' ? 0.9 : 0.98);
    console.log(
      table(`external/${file} (Presidio, ${records.length} records, ${ms.toFixed(0)} ms)`, [
        ...PRESIDIO_TYPES.map((type): [string, Tally, string] => [
          `recall: ${type}`,
          s.byType[type]!,
          `aim ${aim(type)}`,
        ]),
        ['clean records unchanged', s.clean, 'aim 0.95'],
        [
          '… of those with no ZIP, domain, licence or IBAN',
          s.cleanNoOther,
          'the rest hold personal data we scrub on purpose',
        ],
      ]),
    );
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
