import type { Decorator, Meta, StoryObj } from '@storybook/react-vite';
import type { AgeBand, ConsentStatus } from '@youthchat/core';
import { AgeGate, type AgeResult, YouthSafetyProvider } from '@youthchat/react';
import { useState } from 'react';
import { expect, fn, waitFor } from 'storybook/test';
import { memoryStorage } from '../test/helpers/memory-storage.ts';
import { storyScheme } from './color-scheme.ts';

/** What the stand-in server answers, and what the device already holds. */
interface GateParameters {
  locale?: string;
  country?: string;
  answer?: { band: AgeBand; consent: ConsentStatus };
  stored?: AgeResult;
}

/** Answers `/api/age` like youthchat-server would: Storybook runs without one. */
function fakeAgeServer(answer: { band: AgeBand; consent: ConsentStatus }): typeof fetch {
  return async (_input, init) => {
    if (init?.method === 'DELETE') return new Response(null, { status: 204 });
    const body = { ...answer, token: 'story-token', expiresAt: '2030-01-01T00:00:00.000Z' };
    return new Response(JSON.stringify(body), { status: 200, headers: { 'content-type': 'application/json' } });
  };
}

function StoryProvider({
  children,
  colorScheme,
  ...p
}: GateParameters & { children: React.ReactNode; colorScheme: 'light' | 'dark' }) {
  const [storage] = useState(() => memoryStorage(p.stored ? { 'youthchat:age': JSON.stringify(p.stored) } : {}));
  const [fetcher] = useState(() => fakeAgeServer(p.answer ?? { band: 'adult', consent: 'not-needed' }));
  return (
    <YouthSafetyProvider
      locale={p.locale ?? 'en-GB'}
      {...(p.country ? { country: p.country } : {})}
      storage={storage}
      fetch={fetcher}
      colorScheme={colorScheme}
    >
      {children}
    </YouthSafetyProvider>
  );
}

const withProvider: Decorator = (Story, context) => (
  <StoryProvider {...((context.parameters.gate ?? {}) as GateParameters)} colorScheme={storyScheme(context)}>
    <Story />
  </StoryProvider>
);

const meta = {
  title: 'Components/AgeGate',
  component: AgeGate,
  decorators: [withProvider],
  args: { onComplete: fn(), onParentalConsentRequired: fn() },
  argTypes: { day: { control: 'inline-radio', options: ['required', 'optional', 'omit'] } },
} satisfies Meta<typeof AgeGate>;

export default meta;
type Story = StoryObj<typeof meta>;

const yearsAgo = (years: number) => String(new Date().getFullYear() - years);

/** The question as a child first sees it: nothing filled in, nothing chosen. */
export const Empty: Story = {
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('textbox', { name: 'Day' })).toHaveValue('');
    await expect(canvas.getByRole('combobox', { name: 'Month' })).toHaveValue('');
    await expect(canvas.getByRole('textbox', { name: 'Year' })).toHaveValue('');
    await expect(canvas.queryByRole('checkbox')).toBeNull();
  },
};

export const Filled: Story = {
  play: async ({ canvas, userEvent }) => {
    await userEvent.type(canvas.getByRole('textbox', { name: 'Day' }), '21');
    await userEvent.selectOptions(canvas.getByRole('combobox', { name: 'Month' }), 'September');
    await userEvent.type(canvas.getByRole('textbox', { name: 'Year' }), yearsAgo(12));
    await expect(canvas.getByRole('combobox', { name: 'Month' })).toHaveValue('9');
  },
};

/** 31 April does not exist: the error is announced and tied to the fields. */
export const InvalidDate: Story = {
  play: async ({ canvas, userEvent, args }) => {
    await userEvent.type(canvas.getByRole('textbox', { name: 'Day' }), '31');
    await userEvent.selectOptions(canvas.getByRole('combobox', { name: 'Month' }), 'April');
    await userEvent.type(canvas.getByRole('textbox', { name: 'Year' }), yearsAgo(15));
    await userEvent.click(canvas.getByRole('button', { name: 'Continue' }));
    // The checking loads with the form's first focus, so its verdict may take a moment.
    await waitFor(() => expect(canvas.getByRole('alert')).toHaveTextContent('That date does not exist.'));
    await expect(canvas.getByRole('textbox', { name: 'Day' })).toHaveAttribute('aria-invalid', 'true');
    await expect(args.onComplete).not.toHaveBeenCalled();
  },
};

