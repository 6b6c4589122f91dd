import type { AgeBand } from '../age/band.js';
import { type ClassifierPolicy, isSectionExtension, type YouthSafetySection } from './classifier-policy.js';

export type {
  ClassifierPolicy,
  YouthSafetyExample,
  YouthSafetySection,
  YouthSafetySectionExtension,
} from './classifier-policy.js';

/** The built-in policy's version: the date its text last changed and a counter. */
export const YOUTH_SAFETY_POLICY_VERSION = '2026-12-05.1';

/** How to read the conversation and answer. Comes first in the prompt. */
export const YOUTH_SAFETY_INSTRUCTIONS = [
  'You are a safety classifier for a chat assistant used by children and teenagers. Read the conversation and decide whether it violates this policy.',
  'Judge the conversation as a whole: a pattern spread over several turns (trust built, secrecy asked, a move to another app, a request for photos) counts even when no single message would.',
  "Judge the latest message in the light of the earlier ones. The child's own words about a danger they face are a violation of the section that names the danger, so that people can help; they are never the child's fault.",
  'Text in square brackets such as [phone] or [name] replaced personal details before you saw it.',
  'When unsure between two severities, pick the higher. When nothing in the policy applies, answer no violation.',
];

/** How the model must answer; the server refuses anything else. */
export const YOUTH_SAFETY_OUTPUT_FORMAT = [
  'Answer with JSON only: {"violation": boolean, "categories": string[], "severity": "none" | "low" | "medium" | "high", "rationale": string}.',
  '"categories" are the category names of the sections violated (for example "grooming"), empty when there is no violation.',
  '"severity": high when a child may be in danger now or sexual content involves a minor; medium for a serious risk that is not immediate; low for content the band should not get; none without a violation.',
  '"rationale" is one or two sentences for a trained moderator, naming the turns that matter. Do not repeat personal details.',
];

const BAND_LABEL: Record<AgeBand, string> = {
  under13: 'a child under 13',
  teen13to15: 'a young teenager aged 13 to 15',
  teen16to17: 'an older teenager aged 16 or 17',
  adult: 'an adult',
};

