/**
 * The reference number is kept for the child: shown as one code that never
 * wraps, even on a phone, and listed afterwards in `MyReports`.
 */
import { cleanup, render, screen, within } from '@testing-library/react';
import { MyReports, ReportButton, YouthSafetyProvider } from '@youthchat/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { expectNoAxeViolations } from '../../helpers/axe.ts';
import { freshDevice, outboxEntries, report } from './harness.tsx';

beforeEach(freshDevice);
afterEach(async () => {
  freshDevice();
  await page.viewport(1280, 800);
});

function Reports() {
  return (
    <YouthSafetyProvider locale="en-GB" band="under13">
      <main>
        <h1>Help</h1>
        <ReportButton />
        <MyReports />
      </main>
    </YouthSafetyProvider>
  );
}

/** True when the element's text sits on one line. */
function oneLine(element: Element): boolean {
  const range = document.createRange();
  range.selectNodeContents(element);
  const lines = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
  return lines.size === 1;
}

describe('reference numbers', () => {
  it('are shown whole on a phone, and the child is told the device keeps them', async () => {
    await page.viewport(320, 640);
    render(<Reports />);
    const d = await report(document.body, 'Bullying or being mean');
    await within(d).findByRole('heading', { name: 'Thank you for telling us' });
    const code = within(d).getByText(/^YC-/);
    expect(getComputedStyle(code).whiteSpace).toBe('nowrap');
    expect(oneLine(code)).toBe(true);
    expect(within(d).getByText(/we keep it on this device for you/)).toBeVisible();
    expect(d.textContent).not.toMatch(/Keep this number|write it down/i);
    await expectNoAxeViolations(document.body);
  });

  it('are listed in My reports, newest first, after the dialog closes and after a reload', async () => {
    render(<Reports />);
    const empty = screen.getByRole('region', { name: 'My reports' });
    expect(within(empty).getByText('You haven’t sent any reports from this device.')).toBeVisible();
    await expectNoAxeViolations(document.body);

    const d = await report(document.body, 'Bullying or being mean');
    await within(d).findByRole('heading', { name: 'Thank you for telling us' });
    const reference = within(d).getByText(/^YC-/).textContent ?? '';
    await userEvent.keyboard('{Escape}');

    const list = screen.getByRole('region', { name: 'My reports' });
    const item = within(list).getByRole('listitem');
    expect(within(item).getByText(reference)).toBeVisible();
    expect(within(item).getByText('Bullying or being mean')).toBeVisible();
    expect(within(item).getByText(/^Sent /)).toBeVisible();
    expect(outboxEntries()[0]?.receipt?.reference).toBe(reference);
    await expectNoAxeViolations(document.body);

    // A new page on the same device still has it.
    cleanup();
    render(<Reports />);
    expect(within(screen.getByRole('region', { name: 'My reports' })).getByText(reference)).toBeVisible();
  });
});
