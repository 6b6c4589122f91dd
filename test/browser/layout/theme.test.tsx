/**
 * Theming in Chromium: dialogs render inside the provider's themed wrapper, base tokens reach every part
 * (dialogs included), and the dark scheme is axe-clean (contrast included) in each visual state.
 */
import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { expectNoAxeViolations } from '../../helpers/axe.ts';
import { HELP_TITLE, renderPage, send } from './harness.tsx';

afterEach(async () => {
  cleanup();
  document.getElementById('theme-test-style')?.remove();
  await page.viewport(414, 896);
});

const background = (element: Element) => getComputedStyle(element).backgroundColor;

/** Relative luminance of a computed `rgb(…)` or `color(srgb …)` colour, 0 (black) to 1 (white). */
function luminance(color: string): number {
  const numbers = (color.match(/[\d.]+/g) ?? []).map(Number);
  const [r = 0, g = 0, b = 0] = color.startsWith('color(') ? numbers : numbers.map((n) => n / 255);
  const linear = (c: number) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

describe('dialogs render inside the provider', () => {
  it('the report dialog and the disclosure sit in the provider’s wrapper and take its tokens', async () => {
    const style = document.createElement('style');
    style.id = 'theme-test-style';
    // An app's brand, set once on the provider's wrapper class.
    style.textContent = '.yc-theme { --yc-color-accent: rgb(15, 118, 110); }';
    document.head.append(style);
    renderPage({ disclosurePending: true });
    const disclosure = await screen.findByRole('dialog', { name: 'You’re chatting with an AI' });
    const wrapper = disclosure.closest('[data-yc-theme]');
    expect(wrapper).not.toBeNull();
    expect(disclosure.closest('[data-youthchat-portal]')).not.toBeNull();
    const acknowledge = within(disclosure).getByRole('button', { name: 'I understand' });
    // The derived accent (buttons, links, focus) inside the dialog is the app's.
    const accent = (element: Element) => getComputedStyle(element).getPropertyValue('--yc-accent').trim();
    expect(accent(acknowledge)).toBe('rgb(15, 118, 110)');
    await userEvent.click(acknowledge);
    await vi.waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());

    await userEvent.click(screen.getByRole('button', { name: 'Report a problem' }));
    const report = await screen.findByRole('dialog', { name: 'Report a problem' });
    expect(report.closest('[data-yc-theme]')).toBe(wrapper);
    expect(accent(within(report).getByRole('button', { name: 'Send report' }))).toBe('rgb(15, 118, 110)');
  });
});

describe('the dark scheme', () => {
  it('colorScheme="dark" turns every part dark, dialogs included; light stays light', async () => {
    renderPage({ colorScheme: 'light' });
    const light = document.querySelector('[data-slot="chat"]');
    expect(light?.closest('[data-yc-theme]')).toHaveAttribute('data-color-scheme', 'light');
    expect(luminance(background(light as Element))).toBeGreaterThan(0.8);
    cleanup();

    renderPage({ colorScheme: 'dark' });
    const chat = document.querySelector('[data-slot="chat"]') as Element;
    expect(chat.closest('[data-yc-theme]')).toHaveAttribute('data-color-scheme', 'dark');
    expect(luminance(background(chat))).toBeLessThan(0.05);
    expect(getComputedStyle(chat).colorScheme).toBe('dark');
    await userEvent.click(screen.getByRole('button', { name: 'Report a problem' }));
    const dialog = await screen.findByRole('dialog', { name: 'Report a problem' });
    expect(luminance(background(dialog))).toBeLessThan(0.05);
  });

  it('is axe-clean, contrast included, in each state: empty, conversation, help lines, notice, dialogs', async () => {
    await page.viewport(390, 844);
    renderPage({ colorScheme: 'dark', disclosurePending: true });
    const disclosure = await screen.findByRole('dialog', { name: 'You’re chatting with an AI' });
    await expectNoAxeViolations(document.body);
    await userEvent.click(within(disclosure).getByRole('button', { name: 'I understand' }));
    await vi.waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    await expectNoAxeViolations(document.body);

    await send('How do volcanoes work?');
    const log = screen.getByRole('log', { name: 'Conversation' });
    await within(log).findByText(/Shield volcanoes/);
    await expectNoAxeViolations(document.body);

    await send('Sometimes I want to hurt myself');
    await screen.findByRole('region', { name: HELP_TITLE });
    await within(log)
      .findAllByText(/Shield volcanoes/)
      .then((found) => expect(found).toHaveLength(2));
    await expectNoAxeViolations(document.body);

    // The device refuses an over-long message: an alert in the danger colours.
    await send('x'.repeat(5000));
    await screen.findByRole('alert');
    await expectNoAxeViolations(document.body);

    const [report] = within(log).getAllByRole('button', { name: 'Report this message' });
    if (report) await userEvent.click(report);
    const dialog = await screen.findByRole('dialog', { name: 'Report a problem' });
    await userEvent.click(within(dialog).getAllByRole('radio')[0] as HTMLElement);
    await expectNoAxeViolations(document.body);
  });
});
