import { screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { freshDevice, renderGate } from './harness.tsx';

beforeEach(freshDevice);
afterEach(freshDevice);

/** The focus ring the kit draws: a solid outline of --yc-focus-width (3px by default). */
function expectVisibleFocus(element: Element) {
  expect(element).toHaveFocus();
  const style = getComputedStyle(element);
  expect(style.outlineStyle).toBe('solid');
  expect(Number.parseFloat(style.outlineWidth)).toBeGreaterThanOrEqual(2);
}

describe('AgeGate by keyboard alone, in Chromium against the real server', () => {
  it('is completed with Tab, typing and Enter, with focus visible at every step', async () => {
    const { container } = renderGate();
    const gate = within(container);
    const year = String(new Date().getFullYear() - 14);

    await userEvent.tab();
    expectVisibleFocus(gate.getByRole('textbox', { name: 'Day' }));
    await userEvent.keyboard('14');

    await userEvent.tab();
    const month = gate.getByRole('combobox', { name: 'Month' });
    expectVisibleFocus(month);
    // Type-ahead on a closed list box, as a keyboard user picks a month.
    await userEvent.keyboard('Mar');
    expect(month).toHaveValue('3');

    await userEvent.tab();
    expectVisibleFocus(gate.getByRole('textbox', { name: 'Year' }));
    await userEvent.keyboard(year);

    await userEvent.tab();
    expectVisibleFocus(gate.getByRole('button', { name: 'Continue' }));
    await userEvent.keyboard('{Enter}');

    const outcome = await gate.findByRole('heading', { name: 'Thank you' });
    // Focus follows the outcome, so the next Tab starts from there.
    expect(outcome).toHaveFocus();
    expect(JSON.parse(localStorage.getItem('youthchat:age') ?? 'null')).toMatchObject({ band: 'teen13to15' });
  });

  it('leads a keyboard user from the error back to the field to fix', async () => {
    const { container } = renderGate();
    const gate = within(container);

    await userEvent.tab();
    await userEvent.keyboard('5');
    await userEvent.tab();
    await userEvent.keyboard('{ArrowDown}');
    expect(gate.getByRole('combobox', { name: 'Month' })).toHaveValue('1');
    await userEvent.tab();
    // Enter in the last field sends the form; the year is missing.
    await userEvent.keyboard('{Enter}');

    const year = gate.getByRole('textbox', { name: 'Year' });
    await expect.element(screen.getByRole('alert')).toHaveTextContent('Enter the year.');
    await expect.poll(() => document.activeElement).toBe(year);
    expectVisibleFocus(year);
    expect(year).toHaveAccessibleDescription('Enter the year.');

    await userEvent.keyboard(`${new Date().getFullYear() - 30}{Enter}`);
    expect(await gate.findByRole('heading', { name: 'Thank you' })).toHaveFocus();
  });
});
