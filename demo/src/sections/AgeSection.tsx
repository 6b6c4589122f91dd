import { AgeGate, type AgeResult, useYouthSafety } from '@youthchat/react';
import { useState } from 'react';

/** The age gate, what it settled, and the app-level reset. */
export function AgeSection() {
  const { age, band, resetAge } = useYouthSafety('AgeSection');
  const [events, setEvents] = useState<{ id: number; line: string }[]>([]);
  const log = (line: string) => setEvents((previous) => [...previous, { id: previous.length, line }]);
  const describe = (result: AgeResult) => `band ${result.band}, consent ${result.consent}`;

  return (
    <section className="demo-section" aria-labelledby="demo-age">
      <h2 id="demo-age">Age gate</h2>
      <p className="demo-note">
        The server signs the answer into a token (an HttpOnly cookie, also kept on this device). Reloading, opening a
        new tab or going Back does not ask again; only the app-level reset below does.
      </p>
      <AgeGate
        headingLevel={3}
        onComplete={(result) => log(`onComplete: ${describe(result)}${result.token ? ', token received' : ''}`)}
        onParentalConsentRequired={(result) => log(`onParentalConsentRequired: ${describe(result)}`)}
      />
      <dl className="demo-state">
        <dt>Band in use</dt>
        <dd>{band}</dd>
        <dt>Consent</dt>
        <dd>{age ? age.consent : 'not answered yet'}</dd>
        <dt>Token expires</dt>
        <dd>{age?.expiresAt ? new Date(age.expiresAt).toLocaleString() : '-'}</dd>
      </dl>
      <button
        type="button"
        className="yc-button"
        data-variant="secondary"
        onClick={() => {
          log('resetAge()');
          void resetAge();
        }}
      >
        Reset the answer (app-level reset)
      </button>
      {events.length > 0 && (
        <ol className="demo-log" aria-label="Callbacks">
          {events.map((event) => (
            <li key={event.id}>{event.line}</li>
          ))}
        </ol>
      )}
    </section>
  );
}
