import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ConfigurationError, DEFAULT_POLICY, defineDisclosures, getDisclosure, type Policy } from '@youthchat/core';
import { AIDisclosure, YouthSafetyProvider } from '@youthchat/react';
import { describe, expect, it, vi } from 'vitest';
import { expectNoAxeViolations } from '../../helpers/axe.ts';
import { App, Chat } from './harness.tsx';

// While the modal is open, Radix hides the rest of the page from assistive technology.
const send = () => screen.getByRole('button', { name: 'Send', hidden: true });

describe('AIDisclosure: the first acknowledgement', () => {
  it('blocks sending until the child acknowledges it, and Escape or a click outside does not dismiss it', async () => {
    const user = userEvent.setup();
    render(<App storageKey="block" />);
    const dialog = screen.getByRole('dialog', { name: 'You are talking to an AI' });
    expect(send()).toBeDisabled();
    await user.keyboard('{Escape}');
    expect(screen.getByRole('dialog')).toBe(dialog);
    await user.click(document.querySelector('[data-slot="disclosure-overlay"]')!);
    expect(screen.getByRole('dialog')).toBe(dialog);
    expect(within(dialog).queryByRole('button', { name: /close/i })).toBeNull();

    await user.click(within(dialog).getByRole('button', { name: 'OK, I understand' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(send()).toBeEnabled();
    await user.click(send());
    expect(screen.getByRole('status', { name: 'sent' })).toHaveTextContent('1');
    expect(screen.getByRole('button', { name: 'Send' })).toBeVisible();
  });

  it('wires the title and the "not a person" text as the dialog’s name and description', () => {
    render(<App storageKey="wiring" band="teen13to15" />);
    const dialog = screen.getByRole('dialog');
    const disclosure = getDisclosure('teen13to15', 'en');
    expect(dialog).toHaveAccessibleName(disclosure.title);
    expect(dialog).toHaveAccessibleDescription(disclosure.sections[0]!.body);
    for (const section of disclosure.sections) {
      expect(within(dialog).getByRole('heading', { level: 3, name: section.heading })).toBeInTheDocument();
    }
  });

  it('moves focus into the dialog and works by keyboard alone', async () => {
    const user = userEvent.setup();
    render(<App storageKey="keyboard" />);
    const dialog = screen.getByRole('dialog');
    expect(dialog).toHaveFocus();
    await user.tab();
    expect(within(dialog).getByRole('button', { name: 'OK, I understand' })).toHaveFocus();
    // Focus is trapped: tabbing on stays inside.
    await user.tab();
    expect(dialog.contains(document.activeElement)).toBe(true);
    await user.keyboard('{Enter}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(send()).toBeEnabled();
  });

  it('remembers the acknowledgement across a reload', async () => {
    const user = userEvent.setup();
    const { unmount } = render(<App storageKey="persist" />);
    await user.click(screen.getByRole('button', { name: 'OK, I understand' }));
    unmount();
    render(<App storageKey="persist" />);
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(send()).toBeEnabled();
    expect(JSON.parse(localStorage.getItem('persist:disclosure') ?? 'null')).toMatchObject({
      band: 'under13',
      version: getDisclosure('under13', 'en').version,
    });
  });

  it('comes back when the text changes', async () => {
    const user = userEvent.setup();
    const { rerender } = render(<App storageKey="version" />);
    await user.click(screen.getByRole('button', { name: 'OK, I understand' }));
    const changed = defineDisclosures({
      under13: { sections: { privacy: { body: 'Never share your name or school.' } } },
    });
    rerender(<App storageKey="version" disclosures={changed} />);
    expect(screen.getByRole('dialog')).toHaveTextContent('Never share your name or school.');
    expect(send()).toBeDisabled();
  });

  it('comes back when the band changes, in that band’s words', async () => {
    const user = userEvent.setup();
    const { rerender } = render(<App storageKey="band" band="teen16to17" />);
    await user.click(screen.getByRole('button', { name: 'I understand' }));
    expect(send()).toBeEnabled();
    rerender(<App storageKey="band" band="teen13to15" />);
    expect(screen.getByRole('dialog', { name: getDisclosure('teen13to15', 'en').title })).toBeInTheDocument();
    expect(send()).toBeDisabled();
  });

  it('speaks the provider’s language', () => {
    render(<App storageKey="es" locale="es-MX" band="under13" />);
    const dialog = screen.getByRole('dialog', { name: 'Estás hablando con una IA' });
    expect(dialog).toHaveAttribute('lang', 'es');
    expect(within(dialog).getByRole('button', { name: 'Vale, lo entiendo' })).toBeInTheDocument();
  });

  it('does not open by itself when an adult policy does not ask for acknowledgement', () => {
    const bands = { ...DEFAULT_POLICY.bands };
    bands.adult = { ...bands.adult, disclosure: { requireAcknowledgement: false, reminderIntervalMinutes: 0 } };
    render(<App storageKey="adult" band="adult" policy={{ ...DEFAULT_POLICY, bands }} />);
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(send()).toBeEnabled();
  });

  it('calls onAcknowledge with the band and version', async () => {
    const user = userEvent.setup();
    const onAcknowledge = vi.fn();
    render(<App storageKey="callback" band="teen13to15" onAcknowledge={onAcknowledge} />);
    await user.click(screen.getByRole('button', { name: 'I understand' }));
    expect(onAcknowledge).toHaveBeenCalledWith({
      band: 'teen13to15',
      version: getDisclosure('teen13to15', 'en').version,
    });
  });
});

describe('useAIDisclosure without AIDisclosure in the same tree', () => {
  it('shares state with a disclosure mounted elsewhere on the same storage key', async () => {
    const user = userEvent.setup();
    render(
      <YouthSafetyProvider band="under13" storageKey="shared">
        <Chat />
      </YouthSafetyProvider>,
    );
    expect(send()).toBeDisabled();
    const custom = defineDisclosures({ under13: { title: 'Meet Pip, our AI helper' } });
    const elsewhere = document.body.appendChild(document.createElement('div'));
    render(
      <YouthSafetyProvider band="under13" storageKey="shared">
        <AIDisclosure disclosures={custom} />
      </YouthSafetyProvider>,
      { container: elsewhere },
    );
    await user.click(screen.getByRole('button', { name: 'OK, I understand' }));
    // The chat checks the version the mounted disclosure showed, not the built-in one.
    expect(send()).toBeEnabled();
  });

  it('throws a clear error outside the provider', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(() => render(<Chat />)).toThrow('`useAIDisclosure` must be used within `YouthSafetyProvider`.');
    expect(() => render(<AIDisclosure />)).toThrow('`AIDisclosure` must be used within `YouthSafetyProvider`.');
  });
});

describe('unsafe configuration', () => {
  const withReminder = (band: 'under13' | 'teen13to15' | 'teen16to17', minutes: number): Policy => {
    const bands = { ...DEFAULT_POLICY.bands };
    bands[band] = { ...bands[band], disclosure: { requireAcknowledgement: true, reminderIntervalMinutes: minutes } };
    return { ...DEFAULT_POLICY, bands };
  };

  for (const [band, minutes] of [
    ['under13', 0],
    ['teen13to15', 240],
    ['teen16to17', 30],
  ] as const) {
    it(`throws a ConfigurationError for a ${band} reminder of ${minutes} minutes`, () => {
      vi.spyOn(console, 'error').mockImplementation(() => {});
      const policy = withReminder(band, minutes);
      expect(() => render(<App storageKey="unsafe" band={band} policy={policy} />)).toThrow(ConfigurationError);
      expect(() => render(<App storageKey="unsafe" band={band} policy={policy} withDisclosure={false} />)).toThrow(
        /reminderIntervalMinutes must be from 60 to 180 for minors/,
      );
    });
  }

  it('throws for a customisation that drops what a minor must be told', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(() =>
      render(<App storageKey="drop" disclosures={{ under13: { sections: { suitability: null } } }} />),
    ).toThrow(/missing "suitability"/);
  });
});

describe('axe', () => {
  it('finds nothing wrong with the first disclosure', async () => {
    render(<App storageKey="axe-required" band="teen13to15" />);
    await expectNoAxeViolations();
  });
});
