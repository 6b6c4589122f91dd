import { defineDisclosures } from '@youthchat/core';
import { AIDisclosure, SafeChat, YouthSafetyProvider } from '@youthchat/react';

const disclosures = defineDisclosures({
  teen13to15: {
    title: 'Study Buddy is an AI',
    sections: {
      help: { body: 'Something upsetting? Press “{reportButton}” next to any message, or talk to your form tutor.' },
    },
  },
});

export function App() {
  return (
    <YouthSafetyProvider disclosures={disclosures}>
      {/* Your own dialog, with a trigger and a break action; SafeChat then renders none. */}
      <AIDisclosure trigger onTakeBreak={() => window.location.assign('/')} />
      <SafeChat renderDisclosure={false} />
    </YouthSafetyProvider>
  );
}
