import { AGE_BANDS, type AgeBand, type BandPolicy } from '@youthchat/core';
import { useYouthSafety } from '@youthchat/react';
import { BAND_NAMES } from './bands.ts';

const yesNo = (value: boolean) => (value ? 'yes' : 'no');
const categories = (policy: BandPolicy, action: string) =>
  Object.entries(policy.screening.actions)
    .filter(([, a]) => a === action)
    .map(([category]) => category)
    .join(', ') || 'none';

/** One row per rule; every value is read from the provider's policy, not written here. */
const ROWS: [label: string, value: (policy: BandPolicy) => string][] = [
  ['Personal details taken out before sending', (p) => yesNo(p.pii.scrub)],
  ['Blocked on the device and the server', (p) => categories(p, 'block')],
  ['Sent, with help lines and an escalation', (p) => categories(p, 'escalate')],
  ['Longest message (characters)', (p) => p.chat.maxMessageChars.toLocaleString('en')],
  [
    '“Not a person” reminder',
    (p) => (p.disclosure.reminderIntervalMinutes ? `every ${p.disclosure.reminderIntervalMinutes} min` : 'off'),
  ],
  ['Reaches the model only with zero data retention', (p) => yesNo(p.upstream.requireZeroDataRetention)],
];

/** The policy side by side for every band; the disclosure and every component's wording also change. */
export function BandTable({ current }: { current: AgeBand | null }) {
  const { policy } = useYouthSafety('BandTable');
  return (
    // Scrolls inside its own region on a phone, never widening the page.
    // biome-ignore lint/a11y/noNoninteractiveTabindex: the region scrolls, so keyboard users must be able to reach it
    <div className="demo-scroll" role="region" aria-label="Default policy per band" tabIndex={0}>
      <table className="demo-table">
        <caption>Default policy per band (the disclosure text and the wording of every component change too)</caption>
        <thead>
          <tr>
            <td />
            {AGE_BANDS.map((band) => (
              <th key={band} scope="col" data-current={band === current ? '' : undefined}>
                {BAND_NAMES[band]}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {ROWS.map(([label, value]) => (
            <tr key={label}>
              <th scope="row">{label}</th>
              {AGE_BANDS.map((band) => (
                <td key={band} data-current={band === current ? '' : undefined}>
                  {value(policy.bands[band])}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
