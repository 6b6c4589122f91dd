import { render, screen, within } from '@testing-library/react';
import { ReportQueue } from '@youthchat/react';
import { afterEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { expectNoAxeViolations } from '../../helpers/axe.ts';
import { freshDevice, MODERATOR } from './harness.tsx';

afterEach(freshDevice);

const token = MODERATOR.authorization.replace('Bearer ', '');

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

/** Every name the moderator reads, per locale: the list, the report, the decision form, the statement. */
const WORDS = {
  fr: {
    tag: 'fr-CA',
    queue: 'Signalements',
    open: (reference: string) => `Ouvrir ${reference}`,
    reason: 'Motif',
    severity: 'Gravité',
    show: 'Afficher',
    columns: ['Référence', 'Motif', 'Gravité', 'Tranche d’âge', 'Statut', 'Reçu le'],
    risk: 'Risque cumulé pour cette personne',
    noRisk: 'Aucun risque enregistré pour cette personne.',
    action: 'Mesure',
    suspend: 'Suspendre le compte',
    duration: 'Durée en jours',
    facts: 'Faits et circonstances sur lesquels la décision se fonde',
    illegal: /Contenu illicite/,
    law: 'Loi ou clause',
    why: /Pourquoi le contenu/,
    record: 'Enregistrer la décision',
    statement: 'Exposé des motifs',
    back: 'Retour à la liste',
  },
  de: {
    tag: 'de-AT',
    queue: 'Meldungen',
    open: (reference: string) => `${reference} öffnen`,
    reason: 'Grund',
    severity: 'Schweregrad',
    show: 'Anzeigen',
    columns: ['Vorgangsnummer', 'Grund', 'Schweregrad', 'Altersgruppe', 'Status', 'Eingegangen'],
    risk: 'Aufsummiertes Risiko dieser Person',
    noRisk: 'Für diese Person ist kein Risiko erfasst.',
    action: 'Maßnahme',
    suspend: 'Konto sperren',
    duration: 'Dauer in Tagen',
    facts: 'Zugrunde gelegte Tatsachen und Umstände',
    illegal: /Rechtswidriger Inhalt/,
    law: 'Gesetz oder Klausel',
    why: /Warum der Inhalt/,
    record: 'Entscheidung speichern',
    statement: 'Begründung',
    back: 'Zurück zur Liste',
  },
} as const;

describe('ReportQueue in French and German against the real server', () => {
  it.each(Object.entries(WORDS))('lists, opens and decides in %s, axe-clean', async (_locale, w) => {
    const { reference } = await fileReport({ reason: 'bullying', details: 'des messages méchants' });
    render(<ReportQueue token={token} locale={w.tag} pageSize={200} />);
    const queue = screen.getByRole('region', { name: w.queue });
    const opener = await within(queue).findByRole('button', { name: w.open(reference) });
    expect(opener).toBeVisible();
    expect(within(queue).getByRole('combobox', { name: w.reason })).toBeVisible();
    expect(within(queue).getByRole('combobox', { name: w.severity })).toBeVisible();
    expect(within(queue).getByRole('button', { name: w.show })).toBeVisible();
    const headers = within(queue)
      .getAllByRole('columnheader')
      .map((h) => h.textContent);
    expect(headers).toEqual(w.columns);

    await userEvent.click(opener);
    const detail = await within(queue).findByRole('article', { name: reference });
    expect(within(detail).getByRole('heading', { name: w.risk })).toBeVisible();
    expect(await within(detail).findByText(w.noRisk)).toBeVisible();
    await expectNoAxeViolations(document.body);

    await userEvent.selectOptions(within(detail).getByRole('combobox', { name: w.action }), w.suspend);
    await userEvent.fill(within(detail).getByRole('spinbutton', { name: w.duration }), '7');
    await userEvent.fill(within(detail).getByRole('textbox', { name: w.facts }), 'Messages répétés.');
    await userEvent.click(within(detail).getByRole('radio', { name: w.illegal }));
    await userEvent.fill(within(detail).getByRole('textbox', { name: w.law }), 'Code pénal, art. 222-33-2-2');
    await userEvent.fill(within(detail).getByRole('textbox', { name: w.why }), 'Harcèlement répété.');
    await userEvent.click(within(detail).getByRole('button', { name: w.record }));
    expect(await within(detail).findByRole('heading', { name: w.statement })).toBeVisible();

    await userEvent.click(within(detail).getByRole('button', { name: w.back }));
    expect(document.activeElement).toBe(within(queue).getByRole('button', { name: w.open(reference) }));
  });

  it('stacks a report’s facts and fits the decision form on a phone, so long German words are never cut', async () => {
    const { reference } = await fileReport({ reason: 'bullying', details: 'gemeine Nachrichten' });
    await page.viewport(390, 844);
    try {
      render(<ReportQueue token={token} locale="de" pageSize={200} />);
      const queue = screen.getByRole('region', { name: 'Meldungen' });
      await userEvent.click(await within(queue).findByRole('button', { name: `${reference} öffnen` }));
      const detail = await within(queue).findByRole('article', { name: reference });
      const name = within(detail).getByText('Worte der meldenden Person');
      const value = within(detail).getByText('gemeine Nachrichten');
      // Each name above its value, both at the start of the line.
      expect(value.getBoundingClientRect().left).toBe(name.getBoundingClientRect().left);
      expect(value.getBoundingClientRect().top).toBeGreaterThan(name.getBoundingClientRect().bottom - 1);
      const reason = within(detail).getByText('Mobbing oder Gemeinheiten');
      // On one line, as high as a one-word value.
      const oneLine = within(detail).getByText('Mittel').getBoundingClientRect().height;
      expect(reason.getBoundingClientRect().height).toBeLessThan(1.5 * oneLine);
      expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(window.innerWidth);
    } finally {
      await page.viewport(414, 896);
    }
  });
});
