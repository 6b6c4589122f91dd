import '@youthchat/react/styles.css';
import { defineDisclosures, type ModerationHook } from '@youthchat/core';
import { type HelpLines, SafeChat, YouthSafetyProvider } from '@youthchat/react';

// Defined once, outside any component, so every render passes the same objects.
export const disclosures = defineDisclosures({
  teen13to15: {
    title: 'Study Buddy is an AI',
    sections: {
      help: { body: 'Something upsetting? Press “{reportButton}” next to any message, or talk to your form tutor.' },
    },
  },
});

export const helpLines: HelpLines = {
  lines: [
    {
      id: 'school-counsellor',
      name: 'Oakfield School counsellor',
      description: 'Talk to Ms Rivera, in school or by phone.',
      phone: '0800 123 4567',
      topics: ['self-harm', 'bullying'],
    },
  ],
};

// Sees the message as the child typed it (`text`), not only the scrubbed one.
export const noInvites: ModerationHook = (_scrubbed, { text, band }) =>
  band !== 'adult' && band !== 'teen16to17' && /discord\.gg\/|t\.me\//i.test(text)
    ? { action: 'block', reason: 'Invites to other chats are not allowed here.' }
    : { action: 'allow' };

const moderationHooks = [noInvites];

export function App() {
  return (
    <YouthSafetyProvider
      serverUrl="/api"
      country="GB"
      disclosures={disclosures}
      helpLines={helpLines}
      moderationHooks={moderationHooks}
    >
      <SafeChat />
    </YouthSafetyProvider>
  );
}
