import { consentAllows } from '@youthchat/core';
import { AIDisclosurePanel, AIDisclosureTrigger, useAIDisclosure, useYouthSafety } from '@youthchat/react';
import { BAND_NAMES } from '../bands.ts';

/** Step 2: the AI disclosure for the band, which must be acknowledged before the first message. */
export function DisclosureSection() {
  const { age, band } = useYouthSafety('DisclosureSection');
  const { acknowledged, version } = useAIDisclosure();

  return (
    <section className="demo-section" aria-labelledby="demo-disclosure">
      <h2 id="demo-disclosure">
        <span className="demo-step">2</span> AI disclosure
      </h2>
      <p className="demo-note">
        Once the age is known, the chat opens a dialog that says, in words for that age, that this is an AI and not a
        person. Nothing can be sent until it is acknowledged; it comes back when the band or the text changes, and a
        reminder with a break prompt follows after a set time of use. Where a parent has to agree first, it waits until
        they have.
      </p>
      {age && !consentAllows(age.consent, age.consentScopes ?? []).chat ? (
        <p className="demo-waiting">
          Waiting for a parent or guardian (step 1): the disclosure opens once they have agreed to the chat.
        </p>
      ) : age ? (
        <>
          <dl className="demo-state" aria-label="Disclosure state">
            <dt>Text shown</dt>
            <dd>{BAND_NAMES[band]}</dd>
            <dt>Acknowledged</dt>
            <dd>{acknowledged ? `yes (version ${version.slice(0, 8)})` : 'not yet'}</dd>
          </dl>
          <AIDisclosureTrigger />
          <details className="demo-details">
            <summary>Read this band’s text on the page</summary>
            <AIDisclosurePanel headingLevel={3} />
          </details>
        </>
      ) : (
        <p className="demo-waiting">
          Answer the age question first: the disclosure is written for the band it settles.
        </p>
      )}
    </section>
  );
}
