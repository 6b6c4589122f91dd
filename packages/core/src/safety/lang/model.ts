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

/** A trained model, as the generator writes it. */
export interface ScreenModel {
  locale: string;
  /** Bias of the risk (escalate) and content (block) scores. */
  bias: [risk: number, block: number];
  /** Scores from which a message counts, chosen so that allowed messages stay allowed. */
  threshold: [risk: number, block: number];
  /** `feature risk block category` per line, weights in hundredths, category an index of {@link MODEL_CATEGORIES} or -1. */
  weights: string;
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

/** A word's stem for the model: its first five letters, in every language. */
const stem = (w: string) => (w.length > 5 ? w.slice(0, 5) : w);

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

type Weights = Map<string, [risk: number, block: number, category: number]>;
const parsed = new WeakMap<ScreenModel, Weights>();

function weightsOf(model: ScreenModel): Weights {
  let weights = parsed.get(model);
  if (!weights) {
    weights = new Map();
    for (const line of model.weights.split('\n')) {
      const [feature, risk, block, category] = line.split(' ');
      if (feature) weights.set(feature, [Number(risk) / 100, Number(block) / 100, Number(category)]);
    }
    parsed.set(model, weights);
  }
  return weights;
}

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

/** The model's scores (0 to 1) for a message's features. */
export function modelScores(model: ScreenModel, features: Set<string>): { risk: number; block: number } {
  const weights = weightsOf(model);
  let risk = model.bias[0];
  let block = model.bias[1];
  for (const f of features) {
    const w = weights.get(f);
    if (w) {
      risk += w[0];
      block += w[1];
    }
  }
  return { risk: sigmoid(risk), block: sigmoid(block) };
}

/** The risk or content category (`from` to `to` in {@link MODEL_CATEGORIES}) the model's features point to most. */
function strongest(model: ScreenModel, features: Set<string>, from: number, to: number): ScreenCategory {
  const weights = weightsOf(model);
  const votes = new Array<number>(MODEL_CATEGORIES.length).fill(0);
  for (const f of features) {
    const w = weights.get(f);
    if (w && w[2] >= 0) votes[w[2]]! += Math.max(w[0], w[1], 0.01);
  }
  let best = from;
  for (let i = from; i < to; i++) if (votes[i]! > votes[best]!) best = i;
  return MODEL_CATEGORIES[best]!;
}

/** The categories the model finds: the strongest risk and the strongest content category past their thresholds. */
export function modelCategories(
  model: ScreenModel,
  features: Set<string>,
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
