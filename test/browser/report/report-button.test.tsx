import { screen, within } from '@testing-library/react';
import { pickMessages, reportMessages } from '@youthchat/core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { expectNoAxeViolations } from '../../helpers/axe.ts';
import { dialog, freshDevice, outboxEntries, renderButton, report, storedReports, until } from './harness.tsx';

beforeEach(freshDevice);
afterEach(freshDevice);

const step = () => document.querySelector('[data-slot="report"]')?.getAttribute('data-step');
const never: typeof fetch = () => new Promise<Response>(() => {});
const offline: typeof fetch = () => Promise.reject(new TypeError('Failed to fetch'));
const refusing: typeof fetch = async () =>
  new Response(
    JSON.stringify({
      error: { code: 'invalid_request', message: 'Fix these fields and send again: details: too long.' },
    }),
    {
      status: 400,
      headers: { 'content-type': 'application/json' },
    },
  );

const EXCERPT = 'Text me on 07700 900123 or mail sam.jones@example.com, I am at 12 Park Lane';

describe('ReportButton in Chromium: every state is axe-clean', () => {
  it('closed: the general entry and the per-message button', async () => {
    const { container } = renderButton();
    renderButton({ messageId: 'm1', excerpt: 'hello' });
    expect(screen.getByRole('button', { name: 'Report a problem' })).toBeVisible();
    // On a message: a light icon button, named for screen readers, big enough to touch (WCAG 2.5.8).
    const icon = screen.getByRole('button', { name: 'Report this message' });
    expect(icon).toBeVisible();
    expect(icon).toHaveTextContent('');
    const { width, height } = icon.getBoundingClientRect();
    expect(Math.min(width, height)).toBeGreaterThanOrEqual(24);
    await expectNoAxeViolations(container.ownerDocument.body);
  });

  it('open, with the reasons in a child’s words and the scrubbed copy', async () => {
    renderButton({ messageId: 'm1', messageRole: 'assistant', excerpt: EXCERPT });
    await userEvent.click(screen.getByRole('button', { name: 'Report this message' }));
    const d = await dialog();
    expect(step()).toBe('form');
    expect(within(d).getByRole('heading', { name: 'Report a problem' })).toBeVisible();
    expect(within(d).getByRole('group', { name: 'What happened?' })).toBeVisible();
    expect(within(d).getAllByRole('radio')).toHaveLength(8);
    const copy = within(d).getByRole('figure').textContent ?? '';
    expect(copy).not.toMatch(/07700|sam\.jones|Park Lane/);
    expect(copy).toContain('[phone]');
    // Contact details are never asked for.
    expect(within(d).queryByRole('textbox', { name: /e-?mail|phone|name/i })).toBeNull();
    await expectNoAxeViolations(document.body);
  });

  it('with the missing reason announced', async () => {
    renderButton();
    await userEvent.click(screen.getByRole('button', { name: 'Report a problem' }));
    const d = await dialog();
    await userEvent.click(within(d).getByRole('button', { name: 'Send report' }));
    expect(within(d).getByRole('alert')).toHaveTextContent('Pick what happened.');
    expect(document.activeElement).toBe(within(d).getAllByRole('radio')[0]);
    await expectNoAxeViolations(document.body);
  });

  it('while sending', async () => {
    renderButton({}, { fetch: never });
    await report(document.body, 'Bullying or being mean');
    expect(await screen.findByRole('button', { name: 'Sending…' })).toBeVisible();
    await expectNoAxeViolations(document.body);
  });

  it('sent, with the reference number the real server gave and what happens next', async () => {
    renderButton({ messageId: 'm-sent', excerpt: EXCERPT }, { band: 'teen13to15' });
    const d = await report(document.body, 'Bullying or being mean', 'They keep laughing at me');
    const heading = await within(d).findByRole('heading', { name: 'Thank you for telling us' });
    expect(step()).toBe('sent');
    expect(document.activeElement).toBe(heading);
    const reference = within(d).getByText(/^YC-/).textContent ?? '';
    expect(within(d).getByText(/trusted adult/)).toBeVisible();
    const [entry] = outboxEntries();
    expect(entry?.receipt?.reference).toBe(reference);
    const [stored] = await storedReports(entry?.clientReportId ?? '');
    expect(stored).toMatchObject({
      reference,
      reason: 'bullying',
      details: 'They keep laughing at me',
      messageId: 'm-sent',
    });
    expect(stored?.excerpt).toContain('[phone]');
    expect(stored?.excerpt).not.toMatch(/07700|sam\.jones/);
    // No crisis lines for bullying.
    expect(within(d).queryByRole('region', { name: /help|talk/i })).toBeNull();
    await expectNoAxeViolations(document.body);
  });

  it('queued on the device when the server cannot be reached', async () => {
    renderButton({}, { fetch: offline });
    const d = await report(document.body, 'Something scary or upsetting');
    expect(await within(d).findByRole('heading', { name: 'We saved your report' })).toBeVisible();
    expect(step()).toBe('queued');
    expect(outboxEntries()).toMatchObject([{ state: 'pending', attempts: 1 }]);
    await expectNoAxeViolations(document.body);
  });

  it('refused by the server, said in the reporter’s words, with a way back to the form', async () => {
    renderButton({}, { fetch: refusing, band: 'adult' });
    await userEvent.click(screen.getByRole('button', { name: 'Report a problem' }));
    const d = await dialog();
    await userEvent.click(within(d).getByRole('radio', { name: 'Something else' }));
    await userEvent.click(within(d).getByRole('checkbox', { name: /accurate and complete/ }));
    await userEvent.click(within(d).getByRole('button', { name: 'Send report' }));
    expect(await within(d).findByRole('heading', { name: 'The report was not sent' })).toBeVisible();
    expect(within(d).getByText(/could not be accepted\. Check what you wrote/)).toBeVisible();
    // The server's message is for developers, in English: it is not shown.
    expect(within(d).queryByText(/Fix these fields/)).toBeNull();
    expect(step()).toBe('rejected');
    await expectNoAxeViolations(document.body);
    await userEvent.click(within(d).getByRole('button', { name: 'Change and send again' }));
    expect(step()).toBe('form');
    expect(within(d).getByRole('radio', { name: 'Something else' })).toBeChecked();
  });

  it('refused as too long, said in French to a French-speaking child', async () => {
    const tooLarge: typeof fetch = async () =>
      new Response(JSON.stringify({ error: { code: 'body_too_large', message: 'The body is over 16384 bytes.' } }), {
        status: 413,
        headers: { 'content-type': 'application/json' },
      });
    const t = pickMessages(reportMessages, 'fr', 'teen13to15');
    renderButton({}, { fetch: tooLarge, locale: 'fr', band: 'teen13to15' });
    await userEvent.click(screen.getByRole('button', { name: t.generalTrigger }));
    const d = await dialog();
    await userEvent.click(within(d).getByRole('radio', { name: t.reasons.bullying }));
    await userEvent.click(within(d).getByRole('button', { name: t.submit }));
    expect(await within(d).findByRole('heading', { name: t.rejectedTitle })).toBeVisible();
    expect(within(d).getByText(t.rejectedTooLong)).toBeVisible();
    expect(within(d).queryByText(/16384/)).toBeNull();
    await expectNoAxeViolations(document.body);
  });

  it.each([
    ['Someone might hurt themselves', 'self-harm'],
    ['Someone is asking for secrets, photos or to meet', 'grooming'],
  ])('shows crisis resources at once after "%s"', async (label) => {
    renderButton({}, { fetch: offline, country: 'GB' });
    const d = await report(document.body, label);
    await within(d).findByRole('heading', { name: 'We saved your report' });
    // Even with the report still waiting, help is on screen.
    expect(within(d).getByText(/talk to a grown-up you trust/)).toBeVisible();
    expect(d.querySelector('[data-slot="report-crisis"] a[href^="tel:"]')).not.toBeNull();
    await expectNoAxeViolations(document.body);
  });

  it('asks adults for the good-faith confirmation, and refuses to send without it', async () => {
    renderButton({}, { band: 'adult' });
    await userEvent.click(screen.getByRole('button', { name: 'Report a problem' }));
    const d = await dialog();
    await userEvent.click(within(d).getByRole('radio', { name: 'Violence or threats' }));
    await userEvent.click(within(d).getByRole('button', { name: 'Send report' }));
    expect(within(d).getByRole('alert')).toHaveTextContent(
      'Confirm that you believe the report is accurate and complete.',
    );
    await expectNoAxeViolations(document.body);
    await userEvent.click(within(d).getByRole('checkbox', { name: /accurate and complete/ }));
    await userEvent.click(within(d).getByRole('button', { name: 'Send report' }));
    await within(d).findByRole('heading', { name: 'Thank you for telling us' });
    expect(within(d).getByText(/six months/)).toBeVisible();
    const [stored] = await storedReports(outboxEntries()[0]?.clientReportId ?? '');
    expect(stored).toMatchObject({ reason: 'violence', goodFaith: true });
  });

  it('does not ask minors for the good-faith confirmation', async () => {
    renderButton({}, { band: 'teen16to17' });
    await userEvent.click(screen.getByRole('button', { name: 'Report a problem' }));
    expect(within(await dialog()).queryByRole('checkbox', { name: /accurate/ })).toBeNull();
  });

  it('in Spanish', async () => {
    renderButton({ messageId: 'm-es', excerpt: 'hola' }, { locale: 'es-ES', fetch: offline });
    await userEvent.click(screen.getByRole('button', { name: 'Denunciar este mensaje' }));
    const d = await dialog();
    expect(within(d).getByRole('group', { name: '¿Qué ha pasado?' })).toBeVisible();
    await expectNoAxeViolations(document.body);
    await userEvent.click(within(d).getByRole('radio', { name: 'Acoso o burlas' }));
    await userEvent.click(within(d).getByRole('button', { name: 'Enviar aviso' }));
    expect(await within(d).findByRole('heading', { name: 'Hemos guardado tu aviso' })).toBeVisible();
    await expectNoAxeViolations(document.body);
  });
});

