import type { Decorator, Meta, StoryObj } from '@storybook/react-vite';
import { type AgeBand, defineDisclosures, getDisclosure } from '@youthchat/core';
import { AIDisclosure, YouthSafetyProvider } from '@youthchat/react';
import { type ReactNode, useState } from 'react';
import { expect, fn, screen, waitFor } from 'storybook/test';
import { memoryStorage } from '../test/helpers/memory-storage.ts';
import { storyScheme } from './color-scheme.ts';

/** Which child sees the story, and what the device remembers from earlier visits. */
interface DisclosureParameters {
  band?: AgeBand;
  locale?: string;
  /** Already acknowledged on this device. */
  acknowledged?: boolean;
  /** Minutes of use already counted since the last notice. */
  usedMinutes?: number;
}

function StoryProvider({
  children,
  band = 'under13',
  locale = 'en',
  acknowledged,
  usedMinutes,
  colorScheme,
}: DisclosureParameters & { children: ReactNode; colorScheme: 'light' | 'dark' }) {
  const [storage] = useState(() => {
    const seed: Record<string, string> = {};
    if (acknowledged) {
      const { version } = getDisclosure(band, locale);
      seed['youthchat:disclosure'] = JSON.stringify({ band, version, at: '2026-01-01T00:00:00.000Z' });
    }
    if (usedMinutes) seed['youthchat:disclosure-usage'] = JSON.stringify({ usedMs: usedMinutes * 60_000 });
    return memoryStorage(seed);
  });
  return (
    <YouthSafetyProvider band={band} locale={locale} storage={storage} colorScheme={colorScheme}>
      {children}
    </YouthSafetyProvider>
  );
}

/** Waits for the dialog's entrance animation: it starts transparent, which axe would read as low contrast. */
async function settled() {
  await new Promise((resolve) => requestAnimationFrame(resolve));
  await Promise.all(document.getAnimations().map((animation) => animation.finished.catch(() => undefined)));
}

const withProvider: Decorator = (Story, context) => (
  <StoryProvider
    {...((context.parameters.disclosure ?? {}) as DisclosureParameters)}
    colorScheme={storyScheme(context)}
  >
    <Story />
  </StoryProvider>
);

const meta = {
  title: 'Components/AIDisclosure',
  component: AIDisclosure,
  decorators: [withProvider],
  args: { onAcknowledge: fn(), trigger: true },
  parameters: {
    // Most stories open the modal by themselves: on the docs page each renders in its own frame, so no
    // dialog covers the page.
    docs: { story: { inline: false, height: '40rem' } },
  },
} satisfies Meta<typeof AIDisclosure>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The first disclosure for a band in a locale: open, waiting for the acknowledgement. */
function firstTime(band: AgeBand, locale: string, acknowledge: string): Story {
  const { title } = getDisclosure(band, locale);
  return {
    parameters: { disclosure: { band, locale } },
    // One language per band on the docs page; every language still runs as a test.
    ...(locale === 'en' ? {} : { tags: ['!autodocs'] }),
    play: async () => {
      const dialog = await screen.findByRole('dialog', { name: title });
      await settled();
      await expect(dialog).toHaveAttribute('data-band', band);
      await expect(dialog).toHaveAttribute('data-mode', 'required');
      await expect(screen.getByRole('button', { name: acknowledge })).toBeVisible();
    },
  };
}

export const Under13English = firstTime('under13', 'en', 'OK, I understand');
export const Under13Spanish = firstTime('under13', 'es', 'Vale, lo entiendo');
export const Under13French = firstTime('under13', 'fr', 'D’accord, j’ai compris');
export const Under13German = firstTime('under13', 'de', 'Okay, verstanden');
export const Teen13to15English = firstTime('teen13to15', 'en', 'I understand');
export const Teen13to15Spanish = firstTime('teen13to15', 'es', 'Entendido');
export const Teen13to15French = firstTime('teen13to15', 'fr', 'J’ai compris');
export const Teen13to15German = firstTime('teen13to15', 'de', 'Verstanden');
export const Teen16to17English = firstTime('teen16to17', 'en', 'I understand');
export const Teen16to17Spanish = firstTime('teen16to17', 'es', 'Entendido');
export const Teen16to17French = firstTime('teen16to17', 'fr', 'J’ai compris');
export const Teen16to17German = firstTime('teen16to17', 'de', 'Verstanden');
export const AdultEnglish = firstTime('adult', 'en', 'Continue');
export const AdultSpanish = firstTime('adult', 'es', 'Continuar');
export const AdultFrench = firstTime('adult', 'fr', 'Continuer');
export const AdultGerman = firstTime('adult', 'de', 'Weiter');

/** Acknowledging closes it and hands the chat back. */
export const Acknowledged: Story = {
  parameters: { disclosure: { band: 'teen13to15' } },
  play: async ({ args, userEvent }) => {
    await userEvent.click(await screen.findByRole('button', { name: 'I understand' }));
    await settled();
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    await expect(args.onAcknowledge).toHaveBeenCalledWith({
      band: 'teen13to15',
      version: getDisclosure('teen13to15', 'en').version,
    });
  },
};

