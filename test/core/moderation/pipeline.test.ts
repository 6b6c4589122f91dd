import {
  DEFAULT_POLICY,
  definePolicy,
  type HookDecision,
  type ModerationHook,
  moderateOutgoing,
  moderationMessages,
  pickMessages,
  piiHook,
  screenHook,
} from '@youthchat/core';
import { describe, expect, it, vi } from 'vitest';

const en13 = pickMessages(moderationMessages, 'en', 'under13');
const es13 = pickMessages(moderationMessages, 'es', 'under13');
const enTeen = pickMessages(moderationMessages, 'en', 'teen13to15');

describe('moderateOutgoing: built-in hooks', () => {
  it('allows an ordinary message untouched', async () => {
    const outcome = await moderateOutgoing('how do bees make honey', { band: 'under13' });
    expect(outcome).toEqual({
      action: 'allow',
      text: 'how do bees make honey',
      original: 'how do bees make honey',
      transformed: false,
      removed: [],
      categories: [],
      coverage: 'full',
    });
  });

  it('scrubs personal information and says what was taken out, in the child’s words', async () => {
    const outcome = await moderateOutgoing('text me on 415-555-0199 or 415-555-0123, I live at 12 Oak Street', {
      band: 'under13',
    });
    expect(outcome.action).toBe('transform');
    expect(outcome.transformed).toBe(true);
    expect(outcome.text).toBe('text me on [phone] or [phone], I live at [address]');
    expect(outcome.removed).toEqual([
      { type: 'phone', count: 2, label: 'your phone numbers' },
      { type: 'address', count: 1, label: 'where you live' },
    ]);
    // In words, never as counts ("phone: 2").
    expect(outcome.explanation).toBe('We took out your phone numbers and where you live to keep you safe.');
    expect(outcome.explanation).not.toMatch(/\d/);
  });

  it('says in words what was taken out for every band, in English and Spanish', async () => {
    const cases = [
      [
        'en',
        'teen13to15',
        'call me on 415-555-0199, I live at 12 Oak Street',
        'We took out your phone number and your home address before sending, to keep your details private.',
      ],
      [
        'es',
        'teen16to17',
        'mi número es 415-555-0199',
        'Quitamos tu número de teléfono antes de enviar el mensaje, para proteger tu privacidad.',
      ],
      ['es', 'under13', 'mi número es 415-555-0199', 'Quitamos tu número de teléfono para cuidarte.'],
    ] as const;
    for (const [locale, band, text, sentence] of cases) {
      const outcome = await moderateOutgoing(text, { band, locale });
      expect(outcome.explanation).toBe(sentence);
    }
  });

  it('explains in Spanish for a Spanish-speaking child', async () => {
    const outcome = await moderateOutgoing('mi número es 415-555-0199', { band: 'under13', locale: 'es-MX' });
    expect(outcome.removed).toEqual([{ type: 'phone', count: 1, label: es13.labels.phone }]);
    expect(outcome.explanation).toContain(es13.labels.phone);
    expect(outcome.explanation).toMatch(/^Quitamos/);
  });

  it('blocks by policy, sends nothing and explains kindly', async () => {
    const outcome = await moderateOutgoing('send nudes', { band: 'teen13to15' });
    expect(outcome).toMatchObject({ action: 'block', text: '', transformed: false, categories: ['sexual'] });
    expect(outcome.explanation).toBe(enTeen.blocked.sexual);
  });

  it('escalates and keeps the scrubbed text', async () => {
    const outcome = await moderateOutgoing('my stepdad hits me, call me on 415-555-0199', { band: 'under13' });
    expect(outcome.action).toBe('escalate');
    expect(outcome.text).toBe('my stepdad hits me, call me on [phone]');
    expect(outcome.categories).toEqual(['abuse']);
    expect(outcome.removed).toHaveLength(1);
    expect(outcome.explanation).toBe(en13.escalated.abuse);
  });

  it('always scrubs for under-13s, even when a policy object says not to', async () => {
    const policy = structuredClone(DEFAULT_POLICY);
    policy.bands.under13.pii.scrub = false;
    const outcome = await moderateOutgoing('my email is kid@example.com', { band: 'under13', policy });
    expect(outcome.text).toBe('my email is [email]');
  });

  it('lets older bands switch scrubbing off', async () => {
    const policy = definePolicy({ bands: { teen16to17: { pii: { scrub: false } } } });
    const outcome = await moderateOutgoing('my email is kid@example.com', { band: 'teen16to17', policy });
    expect(outcome).toMatchObject({ action: 'allow', text: 'my email is kid@example.com', removed: [] });
    const scrubbed = await moderateOutgoing('my email is kid@example.com', { band: 'teen13to15', policy });
    expect(scrubbed.text).toBe('my email is [email]');
  });

  it('treats an unknown band as the youngest', async () => {
    const outcome = await moderateOutgoing('my email is kid@example.com', { band: 'nope' as never });
    expect(outcome.text).toBe('my email is [email]');
    expect(outcome.explanation).toBe(`We took out ${en13.labels.email} to keep you safe.`);
  });
});

