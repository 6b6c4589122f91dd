import { scrubPII } from '@youthchat/core';
import { describe, expect, it } from 'vitest';

/** The pieces of `text` the scrubber took, by type. */
function taken(text: string): [string, string][] {
  return scrubPII(text).findings.map((f) => [f.type, text.slice(f.start, f.end)]);
}

describe('scrubPII: messenger profile links', () => {
  it.each([
    ['find me at t.me/coolkid22', 't.me/coolkid22'],
    ['message me @ t.me/sam_r', 't.me/sam_r'],
    ['add me t.me/coolkid22', 't.me/coolkid22'],
    ['https://t.me/coolkid22 is me', 'https://t.me/coolkid22'],
    ['i am at telegram.me/bob_99', 'telegram.me/bob_99'],
    ['see telegram.me/joinchat/AbCdEf', 'telegram.me/joinchat/AbCdEf'],
    ['chat me at wa.me/447700900123 ok', 'wa.me/447700900123'],
    ['wa.me/+447700900123', 'wa.me/+447700900123'],
    ['join chat.whatsapp.com/AbC123 tonight', 'chat.whatsapp.com/AbC123'],
    ['im at discord.gg/abc123', 'discord.gg/abc123'],
    ['add me at snapchat.com/add/lily_2012', 'snapchat.com/add/lily_2012'],
    ['me at instagram.com/skater.girl', 'instagram.com/skater.girl'],
    ['msg me at m.me/sam.r', 'm.me/sam.r'],
  ])('%s: the link is one finding, not half an email', (text, link) => {
    expect(taken(text)).toEqual([['url', link]]);
    expect(scrubPII(text).text).toBe(text.replace(link, '[url]'));
  });

  it('still reads a spelled-out address as an email', () => {
    expect(taken('write to sam at gmail dot com')).toEqual([['email', 'sam at gmail dot com']]);
    expect(taken('mail me @ sam.r@gmail.com')).toEqual([['email', 'sam.r@gmail.com']]);
  });

  it('leaves a messenger site without a profile alone', () => {
    expect(scrubPII('is telegram or t.me safer than whatsapp?').findings).toEqual([]);
  });
});
