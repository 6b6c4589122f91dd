// A second, fresh document on the same origin: what a reload or a new tab gets.
import '@youthchat/react/styles.css';
import { AgeGate, YouthSafetyProvider } from '@youthchat/react';
import { createRoot } from 'react-dom/client';

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <YouthSafetyProvider locale="en-GB">
      <AgeGate />
    </YouthSafetyProvider>,
  );
}
