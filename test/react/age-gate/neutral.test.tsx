import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { AgeGate, YouthSafetyProvider } from '@youthchat/react';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { declared, fakeServer } from './fake-server.ts';

function renderGate(locale = 'en-US', day?: 'required' | 'optional' | 'omit') {
  const server = fakeServer(() => declared('adult', 'not-needed'));
  const view = render(
    <YouthSafetyProvider locale={locale} fetch={server.fetch}>
      <AgeGate {...(day ? { day } : {})} />
    </YouthSafetyProvider>,
  );
  return { server, view };
}

describe('AgeGate: a neutral question', () => {
  it('starts with nothing filled in or selected', () => {
    renderGate();
    expect(screen.getByRole('textbox', { name: 'Day' })).toHaveValue('');
    expect(screen.getByRole('textbox', { name: 'Year' })).toHaveValue('');
    const month = screen.getByRole('combobox', { name: 'Month' });
    expect(month).toHaveValue('');
    // The only option selected is the empty one: no month is pre-chosen.
    const selected = within(month)
      .getAllByRole<HTMLOptionElement>('option')
      .filter((o) => o.selected);
    expect(selected.map((o) => o.value)).toEqual(['']);
  });

  it('has no "I am over 13" checkbox or any other yes/no control', () => {
    renderGate();
    expect(screen.queryByRole('checkbox')).toBeNull();
    expect(screen.queryByRole('radio')).toBeNull();
    expect(screen.queryByRole('switch')).toBeNull();
    expect(screen.getAllByRole('button').map((b) => b.textContent)).toEqual(['Continue']);
  });

  it.each([
    ['en', 'Continue'],
    ['es', 'Continuar'],
  ])('shows no ages, thresholds or talk of parents on the question screen (%s)', async (locale, submit) => {
    const { view } = renderGate(locale);
    // Words other than English load on demand: the question appears once they have.
    await screen.findByRole('button', { name: submit });
    const text = view.container.textContent ?? '';
    expect(text.length).toBeGreaterThan(20);
    expect(text).not.toMatch(/\d/);
    expect(text).not.toMatch(/parent|guardian|adult|old enough|permission|padre|madre|tutor|adulto|permiso|edad/i);
  });

  it('holds its place, busy and empty, until the words of a locale other than English have loaded', async () => {
    const { view } = renderGate('es-MX');
    const gate = view.container.querySelector('[data-slot="age-gate"]');
    if (!screen.queryByRole('button', { name: 'Continuar' })) {
      // Nothing in English flashes while the Spanish words load.
      expect(gate).toHaveAttribute('aria-busy', 'true');
      expect(gate?.textContent).toBe('');
    }
    expect(await screen.findByRole('textbox', { name: 'Año' })).toHaveValue('');
    expect(view.container.querySelector('[data-slot="age-gate"]')).not.toHaveAttribute('aria-busy');
  });

  it('offers all twelve months and takes any year as free text', () => {
    renderGate();
    const month = screen.getByRole('combobox', { name: 'Month' });
    expect(within(month).getAllByRole('option')).toHaveLength(13);
    const year = screen.getByRole('textbox', { name: 'Year' });
    expect(year).not.toHaveAttribute('min');
    expect(year).not.toHaveAttribute('max');
    expect(year).toHaveAttribute('inputmode', 'numeric');
  });

  it('accepts every age from 0 to 120 and sends exactly the date typed', async () => {
    const thisYear = new Date().getFullYear();
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: thisYear - 120, max: thisYear - 1 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 28 }),
        async (year, month, day) => {
          const user = userEvent.setup();
          const { server, view } = renderGate();
          await user.type(screen.getByRole('textbox', { name: 'Day' }), String(day));
          await user.selectOptions(screen.getByRole('combobox', { name: 'Month' }), String(month));
          await user.type(screen.getByRole('textbox', { name: 'Year' }), String(year));
          await user.click(screen.getByRole('button', { name: 'Continue' }));
          await screen.findByRole('heading', { name: 'Thank you' });
          const sent = server.posts()[0]?.body as { birthDate: string };
          expect(sent.birthDate).toBe(`${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`);
          view.unmount();
          localStorage.clear();
        },
      ),
      {
        numRuns: 12,
        examples: [
          [thisYear - 1, 1, 1],
          [thisYear - 120, 12, 28],
        ],
      },
    );
    // Fourteen full form fills: more than the default 5 s on a loaded machine.
  }, 60_000);

  it('orders the fields as the locale writes dates', () => {
    const labels = () =>
      Array.from(document.querySelectorAll('[data-slot="age-gate-field"] label')).map((l) => l.textContent);
    const us = renderGate('en-US');
    expect(labels()).toEqual(['Month', 'Day', 'Year']);
    us.view.unmount();
    const gb = renderGate('en-GB');
    expect(labels()).toEqual(['Day', 'Month', 'Year']);
    gb.view.unmount();
    renderGate('es');
    expect(labels()).toEqual(['Día', 'Mes', 'Año']);
  });

  it('speaks Spanish when the provider says es-MX', () => {
    renderGate('es-MX');
    expect(screen.getByRole('heading', { name: 'Tu fecha de nacimiento' })).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Mes' })).toBeInTheDocument();
    expect(screen.getByRole('option', { name: 'marzo' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Continuar' })).toBeInTheDocument();
  });

  it('asks for the day only when configured to', () => {
    const omitted = renderGate('en', 'omit');
    expect(screen.queryByRole('textbox', { name: 'Day' })).toBeNull();
    omitted.view.unmount();
    renderGate('en', 'optional');
    expect(screen.getByRole('textbox', { name: 'Day' })).not.toBeRequired();
    expect(screen.getByRole('textbox', { name: 'Year' })).toBeRequired();
  });

  it('labels the whole question as one form group with its hint', () => {
    renderGate();
    const form = screen.getByRole('form', { name: 'Your date of birth' });
    const group = within(form).getByRole('group', { name: 'Your date of birth' });
    expect(group).toHaveAccessibleDescription('We ask everyone this question.');
  });
});
