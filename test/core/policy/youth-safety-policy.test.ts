import {
  BUILT_IN_SECTION_CATEGORIES,
  ConfigurationError,
  DEFAULT_CHAT_MODEL,
  DEFAULT_POLICY,
  definePolicy,
  MINOR_CATEGORY_TABLE,
  resolveYouthSafetyPolicy,
  YOUTH_SAFETY_POLICY_VERSION,
  YOUTH_SAFETY_SECTIONS,
} from '@youthchat/core';
import { describe, expect, it } from 'vitest';

describe('the youth-safety policy document', () => {
  it('has a section, with a definition, criteria both ways, for every category it names, all in the table', () => {
    expect(YOUTH_SAFETY_SECTIONS.map((s) => s.category)).toEqual(BUILT_IN_SECTION_CATEGORIES);
    for (const section of YOUTH_SAFETY_SECTIONS) {
      expect(MINOR_CATEGORY_TABLE[section.category], section.category).toBeDefined();
      expect(section.definition.length).toBeGreaterThan(20);
      expect(section.violates.length).toBeGreaterThan(0);
      expect(section.allowed.length).toBeGreaterThan(0);
    }
  });

  it('renders instructions, definitions, criteria, examples and the output format, for the band', () => {
    const { text, version } = resolveYouthSafetyPolicy('under13');
    expect(version).toBe(YOUTH_SAFETY_POLICY_VERSION);
    const order = ['## Instructions', '## Definitions', '## Criteria', '## Examples', '## Output'].map((h) =>
      text.indexOf(h),
    );
    expect(order.every((i) => i >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(text).toContain(`version ${YOUTH_SAFETY_POLICY_VERSION}`);
    expect(text).toContain('a child under 13');
    expect(text).toContain('"violation": boolean');
    // A band's own note appears for that band only.
    expect(text).toContain('Any request from someone met online to meet');
    expect(resolveYouthSafetyPolicy('teen16to17').text).not.toContain('Any request from someone met online to meet');
  });

  it('lets a band extend a section, or add and replace one, under a version of its own', () => {
    const policy = definePolicy({
      bands: {
        teen13to15: {
          classifier: {
            version: 'school-3',
            sections: {
              grooming: {
                extend: true,
                violates: ['Asking which bus the child takes home.'],
                note: 'Teachers count too.',
              },
              cheating: {
                category: 'cheating',
                title: 'Cheating in tests',
                definition: 'Help to cheat in a school test or exam.',
                violates: ['Answers to a test the child is sitting now.'],
                allowed: ['Explaining the topic.'],
              },
            },
          },
        },
      },
    });
    const resolved = resolveYouthSafetyPolicy('teen13to15', policy.bands.teen13to15.classifier);
    expect(resolved.version).toBe(`${YOUTH_SAFETY_POLICY_VERSION}+school-3`);
    expect(resolved.text).toContain('Asking which bus the child takes home.');
    expect(resolved.text).toContain('Teachers count too.');
    expect(resolved.text).toContain('### Cheating in tests (category "cheating")');
    // Other bands keep the built-in text.
    expect(resolveYouthSafetyPolicy('teen16to17', policy.bands.teen16to17.classifier).version).toBe(
      YOUTH_SAFETY_POLICY_VERSION,
    );
  });

  it('refuses editions without a version, sections without criteria, and extensions of missing sections', () => {
    const attempt = (classifier: unknown) => () =>
      definePolicy({ bands: { teen13to15: { classifier: classifier as never } } });
    expect(attempt({ sections: { grooming: { extend: true, violates: ['x'] } } })).toThrow(/classifier\.version/);
    expect(
      attempt({
        version: 'v1',
        sections: { cheating: { category: 'cheating', title: 'C', definition: 'D', violates: [], allowed: [] } },
      }),
    ).toThrow(/violates must list/);
    expect(attempt({ version: 'v1', sections: { 'no-such': { extend: true, violates: ['x'] } } })).toThrow(
      ConfigurationError,
    );
    expect(attempt({ version: 'v 1!', sections: { grooming: { extend: true } } })).toThrow(/classifier\.version/);
  });

  it('defaults every band to the current flagship chat model', () => {
    expect(DEFAULT_CHAT_MODEL).toBe('gpt-5.6-sol');
    for (const band of Object.values(DEFAULT_POLICY.bands)) expect(band.chat.model).toBe(DEFAULT_CHAT_MODEL);
  });
});
