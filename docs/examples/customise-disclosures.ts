import { defineDisclosures } from '@youthchat/core';

export const disclosures = defineDisclosures({
  // What your app does with messages; without it the text points to your privacy notice.
  facts: { retentionDays: 30 },
  under13: {
    title: 'Meet Pip, our AI helper', // replace the title
    sections: {
      ai: { heading: 'Pip is not a person' }, // reword part of a section
      privacy: { body: 'Never tell Pip your name, school or where you live.' },
    },
    add: [{ id: 'club-rules', heading: 'Club rules', body: 'Be kind.', after: 'privacy' }],
  },
  adult: { sections: { mistakes: null } }, // remove a section (adults only)
  locales: {
    es: { under13: { title: 'Te presentamos a Pip, nuestro ayudante de IA' } },
    it: {
      under13: { title: 'Stai parlando con un’IA', retention: { unknown: 'Chiedi a un adulto quanto li teniamo.' } },
    },
  },
});

// <YouthSafetyProvider disclosures={disclosures}>…</YouthSafetyProvider>
