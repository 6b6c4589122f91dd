/**
 * A small linear model per language, learned from the project's development
 * corpus (`pnpm train:screen`, scripts/train-screen-model.ts) over the words of
 * a message, their pairs, the concepts the packs found, and the words and
 * concepts of the child's earlier messages. It catches the many ways of
 * saying a risk that no rule lists, and runs beside the rules: either can
 * find a category.
 */
import { SCREEN_CATEGORIES } from '../../policy/screen-actions.js';
import type { ScreenCategory } from '../../policy/types.js';
import type { Occurrences } from './match.js';
import type { Token } from './tokens.js';

/**
 * A trained model, as the generator writes it.
 *
 * Features are not stored as strings: each is hashed ({@link featureBucket},
 * 32-bit FNV-1a over its UTF-16 code units, kept to `bits` bits), and the
 * model was trained on those buckets, so what it learned already counts any
 * collision. Only the buckets that hold a weight are stored, ascending, as
 * four parallel strings of one or more characters per bucket. Every
 * character stands for a number: its position in {@link ALPHABET} (91
 * printable ASCII characters, no quote or backslash), so the strings compress
 * well and need no escaping.
 *
 * - `buckets`: the gap from the previous bucket (the first from -1), little
 *   endian in base 45: a character at 45 or above is a digit worth its
 *   position minus 45 with more to come, one below 45 the last digit.
 * - `risk`, `block`: one character per bucket, the weight in steps of `step`
 *   (position minus 45, so -45 to 45 steps).
 * - `category`: one character per bucket, an index of {@link MODEL_CATEGORIES}
 *   plus one, or 0 for none: where the feature is most often found.
 */
export interface ScreenModel {
  locale: string;
  /** Bias of the risk (escalate) and content (block) scores. */
  bias: [risk: number, block: number];
  /** Scores from which a message counts, chosen so that allowed messages stay allowed. */
  threshold: [risk: number, block: number];
  /** How many bits of a feature's hash name its bucket. */
  bits: number;
  /** The size of one step of a weight. */
  step: number;
  buckets: string;
  risk: string;
  block: string;
  category: string;
}

/** The characters that stand for 0 to 90 in a model's strings. */
export const ALPHABET = Array.from({ length: 92 }, (_, i) => String.fromCharCode(35 + i))
  .filter((c) => c !== '\\')
  .join('');
/** Where the numbers of a weight's character, and a gap's continuing digits, start. */
export const MODEL_DIGIT = 45;

/** A feature's bucket: FNV-1a of its UTF-16 code units, kept to `bits` bits. */
export function featureBucket(feature: string, bits: number): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < feature.length; i++) h = Math.imul(h ^ feature.charCodeAt(i), 0x01000193);
  // The low bits: the same as `(h >>> 0) % 2 ** bits`.
  return h & (2 ** bits - 1);
}

/** Categories in the order model files index them. */
export const MODEL_CATEGORIES = SCREEN_CATEGORIES;
const RISKS = 8;
/**
 * Scores the model acts on alone, with no rule's signal beside it (chosen on
 * development batches held out of training: scripts/holdout.ts).
 */
const SURE_RISK = 0.9;
const SURE_BLOCK = 0.9;

/** How many letters of a word the model reads: its stem, in every language. */
const STEM = 5;
/** A word's stem for the model: its first five letters, in every language. */
const stem = (w: string) => (w.length > STEM ? w.slice(0, STEM) : w);

/** The model's features of a message: words, word pairs within a sentence, concepts; `^` marks earlier messages. */
export function modelFeatures(
  tokens: readonly Token[],
  occ: Occurrences,
  earlier: readonly { tokens: readonly Token[]; occ: Occurrences }[] = [],
): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i < tokens.length; i++) {
    const w = stem(tokens[i]!.w);
    out.add(w);
    const next = tokens[i + 1];
    if (next && next.s === tokens[i]!.s) out.add(`${w}_${stem(next.w)}`);
  }
  for (const concept of occ.keys()) out.add(`#${concept}`);
  for (const past of earlier) {
    for (const t of past.tokens) out.add(`^${stem(t.w)}`);
    for (const concept of past.occ.keys()) out.add(`^#${concept}`);
  }
  return out;
}

/**
 * A message's features as the 32-bit FNV-1a hashes of their names (what
 * {@link featureBucket} keeps the low bits of), computed from the words
 * without building the names: the same buckets as {@link modelFeatures}, at a
 * fraction of the cost.
 */
