import type { AgeBand, DisclosureConfig, Policy } from '@youthchat/core';
import { AIDisclosure, type AIDisclosureProps, useAIDisclosure, YouthSafetyProvider } from '@youthchat/react';
import { useState } from 'react';

/** A stand-in chat: a send button gated on the disclosure, and the reminder flag. */
export function Chat() {
  const { acknowledged, reminderDue, open } = useAIDisclosure();
  const [sent, setSent] = useState(0);
  return (
    <main>
      <h1>Chat</h1>
      <label>
        Message
        <input defaultValue="hello" />
      </label>
      <button type="button" disabled={!acknowledged} onClick={() => setSent((n) => n + 1)}>
        Send
      </button>
      <output aria-label="sent">{sent}</output>
      <output aria-label="reminder">{reminderDue ? 'due' : 'not due'}</output>
      <button type="button" onClick={open}>
        Help
      </button>
    </main>
  );
}

export interface AppProps extends AIDisclosureProps {
  band?: AgeBand;
  locale?: string;
  policy?: Policy;
  storageKey?: string;
  disclosures?: DisclosureConfig;
  withDisclosure?: boolean;
}

export function App({
  band = 'under13',
  locale = 'en',
  policy,
  storageKey = 'test',
  withDisclosure = true,
  ...rest
}: AppProps) {
  return (
    <YouthSafetyProvider band={band} locale={locale} storageKey={storageKey} {...(policy ? { policy } : {})}>
      {withDisclosure ? <AIDisclosure {...rest} /> : null}
      <Chat />
    </YouthSafetyProvider>
  );
}
