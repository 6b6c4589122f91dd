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

describe('concept names across packs', () => {
  it("keeps each pack's own (lower-case) concept names apart from every other pack's", async () => {
    // The packs reading a message share one map of concepts: an upper-case name is shared on purpose,
    // a lower-case one is a pack's own, and the same one in two packs would let one language's words
    // stand in for the other's in its rules.
    const loaded = await Promise.all(
      (['en', 'es', 'fr', 'de'] as const).map(async (locale) => {
        const { default: pack } = await import(`../../../packages/core/src/safety/packs/${locale}.ts`);
        return [locale, Object.keys((pack as { concepts: Record<string, string> }).concepts)] as const;
      }),
    );
    const owners = new Map<string, string[]>();
    for (const [locale, names] of loaded) {
      for (const name of names)
        if (name !== name.toUpperCase()) owners.set(name, [...(owners.get(name) ?? []), locale]);
    }
    expect(loaded.every(([, names]) => names.length > 20)).toBe(true);
    expect([...owners].filter(([, locales]) => locales.length > 1)).toEqual([]);
  });
});