export class FeatureHashes {
  /** The weights each model found for these features (they are read for the scores, then for the category). */
  readonly found = new Map<ScreenModel, Weight[]>();
  /** The hashes, in the order the features were met; one met twice may be listed twice. */
  readonly hashes: Int32Array;
  constructor(hashes: Int32Array | Iterable<number>) {
    this.hashes = hashes instanceof Int32Array ? hashes : Int32Array.from(hashes);
  }
}

/** The features of a message, by name (as training reads them) or by hash (as screening does). */
export type Features = ReadonlySet<string> | FeatureHashes;

const FNV_START = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
/** FNV-1a over `text` from `h`, at most `limit` code units of it. */
function fnv(h: number, text: string, limit = text.length): number {
  const end = Math.min(limit, text.length);
  for (let i = 0; i < end; i++) h = Math.imul(h ^ text.charCodeAt(i), FNV_PRIME);
  return h;
}
const UNDERSCORE = 95;
const HASH = fnv(FNV_START, '#');
const CARET = fnv(FNV_START, '^');
const CARET_HASH = fnv(FNV_START, '^#');

/** {@link modelFeatures} as hashes: a word's stem, the pair with the next word in its sentence, concepts, `^` earlier. */
export function featureHashes(
  tokens: readonly Token[],
  occ: Occurrences,
  earlier: readonly { tokens: readonly Token[]; occ: Occurrences }[] = [],
): FeatureHashes {
  // A list, not a set: the weights are told apart as they are found (see present), in the order their
  // features are first met, which a set's order of first insertion also gave.
  let size = tokens.length * 2 + occ.size;
  for (const past of earlier) size += past.tokens.length + past.occ.size;
  const out = new Int32Array(size);
  let n = 0;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    const h = fnv(FNV_START, token.w, STEM);
    out[n++] = h;
    const next = tokens[i + 1];
    if (next && next.s === token.s) out[n++] = fnv(Math.imul(h ^ UNDERSCORE, FNV_PRIME), next.w, STEM);
  }
  for (const concept of occ.keys()) out[n++] = fnv(HASH, concept);
  for (const past of earlier) {
    for (const t of past.tokens) out[n++] = fnv(CARET, t.w, STEM);
    for (const concept of past.occ.keys()) out[n++] = fnv(CARET_HASH, concept);
  }
  return new FeatureHashes(out.subarray(0, n));
}

type Weight = [risk: number, block: number, category: number];

/**
 * A model's weights by bucket: an open-addressed table of typed arrays (a
 * bucket is a hash's low bits, so its own low bits spread it), read for every
 * feature of every message in a few compact arrays instead of a Map's
 * entries; each weight knows its place in `list`, so a message's weights are
 * told apart by a stamp, not by a search of those found so far.
 */
class Weights {
  readonly list: Weight[] = [];
  /** The message each weight was last found for: see {@link Weights.fresh}. */
  private readonly stamps: Uint32Array;
  private stamp = 0;
  private readonly keys: Int32Array;
  private readonly at: Int32Array;
  private readonly mask: number;

  constructor(size: number) {
    let slots = 16;
    while (slots < size * 2) slots *= 2;
    this.keys = new Int32Array(slots).fill(-1);
    this.at = new Int32Array(slots);
    this.mask = slots - 1;
    this.stamps = new Uint32Array(size);
  }

  set(bucket: number, weight: Weight): void {
    let i = bucket & this.mask;
    while (this.keys[i] !== -1 && this.keys[i] !== bucket) i = (i + 1) & this.mask;
    if (this.keys[i] === bucket) {
      this.list[this.at[i]!] = weight;
      return;
    }
    this.keys[i] = bucket;
    this.at[i] = this.list.length;
    this.list.push(weight);
  }

  /** The place in `list` of a bucket's weight, or -1. */
  find(bucket: number): number {
    const { keys, mask } = this;
    for (let i = bucket & mask; ; i = (i + 1) & mask) {
      const key = keys[i]!;
      if (key === bucket) return this.at[i]!;
      if (key === -1) return -1;
    }
  }

  /** Starts a new message: no weight is found for it yet. */
  next(): void {
    this.stamp = (this.stamp + 1) >>> 0;
    if (this.stamp === 0) {
      this.stamps.fill(0);
      this.stamp = 1;
    }
  }

  /** Whether the weight at `index` is found for the first time in this message (and notes that it is). */
  fresh(index: number): boolean {
    if (this.stamps[index] === this.stamp) return false;
    this.stamps[index] = this.stamp;
    return true;
  }
}

