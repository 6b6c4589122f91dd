import { cleanup, render, screen, within } from '@testing-library/react';
import { CrisisResources, YouthSafetyProvider } from '@youthchat/react';
import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { expectNoAxeViolations } from '../../helpers/axe.ts';

afterEach(cleanup);

function renderLines(
  country: string | undefined,
  locale = 'en',
  band: 'under13' | 'teen13to15' | 'adult' = 'teen13to15',
) {
  return render(
    <YouthSafetyProvider band={band} locale={locale} storage={null} {...(country ? { country } : {})}>
      <main>
        <label>
          Message
          <textarea />
        </label>
        <CrisisResources />
      </main>
    </YouthSafetyProvider>,
  );
}

describe('CrisisResources in Chromium', () => {
  it.each([
    ['US', 'en'],
    ['US', 'es'],
    ['GB', 'en'],
    ['CA', 'fr'],
    ['AU', 'en'],
    ['DE', 'de'],
    ['BR', 'es'],
  ])('has no axe violations with real styles (%s, %s)', async (country, locale) => {
    renderLines(country, locale);
    expect(screen.getByRole('region')).toBeVisible();
    await expectNoAxeViolations();
  });

  it('leaves the chat usable beside it and every contact reachable by keyboard', async () => {
    renderLines('GB');
    const message = screen.getByRole('textbox', { name: 'Message' });
    await userEvent.click(message);
    await userEvent.keyboard('still here');
    expect(message).toHaveValue('still here');
    const region = screen.getByRole('region', { name: 'Help is here if you need it' });
    const names: string[] = [];
    for (let i = 0; i < 7; i++) {
      await userEvent.keyboard('{Tab}');
      names.push(document.activeElement?.textContent ?? '');
    }
    expect(names).toEqual([
      'Call 0800 1111',
      'Visit Childline (opens in a new tab)',
      'Call 116 123',
      'Visit Samaritans (opens in a new tab)',
      'Text SHOUT to 85258',
      'Visit Shout (opens in a new tab)',
      '999',
    ]);
    expect(within(region).getByRole('link', { name: '999' })).toHaveAttribute('href', 'tel:999');
  });

  it('gives every call and text link a touch target of at least 44 by 44 pixels', () => {
    renderLines('CA');
    for (const link of screen.getAllByRole('link').filter((a) => /^(tel|sms):/.test(a.getAttribute('href') ?? ''))) {
      if (link.classList.contains('yc-crisis__emergency-number')) continue;
      const box = link.getBoundingClientRect();
      expect(box.height, link.textContent ?? '').toBeGreaterThanOrEqual(44);
      expect(box.width, link.textContent ?? '').toBeGreaterThanOrEqual(44);
    }
  });
});
