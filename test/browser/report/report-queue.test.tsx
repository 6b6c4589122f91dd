import { render, screen, within } from '@testing-library/react';
import type { ModeratorReport } from '@youthchat/core';
import { ReportQueue } from '@youthchat/react';
import { afterEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { expectNoAxeViolations } from '../../helpers/axe.ts';
import { freshDevice, MODERATOR, until } from './harness.tsx';

afterEach(freshDevice);

async function fileReport(body: Record<string, unknown>): Promise<{ id: string; reference: string }> {
  const response = await fetch('/api/reports', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  expect(response.status).toBe(201);
  return (await response.json()) as { id: string; reference: string };
}

const token = MODERATOR.authorization.replace('Bearer ', '');

describe('ReportQueue in Chromium against the real server', () => {
  it('lists, filters, opens and decides, axe-clean in each view', async () => {
    const grooming = await fileReport({
      reason: 'grooming',
      details: 'He wants to meet me alone',
      excerpt: 'meet me at [address]',
    });
    await fileReport({ reason: 'scary', details: 'a scary picture' });

    render(<ReportQueue token={token} pageSize={200} />);
    const queue = screen.getByRole('region', { name: 'Reports' });
    expect(await within(queue).findByRole('button', { name: `Open ${grooming.reference}` })).toBeVisible();
    await expectNoAxeViolations(document.body);

    await userEvent.selectOptions(
      within(queue).getByRole('combobox', { name: 'Reason' }),
      'Someone is asking for secrets, photos or to meet',
    );
    await userEvent.click(within(queue).getByRole('button', { name: 'Show' }));
    await until(
      () =>
        within(queue)
          .queryAllByRole('row')
          .slice(1)
          .every((row) => /secrets, photos/.test(row.textContent ?? '')),
      'only grooming reports listed',
    );
    expect(within(queue).getByRole('button', { name: `Open ${grooming.reference}` })).toBeVisible();

    await userEvent.click(within(queue).getByRole('button', { name: `Open ${grooming.reference}` }));
    const detail = await within(queue).findByRole('article', { name: grooming.reference });
    expect(within(detail).getByText('He wants to meet me alone')).toBeVisible();
    expect(within(detail).getByText('meet me at [address]')).toBeVisible();
    await expectNoAxeViolations(document.body);

    await userEvent.selectOptions(within(detail).getByRole('combobox', { name: 'Action' }), 'Suspend the account');
    await userEvent.fill(within(detail).getByRole('spinbutton', { name: 'Duration in days' }), '30');
    await userEvent.fill(
      within(detail).getByRole('textbox', { name: 'Facts and circumstances relied on' }),
      'Asked a child to meet alone.',
    );
    await userEvent.click(within(detail).getByRole('radio', { name: /Illegal content/ }));
    await userEvent.fill(
      within(detail).getByRole('textbox', { name: 'Law or clause' }),
      'Sexual Offences Act 2003 s.15',
    );
    await userEvent.fill(
      within(detail).getByRole('textbox', { name: /Why the content/ }),
      'Arranging to meet a child after grooming.',
    );
    await userEvent.click(within(detail).getByRole('checkbox', { name: /preserve for a year/ }));
    await userEvent.click(within(detail).getByRole('button', { name: 'Record decision' }));

    const statement = await within(detail).findByRole('heading', { name: 'Statement of reasons' });
    expect(statement).toBeVisible();
    expect(within(detail).getByText('Asked a child to meet alone.')).toBeVisible();
    expect(within(detail).queryByRole('button', { name: 'Record decision' })).toBeNull();
    await expectNoAxeViolations(document.body);

    // The reporter sees the same outcome by reference number.
    const outcome = (await (await fetch(`/api/reports/${grooming.reference}/status`)).json()) as {
      status: string;
      statement: { decision: { action: string } };
    };
    expect(outcome).toMatchObject({ status: 'decided', statement: { decision: { action: 'suspend-account' } } });
    const { report } = (await (await fetch(`/api/reports/${grooming.id}`, { headers: MODERATOR })).json()) as {
      report: ModeratorReport;
    };
    expect(report.statement?.ground).toMatchObject({
      type: 'illegal-content',
      legalGround: 'Sexual Offences Act 2003 s.15',
    });

    await userEvent.click(within(detail).getByRole('button', { name: 'Back to the list' }));
    expect(document.activeElement).toBe(within(queue).getByRole('button', { name: `Open ${grooming.reference}` }));
  });

  it('says when the moderator token is refused', async () => {
    render(<ReportQueue token="not-the-token" locale="es" />);
    expect(await screen.findByText('El token de moderación no es válido.')).toBeVisible();
    await expectNoAxeViolations(document.body);
  });

  it("explains in the moderator's language when another moderator decided first", async () => {
    const filed = await fileReport({ reason: 'bullying', details: 'they laugh at me every day' });
    render(<ReportQueue token={token} pageSize={200} locale="de" />);
    const queue = screen.getByRole('region', { name: 'Meldungen' });
    await userEvent.click(await within(queue).findByRole('button', { name: `${filed.reference} öffnen` }));
    const detail = await within(queue).findByRole('article', { name: filed.reference });

    // A colleague records a decision while this moderator is still writing theirs.
    const first = await fetch(`/api/reports/${filed.id}/decision`, {
      method: 'POST',
      headers: { ...MODERATOR, 'content-type': 'application/json' },
      body: JSON.stringify({
        action: 'remove-content',
        facts: 'Repeated mockery of a child.',
        ground: { type: 'terms-of-service', clause: '4.2', explanation: 'Bullying.' },
      }),
    });
    expect(first.status).toBe(200);

    await userEvent.fill(within(detail).getByRole('textbox', { name: /Tatsachen/ }), 'Wiederholter Spott.');
    await userEvent.fill(within(detail).getByRole('textbox', { name: 'Gesetz oder Klausel' }), '4.2');
    await userEvent.fill(within(detail).getByRole('textbox', { name: /Warum der Inhalt/ }), 'Mobbing.');
    await userEvent.click(within(detail).getByRole('button', { name: 'Entscheidung speichern' }));
    expect(
      await within(queue).findByText(
        'Diese Meldung wurde schon entschieden. Laden Sie die Liste neu, um die Entscheidung zu sehen.',
      ),
    ).toBeVisible();
    expect(within(queue).queryByText(/already has a decision/)).toBeNull();
    await expectNoAxeViolations(document.body);
  });

  it("says when the server cannot be reached, in the moderator's language", async () => {
    // Nothing listens on the discard port.
    render(<ReportQueue token={token} locale="fr" serverUrl="http://127.0.0.1:9/api" />);
    expect(await screen.findByText('Le serveur est injoignable. Vérifiez la connexion puis réessayez.')).toBeVisible();
  });

  it('fits a 320 px screen: the table scrolls inside its own labelled region, never widening the page', async () => {
    await fileReport({ reason: 'bullying', details: 'mean messages' });
    await page.viewport(320, 640);
    try {
      render(<ReportQueue token={token} pageSize={200} />);
      const queue = screen.getByRole('region', { name: 'Reports' });
      await within(queue).findAllByRole('button', { name: /^Open YC-/ });
      const scroller = within(queue).getByRole('region', { name: /^Reports \d+ shown$/ });
      expect(within(scroller).getByRole('table')).toBeVisible();
      expect(scroller.scrollWidth).toBeGreaterThan(scroller.clientWidth);
      expect(scroller).toHaveAttribute('tabindex', '0');
      expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(window.innerWidth);
      await expectNoAxeViolations(document.body);
    } finally {
      await page.viewport(414, 896);
    }
  });
});
