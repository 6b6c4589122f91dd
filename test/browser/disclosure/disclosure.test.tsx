import { act, cleanup, screen, waitFor, within } from '@testing-library/react';
import { getDisclosure } from '@youthchat/core';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { expectNoAxeViolations } from '../../helpers/axe.ts';
import { reloadedLocalStorage, renderChat, settle } from './harness.tsx';

const HOUR = 60 * 60 * 1000;
/** Fake clocks only: animation frames stay real, so the dialog's CSS animations can finish. */
const fakeClock = () =>
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'] });

beforeEach(() => {
  localStorage.clear();
});
afterEach(() => {
  vi.useRealTimers();
  cleanup();
  localStorage.clear();
});

describe('AIDisclosure in Chromium', () => {
  it('reminds after 3 hours of use counted across a reload', async () => {
    fakeClock();
    const first = renderChat({ band: 'teen13to15' });
    await userEvent.click(screen.getByRole('button', { name: 'I understand' }));
    // The dialog animates out; the page is hidden from assistive technology until it is gone.
    await settle();
    expect(screen.getByRole('button', { name: 'Send' })).toBeEnabled();
    act(() => vi.advanceTimersByTime(2 * HOUR));
    expect(screen.queryByRole('alertdialog')).toBeNull();
    first.unmount();
    expect(JSON.parse(localStorage.getItem('browser:disclosure-usage') ?? 'null')).toEqual({ usedMs: 2 * HOUR });

    // Closed for a day: not use.
    act(() => vi.advanceTimersByTime(24 * HOUR));
    renderChat({ band: 'teen13to15', storage: reloadedLocalStorage() });
    expect(screen.getByRole('button', { name: 'Send' })).toBeEnabled();
    act(() => vi.advanceTimersByTime(HOUR - 1000));
    expect(screen.queryByRole('alertdialog')).toBeNull();
    act(() => vi.advanceTimersByTime(1000));
    const reminder = screen.getByRole('alertdialog', { name: 'Quick reminder: this is an AI' });
    expect(reminder).toHaveAccessibleDescription(/talking to an AI, not a person/);
    expect(screen.getByText('Reminder due', { ignore: '[data-slot="disclosure"] *' })).toBeInTheDocument();
  });

  it('is used by keyboard alone: acknowledge, reopen, trapped focus, Escape, focus back on the trigger', async () => {
    renderChat({ band: 'teen16to17' });
    const dialog = screen.getByRole('dialog', { name: getDisclosure('teen16to17', 'en').title });
    await waitFor(() => expect(dialog).toHaveFocus());
    await userEvent.keyboard('{Tab}');
    const acknowledge = within(dialog).getByRole('button', { name: 'I understand' });
    expect(acknowledge).toHaveFocus();
    await userEvent.keyboard('{Tab}');
    expect(acknowledge).toHaveFocus(); // the only control: Tab stays in the dialog
    await userEvent.keyboard('{Escape}');
    expect(screen.getByRole('dialog')).toBeVisible(); // must be acknowledged
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());

    const trigger = screen.getByRole('button', { name: 'About this AI' });
    trigger.focus();
    await userEvent.keyboard('{Enter}');
    const reopened = await screen.findByRole('dialog');
    expect(reopened).toHaveAttribute('data-mode', 'reopened');
    await waitFor(() => expect(reopened).toHaveFocus());
    await userEvent.keyboard('{Tab}');
    expect(within(reopened).getByRole('button', { name: 'Close' })).toHaveFocus();
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    await waitFor(() => expect(trigger).toHaveFocus());
  });

  it('stops animating under prefers-reduced-motion', async () => {
    renderChat();
    const dialog = screen.getByRole('dialog');
    const overlay = document.querySelector<HTMLElement>('[data-slot="disclosure-overlay"]')!;
    expect(getComputedStyle(dialog).animationName).toBe('yc-disclosure-rise');
    // Apply the stylesheet's reduced-motion rules as the browser would with the setting on.
    const reduced = [...document.styleSheets]
      .flatMap((sheet) => [...sheet.cssRules])
      .filter(
        (rule): rule is CSSMediaRule =>
          rule instanceof CSSMediaRule && rule.conditionText.includes('prefers-reduced-motion'),
      )
      .flatMap((rule) => [...rule.cssRules].map((inner) => inner.cssText))
      .join('\n');
    expect(reduced).toContain('disclosure');
    const style = document.head.appendChild(document.createElement('style'));
    style.textContent = reduced;
    try {
      expect(getComputedStyle(dialog).animationName).toBe('none');
      expect(getComputedStyle(overlay).animationName).toBe('none');
    } finally {
      style.remove();
    }
  });
});

describe('AIDisclosure has no axe violations in any state (Chromium, real styles)', () => {
  it.each([
    ['under13', 'en'],
    ['teen13to15', 'es'],
    ['teen16to17', 'fr'],
    ['adult', 'de'],
  ] as const)('first disclosure, %s in %s', async (band, locale) => {
    renderChat({ band, locale });
    expect(screen.getByRole('dialog')).toHaveAttribute('data-mode', 'required');
    await settle();
    await expectNoAxeViolations();
  });

  it('reopened', async () => {
    renderChat({ band: 'teen13to15' });
    await userEvent.click(screen.getByRole('button', { name: 'I understand' }));
    await userEvent.click(await screen.findByRole('button', { name: 'About this AI' }));
    expect(await screen.findByRole('dialog')).toHaveAttribute('data-mode', 'reopened');
    await settle();
    await expectNoAxeViolations();
  });

  it('reminder', async () => {
    fakeClock();
    renderChat({ band: 'under13', onTakeBreak: () => {} });
    await userEvent.click(screen.getByRole('button', { name: 'OK, I understand' }));
    await settle();
    act(() => vi.advanceTimersByTime(3 * HOUR));
    expect(screen.getByRole('alertdialog')).toHaveAttribute('data-mode', 'reminder');
    vi.useRealTimers();
    await settle();
    await expectNoAxeViolations();
  });

  it('closed, with the chat usable', async () => {
    renderChat({ band: 'teen13to15' });
    await userEvent.click(screen.getByRole('button', { name: 'I understand' }));
    await settle();
    expect(screen.queryByRole('dialog')).toBeNull();
    await expectNoAxeViolations();
  });
});
