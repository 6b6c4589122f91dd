import type { Decorator, Meta, StoryObj } from '@storybook/react-vite';
import { GuardianSettings } from '@youthchat/react';
import { useState } from 'react';
import { expect } from 'storybook/test';
import { storyScheme } from './color-scheme.ts';
import { fakeGuardianServer, type GuardianServerState } from './guardian-server.ts';

/** The page needs no provider (the guardian is an adult); this wrapper gives it the toolbar's colour scheme. */
const withScheme: Decorator = (Story, context) => (
  <div className="yc-theme" data-yc-theme="" data-color-scheme={storyScheme(context)}>
    <Story />
  </div>
);

function WithServer(props: React.ComponentProps<typeof GuardianSettings> & { server?: GuardianServerState }) {
  const { server, ...rest } = props;
  const [fetcher] = useState(() => fakeGuardianServer(server));
  return <GuardianSettings {...rest} fetch={fetcher} />;
}

const meta = {
  title: 'Guardian/GuardianSettings',
  component: GuardianSettings,
  decorators: [withScheme],
  render: (args, context) => (
    <WithServer {...args} {...((context.parameters.server ? { server: context.parameters.server } : {}) as object)} />
  ),
} satisfies Meta<typeof GuardianSettings>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The page the email's link opens: what linking means, and one button. */
export const Confirm: Story = {
  args: { confirmToken: 'story-link-token-0123456789abcdefghijklmnopqrs' },
  play: async ({ canvas }) => {
    await expect(await canvas.findByRole('button', { name: 'Link me as their guardian' })).toBeVisible();
    await expect(canvas.getByText(/never get your teen's messages/)).toBeVisible();
  },
};

/** Linked: alerts, quiet hours, a daily limit and the time zone, with today's use and the last alert. */
export const Settings: Story = {
  args: { credential: 'story-credential-0123456789abcdefghijklmnopqrstu' },
  parameters: {
    server: {
      settings: { quietHours: { start: '21:30', end: '07:00' }, dailyLimitMinutes: 90 },
      lastAlertAt: '2026-11-19T20:15:00.000Z',
    },
  },
  play: async ({ canvas, userEvent }) => {
    await expect(await canvas.findByRole('checkbox', { name: 'Safety alerts by email' })).toBeChecked();
    await expect(canvas.getByRole('spinbutton', { name: 'Minutes of chat per day' })).toHaveValue(90);
    await userEvent.click(canvas.getByRole('button', { name: 'Save settings' }));
    await expect(await canvas.findByText(/Settings saved/)).toBeVisible();
  },
};

export const SettingsDark: Story = { ...Settings, globals: { colorScheme: 'dark' } };

/** Asking before unlinking. */
export const Unlinking: Story = {
  args: { credential: 'story-credential-0123456789abcdefghijklmnopqrstu' },
  play: async ({ canvas, userEvent }) => {
    await userEvent.click(await canvas.findByRole('button', { name: 'Unlink' }));
    await expect(canvas.getByText(/Unlink\? Alerts, quiet hours/)).toHaveFocus();
  },
};

/** A link past its 72 hours. */
export const ExpiredLink: Story = {
  args: { confirmToken: 'story-link-token-0123456789abcdefghijklmnopqrs' },
  parameters: { server: { link: 'expired' } },
  play: async ({ canvas }) => {
    await expect(await canvas.findByRole('alert')).toHaveTextContent('This link has expired');
  },
};

export const Spanish: Story = {
  args: { credential: 'story-credential-0123456789abcdefghijklmnopqrstu', locale: 'es' },
  parameters: { server: { settings: { dailyLimitMinutes: 60 } } },
  play: async ({ canvas }) => {
    await expect(await canvas.findByRole('checkbox', { name: 'Avisos de seguridad por correo' })).toBeChecked();
    await expect(canvas.getByRole('heading', { name: 'Ajustes del tutor' })).toBeVisible();
  },
};

export const German: Story = {
  args: { confirmToken: 'story-link-token-0123456789abcdefghijklmnopqrs', locale: 'de' },
  play: async ({ canvas }) => {
    await expect(await canvas.findByRole('button', { name: 'Als Bezugsperson verknüpfen' })).toBeVisible();
  },
};
