import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { DEFAULT_POLICY, definePolicy } from '@youthchat/core';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { expectNoAxeViolations } from '../../helpers/axe.ts';
import { App } from './harness.tsx';

const HOUR = 60 * 60 * 1000;
const advance = (ms: number) => act(() => vi.advanceTimersByTime(ms));
const reminderFlag = () => screen.getByRole('status', { name: 'reminder', hidden: true });

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

// user-event waits on timers between steps, which fake timers never run; these events are synchronous.
const click = (element: Element) => fireEvent.click(element);
const acknowledge = (name = 'OK, I understand') => click(screen.getByRole('button', { name }));

describe('the not-a-person reminder', () => {
  it('fires after 3 hours of use, with a gentle break prompt, and again 3 hours after it is dismissed', async () => {
    render(<App storageKey="three-hours" />);
    acknowledge();
    advance(3 * HOUR - 1000);
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(reminderFlag()).toHaveTextContent('not due');

    advance(1000);
    const reminder = screen.getByRole('alertdialog', { name: 'Remember: I am not a person' });
    expect(reminder).toHaveAccessibleDescription(/I am a computer, not a person\. How about a break\?/);
    expect(reminderFlag()).toHaveTextContent('due');

    click(within(reminder).getByRole('button', { name: 'Keep chatting' }));
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(reminderFlag()).toHaveTextContent('not due');
    // Sending is never blocked by the reminder once dismissed.
    expect(screen.getByRole('button', { name: 'Send' })).toBeEnabled();

    advance(3 * HOUR - 1000);
    expect(screen.queryByRole('alertdialog')).toBeNull();
    advance(1000);
    expect(screen.getByRole('alertdialog')).toBeInTheDocument();
  });

  it('counts time across a reload', async () => {
    const first = render(<App storageKey="reload" band="teen13to15" />);
    acknowledge('I understand');
    advance(2 * HOUR);
    first.unmount();
    advance(5 * HOUR); // closed: not use
    render(<App storageKey="reload" band="teen13to15" />);
    expect(screen.queryByRole('alertdialog')).toBeNull();
    advance(HOUR);
    expect(screen.getByRole('alertdialog', { name: 'Quick reminder: this is an AI' })).toBeInTheDocument();
  });

  it('follows a shorter interval from the policy', async () => {
    const policy = definePolicy({ bands: { teen16to17: { disclosure: { reminderIntervalMinutes: 60 } } } });
    render(<App storageKey="hourly" band="teen16to17" policy={policy} />);
    acknowledge('I understand');
    advance(HOUR);
    expect(screen.getByRole('alertdialog')).toBeInTheDocument();
  });

  it('is off for adults by default', async () => {
    render(<App storageKey="adult" band="adult" policy={DEFAULT_POLICY} />);
    acknowledge('Continue');
    advance(10 * HOUR);
    expect(screen.queryByRole('alertdialog')).toBeNull();
  });

  it('closes with Escape, and returns focus to where it was', async () => {
    render(<App storageKey="escape" />);
    acknowledge();
    const input = screen.getByRole('textbox', { name: 'Message' });
    advance(0);
    input.focus();
    advance(3 * HOUR);
    expect(screen.getByRole('alertdialog')).toHaveFocus();
    fireEvent.keyDown(document.activeElement!, { key: 'Escape' });
    advance(0); // Radix gives focus back on the next task.
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(input).toHaveFocus();
    expect(reminderFlag()).toHaveTextContent('not due');
  });

  it('is clean for axe while the reminder shows', async () => {
    render(<App storageKey="axe-reminder" band="teen13to15" />);
    acknowledge('I understand');
    advance(3 * HOUR);
    expect(screen.getByRole('alertdialog')).toBeInTheDocument();
    // axe schedules its own timers.
    vi.useRealTimers();
    await expectNoAxeViolations();
  });

  it('offers a break only when the app handles it, and can open the full text', async () => {
    const onTakeBreak = vi.fn();
    const { rerender } = render(<App storageKey="break" />);
    acknowledge();
    advance(3 * HOUR);
    expect(screen.queryByRole('button', { name: 'Take a break' })).toBeNull();
    rerender(<App storageKey="break" onTakeBreak={onTakeBreak} />);
    click(screen.getByRole('button', { name: 'Take a break' }));
    expect(onTakeBreak).toHaveBeenCalledOnce();
    expect(screen.queryByRole('alertdialog')).toBeNull();

    advance(3 * HOUR);
    click(screen.getByRole('button', { name: 'Read about this AI' }));
    const dialog = screen.getByRole('dialog', { name: 'You are talking to an AI' });
    expect(dialog).toHaveAttribute('data-mode', 'reopened');
    expect(dialog).toHaveFocus();
  });
});
