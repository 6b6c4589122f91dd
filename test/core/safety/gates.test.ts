import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { collapseRepeats } from '../../../packages/core/src/safety/normalize.ts';
import {
  ABUSE,
  GATE_BIT,
  type Gate,
  GROOMING,
  openGates,
  PROFANITY_EXTRA,
  SELF_HARM,
  SELF_HARM_ME,
  SELF_INJURY,
  SEXUAL,
  SUBSTANCES,
  VIOLENCE,
} from '../../../packages/core/src/safety/screen-rules.ts';

/**
 * Gates keep the screening rules off messages that hold none of their words.
 * A rule that matches a message whose words open no gate for it can never
 * fire, so every rule must be guarded by a gate that its every match opens.
 * These tests generate messages from each rule's own pattern and check that.
 */

/** Removes lookarounds (balanced), so a generator can produce strings from the rest. */
function withoutLookarounds(source: string): string {
  let out = '';
  for (let i = 0; i < source.length; i++) {
    if (source[i] === '\\') {
      out += source.slice(i, i + 2);
      i++;
    } else if (/^\(\?<?[!=]/.test(source.slice(i, i + 4))) {
      let depth = 0;
      for (; i < source.length; i++) {
        if (source[i] === '\\') i++;
        else if (source[i] === '(') depth++;
        else if (source[i] === ')' && --depth === 0) break;
      }
    } else out += source[i];
  }
  return out;
}

/** A pattern fast-check can generate from: no word boundaries, and any character as a letter or a space. */
function generatorSource(rule: RegExp): RegExp {
  const source = withoutLookarounds(rule.source)
    .replace(/\\b/g, '')
    .replace(/(^|[^\\])\.(?=\{|\*|\+)/g, '$1[a-z ]');
  return new RegExp(`^(?:${source})$`);
}

/** Messages in the normalised form the rules run on: single spaces, repeats folded. */
function matchesOf(rule: RegExp): fc.Arbitrary<string> {
  return fc
    .stringMatching(generatorSource(rule))
    .map((s) => collapseRepeats(s.replace(/ +/g, ' ').trim()))
    .filter((s) => rule.test(s));
}

const RULES: [string, RegExp, Gate][] = [
  ['SELF_HARM_ME', SELF_HARM_ME, 'selfHarmMe'],
  ['SELF_HARM', SELF_HARM, 'selfHarm'],
  ['SELF_INJURY', SELF_INJURY, 'selfInjury'],
  ['ABUSE', ABUSE, 'abuse'],
  ['VIOLENCE', VIOLENCE, 'violence'],
  ['SEXUAL', SEXUAL, 'sexual'],
  ['PROFANITY_EXTRA', PROFANITY_EXTRA, 'profanity'],
  ['SUBSTANCES', SUBSTANCES, 'substances'],
  // Each of these signals can be what makes a message grooming, so each has a gate of its own.
  ...(
    [
      'adultRomance',
      'affection',
      'hideFromParents',
      'secret',
      'photos',
      'meet',
      'gifts',
      'privateChat',
      'probing',
      'undress',
    ] as const
  ).map((k): [string, RegExp, Gate] => [`GROOMING.${k}`, GROOMING[k], k]),
];

describe('screening gates', () => {
  it.each(RULES)('every match of %s opens its gate', (_, rule, gate) => {
    fc.assert(
      fc.property(matchesOf(rule), (form) => {
        expect(openGates(form) & GATE_BIT[gate], `"${form}" matches but opens no ${gate} gate`).not.toBe(0);
      }),
      { numRuns: Number(process.env.GATE_RUNS ?? 3000), seed: Number(process.env.GATE_SEED ?? 20261125) },
    );
  });

  it('the generator reaches the rules it checks', () => {
    // A pattern the generator cannot produce would make the property above pass without checking anything.
    for (const [name, rule] of RULES) {
      const samples = fc.sample(matchesOf(rule), { numRuns: 20, seed: 1 });
      expect(samples.length, name).toBe(20);
    }
  });
});

describe('word boundaries', () => {
  /** The alternatives of a pattern at `depth` groups in (each compiled source is one group). */
  function alternatives(source: string, depth: number): string[] {
    const found: string[] = [];
    let level = 0;
    let inClass = false;
    let from = -1;
    for (let i = 0; i < source.length; i++) {
      const c = source[i];
      if (c === '\\') i++;
      else if (inClass) inClass = c !== ']';
      else if (c === '[') inClass = true;
      else if (c === '(') {
        if (++level === depth) from = i + 3;
      } else if (c === ')') {
        if (level-- === depth) found.push(source.slice(from, i));
      } else if (c === '|' && level === depth) {
        found.push(source.slice(from, i));
        from = i + 1;
      }
    }
    return found;
  }

  it.each(RULES)('%s starts every alternative at a word boundary when it checks one up front', (_, rule) => {
    // compile() checks the boundary once for the whole rule when every source starts with one.
    if (!rule.source.startsWith('\\b(?:')) return;
    for (const alternative of alternatives(rule.source, 2))
      expect(alternative.startsWith('\\b'), alternative).toBe(true);
  });
});
