import { CrisisResources, type HelpLines, YouthSafetyProvider } from '@youthchat/react';

// Your lines reach every CrisisResources: the chat's help panel, the lines under a reply, the report dialog.
const helpLines: HelpLines = {
  lines: [{ id: 'school-counsellor', name: 'School counsellor', phone: '0800 123 4567', topics: ['bullying'] }],
  fallback: { id: 'local-help', name: 'Local help line', url: 'https://example.org/help' },
};

export function App() {
  return (
    <YouthSafetyProvider country="GB" locale="en-GB" helpLines={helpLines}>
      <CrisisResources categories={['self-harm']} />
    </YouthSafetyProvider>
  );
}