describe('moderateOutgoing: app hooks', () => {
  it('runs the built-ins first and passes app hooks the scrubbed text, in order', async () => {
    const seen: string[] = [];
    const first: ModerationHook = (message) => {
      seen.push(`first:${message}`);
      return { action: 'transform', text: message.replace('pizza', 'pasta') };
    };
    const second: ModerationHook = async (message, context) => {
      seen.push(`second:${message}:${context.band}`);
      return { action: 'allow' };
    };
    const outcome = await moderateOutgoing('I like pizza, email me at a@b.co', {
      band: 'under13',
      hooks: [first, second],
    });
    expect(seen).toEqual([
      'first:I like pizza, email me at [email]',
      'second:I like pasta, email me at [email]:under13',
    ]);
    expect(outcome).toMatchObject({
      action: 'transform',
      text: 'I like pasta, email me at [email]',
      transformed: true,
    });
  });

  it('takes the strongest decision: block beats transform', async () => {
    const transform: ModerationHook = () => ({ action: 'transform', text: 'hi' });
    const block: ModerationHook = () => ({ action: 'block', reason: 'Links to other chats are not allowed.' });
    const outcome = await moderateOutgoing('hello', { band: 'teen16to17', hooks: [transform, block] });
    expect(outcome).toMatchObject({ action: 'block', text: '', reason: 'Links to other chats are not allowed.' });
  });

  it('keeps an escalation when a later hook blocks: a risk is never hidden by a block', async () => {
    const escalate: ModerationHook = () => ({ action: 'escalate', category: 'bullying' });
    const block: ModerationHook = () => ({ action: 'block', reason: 'Links to other chats are not allowed.' });
    const outcome = await moderateOutgoing('hello', { band: 'teen16to17', hooks: [escalate, block] });
    expect(outcome).toMatchObject({
      action: 'escalate',
      text: 'hello',
      reason: 'Links to other chats are not allowed.',
    });
    expect(outcome.categories).toEqual(['bullying']);
  });

  it('escalates a risk told with words that would be blocked on their own', async () => {
    const outcome = await moderateOutgoing('he has my nudes and says he will post them unless i pay, fuck', {
      band: 'teen13to15',
    });
    expect(outcome.action).toBe('escalate');
    expect(outcome.text).not.toBe('');
    expect(outcome.categories).toEqual(expect.arrayContaining(['sextortion', 'profanity']));
  });

  it('reads the earlier messages for risk that shows only across turns', async () => {
    const history = ['theres this guy i met on roblox, hes 24', 'he sends me robux all the time'];
    // Alone, a secret kept with "him" says little; after an adult met online who sends gifts, it is grooming.
    const alone = await moderateOutgoing('he asked me to keep it between us', { band: 'under13' });
    const withHistory = await moderateOutgoing('he asked me to keep it between us', { band: 'under13', history });
    expect(alone.action).not.toBe('escalate');
    expect(withHistory.action).toBe('escalate');
    expect(withHistory.categories).toContain('grooming');
  });

  it('refuses a message longer than the band allows before reading it, and says why', async () => {
    const outcome = await moderateOutgoing('a'.repeat(1001), { band: 'under13' });
    expect(outcome).toMatchObject({ action: 'block', text: '' });
    expect(outcome.explanation).toBe(en13.tooLong.replace('{max}', '1000'));
  });

  it('stops at a block: later hooks do not run', async () => {
    const later = vi.fn<ModerationHook>(() => ({ action: 'allow' }));
    await moderateOutgoing('send nudes', { band: 'under13', hooks: [later] });
    expect(later).not.toHaveBeenCalled();
  });

  it('reports an escalation from an app hook with its category', async () => {
    const hook: ModerationHook = () => ({ action: 'escalate', category: 'self-harm' });
    const outcome = await moderateOutgoing('ok', { band: 'under13', hooks: [hook] });
    expect(outcome).toMatchObject({
      action: 'escalate',
      text: 'ok',
      categories: ['self-harm'],
      explanation: en13.escalated['self-harm'],
    });
  });

  it('collects what a hook says it removed', async () => {
    const hook: ModerationHook = (message) => ({
      action: 'transform',
      text: message.replace('Bubbles', '[name]'),
      removed: [{ type: 'name', start: 19, end: 26 }],
    });
    // A word the built-in scrubber leaves, so only the hook's removal is counted.
    const outcome = await moderateOutgoing('my favourite word: Bubbles', { band: 'teen13to15', hooks: [hook] });
    expect(outcome).toMatchObject({ action: 'transform', text: 'my favourite word: [name]' });
    expect(outcome.removed).toEqual([{ type: 'name', count: 1, label: enTeen.labels.name }]);
  });

  it.each<[string, ModerationHook]>([
    [
      'throws',
      () => {
        throw new Error('boom');
      },
    ],
    ['rejects', () => Promise.reject(new Error('network down'))],
    ['answers nonsense', () => ({ action: 'maybe' }) as unknown as HookDecision],
    ['answers nothing', () => undefined as unknown as HookDecision],
  ])('fails closed when a hook %s', async (_, hook) => {
    const outcome = await moderateOutgoing('hello', { band: 'under13', hooks: [hook] });
    expect(outcome).toMatchObject({ action: 'block', text: '', explanation: en13.hookFailed, reason: en13.hookFailed });
  });
});

