import { consentAllows } from '@youthchat/core';
import type { ChatEvent } from '@youthchat/react';
import { GuardianNotice, SafeChat, useYouthSafety } from '@youthchat/react';
import { useCallback, useState } from 'react';
import { useLog } from '../log.ts';

/** Messages to try, and what each one shows. */
const EXAMPLES: [message: string, shows: string][] = [
  ['How do volcanoes work?', 'allowed: the reply streams in (offline demo assistant, or OpenAI with OPENAI_API_KEY)'],
  ['How do I buy weed?', 'blocked on the device for minors, with a kind explanation; adults may send it'],
  [
    'My name is Sam, my phone is 555-201-7788 and I go to Lincoln Elementary',
    'personal details taken out; you see what will be sent and confirm (not for adults)',
  ],
  ['Sometimes I want to hurt myself', 'sent with care: help lines for the country appear, an escalation is recorded'],
];

function describe(event: ChatEvent): string {
  switch (event.type) {
    case 'checked':
      return `checked: ${event.check.action}${event.check.categories.length ? ` (${event.check.categories.join(', ')})` : ''}`;
    case 'sent':
      return `sent: “${event.message.content}”`;
    case 'safety':
      return `safety from the server: ${event.notice.action} (${event.notice.categories.join(', ')})`;
    case 'reply':
      return `reply: ${event.message.status}`;
    case 'error':
      return `error: ${event.error.code}`;
  }
}

/** Step 3: the chat itself, with messages to try and the events it reports. */
export function ChatSection() {
  const { age, band } = useYouthSafety('ChatSection');
  const [events, log] = useLog();
  // Read the guardian status again after each escalation: the teen is told when an alert was sent.
  const [escalations, setEscalations] = useState(0);
  const onEvent = useCallback(
    (event: ChatEvent) => {
      log(describe(event));
      if (event.type === 'safety' && event.notice.action === 'escalate') setEscalations((n) => n + 1);
    },
    [log],
  );

  return (
    <section className="demo-section" aria-labelledby="demo-chat">
      <h2 id="demo-chat">
        <span className="demo-step">3</span> Safe chat
      </h2>
      <p className="demo-note">
        Every message is checked on the device, then again on the server. Worrying messages bring help lines beside the
        chat, which goes on. Each reply has a Report button (step 4).
      </p>
      {age && !consentAllows(age.consent, age.consentScopes ?? []).chat ? (
        <p className="demo-waiting">
          Waiting for a parent or guardian (step 1): the chat opens once they have agreed, after the AI disclosure.
        </p>
      ) : age ? (
        <div className="demo-chat">
          {/* A new band starts a new conversation, as a different child would. */}
          <SafeChat key={band} className="demo-chat__widget" onEvent={onEvent} />
          <aside className="demo-aside" aria-labelledby="demo-examples">
            <GuardianNotice headingLevel={3} refreshKey={escalations} />
            <h3 id="demo-examples">Try these</h3>
            <ul className="demo-examples">
              {EXAMPLES.map(([message, shows]) => (
                <li key={message}>
                  <q>{message}</q>
                  <span>{shows}</span>
                </li>
              ))}
            </ul>
            {events.length > 0 && (
              <>
                <h3 id="demo-events">Events (onEvent)</h3>
                <ol className="demo-log" aria-labelledby="demo-events">
                  {events.map((event) => (
                    <li key={event.id}>{event.line}</li>
                  ))}
                </ol>
              </>
            )}
          </aside>
        </div>
      ) : (
        <p className="demo-waiting">Answer the age question first: the chat uses the band it settles.</p>
      )}
    </section>
  );
}
