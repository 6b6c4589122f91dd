import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { type PiiRecord, readJsonl, type ScreenRecord, scorePii, scoreScreen } from '../../../scripts/eval.ts';

/** The shared corpora: ../shared/eval next to the repository (see its README for how they are scored). */
const dir = `${resolve(dirname(fileURLToPath(import.meta.url)), '../../../../shared/eval')}/`;
const ratio = (t: { hit: number; total: number }) => t.hit / t.total;

describe('evaluation corpora', () => {
  it('finds the corpora', () => {
    expect(existsSync(`${dir}pii.jsonl`) && existsSync(`${dir}screen.jsonl`)).toBe(true);
  });

  it('pii.jsonl: PII recall and kept content are at least 0.95', () => {
    const score = scorePii(readJsonl<PiiRecord>(`${dir}pii.jsonl`));
    expect(score.recall.total).toBeGreaterThan(0);
    expect(ratio(score.recall), score.misses.join('\n')).toBeGreaterThanOrEqual(0.95);
    expect(ratio(score.keep), score.misses.join('\n')).toBeGreaterThanOrEqual(0.95);
  });

  it('screen.jsonl: escalate and block recall and the share of allowed messages are at least 0.95', () => {
    const score = scoreScreen(readJsonl<ScreenRecord>(`${dir}screen.jsonl`));
    const misses = score.misses.join('\n');
    for (const action of ['escalate', 'block', 'allow'] as const) {
      expect(score.byAction[action].total, action).toBeGreaterThan(0);
      expect(ratio(score.byAction[action]), `${action}\n${misses}`).toBeGreaterThanOrEqual(0.95);
    }
  });
});
