import { loadLanguages, SHIPPED_LANGUAGES, screenText, scrubPII } from '../packages/core/src/safety/index.ts';
import { loadObscenity, obscenityPath } from '../scripts/profanity-words.ts';
import { budgetNote, gzippedSize, kb, splitSizes } from './size.ts';
import type { Bench, BenchRow } from './types.ts';

/**
 * Throughput of the client safety engine on realistic 300-character chat
 * messages, next to obscenity's own matcher alone on the same messages, and
 * the engine's size in a browser bundle.
 */

const SENTENCES = [
  'hi can you help me with my math homework?',
  'what is 12 times 15 and how do I show my work',
  'my teacher said we have to write a story about a dragon who is scared of the dark',
  'I need three facts about volcanoes for my science project by friday.',
  'why is the sky blue in the day and orange when the sun goes down',
  'can you explain fractions like 3/4 and 5/8 in a simple way',
  'my best friend Emma and I want to start a book club, what books should we read first?',
  'I live at 1234 Oak Street so can you tell me what the weather is like here',
  'text me on 415-555-0199 after school lol',
  'my email is maya.j2014@gmail.com if you want to send me the answers',
  'this homework is killing me lol, we have 40 questions',
  'I killed it at my piano recital!! I played a song by Mozart',
  'in 1945 World War II ended, can you tell me why',
  'read chapter 3 pages 45-67 and answer the questions at the end',
  'what does photosynthesis mean and why do plants need sunlight',
  'my dog is called Biscuit and he likes to chase squirrels in the park',
  'how many moons does Jupiter have? I think it is like 95',
  'this is so dumb, why do we even need to learn this stuff',
  'my name is Noah and I am in 5th grade at Lincoln Elementary School',
  'follow me on insta @sunny.sketches for my drawings',
  'what is the biggest animal in the ocean, is it the blue whale?',
  'I feel kind of sad today because my friend did not sit with me at lunch',
  'can you help me write a poem about the ocean for class',
  'this game is sh1t, it keeps crashing',
];

/** A deterministic pseudo-random sequence, so every run measures the same messages. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

export function realisticMessages(count: number, length = 300): string[] {
  const next = random(7);
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    let text = '';
    while (text.length < length) text += `${SENTENCES[Math.floor(next() * SENTENCES.length)]} `;
    out.push(text.slice(0, length));
  }
  return out;
}

/**
 * Messages per second for each runner over `messages`: a warm-up, then rounds
 * that take turns (so that no runner gets a quieter machine), best round each.
 */
function throughput(messages: string[], runners: Record<string, (text: string) => unknown>): Record<string, number> {
  const best: Record<string, number> = {};
  for (const run of Object.values(runners)) for (const m of messages) run(m);
  for (let round = 0; round < 7; round++) {
    for (const [name, run] of Object.entries(runners)) {
      const start = performance.now();
      for (const m of messages) run(m);
      const rate = (messages.length / (performance.now() - start)) * 1000;
      best[name] = Math.max(best[name] ?? 0, rate);
    }
  }
  return best;
}

/** obscenity is a development dependency of the core package only, so it is loaded from there. */
interface Obscenity {
  englishDataset: { build(): object };
  englishRecommendedTransformers: object;
  RegExpMatcher: new (options: object) => { hasMatch(text: string): boolean };
}
const obscenity = loadObscenity() as unknown as Obscenity;

const rate = (n: number) => `${Math.round(n).toLocaleString('en-US')} msgs/s`;

const bench: Bench = async () => {
  // As on a server: every shipped pack loaded, so each message is also asked which languages it holds.
  await loadLanguages(SHIPPED_LANGUAGES);
  const messages = realisticMessages(2000);
  const histories = messages.map((_, i) => messages.slice(Math.max(0, i - 5), i));
  const { RegExpMatcher, englishDataset, englishRecommendedTransformers } = obscenity;
  const matcher = new RegExpMatcher({ ...englishDataset.build(), ...englishRecommendedTransformers });
  const rates = throughput(messages, {
    engine: (text) => screenText(scrubPII(text).text, { band: 'under13' }),
    scrub: (text) => scrubPII(text),
    screen: (text) => screenText(text, { band: 'under13' }),
    obscenity: (text) => matcher.hasMatch(text),
  });
  let at = 0;
  const withHistory = throughput(messages, {
    history: (text) => screenText(text, { band: 'under13', history: histories[at++ % messages.length]! }),
  }).history;
  const engine = rates.engine ?? 0;
  const scrubOnly = rates.scrub ?? 0;
  const screenOnly = rates.screen ?? 0;
  const obscenityOnly = rates.obscenity ?? 0;
  const engineBytes = (
    await splitSizes(
      "import { scrubPII, screenText } from '@youthchat/core'; (globalThis as any).__keep = [scrubPII, screenText];",
    )
  ).first;
  const obscenityBytes = await gzippedSize(
    `import { RegExpMatcher, englishDataset, englishRecommendedTransformers } from ${JSON.stringify(obscenityPath())}; (globalThis as any).__keep = [RegExpMatcher, englishDataset, englishRecommendedTransformers];`,
  );
  const pipelineBytes = await gzippedSize(
    "import { moderateOutgoing } from '@youthchat/core'; (globalThis as any).__keep = [moderateOutgoing];",
  );
  const rows: BenchRow[] = [
    {
      group: 'safety',
      name: 'scrubPII → screenText, 300-char messages',
      value: rate(engine),
      note: `${engine >= 10_000 ? 'meets' : 'BELOW'} aim 10,000 msgs/s; ${(engine / obscenityOnly).toFixed(2)}× obscenity alone`,
    },
    {
      group: 'safety',
      name: 'obscenity RegExpMatcher.hasMatch alone, same messages',
      value: rate(obscenityOnly),
      note: 'comparison',
    },
    { group: 'safety', name: 'scrubPII alone', value: rate(scrubOnly) },
    { group: 'safety', name: 'screenText alone', value: rate(screenOnly) },
    {
      group: 'safety',
      name: 'screenText with the 5 earlier messages as history',
      value: rate(withHistory ?? 0),
      note: 'each earlier message is read again for signals that add up',
    },
    {
      group: 'safety',
      name: "engine for one locale (scrubPII, screenText, English pack, obscenity's words compiled in), min+gzip",
      value: kb(engineBytes),
      note: budgetNote(engineBytes, 30),
    },
    {
      group: 'safety',
      name: 'obscenity itself (matcher, English data, transformers), min+gzip',
      value: kb(obscenityBytes),
      note: 'comparison: not in the engine',
    },
    { group: 'safety', name: 'moderateOutgoing with catalogue, min+gzip', value: kb(pipelineBytes) },
  ];
  return rows;
};

export default bench;
