import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { SHIPPED_LANGUAGES } from '@youthchat/core';
import { describe, expect, it } from 'vitest';
import {
  FeatureHashes,
  featureBucket,
  featureHashes,
  modelCategories,
  modelFeatures,
  modelScores,
  type ScreenModel,
} from '../../../packages/core/src/safety/lang/model.ts';
import { tokenize } from '../../../packages/core/src/safety/lang/tokens.ts';
import { buildModels, encodeWeights } from '../../../scripts/train-screen-model.ts';

const BITS = 22;
// pills: risk toward self-harm; #DIE: risk; nude: content toward sexual; game: against risk (weights in steps of 0.1).
const entries = [
  { feature: 'pills', risk: 15, block: 0, category: 0 },
  { feature: '#DIE', risk: 20, block: 0, category: 0 },
  { feature: 'nude', risk: 0, block: 40, category: 9 },
  { feature: 'game', risk: -30, block: 0, category: -1 },
]
  .map(({ feature, ...rest }) => ({ bucket: featureBucket(feature, BITS), ...rest }))
  .sort((a, b) => a.bucket - b.bucket);
const tiny: ScreenModel = {
  locale: 'xx',
  bias: [-2, -2],
  threshold: [0.7, 0.7],
  bits: BITS,
  step: 0.1,
  ...encodeWeights(entries),
};

describe('the learned screening model', () => {
  it('adds the weights of the features present and applies its thresholds', () => {
    expect(modelScores(tiny, new Set(['hello'])).risk).toBeLessThan(0.2);
    expect(modelCategories(tiny, new Set(['pills', '#DIE']))).toEqual(['self-harm']);
    expect(modelCategories(tiny, new Set(['pills', '#DIE', 'game']))).toEqual([]);
    expect(modelCategories(tiny, new Set(['nude']))).toEqual(['sexual']);
  });

  it('scores a message the same from its features hashed directly as from their names', () => {
    const tokens = tokenize('he said its our secret. dont tell mum, ok? ñandú 😀 überall');
    const earlier = [{ tokens: tokenize('wanna play a game'), occ: new Map([['GAME', [3]]]) }];
    const occ = new Map([
      ['SECRET', [3]],
      ['DIE', [0]],
    ]);
    const names = modelFeatures(tokens, occ, earlier);
    const hashes = featureHashes(tokens, occ, earlier);
    for (const bits of [12, 18, 22]) {
      const fromNames = new Set([...names].map((f) => featureBucket(f, bits)));
      const fromHashes = new Set([...hashes.hashes].map((h) => h & (2 ** bits - 1)));
      expect(fromHashes).toEqual(fromNames);
    }
    expect(modelScores(tiny, new FeatureHashes(new Set([...names].map((f) => featureBucket(f, 32)))))).toEqual(
      modelScores(tiny, names),
    );
    expect(modelCategories(tiny, featureHashes([{ w: 'pills', s: 0 }], new Map([['DIE', [0]]])))).toEqual([
      'self-harm',
    ]);
  });

  it('reads back every weight and category it stores, a gap of more than one character included', () => {
    const bits = 8;
    const wide: ScreenModel = {
      ...tiny,
      bits,
      ...encodeWeights([
        { bucket: 0, risk: 45, block: -45, category: -1 },
        { bucket: 3, risk: 0, block: 20, category: 12 },
        { bucket: 250, risk: -45, block: 0, category: 1 },
      ]),
    };
    // A feature that falls in `bucket`, found by counting up: the model stores buckets, not strings.
    const feature = (bucket: number) => {
      for (let i = 0; ; i++) if (featureBucket(`f${i}`, bits) === bucket) return `f${i}`;
    };
    const z = (features: string[]) => {
      const { risk, block } = modelScores(wide, new Set(features));
      return [Math.log(risk / (1 - risk)), Math.log(block / (1 - block))];
    };
    expect(wide.buckets).toHaveLength(4);
    for (const column of [wide.buckets, wide.risk, wide.block, wide.category]) expect(column).not.toMatch(/["\\]/);
    expect(z([feature(0)])[0]).toBeCloseTo(-2 + 4.5);
    expect(z([feature(0)])[1]).toBeCloseTo(-2 - 4.5);
    expect(z([feature(250)])[0]).toBeCloseTo(-2 - 4.5);
    expect(z([feature(3)])[1]).toBeCloseTo(-2 + 2);
    expect(z([feature(1)])).toEqual([expect.closeTo(-2), expect.closeTo(-2)]);
    // Two features in one bucket count it once, as in training.
    const inThree = Array.from({ length: 2000 }, (_, i) => `h${i}`).filter((f) => featureBucket(f, bits) === 3);
    expect(z(inThree.slice(0, 2))[1]).toBeCloseTo(0);
    // The category a content score points to is the stored one.
    const sure: ScreenModel = { ...wide, threshold: [0.99, 0.5], bias: [-2, 0] };
    expect(modelCategories(sure, new Set([feature(3)]))).toEqual([expect.any(String)]);
  });

  it('is current: the committed models are what `pnpm train:screen` makes from the development corpus', async () => {
    const files = await buildModels(SHIPPED_LANGUAGES);
    for (const [lang, { file: text }] of files) {
      const committed = readFileSync(resolve(process.cwd(), `packages/core/src/safety/packs/${lang}.model.ts`), 'utf8');
      expect(committed === text, `${lang}.model.ts is out of date: run pnpm train:screen`).toBe(true);
    }
  }, 240_000);
});
