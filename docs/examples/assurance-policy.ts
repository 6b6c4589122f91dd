import { definePolicy } from '@youthchat/core';

// Adults chat only with at least a platform age signal. Messages of 16- and 17-year-olds reach the model
// provider only with a verified age (a vendor's result, or a parent's confirmation through a verified
// check); below it, the chat answers from this server and nothing goes to a third party.
export const policy = definePolicy({
  bands: {
    adult: { assurance: { features: { chat: 'platform' } } },
    teen16to17: { assurance: { features: { 'ai-provider': 'verified' } } },
  },
});
