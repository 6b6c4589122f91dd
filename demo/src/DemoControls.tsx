import { AGE_BANDS, type AgeBand, type ConsentStatus } from '@youthchat/core';
import { useYouthSafety } from '@youthchat/react';
import { useState } from 'react';
import { BandTable } from './BandTable.tsx';
import { BAND_NAMES, DEMO_AGES } from './bands.ts';

interface AgeAnswer {
  band: AgeBand;
  consent: ConsentStatus;
  expiresAt: string;
}

/**
 * Controls for the person trying the kit, not part of it. The band switcher
 * answers the age question again through the real server (reset, then
 * `POST /api/age` with a typical age for the band), so the page and the
 * server's signed token agree on the band, as they would for a real child.
 * The reset works because the demo's own server (scripts/start.mjs) adds the
 * reset credential to it, as an app's server would for a parent.
 */
export function DemoControls() {
  const { age, band, country, fetch, serverUrl, resetAge, setAge } = useYouthSafety('DemoControls');
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState('');

  async function answerAs(next: AgeBand) {
    setBusy(true);
    setStatus('');
    try {
      await resetAge();
      const response = await fetch(`${serverUrl}/age`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ age: DEMO_AGES[next], ...(country ? { country } : {}) }),
      });
      const body = await response.json();
      if (!response.ok) throw new Error(body?.error?.message ?? `the server answered ${response.status}`);
      const answer = body as AgeAnswer;
      setAge({ band: answer.band, consent: answer.consent, expiresAt: answer.expiresAt });
      setStatus(`Answered as a ${DEMO_AGES[next]}-year-old: ${BAND_NAMES[answer.band]}, consent ${answer.consent}.`);
    } catch (error) {
      setStatus(`Could not switch: ${error instanceof Error ? error.message : String(error)}`);
    } finally {
      setBusy(false);
    }
  }

  async function reset() {
    await resetAge();
    setStatus('The age answer was forgotten; the gate asks again.');
  }

  return (
    <section className="demo-controls" aria-labelledby="demo-controls-title">
      <h2 id="demo-controls-title">
        Demo controls <span className="demo-badge">not part of the kit</span>
      </h2>
      <div className="demo-controls__row">
        <div role="group" aria-labelledby="demo-band-label" className="demo-bands">
          <span id="demo-band-label">Try the journey as:</span>
          {AGE_BANDS.map((b) => (
            <button
              key={b}
              type="button"
              className="yc-button"
              data-variant={age && band === b ? undefined : 'secondary'}
              aria-pressed={age !== null && band === b}
              aria-disabled={busy || undefined}
              onClick={() => !busy && void answerAs(b)}
            >
              {BAND_NAMES[b]}
            </button>
          ))}
        </div>
        <button
          type="button"
          className="yc-button"
          data-variant="secondary"
          aria-disabled={busy || undefined}
          onClick={() => !busy && void reset()}
        >
          Reset age (demo)
        </button>
      </div>
      <p className="demo-controls__status" role="status">
        {status}
      </p>
      <details>
        <summary>How the bands differ</summary>
        <BandTable current={age ? band : null} />
      </details>
    </section>
  );
}