describe('piiHook and screenHook', () => {
  it('piiHook transforms per the band’s policy', async () => {
    const hook = piiHook();
    expect(await hook('call 415-555-0199', { band: 'under13' })).toEqual({
      action: 'transform',
      text: 'call [phone]',
      removed: [{ type: 'phone', start: 5, end: 17 }],
    });
    expect(await hook('call 415-555-0199', { band: 'adult' })).toEqual({ action: 'allow' });
  });

  it('screenHook blocks and escalates per the band’s policy', async () => {
    const hook = screenHook();
    expect(await hook('this is sh1t', { band: 'teen13to15' })).toEqual({
      action: 'block',
      reason: enTeen.blocked.profanity,
    });
    expect(await hook('this is sh1t', { band: 'adult' })).toEqual({ action: 'allow' });
    expect(await hook('i want to kill myself', { band: 'adult' })).toEqual({
      action: 'escalate',
      category: 'self-harm',
    });
  });
});

describe('moderation catalogue', () => {
  it('has every English key in Spanish, for every band override too', () => {
    const keys = (o: object): string[] =>
      Object.entries(o).flatMap(([k, v]) =>
        typeof v === 'object' && v !== null ? keys(v).map((x) => `${k}.${x}`) : [k],
      );
    expect(keys(moderationMessages.es!.base).sort()).toEqual(keys(moderationMessages.en.base).sort());
    expect(keys(moderationMessages.es!.bands!.under13!).sort()).toEqual(
      keys(moderationMessages.en.bands!.under13!).sort(),
    );
  });
});

describe('moderateOutgoing: what a hook is told', () => {
  it('gives each hook the original text, the scrubbed text and the findings', async () => {
    const inputs: Parameters<ModerationHook>[1][] = [];
    const hook: ModerationHook = (_message, input) => {
      inputs.push(input);
      return { action: 'allow' };
    };
    const text = 'find me at t.me/coolkid22 or call 415-555-0199';
    await moderateOutgoing(text, { band: 'teen13to15', locale: 'en', hooks: [hook] });
    const [input] = inputs;
    expect(input).toMatchObject({
      band: 'teen13to15',
      locale: 'en',
      text,
      scrubbedText: 'find me at [url] or call [phone]',
    });
    expect(input?.findings.pii.map((f) => [f.type, text.slice(f.start, f.end)])).toEqual([
      ['url', 't.me/coolkid22'],
      ['phone', '415-555-0199'],
    ]);
    expect(input?.findings.screen).toMatchObject({ action: 'allow', categories: [] });
  });

  it('tells later hooks what earlier ones changed and escalated', async () => {
    const later = vi.fn<ModerationHook>(() => ({ action: 'allow' }));
    await moderateOutgoing('I like pizza', {
      band: 'teen16to17',
      hooks: [
        () => ({ action: 'escalate', category: 'bullying' }),
        () => ({ action: 'transform', text: 'I like pasta' }),
        later,
      ],
    });
    expect(later).toHaveBeenCalledWith(
      'I like pasta',
      expect.objectContaining({ text: 'I like pizza', scrubbedText: 'I like pasta' }),
    );
    expect(later.mock.calls[0]?.[1].findings.categories).toEqual(['bullying']);
  });

  it('shows a hook the screen’s categories for a worrying message', async () => {
    const seen = vi.fn<ModerationHook>(() => ({ action: 'allow' }));
    await moderateOutgoing('i want to kill myself', { band: 'teen13to15', hooks: [seen] });
    expect(seen.mock.calls[0]?.[1].findings.categories).toContain('self-harm');
    expect(seen.mock.calls[0]?.[1].findings.screen?.action).toBe('escalate');
  });
});
