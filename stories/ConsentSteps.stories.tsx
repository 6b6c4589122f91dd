import type { Decorator, Meta, StoryObj } from '@storybook/react-vite';
import type { AgeBand, ConsentScope, ConsentStatus } from '@youthchat/core';
import { AgeGate, YouthSafetyProvider } from '@youthchat/react';
import { useState } from 'react';
import { expect, fn, waitFor } from 'storybook/test';
import { memoryStorage } from '../test/helpers/memory-storage.ts';
import { storyScheme } from './color-scheme.ts';
import { fakeConsentServer } from './fake-consent-server.ts';

interface StepParameters {
  locale?: string;
  band?: AgeBand;
  consent: ConsentStatus;
  consentScopes?: ConsentScope[];
  /** The stand-in parent grants after this many checks of GET /age. */
  grantAfterChecks?: number;
}

function StoryProvider({
  children,
  colorScheme,
  ...p
}: StepParameters & { children: React.ReactNode; colorScheme: 'light' | 'dark' }) {
  const band = p.band ?? 'under13';
  const [storage] = useState(() =>
    memoryStorage({
      'youthchat:age': JSON.stringify({ band, consent: p.consent, consentScopes: p.consentScopes ?? [] }),
    }),
  );
  const [server] = useState(() =>
    fakeConsentServer(
      { band, consent: p.consent, consentScopes: p.consentScopes ?? [] },
      p.grantAfterChecks !== undefined ? { grantAfterChecks: p.grantAfterChecks } : {},
    ),
  );
  return (
    <YouthSafetyProvider
      locale={p.locale ?? 'en'}
      country="US"
      storage={storage}
      fetch={server.fetch}
      colorScheme={colorScheme}
    >
      {children}
    </YouthSafetyProvider>
  );
}

const withProvider: Decorator = (Story, context) => (
  <StoryProvider
    {...((context.parameters.consent ?? { consent: 'required' }) as StepParameters)}
    colorScheme={storyScheme(context)}
  >
    <Story />
  </StoryProvider>
);

/**
 * The age gate's next step when a parent has to agree (the gate shows it by
 * itself): ask a parent who is here or by email, wait, and move on when the
 * parent answers. These stories start from a stored answer; a stand-in
 * server answers the consent routes.
 */
const meta = {
  title: 'Components/AgeGate/Consent step',
  component: AgeGate,
  decorators: [withProvider],
  args: { onConsentGranted: fn(), consentPollInterval: 200 },
} satisfies Meta<typeof AgeGate>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Nobody asked yet: two ways to ask. */
export const Choose: Story = {
  parameters: { consent: { consent: 'required' } },
  play: async ({ canvas }) => {
    await expect(await canvas.findByRole('heading', { name: 'Ask a grown-up at home' })).toBeVisible();
    await expect(canvas.getByRole('button', { name: /My grown-up is here with me/ })).toBeVisible();
    await expect(canvas.getByRole('button', { name: /Send my grown-up an email/ })).toBeVisible();
  },
};

export const ChooseDark: Story = { ...Choose, globals: { colorScheme: 'dark' } };

/** The teen wording. */
export const ChooseTeen: Story = {
  parameters: { consent: { consent: 'required', band: 'teen13to15' } },
  play: async ({ canvas }) => {
    await expect(await canvas.findByRole('heading', { name: 'Ask a parent or guardian' })).toBeVisible();
  },
};

/** The child types the address; it is checked before anything is sent. */
export const EmailInvalid: Story = {
  parameters: { consent: { consent: 'required' } },
  play: async ({ canvas, userEvent }) => {
    await userEvent.click(await canvas.findByRole('button', { name: /Send my grown-up an email/ }));
    const box = canvas.getByRole('textbox', { name: 'Your grown-up’s email address' });
    await expect(box).toHaveFocus();
    await userEvent.type(box, 'not-an-address');
    await userEvent.click(canvas.getByRole('button', { name: 'Send the message' }));
    await expect(canvas.getByRole('alert')).toHaveTextContent('That does not look like an email address.');
    await expect(box).toHaveAttribute('aria-invalid', 'true');
  },
};

