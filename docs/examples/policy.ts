import { definePolicy } from '@youthchat/core';

export const policy = definePolicy({
  youngestBand: 'teen13to15', // a service for 13+ only: unknown age is treated as 13–15
  bands: {
    teen16to17: { chat: { maxMessageChars: 3000 }, disclosure: { reminderIntervalMinutes: 120 } },
    adult: { screening: { actions: { profanity: 'block' } } },
  },
});
