import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { SHIPPED_LANGUAGES } from '@youthchat/core';
import { describe, expect, it } from 'vitest';
import { modelCategories, modelScores, type ScreenModel } from '../../../packages/core/src/safety/lang/model.ts';
import { buildModels } from '../../../scripts/train-screen-model.ts';

const tiny: ScreenModel = {
  locale: 'xx',
  bias: [-2, -2],
  threshold: [0.7, 0.7],
  // pills: risk toward self-harm; #DIE: risk; nude: content toward sexual; game: against risk.
  weights: ['pills 150 0 0', '#DIE 200 0 0', 'nude 0 400 9', 'game -300 0 -1'].join('\n'),
};

describe('the learned screening model', () => {
  it('adds the weights of the features present and applies its thresholds', () => {
    expect(modelScores(tiny, new Set(['hello'])).risk).toBeLessThan(0.2);
    expect(modelCategories(tiny, new Set(['pills', '#DIE']))).toEqual(['self-harm']);
    expect(modelCategories(tiny, new Set(['pills', '#DIE', 'game']))).toEqual([]);
    expect(modelCategories(tiny, new Set(['nude']))).toEqual(['sexual']);
  });

  it('is current: the committed models are what `pnpm train:screen` makes from the development corpus', async () => {
    const files = await buildModels(SHIPPED_LANGUAGES);
    for (const [lang, { file: text }] of files) {
      const committed = readFileSync(resolve(process.cwd(), `packages/core/src/safety/packs/${lang}.model.ts`), 'utf8');
      expect(committed === text, `${lang}.model.ts is out of date: run pnpm train:screen`).toBe(true);
    }
  }, 240_000);
});