/** The parent is here: the words speak to them. */
export const HandOver: Story = {
  parameters: { consent: { consent: 'required', band: 'teen13to15' } },
  play: async ({ canvas, userEvent }) => {
    await userEvent.click(await canvas.findByRole('button', { name: /My parent or guardian is here/ }));
    await expect(canvas.getByRole('heading', { name: 'Hello, parent or guardian' })).toBeVisible();
    await expect(canvas.getByRole('textbox', { name: 'Your email address' })).toHaveFocus();
  },
};

export const HandOverDark: Story = { ...HandOver, globals: { colorScheme: 'dark' } };

/** Sent: the wait, with a way on from it (check, send again, another address). */
export const Waiting: Story = {
  parameters: { consent: { consent: 'required' } },
  play: async ({ canvas, userEvent }) => {
    await userEvent.click(await canvas.findByRole('button', { name: /Send my grown-up an email/ }));
    await userEvent.type(canvas.getByRole('textbox', { name: 'Your grown-up’s email address' }), 'parent@example.com');
    await userEvent.click(canvas.getByRole('button', { name: 'Send the message' }));
    await expect(await canvas.findByRole('heading', { name: 'We sent your grown-up a message' })).toHaveFocus();
    await expect(canvas.getByText('Sent to parent@example.com.')).toBeVisible();
    await expect(canvas.getByRole('button', { name: 'Check now' })).toBeVisible();
    await expect(canvas.getByRole('button', { name: 'Send it again' })).toBeVisible();
    await expect(canvas.getByRole('button', { name: 'Use another email address' })).toBeVisible();
  },
};

export const WaitingDark: Story = { ...Waiting, globals: { colorScheme: 'dark' } };

/** The parent said no: kind words and a way on. */
export const Denied: Story = {
  parameters: { consent: { consent: 'denied', band: 'teen13to15' } },
  play: async ({ canvas }) => {
    await expect(await canvas.findByRole('heading', { name: 'Your parent said no for now' })).toBeVisible();
    await expect(canvas.getByRole('button', { name: 'Check again' })).toBeVisible();
  },
};

export const DeniedDark: Story = { ...Denied, globals: { colorScheme: 'dark' } };

/** In Spanish. */
export const SpanishWaiting: Story = {
  parameters: { consent: { consent: 'pending', locale: 'es', band: 'teen13to15' } },
  play: async ({ canvas }) => {
    await expect(
      await canvas.findByRole('heading', { name: 'Hemos enviado un mensaje a tu madre, padre o tutor' }),
    ).toBeVisible();
  },
};

/** In German, for a 14-year-old in Germany. */
export const GermanChoose: Story = {
  parameters: { consent: { consent: 'required', locale: 'de', band: 'teen13to15' } },
  play: async ({ canvas }) => {
    await expect(
      await canvas.findByRole('heading', { name: 'Frag einen Elternteil oder Erziehungsberechtigten' }),
    ).toBeVisible();
  },
};

/** Consent arrives while the child waits: the gate moves on by itself and says so in a live region. */
export const ArrivesWhileWaiting: Story = {
  parameters: { consent: { consent: 'pending', grantAfterChecks: 2 } },
  play: async ({ canvas, args }) => {
    await expect(await canvas.findByRole('heading', { name: 'We sent your grown-up a message' })).toBeVisible();
    await expect(
      await canvas.findByRole('heading', { name: 'Your grown-up said yes' }, { timeout: 5000 }),
    ).toBeVisible();
    await waitFor(() => expect(args.onConsentGranted).toHaveBeenCalledTimes(1));
    const live = canvas.getAllByRole('status').find((element) => element.getAttribute('aria-live') === 'polite');
    await expect(live).toHaveTextContent('Your grown-up said yes. You can start now.');
    await expect(canvas.getByText(/not sent to an outside AI company/)).toBeVisible();
  },
};

export const ArrivesWhileWaitingDark: Story = { ...ArrivesWhileWaiting, globals: { colorScheme: 'dark' } };
