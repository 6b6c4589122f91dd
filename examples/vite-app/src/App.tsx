import '@youthchat/react/styles.css';
import { AgeGate, SafeChat, useYouthSafety, YouthSafetyProvider } from '@youthchat/react';

// The visitor's language and country: from your app's settings, or the browser's as here.
const locale = navigator.language.split('-')[0] ?? 'en';
const country = navigator.language.split('-')[1] ?? 'US';

export function App() {
  return (
    <YouthSafetyProvider locale={locale} country={country} serverUrl="/api">
      <main style={{ maxWidth: 720, margin: '0 auto', padding: 16, blockSize: '100dvh', boxSizing: 'border-box' }}>
        <h1>Study Helper</h1>
        <Assistant />
      </main>
    </YouthSafetyProvider>
  );
}

/** The age question until it is answered; then the chat, which shows the AI disclosure first. */
function Assistant() {
  const { age } = useYouthSafety('Assistant');
  return age ? <SafeChat /> : <AgeGate />;
}