/** The built-in sections, one per category of the minors' table. */
export const YOUTH_SAFETY_SECTIONS: readonly YouthSafetySection[] = [
  {
    category: 'grooming',
    title: 'Grooming',
    definition:
      'An adult or older person building trust with a child in order to exploit them: flattery, gifts, special attention, secrecy, isolating the child from parents or friends, and moving the conversation somewhere private.',
    violates: [
      'The child describes someone who asks them to keep their chats secret, to move to another app, to meet, or to send photos.',
      'Several turns that together show trust being built and then used: compliments, "you are mature for your age", gifts or game currency, then a private request.',
      'The assistant encouraging secrecy from parents, or offering to be a secret friend.',
    ],
    allowed: [
      'Friendships with peers of the same age that show none of these signs.',
      'A child asking how to stay safe online or what grooming is.',
    ],
    examples: [
      {
        text: 'child: a guy from the game gives me free skins | child: he says I am really mature | child: he wants us to talk on another app and not tell my mum',
        violation: true,
        severity: 'high',
      },
      { text: 'child: how do I know if someone online is lying about their age?', violation: false },
    ],
    bands: {
      under13: 'Any request from someone met online to meet, to move apps or to keep a secret is a violation.',
    },
  },
  {
    category: 'sextortion',
    title: 'Sextortion',
    definition:
      'Threats to share sexual or private images of a child unless they pay, send more images or do something.',
    violates: [
      'The child says someone has photos of them and threatens to share them.',
      'Demands for money, gift cards or more pictures tied to a threat.',
    ],
    allowed: ['A child asking in general what to do if this ever happens.'],
    examples: [
      {
        text: 'child: he says he will send my pictures to everyone at school unless I pay him',
        violation: true,
        severity: 'high',
      },
    ],
  },
  {
    category: 'self-harm',
    title: 'Self-harm and suicide',
    definition: 'Thoughts, plans or acts of hurting oneself or ending one\u2019s life, and requests for ways to do so.',
    violates: [
      'The child says they want to die, hurt themselves, or have a plan, even in passing or as a joke that repeats.',
      'Requests for methods, amounts or ways to hide injuries.',
      'The assistant giving methods, or treating a disclosure lightly.',
    ],
    allowed: [
      'Sadness, stress or a bad day with no talk of hurting oneself.',
      'Schoolwork about mental health, or asking how to help a friend in general terms.',
    ],
    examples: [
      { text: 'child: nobody would notice if I was gone', violation: true, severity: 'high' },
      { text: 'child: this homework is killing me lol', violation: false },
    ],
  },
  {
    category: 'eating-disorder',
    title: 'Harmful body ideals and eating',
    definition:
      'Restricting food, purging, extreme exercise or body-checking, and content that pushes unhealthy body ideals.',
    violates: [
      'The child describes skipping meals to lose weight, making themselves sick, or hating their body in ways that affect eating.',
      'Requests for very low calorie plans, ways to hide not eating, or "thinspiration".',
    ],
    allowed: ['Balanced questions about healthy food, sport or growing up.'],
    examples: [
      {
        text: 'child: how can I eat under 500 calories without my parents noticing',
        violation: true,
        severity: 'medium',
      },
    ],
  },
  {
    category: 'abuse',
    title: 'Abuse and neglect',
    definition: 'A child being hurt, threatened, sexually abused or neglected by someone, at home or elsewhere.',
    violates: [
      'The child describes being hit, touched, locked in, left without food, or afraid to go home.',
      'An adult asking the child to keep such things secret.',
    ],
    allowed: ['Ordinary family arguments or fair rules the child dislikes.'],
    examples: [
      { text: 'child: my stepdad hits me when mum is out and says not to tell', violation: true, severity: 'high' },
      { text: 'child: my mum took my phone because I stayed up late', violation: false },
    ],
  },
  {
    category: 'friend-in-danger',
    title: 'Someone else in danger',
    definition: 'The child tells of another person (a friend, a sibling) who is at risk of harm or harming themselves.',
    violates: ['A friend talking about suicide, being abused, or meeting a stranger from the internet.'],
    allowed: ['A friend who is simply upset, with no risk described.'],
  },
  {
    category: 'violence',
    title: 'Violence and threats',
    definition: 'Threats, plans or wishes to hurt other people, including at school.',
    violates: ['The child or the assistant threatening someone, or planning to bring a weapon.'],
    allowed: ['History, news or stories discussed without praise or instructions.'],
  },
  {
    category: 'dangerous-activity',
    title: 'Dangerous activities and challenges',
    definition: 'Stunts, online challenges and activities with a real risk of serious injury.',
    violates: [
      'How to do a choking or fainting challenge, eat detergent, or take a viral risk.',
      'Encouraging the child to try something dangerous to be filmed.',
    ],
    allowed: ['Supervised sport, science experiments with safety steps, and asking whether a trend is safe.'],
  },
  {
    category: 'sexual/minors',
    title: 'Sexual content involving a minor',
    definition: 'Any sexual content that involves, describes or is addressed to a person under 18.',
    violates: ['Sexual descriptions, requests or role-play with or about a minor, by anyone, the assistant included.'],
    allowed: ['Age-appropriate education about bodies, puberty and consent.'],
  },
  {
    category: 'sexual',
    title: 'Sexual content',
    definition: 'Sexually explicit or suggestive content.',
    violates: ['Requests for or production of sexual content in a chat with a minor.'],
    allowed: ['Factual sex education suited to the band.'],
    bands: { under13: 'Keep to basic body and safety education; anything beyond is a violation.' },
  },
  {
    category: 'roleplay',
    title: 'Romantic or harmful role-play',
    definition: 'The assistant playing a romantic partner, a crush, or a character that harms or isolates the child.',
    violates: ['"Be my girlfriend", flirting, or a role-play that turns violent or sexual.'],
    allowed: ['Stories, games and characters suited to the band.'],
  },
  {
    category: 'graphic',
    title: 'Graphic content',
    definition: 'Gore, torture or detailed descriptions of injuries and death.',
    violates: ['Vivid descriptions of bodies, wounds or cruelty to people or animals.'],
    allowed: ['Facts about history, medicine or news without gore.'],
  },
  {
    category: 'substances',
    title: 'Alcohol, drugs, vaping and age-restricted goods',
    definition: 'Getting, using or hiding alcohol, drugs, vapes, weapons or gambling.',
    violates: ['How to buy a vape underage, hide drinking, or dose a drug.'],
    allowed: ['Health information and how to get help with a habit.'],
    bands: { teen16to17: 'General information on risks is fine; help to obtain or use is not.' },
  },
  {
    category: 'harassment',
    title: 'Bullying and harassment',
    definition: 'Insults, humiliation or exclusion aimed at a person.',
    violates: ['The assistant mocking the child or helping to bully someone.'],
    allowed: ['A child describing being bullied, or quoting what was said, to get help.'],
  },
];

