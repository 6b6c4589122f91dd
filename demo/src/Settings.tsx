export interface DemoSettings {
  locale: string;
  country: string;
  colorScheme: 'system' | 'light' | 'dark';
}

const SCHEMES = [
  ['system', 'As the device'],
  ['light', 'Light'],
  ['dark', 'Dark'],
] as const;

const LOCALES = [
  ['en', 'English'],
  ['es', 'Español'],
  ['fr', 'Français'],
  ['de', 'Deutsch'],
] as const;

/** A few countries with different ages of digital consent. */
const COUNTRIES = [
  ['US', 'United States (13)'],
  ['GB', 'United Kingdom (13)'],
  ['ES', 'Spain (14)'],
  ['FR', 'France (15)'],
  ['DE', 'Germany (16)'],
  ['IN', 'India (18)'],
  ['BR', 'Another country (default 13)'],
] as const;

/** The demo's own controls (for the person trying the kit, not part of it). */
export function Settings({ value, onChange }: { value: DemoSettings; onChange: (next: DemoSettings) => void }) {
  return (
    <form className="demo-settings" aria-label="Demo settings" onSubmit={(event) => event.preventDefault()}>
      <label>
        Language{' '}
        <select value={value.locale} onChange={(event) => onChange({ ...value, locale: event.currentTarget.value })}>
          {LOCALES.map(([code, name]) => (
            <option key={code} value={code}>
              {name}
            </option>
          ))}
        </select>
      </label>
      <label>
        Country (consent age){' '}
        <select value={value.country} onChange={(event) => onChange({ ...value, country: event.currentTarget.value })}>
          {COUNTRIES.map(([code, name]) => (
            <option key={code} value={code}>
              {name}
            </option>
          ))}
        </select>
      </label>
      <label>
        Theme{' '}
        <select
          value={value.colorScheme}
          onChange={(event) =>
            onChange({ ...value, colorScheme: event.currentTarget.value as DemoSettings['colorScheme'] })
          }
        >
          {SCHEMES.map(([code, name]) => (
            <option key={code} value={code}>
              {name}
            </option>
          ))}
        </select>
      </label>
    </form>
  );
}
