import { YouthSafetyProvider } from '@youthchat/react';
import { useState } from 'react';
import { type DemoSettings, Settings } from './Settings.tsx';
import { AgeSection } from './sections/AgeSection.tsx';

/**
 * The demo page: one provider, a settings bar, then one section per feature.
 * Add a feature by adding its section to `<main>`.
 */
export function App() {
  const [settings, setSettings] = useState<DemoSettings>({ locale: 'en', country: 'US' });
  return (
    <YouthSafetyProvider locale={settings.locale} country={settings.country}>
      <header className="demo-header">
        <h1>youthchat demo</h1>
        <Settings value={settings} onChange={setSettings} />
      </header>
      <main className="demo-main">
        <AgeSection />
      </main>
    </YouthSafetyProvider>
  );
}
