// A document of its own on the test origin, so that it can really be reloaded.
// The server is "down" until the page that holds this frame sets `ycServerUp`.
import '@youthchat/react/styles.css';
import { ReportButton, YouthSafetyProvider } from '@youthchat/react';
import { createRoot } from 'react-dom/client';

declare global {
  interface Window {
    ycServerUp?: boolean;
    ycRequests?: number;
  }
}

const gated: typeof fetch = (input, init) => {
  const parent = window.parent;
  parent.ycRequests = (parent.ycRequests ?? 0) + 1;
  if (!parent.ycServerUp) return Promise.reject(new TypeError('Failed to fetch'));
  return fetch(input, init);
};

const root = document.getElementById('root');
if (root && window.parent !== window) {
  createRoot(root).render(
    <YouthSafetyProvider locale="en-GB" fetch={gated} storageKey="yc-frame">
      <p>Call me on 07700 900123, I'm at 12 Park Lane.</p>
      <ReportButton
        messageId="frame-message-1"
        messageRole="assistant"
        excerpt="Call me on 07700 900123, I'm at 12 Park Lane."
      />
    </YouthSafetyProvider>,
  );
}