const parsed = new WeakMap<ScreenModel, Weights>();

/** The weights of a model's buckets, read once from its strings. */
function weightsOf(model: ScreenModel): Weights {
  let weights = parsed.get(model);
  if (!weights) {
    weights = new Weights(model.risk.length);
    // A character's number: its code from 35, less one past the backslash that the alphabet skips.
    const at = (s: string, i: number) => {
      const c = s.charCodeAt(i);
      return c - (c > 92 ? 36 : 35);
    };
    let bucket = -1;
    let pos = 0;
    for (let n = 0; n < model.risk.length; n++) {
      let gap = 0;
      for (let scale = 1; ; scale *= MODEL_DIGIT) {
        const d = at(model.buckets, pos++);
        if (d < MODEL_DIGIT) {
          gap += d * scale;
          break;
        }
        gap += (d - MODEL_DIGIT) * scale;
      }
      bucket += gap;
      weights.set(bucket, [
        (at(model.risk, n) - MODEL_DIGIT) * model.step,
        (at(model.block, n) - MODEL_DIGIT) * model.step,
        at(model.category, n) - 1,
      ]);
    }
    parsed.set(model, weights);
  }
  return weights;
}

/** A message's buckets, each once: hashed once per message, whichever models read it. */
const hashed = new WeakMap<ReadonlySet<string>, { bits: number; buckets: number[] }>();

function bucketsOf(features: ReadonlySet<string>, bits: number): number[] {
  let entry = hashed.get(features);
  if (!entry || entry.bits !== bits) {
    const buckets = new Set<number>();
    for (const f of features) buckets.add(featureBucket(f, bits));
    entry = { bits, buckets: [...buckets] };
    hashed.set(features, entry);
  }
  return entry.buckets;
}

/** The weights of the features present, each bucket once. */
function present(model: ScreenModel, features: Features): Weight[] {
  const weights = weightsOf(model);
  if (features instanceof FeatureHashes) {
    let out = features.found.get(model);
    if (!out) {
      // Straight from the hashes: a bucket two features share is the same weight, counted once.
      const mask = 2 ** model.bits - 1;
      out = [];
      weights.next();
      const { hashes } = features;
      for (let i = 0; i < hashes.length; i++) {
        const at = weights.find(hashes[i]! & mask);
        if (at >= 0 && weights.fresh(at)) out.push(weights.list[at]!);
      }
      features.found.set(model, out);
    }
    return out;
  }
  const out: Weight[] = [];
  for (const b of bucketsOf(features, model.bits)) {
    const at = weights.find(b);
    if (at >= 0) out.push(weights.list[at]!);
  }
  return out;
}

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

/** The model's scores (0 to 1) for a message's features. */
export function modelScores(model: ScreenModel, features: Features): { risk: number; block: number } {
  let risk = model.bias[0];
  let block = model.bias[1];
  for (const w of present(model, features)) {
    risk += w[0];
    block += w[1];
  }
  return { risk: sigmoid(risk), block: sigmoid(block) };
}

/** The risk or content category (`from` to `to` in {@link MODEL_CATEGORIES}) the model's features point to most. */
function strongest(model: ScreenModel, features: Features, from: number, to: number): ScreenCategory {
  const votes = new Array<number>(MODEL_CATEGORIES.length).fill(0);
  for (const w of present(model, features)) if (w[2] >= 0) votes[w[2]]! += Math.max(w[0], w[1], 0.01);
  let best = from;
  for (let i = from; i < to; i++) if (votes[i]! > votes[best]!) best = i;
  return MODEL_CATEGORIES[best]!;
}

/** The categories the model finds: the strongest risk and the strongest content category past their thresholds. */
export function modelCategories(
  model: ScreenModel,
  features: Features,
  /** Whether a rule found a signal of any kind: without one, only a near-certain score counts. */
  corroborated = true,
  /** The scores, when the caller has them already. */
  scores = modelScores(model, features),
): ScreenCategory[] {
  const risk = corroborated || scores.risk >= SURE_RISK ? scores.risk : 0;
  const block = corroborated || scores.block >= SURE_BLOCK ? scores.block : 0;
  const found: ScreenCategory[] = [];
  if (risk >= model.threshold[0]) found.push(strongest(model, features, 0, RISKS));
  if (block >= model.threshold[1]) found.push(strongest(model, features, RISKS, MODEL_CATEGORIES.length));
  return found;
}
