import { screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { expectNoAxeViolations } from '../../helpers/axe.ts';
import { answer, birthDateYearsAgo, freshDevice, renderGate } from './harness.tsx';

beforeEach(freshDevice);
afterEach(freshDevice);

const stateOf = (root: HTMLElement) => root.querySelector('[data-slot="age-gate"]')?.getAttribute('data-state');

/** Answers as the given server would, without spending the real server's rate limit. */
function answering(body: unknown, status = 200): typeof fetch {
  return async () => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
}

describe('AgeGate has no axe violations in any state (Chromium, real styles)', () => {
  it.each(['en', 'es'])('empty question (%s)', async (locale) => {
    const { container } = renderGate({}, { locale });
    // Words other than English load on demand; the gate is busy and empty until then.
    await expect.poll(() => stateOf(container)).toBe('idle');
    await expectNoAxeViolations(container);
  });

  it('filled in', async () => {
    const { container } = renderGate();
    const gate = within(container);
    await userEvent.fill(gate.getByRole('textbox', { name: 'Day' }), '3');
    await userEvent.selectOptions(gate.getByRole('combobox', { name: 'Month' }), 'May');
    await userEvent.fill(gate.getByRole('textbox', { name: 'Year' }), '2011');
    await expectNoAxeViolations(container);
  });

  it('with an error announced', async () => {
    const { container } = renderGate();
    await userEvent.click(within(container).getByRole('button', { name: 'Continue' }));
    // The checking loads on demand (with the form's first focus), so its verdict may take a moment.
    await expect.poll(() => stateOf(container)).toBe('invalid');
    expect(screen.getByRole('alert')).toHaveTextContent('Enter your date of birth.');
    await expectNoAxeViolations(container);
  });

  it('while sending', async () => {
    const { container } = renderGate({}, { fetch: () => new Promise<Response>(() => {}) });
    await answer(container, birthDateYearsAgo(20));
    expect(stateOf(container)).toBe('submitting');
    await expectNoAxeViolations(container);
  });

  it('answered, against the real server', async () => {
    const { container } = renderGate();
    await answer(container, birthDateYearsAgo(25));
    await within(container).findByRole('heading', { name: 'Thank you' });
    expect(stateOf(container)).toBe('done');
    await expectNoAxeViolations(container);
  });

  it('locked (answered before)', async () => {
    localStorage.setItem('youthchat:age', JSON.stringify({ band: 'teen13to15', consent: 'not-needed' }));
    const { container } = renderGate();
    expect(stateOf(container)).toBe('locked');
    await expectNoAxeViolations(container);
  });

  it.each(['en', 'es'])('parental consent needed (%s)', async (locale) => {
    const fetch = answering({ band: 'teen13to15', consent: 'required', token: 't', expiresAt: '2030-01-01T00:00:00Z' });
    const { container } = renderGate({}, { locale, country: 'DE', fetch });
    const gate = within(container);
    await userEvent.fill(gate.getAllByRole('textbox')[0] as HTMLElement, '1');
    await userEvent.selectOptions(gate.getByRole('combobox'), '1');
    await userEvent.fill(gate.getAllByRole('textbox')[1] as HTMLElement, String(new Date().getFullYear() - 14));
    await userEvent.click(gate.getByRole('button'));
    await gate.findByRole('heading', { level: 2 });
    expect(stateOf(container)).toBe('consent-required');
    await expectNoAxeViolations(container);
  });
});
