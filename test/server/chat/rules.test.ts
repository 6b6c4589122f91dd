import { ConfigurationError } from '@youthchat/core';
import { DEFAULT_CATEGORY_TABLES, decide, resolveCategoryTables } from '@youthchat/server';
import { describe, expect, it } from 'vitest';

const teen = DEFAULT_CATEGORY_TABLES.teen13to15;
const adult = DEFAULT_CATEGORY_TABLES.adult;

describe('the category table', () => {
  it('escalates self-harm intent with help lines and a high-severity event, and lets the chat go on', () => {
    const d = decide([{ categories: ['self-harm/intent'] }], teen, 'input');
    expect(d).toEqual({
      action: 'escalate',
      categories: ['self-harm/intent'],
      crisisResources: true,
      escalations: [{ category: 'self-harm/intent', severity: 'high' }],
      withheld: false,
    });
  });

  it('blocks sexual content involving a minor and raises a high-severity escalation', () => {
    const d = decide([{ categories: ['sexual/minors', 'sexual'] }], teen, 'input');
    expect(d.action).toBe('block');
    expect(d.escalations).toContainEqual({ category: 'sexual/minors', severity: 'high' });
  });

  it('blocks threats and raises an escalation', () => {
    const d = decide([{ categories: ['harassment/threatening'] }], teen, 'input');
    expect(d.action).toBe('block');
    expect(d.escalations).toEqual([{ category: 'harassment/threatening', severity: 'medium' }]);
  });

  it('takes the strictest action across checks', () => {
    const d = decide([{ categories: ['self-harm'], action: 'escalate' }, { categories: ['sexual'] }], teen, 'input');
    expect(d.action).toBe('block');
    expect(d.crisisResources).toBe(true);
  });

  it('blocks a category it has no rule for: an unknown flag is still a flag', () => {
    expect(decide([{ categories: ['something-new'] }], adult, 'input').action).toBe('block');
  });

  it('withholds reply text in any category that is not allowed, even where the input would only escalate', () => {
    expect(decide([{ categories: ['self-harm'] }], teen, 'output').action).toBe('block');
    expect(decide([{ categories: ['harassment'] }], teen, 'input').action).toBe('allow');
    expect(decide([{ categories: ['harassment'] }], teen, 'output').action).toBe('block');
  });

  it('on the reply, counts only what a policy-following check blocks', () => {
    expect(decide([{ categories: ['self-harm'], action: 'escalate' }], teen, 'output').action).toBe('allow');
    expect(decide([{ categories: ['sexual'], action: 'block' }], teen, 'output').action).toBe('block');
  });

  it('differs by band: profanity is blocked for teens and allowed for adults', () => {
    expect(decide([{ categories: ['profanity'] }], teen, 'input').action).toBe('block');
    expect(decide([{ categories: ['profanity'] }], adult, 'input').action).toBe('allow');
  });

  it('counts a category whose score reaches the rule threshold even when the provider did not flag it', () => {
    const tables = resolveCategoryTables({ under13: { sexual: { action: 'block', threshold: 0.3 } } });
    expect(decide([{ categories: [], scores: { sexual: 0.4 } }], tables.under13, 'input').action).toBe('block');
    expect(decide([{ categories: [], scores: { sexual: 0.2 } }], tables.under13, 'input').action).toBe('allow');
    expect(decide([{ categories: [], scores: { sexual: 0.4 } }], tables.teen13to15, 'input').action).toBe('allow');
  });

  it('merges overrides category by category', () => {
    const tables = resolveCategoryTables({ teen16to17: { harassment: { action: 'block' } } });
    expect(tables.teen16to17.harassment).toEqual({ action: 'block' });
    expect(tables.teen16to17['self-harm/intent']).toEqual(teen['self-harm/intent']);
    expect(tables.teen13to15.harassment).toEqual(teen.harassment);
  });

  it('refuses overrides that would let a minor’s danger signs through', () => {
    expect(() => resolveCategoryTables({ teen13to15: { 'self-harm': { action: 'allow' } } })).toThrow(
      ConfigurationError,
    );
    expect(() =>
      resolveCategoryTables({ under13: { 'sexual/minors': { action: 'block', outputAction: 'allow' } } }),
    ).toThrow(/sexual\/minors cannot be allowed for minors/);
    expect(() => resolveCategoryTables({ adult: { profanity: { action: 'block' } } })).not.toThrow();
  });
});