/** After 3 hours of use: the not-a-person reminder with a gentle break prompt. */
export const Reminder: Story = {
  args: { onTakeBreak: fn() },
  parameters: { disclosure: { band: 'under13', acknowledged: true, usedMinutes: 180 } },
  play: async () => {
    const reminder = await screen.findByRole('alertdialog', { name: 'Remember: I am not a person' });
    await settled();
    await expect(reminder).toHaveAttribute('data-mode', 'reminder');
    await expect(screen.getByRole('button', { name: 'Take a break' })).toBeVisible();
    await expect(screen.getByRole('button', { name: 'Keep chatting' })).toBeVisible();
  },
};

export const ReminderTeenSpanish: Story = {
  parameters: { disclosure: { band: 'teen13to15', locale: 'es', acknowledged: true, usedMinutes: 180 } },
  play: async () => {
    const reminder = await screen.findByRole('alertdialog', { name: 'Un recordatorio: esto es una IA' });
    await settled();
    await expect(reminder).toBeVisible();
  },
};

/** Opened again from "About this AI" after it was acknowledged: closable, focus goes back to the trigger. */
export const Reopened: Story = {
  parameters: { disclosure: { band: 'teen16to17', acknowledged: true } },
  play: async ({ canvas, userEvent }) => {
    const trigger = canvas.getByRole('button', { name: 'About this AI' });
    await userEvent.click(trigger);
    const dialog = await screen.findByRole('dialog', { name: getDisclosure('teen16to17', 'en').title });
    await settled();
    await expect(dialog).toHaveAttribute('data-mode', 'reopened');
    await expect(screen.getByRole('button', { name: 'Close' })).toBeVisible();
  },
};

export const ReopenedAndClosed: Story = {
  parameters: { disclosure: { band: 'teen16to17', acknowledged: true } },
  play: async ({ canvas, userEvent }) => {
    const trigger = canvas.getByRole('button', { name: 'About this AI' });
    await userEvent.click(trigger);
    await screen.findByRole('dialog');
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(trigger).toHaveFocus());
    await settled();
  },
};

const pip = defineDisclosures({
  facts: { retentionDays: 30 },
  under13: {
    title: 'Meet Pip, our AI helper',
    sections: {
      ai: {
        heading: 'Pip is not a person',
        body: 'Pip is a computer program. Pip is not a real person, even when Pip sounds like one.',
      },
    },
    add: [
      {
        id: 'club-rules',
        heading: 'Club rules',
        body: 'Be kind. Ask a grown-up if you are not sure.',
        after: 'privacy',
      },
    ],
  },
  locales: { es: { under13: { title: 'Te presentamos a Pip, nuestro ayudante de IA' } } },
});

/** A customised under-13 disclosure: new title, a reworded section, an added one, and the app's retention. */
export const Customised: Story = {
  args: { disclosures: pip },
  parameters: { disclosure: { band: 'under13' } },
  play: async () => {
    const dialog = await screen.findByRole('dialog', { name: 'Meet Pip, our AI helper' });
    await settled();
    await expect(dialog).toHaveTextContent('Club rules');
    await expect(dialog).toHaveTextContent('keeps your messages for 30 days');
  },
};

/** The customised text beside the built-in one, on the page. */
export const CustomisedNextToDefault: Story = {
  parameters: { disclosure: { band: 'under13', acknowledged: true } },
  render: () => (
    <main style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(18rem, 1fr))', gap: '1rem' }}>
      <AIDisclosure.Panel />
      <AIDisclosure.Panel disclosures={pip} />
    </main>
  ),
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('article', { name: 'You are talking to an AI' })).toBeVisible();
    await expect(canvas.getByRole('article', { name: 'Meet Pip, our AI helper' })).toBeVisible();
  },
};

/** Your own layout through slots: a header, a section renderer and a footer. */
export const WithSlots: Story = {
  args: {
    slots: {
      header: <p style={{ margin: '0 0 0.5rem', fontWeight: 700 }}>🤖 Pip</p>,
      section: (section, content) =>
        section.id === 'help' ? (
          <div style={{ background: 'var(--yc-warning-bg)', padding: '0.5rem', borderRadius: 8 }}>{content}</div>
        ) : (
          content
        ),
      footer: <p>Questions? Ask your teacher.</p>,
    },
  },
  parameters: { disclosure: { band: 'under13' } },
  play: async () => {
    const footer = await screen.findByText('Questions? Ask your teacher.');
    await settled();
    await expect(footer).toBeVisible();
  },
};

/** The dark scheme (the toolbar's Scheme switch does the same for every story). */
export const Teen13to15Dark: Story = {
  ...firstTime('teen13to15', 'en', 'I understand'),
  globals: { colorScheme: 'dark' },
};