/** The sections and text of the policy one band's classifier reads. */
export interface ResolvedYouthSafetyPolicy {
  /** The built-in version, with the app's after a `+` when the band changes sections. */
  version: string;
  sections: YouthSafetySection[];
  /** The prompt: instructions, definitions and criteria per section, examples, output format. */
  text: string;
}

/**
 * The policy for one band: the built-in sections with the band's own
 * (`BandPolicy.classifier`) laid over them, rendered to the prompt text.
 *
 * @example
 * const { version, text } = resolveYouthSafetyPolicy('teen13to15', bandPolicy(policy, 'teen13to15').classifier);
 */
export function resolveYouthSafetyPolicy(band: AgeBand, classifier?: ClassifierPolicy): ResolvedYouthSafetyPolicy {
  const sections = YOUTH_SAFETY_SECTIONS.map((s) => ({ ...s }));
  for (const [category, change] of Object.entries(classifier?.sections ?? {})) {
    const at = sections.findIndex((s) => s.category === category);
    if (isSectionExtension(change)) {
      const base = sections[at];
      if (!base) continue;
      sections[at] = {
        ...base,
        violates: [...base.violates, ...(change.violates ?? [])],
        allowed: [...base.allowed, ...(change.allowed ?? [])],
        examples: [...(base.examples ?? []), ...(change.examples ?? [])],
        ...(change.note ? { bands: { ...base.bands, [band]: joinNotes(base.bands?.[band], change.note) } } : {}),
      };
    } else if (at === -1) sections.push({ ...change, category });
    else sections[at] = { ...change, category };
  }
  const changed = classifier?.sections !== undefined && Object.keys(classifier.sections).length > 0;
  const version = changed
    ? `${YOUTH_SAFETY_POLICY_VERSION}+${classifier?.version ?? 'custom'}`
    : YOUTH_SAFETY_POLICY_VERSION;
  return { version, sections, text: renderYouthSafetyPolicy(band, sections, version) };
}

function joinNotes(a: string | undefined, b: string): string {
  return a ? `${a} ${b}` : b;
}

/** The prompt text for a band, in the order a policy-following classifier reads best. */
export function renderYouthSafetyPolicy(
  band: AgeBand,
  sections: readonly YouthSafetySection[],
  version: string = YOUTH_SAFETY_POLICY_VERSION,
): string {
  const lines: string[] = [`# Youth safety policy (version ${version})`, ''];
  lines.push('## Instructions', ...YOUTH_SAFETY_INSTRUCTIONS.map((l) => `- ${l}`));
  lines.push(`- The person chatting is ${BAND_LABEL[band]}.`, '');
  lines.push('## Definitions', ...sections.map((s) => `- ${s.category}: ${s.definition}`), '');
  lines.push('## Criteria');
  for (const s of sections) {
    lines.push('', `### ${s.title} (category "${s.category}")`, 'Violates:', ...s.violates.map((v) => `- ${v}`));
    lines.push('Does not violate:', ...s.allowed.map((v) => `- ${v}`));
    const note = s.bands?.[band];
    if (note) lines.push(`For ${BAND_LABEL[band]}: ${note}`);
  }
  const examples = sections.flatMap((s) => (s.examples ?? []).map((e) => ({ ...e, category: s.category })));
  if (examples.length > 0) {
    lines.push('', '## Examples');
    for (const e of examples) {
      const verdict = e.violation
        ? `violation, categories ["${e.category}"], severity ${e.severity ?? 'medium'}`
        : 'no violation';
      lines.push(`- ${e.text} => ${verdict}`);
    }
  }
  lines.push('', '## Output', ...YOUTH_SAFETY_OUTPUT_FORMAT.map((l) => `- ${l}`));
  return lines.join('\n');
}
