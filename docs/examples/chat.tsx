import '@youthchat/react/styles.css';
import type { ChatEvent } from '@youthchat/core';
import { SafeChat, YouthSafetyProvider } from '@youthchat/react';

/** Where your analytics go; only categories, never what the child wrote. */
export const safetyCategories: string[] = [];

function onEvent(event: ChatEvent) {
  if (event.type === 'safety') safetyCategories.push(...event.notice.categories);
}

export function App() {
  return (
    <YouthSafetyProvider serverUrl="/api" locale="es" country="ES">
      <SafeChat onEvent={onEvent} />
    </YouthSafetyProvider>
  );
}
