import type { Decorator, Meta, StoryObj } from '@storybook/react-vite';
import { ParentConsent, ParentDataRights, YouthSafetyProvider } from '@youthchat/react';
import { useState } from 'react';
import { expect, fn } from 'storybook/test';
import { storyScheme } from './color-scheme.ts';
import { fakeConsentServer } from './fake-consent-server.ts';

function StoryProvider({
  children,
  colorScheme,
  locale,
}: {
  children: React.ReactNode;
  colorScheme: 'light' | 'dark';
  locale?: string | undefined;
}) {
  const [server] = useState(() => fakeConsentServer({ band: 'under13', consent: 'granted', consentScopes: ['use'] }));
  return (
    <YouthSafetyProvider locale={locale ?? 'en'} storage={null} fetch={server.fetch} colorScheme={colorScheme}>
      {children}
    </YouthSafetyProvider>
  );
}

const withProvider: Decorator = (Story, context) => (
  <StoryProvider colorScheme={storyScheme(context)} locale={context.parameters.locale as string | undefined}>
    <Story />
  </StoryProvider>
);

/**
 * The page a parent's link opens: the direct notice, a decision per scope
 * and a verification method. A stand-in server answers the routes; the
 * vendor hook resolves with a made-up signed result.
 */
const meta = {
  title: 'Components/ParentConsent',
  component: ParentConsent,
  decorators: [withProvider],
  args: {
    token: 'story-link',
    onDecided: fn(),
    verifiers: { vendor: async () => ({ jwt: 'header.claims.signature' }) },
  },
} satisfies Meta<typeof ParentConsent>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The notice and the decision, nothing chosen (no box is ticked for the parent). */
export const Notice: Story = {
  play: async ({ canvas }) => {
    await expect(
      await canvas.findByRole('heading', { name: 'Your child asked to use Study Buddy', level: 1 }),
    ).toBeVisible();
    for (const heading of ['What we collect', 'Why', 'Who else receives it', 'How long we keep it', 'Your rights']) {
      await expect(canvas.getByRole('heading', { name: heading })).toBeVisible();
    }
    await expect(canvas.getByRole('checkbox', { name: 'Use the chat' })).not.toBeChecked();
    await expect(canvas.getByRole('checkbox', { name: 'Share messages with OpenAI' })).not.toBeChecked();
  },
};

export const NoticeDark: Story = { ...Notice, globals: { colorScheme: 'dark' } };

/** Email plus cannot allow sharing with the AI provider: the page says so before anything is sent. */
export const EmailPlusCannotShare: Story = {
  play: async ({ canvas, userEvent, args }) => {
    await userEvent.click(await canvas.findByRole('checkbox', { name: 'Share messages with OpenAI' }));
    await expect(canvas.getByRole('checkbox', { name: 'Use the chat' })).toBeChecked();
    await userEvent.click(canvas.getByRole('radio', { name: 'Confirm by email' }));
    await userEvent.click(canvas.getByRole('button', { name: 'Allow' }));
    await expect(canvas.getByRole('alert')).toHaveTextContent('cannot allow everything you chose');
    await expect(args.onDecided).not.toHaveBeenCalled();
  },
};

/** Granted with the vendor check: the outcome and the manage link. */
export const Granted: Story = {
  play: async ({ canvas, userEvent, args }) => {
    await userEvent.click(await canvas.findByRole('checkbox', { name: 'Share messages with OpenAI' }));
    await userEvent.click(canvas.getByRole('radio', { name: 'Verify with an ID check' }));
    await userEvent.click(canvas.getByRole('button', { name: 'Allow' }));
    await expect(await canvas.findByRole('heading', { name: 'Thank you: you said yes' })).toHaveFocus();
    await expect(canvas.getByText('You allowed: Use the chat, Share messages with OpenAI.')).toBeVisible();
    await expect(canvas.getByRole('link', { name: 'Review, download or delete your child’s data' })).toBeVisible();
    await expect(args.onDecided).toHaveBeenCalledWith(
      expect.objectContaining({ consent: 'granted', method: 'vendor' }),
    );
  },
};

export const GrantedDark: Story = { ...Granted, globals: { colorScheme: 'dark' } };

/** A link used before. */
export const LinkUsed: Story = {
  args: { token: 'used' },
  play: async ({ canvas }) => {
    await expect(await canvas.findByRole('heading', { name: 'This link was already used' })).toBeVisible();
  },
};

/** A link that ran out. */
export const LinkExpired: Story = {
  args: { token: 'expired' },
  play: async ({ canvas }) => {
    await expect(await canvas.findByRole('heading', { name: 'This link has run out' })).toBeVisible();
  },
};

export const LinkExpiredDark: Story = { ...LinkExpired, globals: { colorScheme: 'dark' } };

/** The parent's manage page: what is held, download, revoke, delete. */
export const ManageData: StoryObj<typeof ParentDataRights> = {
  render: () => <ParentDataRights token="story-manage" />,
  play: async ({ canvas }) => {
    await expect(await canvas.findByRole('heading', { name: 'Your child’s data', level: 1 })).toBeVisible();
    await expect(canvas.getByRole('link', { name: 'Download a copy' })).toBeVisible();
    await expect(canvas.getByRole('button', { name: 'Take back all permission' })).toBeVisible();
    await expect(canvas.getByRole('button', { name: 'Delete everything' })).toBeVisible();
  },
};

export const ManageDataDark: StoryObj<typeof ParentDataRights> = { ...ManageData, globals: { colorScheme: 'dark' } };

/** In Spanish (the page follows the notice's language). */
export const ManageDataSpanish: StoryObj<typeof ParentDataRights> = {
  ...ManageData,
  parameters: { locale: 'es' },
  play: async ({ canvas }) => {
    await expect(await canvas.findByRole('heading', { name: 'Los datos de su hijo o hija', level: 1 })).toBeVisible();
  },
};
