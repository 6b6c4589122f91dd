import type { AgeBand } from '@youthchat/core';

/** Band names for the demo's own labels. */
export const BAND_NAMES: Record<AgeBand, string> = {
  under13: 'Under 13',
  teen13to15: '13 to 15',
  teen16to17: '16 to 17',
  adult: 'Adult',
};

/** The age the demo's band switcher answers with, one per band. */
export const DEMO_AGES: Record<AgeBand, number> = { under13: 10, teen13to15: 14, teen16to17: 16, adult: 30 };
