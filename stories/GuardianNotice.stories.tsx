import type { Decorator, Meta, StoryObj } from '@storybook/react-vite';
import type { AgeBand } from '@youthchat/core';
import { GuardianNotice, YouthSafetyProvider } from '@youthchat/react';
import { useState } from 'react';
import { expect } from 'storybook/test';
import { memoryStorage } from '../test/helpers/memory-storage.ts';
import { storyScheme } from './color-scheme.ts';
import { fakeGuardianServer, type GuardianServerState } from './guardian-server.ts';

interface NoticeParameters {
  band?: AgeBand;
  locale?: string;
  server?: GuardianServerState;
}

function StoryProvider({
  children,
  colorScheme,
  ...p
}: NoticeParameters & { children: React.ReactNode; colorScheme: 'light' | 'dark' }) {
  const [storage] = useState(memoryStorage);
  const [fetcher] = useState(() => fakeGuardianServer(p.server));
  return (
    <YouthSafetyProvider
      locale={p.locale ?? 'en'}
      band={p.band ?? 'teen13to15'}
      storage={storage}
      fetch={fetcher}
      colorScheme={colorScheme}
    >
      {children}
    </YouthSafetyProvider>
  );
}

const withProvider: Decorator = (Story, context) => (
  <StoryProvider {...((context.parameters.guardian ?? {}) as NoticeParameters)} colorScheme={storyScheme(context)}>
    <Story />
  </StoryProvider>
);

const meta = {
  title: 'Guardian/GuardianNotice',
  component: GuardianNotice,
  decorators: [withProvider],
} satisfies Meta<typeof GuardianNotice>;

export default meta;
type Story = StoryObj<typeof meta>;

/** No guardian yet: what one could do (and never see), and the form to send them a link. */
export const NoGuardian: Story = {
  play: async ({ canvas }) => {
    await expect(await canvas.findByRole('textbox', { name: "Your guardian's email" })).toBeVisible();
  },
};

/** A wrong address, said next to the field. */
export const InvalidEmail: Story = {
  play: async ({ canvas, userEvent }) => {
    await userEvent.type(await canvas.findByRole('textbox', { name: "Your guardian's email" }), 'mum at home');
    await userEvent.click(canvas.getByRole('button', { name: 'Send them a link' }));
    await expect(canvas.getByRole('textbox', { name: "Your guardian's email" })).toHaveAccessibleDescription(
      /Enter an email address/,
    );
  },
};

/** Sent, waiting for the guardian to confirm. */
export const Pending: Story = {
  parameters: { guardian: { server: { teen: 'pending' } } },
  play: async ({ canvas }) => {
    await expect(await canvas.findByRole('button', { name: 'Cancel the request' })).toBeVisible();
  },
};

/** Linked, with quiet hours, time left today, and an alert that was sent (16–17 words). */
export const Linked: Story = {
  parameters: {
    guardian: {
      band: 'teen16to17',
      server: {
        teen: 'linked',
        settings: { quietHours: { start: '22:00', end: '07:00' }, dailyLimitMinutes: 60 },
        usedMinutesToday: 25,
        lastAlertAt: '2026-11-19T20:15:00.000Z',
      },
    },
  },
  play: async ({ canvas }) => {
    await expect(await canvas.findByText('35 minutes of chat left today')).toBeVisible();
    await expect(canvas.getByText(/we let your guardian know you might need support/)).toBeVisible();
  },
};

export const LinkedDark: Story = { ...Linked, globals: { colorScheme: 'dark' } };

/** The same for a 13- to 15-year-old, in Spanish. */
export const LinkedSpanish: Story = {
  parameters: {
    guardian: {
      locale: 'es',
      server: {
        teen: 'linked',
        settings: { dailyLimitMinutes: 60 },
        usedMinutesToday: 60,
        lastAlertAt: '2026-11-19T20:15:00.000Z',
      },
    },
  },
  play: async ({ canvas }) => {
    await expect(await canvas.findByText('Se acabó el tiempo de chat de hoy')).toBeVisible();
  },
};
