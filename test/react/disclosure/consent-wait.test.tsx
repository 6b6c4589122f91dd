import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { getDisclosure } from '@youthchat/core';
import { AIDisclosure, YouthSafetyProvider } from '@youthchat/react';
import { afterEach, describe, expect, it } from 'vitest';
import { Chat } from './harness.tsx';

const KEY = 'consent-wait';
const answer = (value: Record<string, unknown>) => localStorage.setItem(`${KEY}:age`, JSON.stringify(value));

function App() {
  return (
    <YouthSafetyProvider locale="en" storageKey={KEY}>
      <AIDisclosure trigger />
      <Chat />
    </YouthSafetyProvider>
  );
}

afterEach(() => localStorage.clear());

describe('AIDisclosure waits for a parent', () => {
  const title = getDisclosure('under13', 'en').title;

  for (const consent of ['required', 'pending', 'denied'] as const) {
    it(`stays closed while consent is ${consent}, and opens by itself once a parent grants use`, async () => {
      answer({ band: 'under13', consent });
      render(<App />);
      expect(screen.queryByRole('dialog')).toBeNull();
      expect(screen.getByRole('button', { name: 'Send' })).toBeDisabled();

      // The gate records the parent's answer on the device (as it does when its poll sees it).
      await act(async () => {
        answer({ band: 'under13', consent: 'granted', consentScopes: ['use'] });
        window.dispatchEvent(new StorageEvent('storage', { key: `${KEY}:age` }));
      });
      const dialog = await screen.findByRole('dialog', { name: title });
      await userEvent.click(within(dialog).getByRole('button', { name: 'OK, I understand' }));
      expect(screen.getByRole('button', { name: 'Send' })).toBeEnabled();
    });
  }

  it('waits too when a parent granted something without use, and still opens when asked for', async () => {
    answer({ band: 'under13', consent: 'granted', consentScopes: [] });
    render(<App />);
    expect(screen.queryByRole('dialog')).toBeNull();
    // "About this AI": the child may read it; it closes again, nothing is acknowledged.
    await userEvent.click(screen.getByRole('button', { name: 'About this AI' }));
    const dialog = screen.getByRole('dialog', { name: title });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(screen.getByRole('button', { name: 'Send' })).toBeDisabled();
  });

  it('opens at once where no parent has to agree', () => {
    answer({ band: 'teen13to15', consent: 'not-needed' });
    render(<App />);
    expect(screen.getByRole('dialog', { name: getDisclosure('teen13to15', 'en').title })).toBeVisible();
  });
});
