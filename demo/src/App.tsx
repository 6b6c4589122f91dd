import { YouthSafetyProvider } from '@youthchat/react';
import { useState } from 'react';
import { DemoControls } from './DemoControls.tsx';
import { type DemoSettings, Settings } from './Settings.tsx';
import { AgeSection } from './sections/AgeSection.tsx';
import { ChatSection } from './sections/ChatSection.tsx';
import { DisclosureSection } from './sections/DisclosureSection.tsx';
import { MailboxSection } from './sections/MailboxSection.tsx';
import { ModeratorSection } from './sections/ModeratorSection.tsx';
import { ReportsSection } from './sections/ReportsSection.tsx';

/**
 * The demo page: one provider, the demo's own controls, then the journey in
 * order (age gate, the parent's mailbox, disclosure, chat, reports, the moderators' queue).
 */
export function App() {
  const [settings, setSettings] = useState<DemoSettings>({ locale: 'en', country: 'US', colorScheme: 'system' });
  return (
    <YouthSafetyProvider
      locale={settings.locale}
      country={settings.country}
      colorScheme={settings.colorScheme}
      className="demo-theme"
    >
      <div className="demo-page">
        <header className="demo-header">
          <div className="demo-title">
            <h1>youthchat demo</h1>
            <p>Safe AI chat for people under 18: every component of the kit, on a real server.</p>
          </div>
          <Settings value={settings} onChange={setSettings} />
        </header>
        <DemoControls />
        <main className="demo-main">
          <AgeSection />
          <MailboxSection />
          <DisclosureSection />
          <ChatSection />
          <ReportsSection />
          <ModeratorSection locale={settings.locale} />
        </main>
      </div>
    </YouthSafetyProvider>
  );
}