/** Month and year only (`day="omit"`). */
export const MonthAndYearOnly: Story = {
  args: { day: 'omit' },
  play: async ({ canvas }) => {
    await expect(canvas.queryByRole('textbox', { name: 'Day' })).toBeNull();
  },
};

/** Answered on an earlier visit: no second try until the app resets it. */
export const Locked: Story = {
  parameters: { gate: { stored: { band: 'teen13to15', consent: 'not-needed' } } },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('heading', { name: 'Already answered' })).toBeVisible();
    await expect(canvas.queryByRole('textbox')).toBeNull();
  },
};

/** Answered just now. */
export const Done: Story = {
  parameters: { gate: { answer: { band: 'adult', consent: 'not-needed' } } },
  play: async ({ canvas, userEvent, args }) => {
    await userEvent.type(canvas.getByRole('textbox', { name: 'Day' }), '2');
    await userEvent.selectOptions(canvas.getByRole('combobox', { name: 'Month' }), 'June');
    await userEvent.type(canvas.getByRole('textbox', { name: 'Year' }), `${yearsAgo(30)}{Enter}`);
    await expect(await canvas.findByRole('heading', { name: 'Thank you' })).toHaveFocus();
    // The token stays in the server's HttpOnly cookie; the app gets the band and when it expires.
    await expect(args.onComplete).toHaveBeenCalledWith({
      band: 'adult',
      consent: 'not-needed',
      expiresAt: '2030-01-01T00:00:00.000Z',
    });
  },
};

/** Germany's consent age is 16: a 14-year-old's answer ends here, and nothing more is asked. */
export const ConsentNeeded: Story = {
  parameters: { gate: { country: 'DE', answer: { band: 'teen13to15', consent: 'required' } } },
  play: async ({ canvas, userEvent, args }) => {
    await userEvent.type(canvas.getByRole('textbox', { name: 'Day' }), '1');
    await userEvent.selectOptions(canvas.getByRole('combobox', { name: 'Month' }), 'January');
    await userEvent.type(canvas.getByRole('textbox', { name: 'Year' }), yearsAgo(14));
    await userEvent.click(canvas.getByRole('button', { name: 'Continue' }));
    await expect(await canvas.findByRole('heading', { name: 'Ask a parent or guardian' })).toBeVisible();
    await expect(args.onParentalConsentRequired).toHaveBeenCalledTimes(1);
    await expect(canvas.queryByRole('textbox')).toBeNull();
  },
};

export const English: Story = {
  parameters: { gate: { locale: 'en-US' } },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('heading', { name: 'Your date of birth' })).toBeVisible();
  },
};

export const Spanish: Story = {
  parameters: { gate: { locale: 'es' } },
  play: async ({ canvas }) => {
    // Words other than English load on demand.
    await expect(await canvas.findByRole('heading', { name: 'Tu fecha de nacimiento' })).toBeVisible();
    await expect(canvas.getByRole('combobox', { name: 'Mes' })).toHaveValue('');
  },
};

export const French: Story = {
  parameters: { gate: { locale: 'fr-CA' } },
  play: async ({ canvas }) => {
    await expect(await canvas.findByRole('heading', { name: 'Ta date de naissance' })).toBeVisible();
    await expect(canvas.getByRole('combobox', { name: 'Mois' })).toHaveValue('');
    await expect(canvas.getByRole('button', { name: 'Continuer' })).toBeVisible();
  },
};

export const German: Story = {
  parameters: { gate: { locale: 'de-AT' } },
  play: async ({ canvas }) => {
    await expect(await canvas.findByRole('heading', { name: 'Dein Geburtsdatum' })).toBeVisible();
    await expect(canvas.getByRole('combobox', { name: 'Monat' })).toHaveValue('');
    await expect(canvas.getByRole('button', { name: 'Weiter' })).toBeVisible();
  },
};

export const SpanishConsentNeeded: Story = {
  parameters: {
    gate: { locale: 'es', country: 'ES', stored: { band: 'under13', consent: 'required' } },
  },
  play: async ({ canvas }) => {
    // The gate's next step (loaded on demand) asks the child how to reach a parent, in Spanish.
    await expect(await canvas.findByRole('heading', { name: 'Pide permiso a tu madre, padre o tutor' })).toBeVisible();
  },
};
