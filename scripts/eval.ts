/**
 * Scores the client safety engine. First on the project's own corpora in
 * `eval/` (see eval/README.md): per language, on the development split that
 * rules are tuned on and the test split that is only ever scored, screening
 * per band and category and PII per type. Then, when ../shared/eval is next
 * to the repository, on its samples and the Presidio external set.
 * `pnpm eval` prints the tables (`--verbose` lists misses, `--split dev`
 * scores one split); test/core/safety/eval.test.ts holds the engine to the
 * targets.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { AgeBand } from '../packages/core/src/age/band.ts';
import { loadLanguages, screenText, scrubPII } from '../packages/core/src/safety/index.ts';

export interface PiiRecord {
  id: string;
  lang?: string;
  text: string;
  pii: { type: string; value: string }[];
  keep: string[];
}

export interface ScreenRecord {
  id: string;
  lang?: string;
  text: string;
  expect: 'allow' | 'block' | 'escalate';
  category?: string;
  /** The child's earlier messages in the conversation, oldest first. */
  history?: string[];
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
  /** Messages with no personal data that came out unchanged. */
  clean: Tally;
  misses: string[];
}

/** A value is caught when the scrubbed text no longer contains it; a keep value is kept when it still does. */
export function scorePii(records: PiiRecord[]): PiiScore {
  const score: PiiScore = { byType: {}, recall: tally(), keep: tally(), clean: tally(), misses: [] };
  for (const r of records) {
    const out = scrubPII(r.text, r.lang ? { locale: r.lang } : {}).text;
    if (r.pii.length === 0) {
      score.clean.total++;
      if (out === r.text) score.clean.hit++;
      else score.misses.push(`${r.id} changed a clean message → ${out}`);
    }
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
  /** `escalate`: escalated; `block`: blocked or escalated; `allow`: allowed. */
  byAction: Record<ScreenRecord['expect'], Tally>;
  /** Per expected category (and `allow`), the same measure. */
  byCategory: Record<string, Tally>;
  /** Of the non-allow records the engine caught, how many it filed under the expected category. */
  category: Tally;
  misses: string[];
}

/**
 * Recall of `escalate` (escalated) and `block` (blocked or escalated: harmful content kept from the model either
 * way), and the share of `allow` messages allowed, screened in one band (under-13 unless told).
 */
export function scoreScreen(records: ScreenRecord[], band: AgeBand = 'under13'): ScreenScore {
  const score: ScreenScore = {
    byAction: { allow: tally(), block: tally(), escalate: tally() },
    byCategory: {},
    category: tally(),
    misses: [],
  };
  for (const r of records) {
    const result = screenText(r.text, {
      band,
      ...(r.lang ? { locale: r.lang } : {}),
      ...(r.history ? { history: r.history } : {}),
    });
    const ok = r.expect === 'block' ? result.action !== 'allow' : result.action === r.expect;
    const key = r.expect === 'allow' ? 'allow' : (CATEGORY_ALIASES[r.category ?? ''] ?? r.category ?? r.expect);
    score.byCategory[key] ??= tally();
    for (const t of [score.byAction[r.expect], score.byCategory[key]!]) {
      t.total++;
      if (ok) t.hit++;
    }
    if (!ok)
      score.misses.push(
        `${r.id} expected ${r.expect}, got ${result.action} [${result.categories.join(', ')}]: ${r.text}`,
      );
    if (r.category && ok) {
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

/** The project's own corpora. */
export const OWN_DIR = `${resolve(dirname(fileURLToPath(import.meta.url)), '../eval')}/`;
export const LANGUAGES = ['en', 'es', 'fr', 'de'] as const;
export const SPLITS = ['dev', 'test'] as const;
/** Bands the targets are set for. */
export const EVAL_BANDS: AgeBand[] = ['under13', 'teen16to17'];

/** Targets for the test split, per language and band. */
export const TARGETS = { escalate: 0.85, block: 0.85, allow: 0.95, pii: 0.9, clean: 0.95 } as const;

type Measure = keyof typeof TARGETS;

/**
 * What the test split must not fall below, per language: the figures reached
 * (docs/safety.md), less a small margin, so that a change that makes the
 * engine worse on unseen messages fails `pnpm test`. Where a floor is below
 * its target, the target is not met yet; raise a floor whenever the figure rises.
 */
export const FLOORS: Record<string, Record<Measure, number>> = {
  en: { escalate: 0.85, block: 0.85, allow: 0.89, pii: 0.85, clean: 0.95 },
  es: { escalate: 0.85, block: 0.85, allow: 0.94, pii: 0.85, clean: 0.95 },
  fr: { escalate: 0.85, block: 0.85, allow: 0.91, pii: 0.9, clean: 0.85 },
  de: { escalate: 0.85, block: 0.85, allow: 0.95, pii: 0.9, clean: 0.89 },
};

/** A corpus of the project's own, or an empty list when the file is missing. */
export function ownCorpus<T>(kind: 'screen' | 'pii', lang: string, split: string): T[] {
  const path = `${OWN_DIR}${kind}/${lang}.${split}.jsonl`;
  return existsSync(path) ? readJsonl<T>(path) : [];
}

function grid(title: string, head: string[], rows: string[][]): string {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) =>
    `| ${cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join(' | ')} |`;
  const rule = `|${widths.map((w, i) => (i === 0 ? '-'.repeat(w + 2) : `${'-'.repeat(w + 1)}:`)).join('|')}|`;
  return [`\n${title}`, line(head), rule, ...rows.map(line)].join('\n');
}

const cell = (t: Tally | undefined, min?: number) =>
  !t || t.total === 0
    ? '–'
    : `${share(t).toFixed(2)}${min !== undefined && share(t) < min ? '!' : ''} (${t.hit}/${t.total})`;

function ownCorpora(verbose: boolean, splits: readonly string[]): void {
  console.log('youthchat eval: the project\'s corpora (eval/); "!" marks a figure below its target');
  for (const split of splits) {
    const rows: string[][] = [];
    const categories = new Map<string, Tally>();
    for (const lang of LANGUAGES) {
      const records = ownCorpus<ScreenRecord>('screen', lang, split);
      if (records.length === 0) continue;
      for (const band of EVAL_BANDS) {
        const s = scoreScreen(records, band);
        rows.push([
          `${lang} ${band}`,
          cell(s.byAction.escalate, TARGETS.escalate),
          cell(s.byAction.block, TARGETS.block),
          cell(s.byAction.allow, TARGETS.allow),
        ]);
        if (band === 'under13') {
          for (const [c, t] of Object.entries(s.byCategory)) {
            const all = categories.get(`${c} ${lang}`) ?? tally();
            all.hit += t.hit;
            all.total += t.total;
            categories.set(`${c} ${lang}`, all);
          }
          if (verbose) for (const m of s.misses) console.log(`  ${m}`);
        }
      }
    }
    console.log(
      grid(
        `screening, ${split} split`,
        ['language and band', 'escalate recall', 'blocked or escalated', 'allow kept'],
        rows,
      ),
    );
    const names = [...new Set([...categories.keys()].map((k) => k.split(' ')[0]!))].sort();
    console.log(
      grid(
        `screening by category, ${split} split, under13 (escalate: escalated; block: blocked or escalated; allow: allowed)`,
        ['category', ...LANGUAGES],
        names.map((c) => [c, ...LANGUAGES.map((l) => cell(categories.get(`${c} ${l}`)))]),
      ),
    );
    const piiRows: string[][] = [];
    const types = new Map<string, Tally>();
    for (const lang of LANGUAGES) {
      const records = ownCorpus<PiiRecord>('pii', lang, split);
      if (records.length === 0) continue;
      const s = scorePii(records);
      piiRows.push([lang, cell(s.recall, TARGETS.pii), cell(s.clean, TARGETS.clean), cell(s.keep)]);
      for (const [type, t] of Object.entries(s.byType)) types.set(`${type} ${lang}`, t);
      if (verbose) for (const m of s.misses) console.log(`  ${m}`);
    }
    console.log(grid(`PII, ${split} split`, ['language', 'recall', 'clean unchanged', 'kept content'], piiRows));
    const typeNames = [...new Set([...types.keys()].map((k) => k.split(' ')[0]!))].sort();
    console.log(
      grid(
        `PII recall by type, ${split} split`,
        ['type', ...LANGUAGES],
        typeNames.map((t) => [t, ...LANGUAGES.map((l) => cell(types.get(`${t} ${l}`)))]),
      ),
    );
  }
}

async function main(): Promise<void> {
  const verbose = process.argv.includes('--verbose');
  const at = process.argv.indexOf('--split');
  const splits = at > 0 ? [process.argv[at + 1]!] : SPLITS;
  await loadLanguages([...LANGUAGES]);
  ownCorpora(verbose, splits);
  if (!existsSync(EVAL_DIR)) {
    console.log(`\n(No shared corpora at ${EVAL_DIR}: scored the project's own only.)`);
    return;
  }
  console.log('\nShared samples (../shared/eval)');
  for (const file of readdirSync(EVAL_DIR).filter((f) => f.endsWith('.jsonl'))) {
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
          ['block recall (blocked or escalated)', s.byAction.block, verdict(s.byAction.block, 0.95)],
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

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
