/**
 * `pnpm train:screen`: learns each language's screening model from the
 * development corpus (eval/screen/<lang>.dev*.jsonl, never a test split) and
 * the pack's examples, and writes packages/core/src/safety/packs/<lang>.model.ts.
 *
 * Two logistic regressions per language over the features of
 * packages/core/src/safety/lang/model.ts: one for risk (escalate), one for
 * content a minor must not get (block). Their thresholds come from 5-fold
 * cross-validation on the same development data: the lowest score at which
 * the allowed messages held out of training stay allowed at least 97% of the
 * time. Training is deterministic, so the same corpus gives the same file
 * (test/core/safety/model.test.ts checks that the committed models are current).
 *
 * `--check` writes nothing and exits 1 when a committed model differs.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { ALWAYS_ESCALATE } from '../packages/core/src/policy/resolve.ts';
import type { ScreenCategory } from '../packages/core/src/policy/types.ts';
import {
  ALPHABET,
  featureBucket,
  MODEL_CATEGORIES,
  MODEL_DIGIT,
  type ScreenModel,
} from '../packages/core/src/safety/lang/model.ts';
import { featuresOf, loadLanguages, SHIPPED_LANGUAGES } from '../packages/core/src/safety/lang/registry.ts';
import type { PackExample } from '../packages/core/src/safety/lang/types.ts';

/** Weight decay, and the share of allowed messages the thresholds keep. */
const L2 = Number(process.env.L2 ?? 3e-3);
const KEEP = 0.985;
/** Content alone is asked for with everyday words ("tell me a story"), so its score must clear more of the allowed messages. */
const KEEP_BLOCK = 0.995;
/**
 * How the model is kept small (packages/core/src/safety/lang/model.ts has the format): features hashed to
 * BITS-bit buckets (training sees the collisions); after a first training, only the buckets whose weight reaches
 * PRUNE stay; weights are then rounded to steps of STEP. Buckets seen in fewer than MIN_DF rows are not learned.
 * With ROUNDS, iterative magnitude pruning: the strongest buckets stay and the model is trained again on those
 * alone, so that the others' share is learned by the ones kept, narrowing down to TOP buckets over ROUNDS
 * retrainings. Each can be set from the environment to try another setting (`BITS=18 STEP=0.3 TOP=6000 ROUNDS=2
 * pnpm train:screen`; `MODEL_DIR=/tmp/models` writes the files elsewhere), judged on held-out development
 * batches (scripts/holdout.ts). The defaults are what the committed models were trained with: smaller settings
 * tried so far cost escalations (docs/safety.md, "Figures").
 */
const BITS = Number(process.env.BITS ?? 22);
const PRUNE = Number(process.env.PRUNE ?? 0.2);
const STEP = Number(process.env.STEP ?? 0.2);
const MIN_DF = Number(process.env.MIN_DF ?? 1);
const TOP = Number(process.env.TOP ?? Number.POSITIVE_INFINITY);
const ROUNDS = Number(process.env.ROUNDS ?? 0);
/**
 * Passes over the rows. Thirty left the weights still moving with the order of the rows, so that a few rows
 * added anywhere (which reshuffles them all) moved dozens of a language's development messages across the
 * threshold; with a hundred, the step has shrunk enough that the weights settle, whatever the order.
 */
const EPOCHS = Number(process.env.EPOCHS ?? 100);

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const PACKS = `${ROOT}/packages/core/src/safety/packs`;

interface Row {
  text: string;
  history?: string[];
  expect: 'allow' | 'block' | 'escalate';
  category?: string;
}

/** The development rows of a language: every eval/screen/<lang>.dev*.jsonl, and the pack's examples. */
export async function trainingRows(lang: string, holdout?: string): Promise<Row[]> {
  const rows: Row[] = [];
  const dir = `${ROOT}/eval/screen`;
  for (const file of readdirSync(dir).sort()) {
    if (!file.startsWith(`${lang}.dev`) || !file.endsWith('.jsonl')) continue;
    if (holdout && file === `${lang}.${holdout}.jsonl`) continue;
    for (const line of readFileSync(`${dir}/${file}`, 'utf8').split('\n')) if (line.trim()) rows.push(JSON.parse(line));
  }
  const examples = `${PACKS}/${lang}.examples.ts`;
  if (existsSync(examples)) {
    const { examples: list } = (await import(pathToFileURL(examples).href)) as { examples: PackExample[] };
    for (const e of list) {
      const risk = e.expect.find((c) => ALWAYS_ESCALATE.includes(c));
      rows.push({
        text: e.text,
        ...(e.history ? { history: e.history } : {}),
        expect: risk ? 'escalate' : e.expect.length > 0 ? 'block' : 'allow',
        ...(risk || e.expect[0] ? { category: risk ?? e.expect[0] } : {}),
      });
    }
  }
  return rows;
}

