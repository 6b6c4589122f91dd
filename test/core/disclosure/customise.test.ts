import {
  ConfigurationError,
  type DisclosureConfig,
  defineDisclosures,
  getDisclosure,
  resolveDisclosure,
} from '@youthchat/core';
import { describe, expect, it } from 'vitest';

function problemsOf(config: unknown): string {
  try {
    defineDisclosures(config as DisclosureConfig);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigurationError);
    expect((error as ConfigurationError).code).toBe('invalid_disclosures');
    return (error as Error).message;
  }
  throw new Error('expected defineDisclosures to throw');
}

describe('customising disclosures', () => {
  it('changes part of one band and leaves the rest and the other bands alone', () => {
    const config = defineDisclosures({
      under13: {
        title: 'Meet Pip, our AI helper',
        sections: { privacy: { body: 'Never tell Pip your name or school.' } },
      },
    });
    const custom = resolveDisclosure('under13', 'en', config);
    const builtIn = resolveDisclosure('under13', 'en');
    expect(custom.title).toBe('Meet Pip, our AI helper');
    expect(custom.sections.find((s) => s.id === 'privacy')).toEqual({
      id: 'privacy',
      heading: builtIn.sections.find((s) => s.id === 'privacy')?.heading,
      body: 'Never tell Pip your name or school.',
    });
    expect(custom.sections.filter((s) => s.id !== 'privacy')).toEqual(
      builtIn.sections.filter((s) => s.id !== 'privacy'),
    );
    expect(getDisclosure('teen13to15', 'en', config)).toEqual(getDisclosure('teen13to15', 'en'));
  });

  it('adds sections at the end or after a given one', () => {
    const config = defineDisclosures({
      teen13to15: {
        add: [
          { id: 'rules', heading: 'Our rules', body: 'Be kind to others.' },
          { id: 'parents', heading: 'Parents', body: 'Your parent can see your chats.', after: 'ai' },
        ],
      },
    });
    const ids = resolveDisclosure('teen13to15', 'en', config).sections.map((s) => s.id);
    expect(ids).toEqual(['ai', 'parents', 'mistakes', 'privacy', 'messages', 'help', 'suitability', 'rules']);
  });

  it('replaces a band wholly with a new list of sections', () => {
    const sections = ['ai', 'mistakes', 'privacy', 'messages', 'help', 'suitability'].map((id) => ({
      id,
      heading: `Heading ${id}`,
      body: `Our own words about ${id}.`,
    }));
    const config = defineDisclosures({ teen16to17: { title: 'Our AI', sections } });
    expect(getDisclosure('teen16to17', 'de', config)).toMatchObject({
      title: 'Our AI',
      sections: sections.map(({ heading, body }) => ({ heading, body })),
    });
  });

  it('applies locale wording over the top-level band wording, and can add a language', () => {
    const config = defineDisclosures({
      under13: { title: 'Meet Pip' },
      locales: {
        es: { under13: { title: 'Te presentamos a Pip' } },
        'es-MX': { under13: { sections: { ai: { heading: 'No soy una persona, soy Pip' } } } },
        it: {
          under13: {
            title: 'Stai parlando con un’IA',
            sections: { ai: { heading: 'Non sono una persona', body: 'Sono un programma per computer.' } },
          },
        },
      },
    });
    expect(resolveDisclosure('under13', 'fr', config).title).toBe('Meet Pip');
    expect(resolveDisclosure('under13', 'es', config).title).toBe('Te presentamos a Pip');
    const mx = resolveDisclosure('under13', 'es-MX', config);
    expect(mx.locale).toBe('es-MX');
    expect(mx.title).toBe('Te presentamos a Pip');
    expect(mx.sections[0]?.heading).toBe('No soy una persona, soy Pip');
    expect(resolveDisclosure('under13', 'es-ES', config).sections[0]?.heading).toBe('No soy una persona');
    const it_ = resolveDisclosure('under13', 'it', config);
    expect(it_.locale).toBe('it');
    expect(it_.title).toBe('Stai parlando con un’IA');
  });

  it('lets adults drop everything but the AI notice', () => {
    const config = defineDisclosures({ adult: { sections: { mistakes: null, messages: null, help: null } } });
    expect(resolveDisclosure('adult', 'en', config).sections.map((s) => s.id)).toEqual(['ai']);
  });

  it('freezes a copy, so later changes to the object cannot slip past validation', () => {
    const raw: DisclosureConfig = { under13: { title: 'Meet Pip' } };
    const config = defineDisclosures(raw);
    (raw.under13 as { title?: string }).title = '';
    expect(resolveDisclosure('under13', 'en', config).title).toBe('Meet Pip');
    expect(Object.isFrozen(config.under13)).toBe(true);
  });

  it('refuses to drop what a minor must be told, naming what is missing', () => {
    expect(problemsOf({ under13: { sections: { suitability: null } } })).toMatch(
      /under13 disclosure in "en" is missing "suitability"/,
    );
    const message = problemsOf({
      teen13to15: { sections: [{ id: 'ai', heading: 'AI', body: 'This is an AI.' }] },
    });
    expect(message).toMatch(/missing "mistakes", "privacy", "messages", "help", "suitability"/);
    expect(problemsOf({ locales: { fr: { teen16to17: { sections: { ai: null } } } } })).toMatch(
      /teen16to17 disclosure in "fr" is missing "ai"/,
    );
    expect(problemsOf({ adult: { sections: { ai: null } } })).toMatch(/adult disclosure in "en" is missing "ai"/);
  });

  it('says exactly what is wrong with a malformed customisation', () => {
    expect(problemsOf({ under12: { title: 'x' } })).toMatch(/disclosures\.under12 is not an age band/);
    expect(problemsOf({ under13: { tittle: 'x' } })).toMatch(/disclosures\.under13\.tittle is not known/);
    expect(problemsOf({ under13: { title: '  ' } })).toMatch(/disclosures\.under13\.title must be non-empty text/);
    expect(problemsOf({ under13: { sections: { privcy: { body: 'x' } } } })).toMatch(
      /disclosures\.under13\.sections\.privcy changes a section that does not exist/,
    );
    expect(problemsOf({ under13: { sections: { privacy: { text: 'x' } } } })).toMatch(/privacy\.text is not known/);
    expect(problemsOf({ under13: { add: [{ id: 'Rules!', heading: 'R', body: 'B' }] } })).toMatch(
      /add\[0\]\.id must be lower-case letters/,
    );
    expect(problemsOf({ under13: { add: [{ id: 'rules', heading: 'R', body: 'B', after: 'nope' }] } })).toMatch(
      /"rules" is to go after "nope", which does not exist/,
    );
    expect(problemsOf({ under13: { add: [{ id: 'ai', heading: 'R', body: 'B' }] } })).toMatch(
      /two sections with the id "ai"/,
    );
    expect(problemsOf({ locales: { Spanish: {} } })).toMatch(/locales\.Spanish is not a locale tag/);
    expect(problemsOf({ facts: { retentionDays: -1 } })).toMatch(/retentionDays must be a whole number/);
    expect(problemsOf({ under13: { sections: { ai: { body: 'x'.repeat(5000) } } } })).toMatch(/5000 characters/);
  });

  it('lists every problem at once', () => {
    const message = problemsOf({ under12: {}, teen13to15: { title: '' }, facts: { retentionDays: 1.5 } });
    expect(message.split('\n- ')).toHaveLength(4);
  });

  it('validates a customisation passed straight to getDisclosure', () => {
    expect(() => getDisclosure('under13', 'en', { under13: { sections: { ai: null } } })).toThrow(ConfigurationError);
  });
});
