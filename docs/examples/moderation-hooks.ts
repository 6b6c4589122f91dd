import { type ModerationHook, moderateOutgoing } from '@youthchat/core';

// Your own check: no links to other chat apps for under-16s. It reads the text as typed,
// since the built-in scrubber has already replaced such a link with "[url]".
export const noInvites: ModerationHook = (_scrubbed, { text, band }) =>
  band !== 'adult' && band !== 'teen16to17' && /discord\.gg\/|t\.me\//i.test(text)
    ? { action: 'block', reason: 'Invites to other chats are not allowed here.' }
    : { action: 'allow' };

export const outcome = await moderateOutgoing('call me on 415-555-0199', {
  band: 'under13',
  locale: 'en',
  hooks: [noInvites],
});
// {
//   action: 'transform',
//   text: 'call me on [phone]',
//   original: 'call me on 415-555-0199',
//   transformed: true,
//   removed: [{ type: 'phone', count: 1, label: 'your phone number' }],
//   categories: [],
//   coverage: 'full',
//   explanation: 'We took out your phone number to keep you safe.',
// }

export const invite = await moderateOutgoing('add me at t.me/coolkid22', { band: 'teen13to15', hooks: [noInvites] });
// { action: 'block', text: '', reason: 'Invites to other chats are not allowed here.', … }
