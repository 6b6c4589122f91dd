import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadLanguages } from '@youthchat/core';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  EVAL_BANDS,
  FLOORS,
  LANGUAGES,
  ownCorpus,
  type PiiRecord,
  readJsonl,
  type ScreenRecord,
  scorePii,
  scoreScreen,
  TARGETS,
} from '../../../scripts/eval.ts';

/** The shared corpora: ../shared/eval next to the repository (see its README for how they are scored). */
const dir = `${resolve(dirname(fileURLToPath(import.meta.url)), '../../../../shared/eval')}/`;
const ratio = (t: { hit: number; total: number }) => t.hit / t.total;

beforeAll(() => loadLanguages([...LANGUAGES]));

describe.each(LANGUAGES)("the project's %s test split", (lang) => {
  const screen = ownCorpus<ScreenRecord>('screen', lang, 'test');
  const pii = ownCorpus<PiiRecord>('pii', lang, 'test');

  it('exists and is large enough to judge by', () => {
    expect(screen.length).toBeGreaterThanOrEqual(200);
    expect(pii.length).toBeGreaterThanOrEqual(70);
  });

  const floor = FLOORS[lang]!;
  // The floors are the figures reached less a margin; the targets are in TARGETS (see docs/safety.md).
  it.each(EVAL_BANDS)('screening in the %s band stays at or above its floor', (band) => {
    const score = scoreScreen(screen, band);
    const ratioOf = (action: ScreenRecord['expect']) => ratio(score.byAction[action]);
    expect(ratioOf('escalate'), 'escalate recall').toBeGreaterThanOrEqual(floor.escalate);
    expect(ratioOf('block'), 'blocked or escalated').toBeGreaterThanOrEqual(floor.block);
    expect(ratioOf('allow'), 'allowed kept').toBeGreaterThanOrEqual(floor.allow);
  });

  it('PII recall and clean messages stay at or above their floors', () => {
    const score = scorePii(pii);
    expect(ratio(score.recall), 'PII recall').toBeGreaterThanOrEqual(floor.pii);
    expect(ratio(score.clean), 'clean messages unchanged').toBeGreaterThanOrEqual(floor.clean);
  });

  it('has floors no higher than the targets', () => {
    for (const [measure, target] of Object.entries(TARGETS)) {
      expect(floor[measure as keyof typeof TARGETS]).toBeLessThanOrEqual(target);
    }
  });
});

describe('evaluation corpora', () => {
  it('finds the corpora', () => {
    expect(existsSync(`${dir}pii.jsonl`) && existsSync(`${dir}screen.jsonl`)).toBe(true);
  });

  it('pii.jsonl: PII recall and kept content stay at 1.000', () => {
    const score = scorePii(readJsonl<PiiRecord>(`${dir}pii.jsonl`));
    expect(score.recall.total).toBeGreaterThan(0);
    expect(ratio(score.recall), score.misses.join('\n')).toBe(1);
    expect(ratio(score.keep), score.misses.join('\n')).toBe(1);
  });

  it('screen.jsonl: escalate and block recall and the share of allowed messages stay at 1.000', () => {
    const score = scoreScreen(readJsonl<ScreenRecord>(`${dir}screen.jsonl`));
    const misses = score.misses.join('\n');
    for (const action of ['escalate', 'block', 'allow'] as const) {
      expect(score.byAction[action].total, action).toBeGreaterThan(0);
      expect(ratio(score.byAction[action]), `${action}\n${misses}`).toBe(1);
    }
  });
});
