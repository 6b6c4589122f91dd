// Putting SafeChat into an existing React app, themed to match it.
// The app already has its own layout and styles; youthchat brings the age gate, the disclosure,
// the chat with its checks, report buttons and help lines. Mount the server routes under /api
// (see the other recipes) and render <StudyHelper /> wherever the assistant belongs.
import '@youthchat/react/styles.css';
import './study-helper.css';
import { type AgeBand, defineDisclosures, definePolicy } from '@youthchat/core';
import { AgeGate, AIDisclosure, SafeChat, useYouthSafety, YouthSafetyProvider } from '@youthchat/react';

// One policy for the whole app, shared with the server: this service is for 13+ only.
export const policy = definePolicy({ youngestBand: 'teen13to15' });

// The app's own name for the assistant, in the disclosure for 13–15-year-olds.
const disclosures = defineDisclosures({
  facts: { retentionDays: 0 },
  teen13to15: { title: 'Study Helper is an AI, not a person' },
});

export interface StudyHelperProps {
  /** The signed-in pupil's locale and country, from your app. */
  locale: string;
  country: string;
  /** Called with the band once the age question is answered, e.g. for your analytics (no personal data). */
  onBand?: (band: AgeBand) => void;
}

export function StudyHelper({ locale, country, onBand }: StudyHelperProps) {
  return (
    <YouthSafetyProvider
      locale={locale}
      country={country}
      policy={policy}
      serverUrl="/api"
      className="study-helper-theme"
    >
      <section className="study-helper" aria-labelledby="study-helper-title">
        <header className="study-helper__header">
          <h2 id="study-helper-title">Study Helper</h2>
          <AIDisclosure.Trigger className="study-helper__about" />
        </header>
        <Gate onBand={onBand}>
          {/* SafeChat would render the disclosure itself; here the app renders it once for the whole panel. */}
          <AIDisclosure disclosures={disclosures} />
          <SafeChat renderDisclosure={false} />
        </Gate>
      </section>
    </YouthSafetyProvider>
  );
}

/** Shows the age question until it is answered, then the children. */
function Gate({ children, onBand }: { children: React.ReactNode; onBand?: ((band: AgeBand) => void) | undefined }) {
  const { age } = useYouthSafety('StudyHelper');
  if (!age) return <AgeGate onComplete={(result) => onBand?.(result.band)} />;
  return <>{children}</>;
}
