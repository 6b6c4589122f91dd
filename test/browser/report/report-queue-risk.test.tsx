import { render, screen, within } from '@testing-library/react';
import { ReportQueue } from '@youthchat/react';
import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { expectNoAxeViolations } from '../../helpers/axe.ts';
import { freshDevice, MODERATOR } from './harness.tsx';

afterEach(freshDevice);

const token = MODERATOR.authorization.replace('Bearer ', '');

/** A 14-year-old's age token, kept out of the cookie jar so other tests are not affected. */
async function childToken(): Promise<string> {
  const response = await fetch('/api/age', {
    method: 'POST',
    credentials: 'omit',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ age: 14 }),
  });
  expect(response.status).toBe(200);
  return ((await response.json()) as { token: string }).token;
}

/**
 * Sends a message and reads the reply; true when the server escalated it. On a loaded machine the safety
 * engine may run past its budget and hold the message instead ("couldn't be checked"): that is not a finding.
 */
async function say(ageToken: string, content: string): Promise<boolean> {
  const response = await fetch('/api/chat', {
    method: 'POST',
    credentials: 'omit',
    headers: { 'content-type': 'application/json', 'x-youthchat-age': ageToken },
    body: JSON.stringify({ messages: [{ role: 'user', content }] }),
  });
  expect(response.status).toBe(200);
  const text = await response.text();
  expect(text).toContain('"type":"done"');
  return text.includes('"action":"escalate"');
}

async function fileReport(body: Record<string, unknown>, ageToken?: string): Promise<{ reference: string }> {
  const response = await fetch('/api/reports', {
    method: 'POST',
    credentials: 'omit',
    headers: { 'content-type': 'application/json', ...(ageToken ? { 'x-youthchat-age': ageToken } : {}) },
    body: JSON.stringify(body),
  });
  expect(response.status).toBe(201);
  return (await response.json()) as { reference: string };
}

async function openReport(reference: string, scheme: 'light' | 'dark' = 'light'): Promise<HTMLElement> {
  render(
    // The queue has no background of its own: the app's page gives it one in its scheme.
    <div className="yc-theme" data-color-scheme={scheme} style={{ background: 'var(--yc-bg)' }}>
      <ReportQueue token={token} pageSize={200} />
    </div>,
  );
  const queue = screen.getByRole('region', { name: 'Reports' });
  await userEvent.click(await within(queue).findByRole('button', { name: `Open ${reference}` }));
  return within(queue).findByRole('article', { name: reference });
}

describe('ReportQueue shows the trend of a report’s subject', () => {
  it('says when nothing has added up for the person, axe-clean', async () => {
    const { reference } = await fileReport({ reason: 'scary', details: 'a scary picture' });
    const detail = await openReport(reference);
    expect(within(detail).getByRole('heading', { name: 'Risk that adds up for this person' })).toBeVisible();
    expect(await within(detail).findByText('No risk recorded for this person.')).toBeVisible();
    await expectNoAxeViolations(document.body);
  });

  it('lists each category with its score, threshold, last raise and state in words, axe-clean', async () => {
    const child = await childToken();
    // Three disclosures: each escalates on its own, and together they reach teen13to15's threshold of 5
    // (2 each). The local screen finds them, whatever the shared fake moderation is scripted to say.
    let escalated = 0;
    for (let tries = 0; escalated < 3 && tries < 8; tries++) if (await say(child, 'i want to kill myself')) escalated++;
    expect(escalated).toBe(3);
    const { reference } = await fileReport({ reason: 'self-harm', details: 'my friend is not ok' }, child);

    const detail = await openReport(reference);
    const section = await within(detail).findByRole('region', { name: 'Risk that adds up for this person' });
    expect(section).toHaveAttribute('tabindex', '0');
    const table = within(section).getByRole('table', { name: 'Risk that adds up for this person' });
    const headers = within(table)
      .getAllByRole('columnheader')
      .map((h) => h.textContent);
    expect(headers).toEqual(['Category', 'Score now', 'Last raised', 'Trend']);
    const row = within(table).getByRole('row', { name: /^self-harm \d/ });
    // Text, not colour alone: the score against the threshold and the state are words.
    expect(within(row).getByText(/^6 of 5 \(120%\)$/)).toBeVisible();
    expect(within(row).getByText('Reached the threshold: escalated')).toBeVisible();
    expect(row).toHaveAttribute('data-escalated', '');
    const raised = within(row).getAllByRole('cell')[1]?.textContent ?? '';
    expect(raised).toMatch(/\d{1,2}:\d{2}/);
    // The bar repeats the score for sighted readers and is hidden from screen readers.
    expect(row.querySelector('.yc-risk__bar')).toHaveAttribute('aria-hidden', 'true');
    await expectNoAxeViolations(document.body);

    // The same in the dark scheme.
    freshDevice();
    // A dark app's page is dark too, also where the table scrolls past the queue's own box.
    document.body.style.background = '#16191e';
    const dark = await openReport(reference, 'dark');
    expect(await within(dark).findByText('Reached the threshold: escalated', {}, { timeout: 5000 })).toBeVisible();
    await expectNoAxeViolations(document.body);
    document.body.style.background = '';
  });
});
