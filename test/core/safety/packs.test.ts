import { loadLanguages, screenText } from '@youthchat/core';
import { beforeAll, describe, expect, it } from 'vitest';
import { examples as de } from '../../../packages/core/src/safety/packs/de.examples.ts';
import { examples as en } from '../../../packages/core/src/safety/packs/en.examples.ts';
import { examples as es } from '../../../packages/core/src/safety/packs/es.examples.ts';
import { examples as fr } from '../../../packages/core/src/safety/packs/fr.examples.ts';

const packs = { en, es, fr, de };

beforeAll(() => loadLanguages(['en', 'es', 'fr', 'de']));

describe.each(Object.entries(packs))('the %s pack', (locale, examples) => {
  it('has examples that must be found and examples that must pass', () => {
    expect(examples.filter((e) => e.expect.length > 0).length).toBeGreaterThanOrEqual(10);
    expect(examples.filter((e) => e.expect.length === 0).length).toBeGreaterThanOrEqual(10);
  });

  it.each(examples.map((e) => [e.text, e] as const))('reads %j as its example says', (_, example) => {
    const result = screenText(example.text, {
      band: 'teen13to15',
      locale,
      ...(example.history ? { history: example.history } : {}),
    });
    if (example.expect.length === 0) expect(result.categories).toEqual([]);
    else expect(result.categories).toEqual(expect.arrayContaining(example.expect));
  });
});
