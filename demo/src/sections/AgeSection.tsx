import { AgeGate, type AgeResult, useYouthSafety } from '@youthchat/react';
import { BAND_NAMES } from '../bands.ts';
import { useLog } from '../log.ts';

/** Step 1: the age gate, what it settled, and the callbacks it fired. */
export function AgeSection() {
  const { age, band } = useYouthSafety('AgeSection');
  const [events, log] = useLog();
  const describe = (result: AgeResult) => `band ${result.band}, consent ${result.consent}`;

  return (
    <section className="demo-section" aria-labelledby="demo-age">
      <h2 id="demo-age">
        <span className="demo-step">1</span> Age gate
      </h2>
      <p className="demo-note">
        A neutral date-of-birth question. The server signs the answer into a token kept in an HttpOnly cookie (the
        device keeps only the band and when it expires); reloading, a new tab or Back does not ask again. Until it is
        answered, every component behaves as for the youngest band.
      </p>
      <AgeGate
        headingLevel={3}
        onComplete={(result) => log(`onComplete: ${describe(result)}`)}
        onParentalConsentRequired={(result) => log(`onParentalConsentRequired: ${describe(result)}`)}
      />
      <dl className="demo-state" aria-label="What the gate settled">
        <dt>Band in use</dt>
        <dd>{age ? BAND_NAMES[band] : `${BAND_NAMES[band]} (not answered yet: the youngest band)`}</dd>
        <dt>Parental consent</dt>
        <dd>
          {age ? age.consent : '-'}
          {age?.consentScopes && age.consentScopes.length > 0 ? ` (${age.consentScopes.join(', ')})` : ''}
        </dd>
        <dt>Token expires</dt>
        <dd>{age?.expiresAt ? new Date(age.expiresAt).toLocaleString() : '-'}</dd>
      </dl>
      {age && age.consent !== 'not-needed' && (
        <p className="demo-callout">
          Demo note: below this country’s age of digital consent, the gate asks for a parent (in person or by email) and
          waits. Play the parent in the mailbox below. Until a parent allows <code>use</code>, the server holds every
          chat; without <code>ai-provider</code>, nothing goes to the model provider.
        </p>
      )}
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
