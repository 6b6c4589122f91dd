'use client';
// The page: the age question, then the chat. Everything youthchat renders needs the browser, so this is a
// client component; the routes it calls are in app/api/[...youthchat]/route.ts.
import { AgeGate, SafeChat, useYouthSafety, YouthSafetyProvider } from '@youthchat/react';

export default function Page() {
  return (
    <YouthSafetyProvider locale="en" country="US" serverUrl="/api">
      <main style={{ maxWidth: 720, margin: '0 auto', padding: 16, blockSize: '100dvh', boxSizing: 'border-box' }}>
        <h1>Study Helper</h1>
        <Assistant />
      </main>
    </YouthSafetyProvider>
  );
}

function Assistant() {
  const { age } = useYouthSafety('Assistant');
  return age ? <SafeChat /> : <AgeGate />;
}