describe('ReportButton behaviour', () => {
  it('leaves the copy out when the reporter unticks it', async () => {
    renderButton({ messageId: 'm-nocopy', excerpt: 'something rude' });
    await userEvent.click(screen.getByRole('button', { name: 'Report this message' }));
    const d = await dialog();
    await userEvent.click(within(d).getByRole('checkbox', { name: 'Send a copy of the message' }));
    expect(within(d).queryByRole('figure')).toBeNull();
    await userEvent.click(within(d).getByRole('radio', { name: 'Sexual or rude content' }));
    await userEvent.click(within(d).getByRole('button', { name: 'Send report' }));
    await within(d).findByRole('heading', { name: 'Thank you for telling us' });
    const [stored] = await storedReports(outboxEntries()[0]?.clientReportId ?? '');
    expect(stored).toMatchObject({ reason: 'sexual', messageId: 'm-nocopy', excerpt: null });
  });

  it('closes with Escape and gives focus back to the button; opens fresh next time', async () => {
    renderButton();
    const trigger = screen.getByRole('button', { name: 'Report a problem' });
    await userEvent.click(trigger);
    const d = await dialog();
    await userEvent.click(within(d).getByRole('radio', { name: 'Something else' }));
    await userEvent.keyboard('{Escape}');
    await until(() => screen.queryByRole('dialog') === null, 'the dialog to close');
    expect(document.activeElement).toBe(trigger);
    await userEvent.click(trigger);
    expect(within(await dialog()).getByRole('radio', { name: 'Something else' })).not.toBeChecked();
  });

  it('sends a queued report by itself when the connection returns, and shows the reference', async () => {
    let up = false;
    const flaky: typeof fetch = (input, init) => (up ? fetch(input, init) : offline(input, init));
    renderButton({}, { fetch: flaky });
    const d = await report(document.body, 'Something else', 'queued then sent');
    await within(d).findByRole('heading', { name: 'We saved your report' });
    up = true;
    window.dispatchEvent(new Event('online'));
    expect(await within(d).findByRole('heading', { name: 'Thank you for telling us' })).toBeVisible();
    const reference = within(d).getByText(/^YC-/).textContent;
    const [stored] = await storedReports(outboxEntries()[0]?.clientReportId ?? '');
    expect(stored?.reference).toBe(reference);
  });

  it('throws a clear error outside YouthSafetyProvider', async () => {
    const { render } = await import('@testing-library/react');
    const { ReportButton } = await import('@youthchat/react');
    const spy = console.error;
    console.error = () => {};
    try {
      expect(() => render(<ReportButton />)).toThrow('`ReportButton` must be used within `YouthSafetyProvider`.');
    } finally {
      console.error = spy;
    }
  });
});
