import type { Decorator, Meta, StoryObj } from '@storybook/react-vite';
import type { AgeBand } from '@youthchat/core';
import { CrisisResources, YouthSafetyProvider } from '@youthchat/react';
import { expect } from 'storybook/test';
import { storyScheme } from './color-scheme.ts';

interface CrisisParameters {
  band?: AgeBand;
  locale?: string;
  country?: string;
}

const withProvider: Decorator = (Story, context) => {
  const { band = 'teen13to15', locale = 'en', country } = (context.parameters.crisis ?? {}) as CrisisParameters;
  return (
    <YouthSafetyProvider
      band={band}
      locale={locale}
      storage={null}
      {...(country ? { country } : {})}
      colorScheme={storyScheme(context)}
    >
      <main>
        <Story />
      </main>
    </YouthSafetyProvider>
  );
};

const meta = {
  title: 'Components/CrisisResources',
  component: CrisisResources,
  decorators: [withProvider],
} satisfies Meta<typeof CrisisResources>;

export default meta;
type Story = StoryObj<typeof meta>;

export const UnitedStates: Story = {
  parameters: { crisis: { country: 'US' } },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('link', { name: 'Call 988' })).toHaveAttribute('href', 'tel:988');
    await expect(canvas.getByRole('link', { name: 'Text 988' })).toHaveAttribute('href', 'sms:988');
  },
};

export const UnitedStatesSpanish: Story = {
  parameters: { crisis: { country: 'US', locale: 'es' } },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('link', { name: 'Enviar AYUDA al 988' })).toHaveAttribute(
      'href',
      'sms:988?body=AYUDA',
    );
  },
};

export const UnitedKingdom: Story = {
  parameters: { crisis: { country: 'GB' } },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('link', { name: 'Call 0800 1111' })).toHaveAttribute('href', 'tel:08001111');
    await expect(canvas.getByRole('link', { name: 'Call 116 123' })).toHaveAttribute('href', 'tel:116123');
    await expect(canvas.getByRole('link', { name: 'Text SHOUT to 85258' })).toHaveAttribute(
      'href',
      'sms:85258?body=SHOUT',
    );
  },
};

export const UnitedKingdomUnder13: Story = {
  parameters: { crisis: { country: 'GB', band: 'under13' } },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('region', { name: 'You can talk to someone' })).toBeVisible();
  },
};

export const Canada: Story = {
  parameters: { crisis: { country: 'CA' } },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('link', { name: 'Call 1-800-668-6868' })).toHaveAttribute('href', 'tel:18006686868');
    await expect(canvas.getByRole('link', { name: 'Text CONNECT to 686868' })).toBeVisible();
  },
};

export const CanadaFrench: Story = {
  parameters: { crisis: { country: 'CA', locale: 'fr' } },
  play: async ({ canvas }) => {
    await expect(canvas.getByText('Jeunesse, J’écoute')).toBeVisible();
  },
};

export const Australia: Story = {
  parameters: { crisis: { country: 'AU' } },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('link', { name: 'Call 1800 55 1800' })).toHaveAttribute('href', 'tel:1800551800');
  },
};

export const GermanyGerman: Story = {
  parameters: { crisis: { country: 'DE', locale: 'de', band: 'under13' } },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('link', { name: '116 111 anrufen' })).toHaveAttribute('href', 'tel:116111');
  },
};

/** No line known for the country: the fallback. */
export const Fallback: Story = {
  parameters: { crisis: { country: 'BR', locale: 'es' } },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('link', { name: /Visitar Find A Helpline/ })).toHaveAttribute(
      'href',
      'https://findahelpline.com',
    );
  },
};

/** The app adds its own line and lists lines for the raised category first. */
export const WithAppLines: Story = {
  parameters: { crisis: { country: 'GB' } },
  args: {
    categories: ['bullying'],
    lines: [
      {
        id: 'school',
        name: 'School wellbeing team',
        phone: '020 7946 0000',
        description: 'Talk to someone at your school.',
        topics: ['bullying'],
      },
    ],
  },
  play: async ({ canvas }) => {
    const items = canvas.getAllByRole('listitem');
    await expect(items[1]).toHaveTextContent('School wellbeing team');
  },
};