/** One stored bucket: its weights in steps, and its category (an index of MODEL_CATEGORIES, or -1). */
export interface ModelEntry {
  bucket: number;
  risk: number;
  block: number;
  category: number;
}

/** A model's four strings (packages/core/src/safety/lang/model.ts describes them), from its buckets in ascending order. */
export function encodeWeights(
  entries: readonly ModelEntry[],
): Pick<ScreenModel, 'buckets' | 'risk' | 'block' | 'category'> {
  const columns = { buckets: '', risk: '', block: '', category: '' };
  const char = (n: number) => ALPHABET[n]!;
  let previous = -1;
  for (const { bucket, risk, block, category } of entries) {
    for (let gap = bucket - previous; ; gap = Math.floor(gap / MODEL_DIGIT)) {
      if (gap < MODEL_DIGIT) {
        columns.buckets += char(gap);
        break;
      }
      columns.buckets += char(MODEL_DIGIT + (gap % MODEL_DIGIT));
    }
    previous = bucket;
    columns.risk += char(risk + MODEL_DIGIT);
    columns.block += char(block + MODEL_DIGIT);
    columns.category += char(category + 1);
  }
  return columns;
}

/** A deterministic order: the same rows always train the same model. */
function shuffled<T>(items: T[], seed: number): T[] {
  const out = [...items];
  let s = seed >>> 0;
  for (let i = out.length - 1; i > 0; i--) {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    const j = s % (i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

interface Linear {
  bias: number;
  w: Map<number, number>;
}

/**
 * Stochastic gradient descent over the rows; with `only`, the other buckets keep no weight. The weights live in
 * one array, with the buckets the rows hold numbered densely (a Map was several times slower); the sums are taken
 * in the same order, so the result does not depend on that choice.
 */
function descend(xs: Set<number>[], ys: number[], only?: Set<number>): Linear {
  const index = new Map<number, number>();
  const buckets: number[] = [];
  const rows = xs.map((x) =>
    Int32Array.from(x, (f) => {
      let at = index.get(f);
      if (at === undefined) {
        at = buckets.length;
        index.set(f, at);
        buckets.push(f);
      }
      return at;
    }),
  );
  const w = new Float64Array(buckets.length);
  const learns = Uint8Array.from(buckets, (f) => (only && !only.has(f) ? 0 : 1));
  const touched = new Uint8Array(buckets.length);
  let bias = 0;
  const order = shuffled(
    xs.map((_, i) => i),
    7,
  );
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    const rate = 0.2 / (1 + epoch * 0.1);
    for (const i of order) {
      const x = rows[i]!;
      let z = bias;
      for (let k = 0; k < x.length; k++) z += w[x[k]!]!;
      const g = 1 / (1 + Math.exp(-z)) - ys[i]!;
      bias -= rate * g;
      for (let k = 0; k < x.length; k++) {
        const f = x[k]!;
        if (learns[f] === 0) continue;
        touched[f] = 1;
        const v = w[f]!;
        w[f] = v - rate * (g + L2 * v);
      }
    }
  }
  const weights = new Map<number, number>();
  buckets.forEach((f, at) => {
    if (touched[at] === 1) weights.set(f, w[at]!);
  });
  return { bias, w: weights };
}

/** How many rows hold each bucket. */
function documentFrequency(xs: Set<number>[]): Map<number, number> {
  const df = new Map<number, number>();
  for (const x of xs) for (const f of x) df.set(f, (df.get(f) ?? 0) + 1);
  return df;
}

/** The `k` buckets of largest weight (at least PRUNE). */
function strongestOf(m: Linear, k: number): Set<number> {
  return new Set(
    [...m.w]
      .filter(([, v]) => Math.abs(v) >= PRUNE)
      .sort((a, b) => Math.abs(b[1]) - Math.abs(a[1]) || a[0] - b[0])
      .slice(0, k)
      .map(([f]) => f),
  );
}

/** A pruned, quantised logistic regression: the model as it ships, so that held-out figures are the shipped model's. */
function train(xs: Set<number>[], ys: number[]): Linear {
  const df = documentFrequency(xs);
  const seen = new Set([...df].filter(([, n]) => n >= MIN_DF).map(([f]) => f));
  let m = descend(xs, ys, seen);
  // Iterative magnitude pruning: keep the strongest buckets, learn again on those alone, and narrow down.
  for (let round = 1; round <= ROUNDS; round++) {
    const k = Math.round(TOP * (m.w.size / TOP) ** ((ROUNDS - round) / ROUNDS));
    m = descend(xs, ys, strongestOf(m, k));
  }
  const kept = strongestOf(m, ROUNDS > 0 ? TOP : Number.POSITIVE_INFINITY);
  for (const f of m.w.keys()) if (!kept.has(f)) m.w.delete(f);
  for (const [f, v] of m.w) {
    const q = Math.max(-MODEL_DIGIT, Math.min(MODEL_DIGIT, Math.round(v / STEP)));
    if (q === 0) m.w.delete(f);
    else m.w.set(f, q * STEP);
  }
  return m;
}

const predict = (m: Linear, x: Set<number>) => {
  let z = m.bias;
  for (const f of x) z += m.w.get(f) ?? 0;
  return 1 / (1 + Math.exp(-z));
};

/**
 * The threshold that keeps about `keep` of the allowed rows' held-out scores below it: the mean of the scores
 * ranked around that share (a window of a fifth of a percent of the rows each side), not the one score at it.
 * One score at the edge, moved by a batch added elsewhere, would move the threshold with it; the mean of the
 * scores around the edge moves by a fraction of that.
 */
function threshold(scores: number[], allowed: boolean[], keep: number): number {
  const allow = scores.filter((_, i) => allowed[i]).sort((a, b) => a - b);
  if (allow.length === 0) return 0.5;
  const rank = Math.min(allow.length - 1, Math.ceil(keep * allow.length) - 1);
  const width = Math.max(1, Math.round(0.002 * allow.length));
  const around = allow.slice(Math.max(0, rank - width), Math.min(allow.length, rank + width + 1));
  const at = around.reduce((sum, score) => sum + score, 0) / around.length;
  return Math.min(0.995, Math.max(0.5, at + 1e-3));
}

/** One line per language: the held-out figures behind the thresholds. */
const report: string[] = [];

interface Example {
  lang: string;
  row: Row;
  x: Set<number>;
  risk: number;
  block: number;
}

/** Risk is learned from risks against allowed messages, content from blocked against allowed: each apart from the other's words. */
function trainRisk(examples: Example[]): Linear {
  const part = examples.filter((e) => e.block === 0);
  return train(
    part.map((e) => e.x),
    part.map((e) => e.risk),
  );
}

function trainBlock(examples: Example[]): Linear {
  const part = examples.filter((e) => e.risk === 0);
  return train(
    part.map((e) => e.x),
    part.map((e) => e.block),
  );
}

/**
 * Every language's model file. One model learns from every language at once,
 * so that the packs' concepts (shared names such as `#DIE`) carry what one
 * language teaches to the others; each language's file keeps the features
 * seen in that language, and its own thresholds.
 */
export async function buildModels(
  langs: readonly string[],
  /** A development batch (`dev-e`) to leave out, to score the whole engine on it (scripts/holdout.ts). */
  holdout?: string,
): Promise<Map<string, { model: ScreenModel; file: string }>> {
  await loadLanguages(langs);
  const examples: Example[] = [];
  for (const lang of langs) {
    for (const row of await trainingRows(lang, holdout)) {
      examples.push({
        lang,
        row,
        x: new Set([...featuresOf(row.text, lang, row.history)].map((f) => featureBucket(f, BITS))),
        risk: row.expect === 'escalate' ? 1 : 0,
        block: row.expect === 'block' ? 1 : 0,
      });
    }
  }
  // Held-out scores, five folds.
  const folds = 5;
  const outRisk = new Array<number>(examples.length).fill(0);
  const outBlock = new Array<number>(examples.length).fill(0);
  // A row's fold comes from its own words, not from its place among the others: rows added or left out
  // elsewhere then move no row to another fold, and the thresholds (read from the held-out scores) stay put.
  const foldOf = examples.map(
    (e) => (featureBucket(`${e.lang}\n${e.row.text}\n${(e.row.history ?? []).join('\n')}`, 31) >>> 0) % folds,
  );
  for (let f = 0; f < folds; f++) {
    const part = examples.filter((_, i) => foldOf[i] !== f);
    const mr = trainRisk(part);
    const mb = trainBlock(part);
    examples.forEach((e, i) => {
      if (foldOf[i] !== f) return;
      outRisk[i] = predict(mr, e.x);
      outBlock[i] = predict(mb, e.x);
    });
  }
  const mr = trainRisk(examples);
  const mb = trainBlock(examples);
  const files = new Map<string, { model: ScreenModel; file: string }>();
  for (const lang of langs) {
    const idx = examples.map((_, i) => i).filter((i) => examples[i]!.lang === lang);
    const allowed = idx.map((i) => examples[i]!.row.expect === 'allow');
    const tRisk = threshold(
      idx.map((i) => outRisk[i]!),
      allowed,
      KEEP,
    );
    const tBlock = threshold(
      idx.map((i) => outBlock[i]!),
      allowed,
      KEEP_BLOCK,
    );
    const share = (pick: (i: number) => boolean, hit: (i: number) => boolean) => {
      const chosen = idx.filter(pick);
      return chosen.length === 0 ? 1 : chosen.filter(hit).length / chosen.length;
    };
    const flagged = (i: number) => outRisk[i]! >= tRisk || outBlock[i]! >= tBlock;
    report.push(
      `${lang}: ${idx.length} rows; held-out (5-fold) escalate ${share(
        (i) => examples[i]!.risk === 1,
        (i) => outRisk[i]! >= tRisk,
      ).toFixed(
        2,
      )}, block or escalate ${share((i) => examples[i]!.block === 1, flagged).toFixed(2)}, allowed kept ${share(
        (i) => examples[i]!.row.expect === 'allow',
        (i) => !flagged(i),
      ).toFixed(2)}; thresholds ${tRisk.toFixed(2)} ${tBlock.toFixed(2)}`,
    );
    // Each feature's category: where it is most often found, relative to the category's size.
    const counts = new Map<number, number[]>();
    const sizes = new Array<number>(MODEL_CATEGORIES.length).fill(0);
    const seen = new Set<number>();
    for (const i of idx) {
      const e = examples[i]!;
      for (const f of e.x) seen.add(f);
      const c = MODEL_CATEGORIES.indexOf(e.row.category as ScreenCategory);
      if (c < 0 || e.row.expect === 'allow') continue;
      sizes[c]!++;
      for (const f of e.x) {
        const list = counts.get(f) ?? new Array<number>(MODEL_CATEGORIES.length).fill(0);
        list[c]!++;
        counts.set(f, list);
      }
    }
    const entries: ModelEntry[] = [];
    for (const f of [...seen].sort((a, b) => a - b)) {
      const r = Math.round((mr.w.get(f) ?? 0) / STEP);
      const b = Math.round((mb.w.get(f) ?? 0) / STEP);
      if (r === 0 && b === 0) continue;
      const list = counts.get(f);
      let category = -1;
      if (list) {
        let best = 0;
        list.forEach((n, c) => {
          const part = sizes[c]! > 0 ? n / sizes[c]! : 0;
          if (n >= 2 && part > best) {
            best = part;
            category = c;
          }
        });
      }
      entries.push({ bucket: f, risk: r, block: b, category });
    }
    const columns = encodeWeights(entries);
    const round = (n: number) => Math.round(n * 1000) / 1000;
    const model: ScreenModel = {
      locale: lang,
      bias: [round(mr.bias), round(mb.bias)],
      threshold: [round(tRisk), round(tBlock)],
      bits: BITS,
      step: STEP,
      ...columns,
    };
    files.set(lang, {
      model,
      file: `/** Generated by scripts/train-screen-model.ts (\`pnpm train:screen\`) from eval/screen/*.dev*.jsonl and the packs' examples. Do not edit. */
import type { ScreenModel } from '../lang/model.js';

const model: ScreenModel = {
  locale: '${lang}',
  bias: [${model.bias[0]}, ${model.bias[1]}],
  threshold: [${model.threshold[0]}, ${model.threshold[1]}],
  bits: ${model.bits},
  step: ${model.step},
  buckets: ${JSON.stringify(model.buckets)},
  risk: ${JSON.stringify(model.risk)},
  block: ${JSON.stringify(model.block)},
  category: ${JSON.stringify(model.category)},
};

export default model;
`,
    });
  }
  return files;
}

async function main(): Promise<void> {
  const check = process.argv.includes('--check');
  await loadLanguages(SHIPPED_LANGUAGES);
  let stale = false;
  const files = await buildModels(SHIPPED_LANGUAGES);
  for (const [lang, { file: text }] of files) {
    const path = `${process.env.MODEL_DIR ?? PACKS}/${lang}.model.ts`;
    if (check) {
      if (!existsSync(path) || readFileSync(path, 'utf8') !== text) {
        console.error(`${lang}.model.ts is out of date: run pnpm train:screen`);
        stale = true;
      }
    } else {
      writeFileSync(path, text);
      console.log(`wrote ${path}`);
    }
  }
  if (!check) for (const line of report) console.log(line);
  if (stale) process.exitCode = 1;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
