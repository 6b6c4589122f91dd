import type { Decorator, Meta, StoryObj } from '@storybook/react-vite';
import type { AgeBand } from '@youthchat/core';
import { ReportButton, YouthSafetyProvider } from '@youthchat/react';
import { useState } from 'react';
import { expect, fn, screen, within } from 'storybook/test';
import { memoryStorage } from '../test/helpers/memory-storage.ts';
import { storyScheme } from './color-scheme.ts';

/** Who reports, and how the stand-in server answers. */
interface ReportParameters {
  band?: AgeBand;
  locale?: string;
  country?: string;
  server?: 'up' | 'down' | 'refusing';
}

/** Answers `POST /api/reports` as youthchat-server would: Storybook runs without one. */
function fakeReportServer(mode: ReportParameters['server']): typeof fetch {
  return async () => {
    if (mode === 'down') throw new TypeError('Failed to fetch');
    if (mode === 'refusing') {
      const error = {
        code: 'invalid_request',
        message: 'Fix these fields and send again: details: must be at most 2000 characters.',
      };
      return new Response(JSON.stringify({ error }), { status: 400, headers: { 'content-type': 'application/json' } });
    }
    const receipt = { id: '5f0c7a52-8d1e-4c3b-9a53-2f7f1d0c9e11', status: 'received', reference: 'YC-7K3M2-Q9TX8' };
    return new Response(JSON.stringify(receipt), { status: 201, headers: { 'content-type': 'application/json' } });
  };
}

function StoryProvider({
  children,
  colorScheme,
  ...p
}: ReportParameters & { children: React.ReactNode; colorScheme: 'light' | 'dark' }) {
  const [storage] = useState(memoryStorage);
  const [fetcher] = useState(() => fakeReportServer(p.server ?? 'up'));
  return (
    <YouthSafetyProvider
      locale={p.locale ?? 'en-GB'}
      band={p.band ?? 'under13'}
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
  <StoryProvider {...((context.parameters.report ?? {}) as ReportParameters)} colorScheme={storyScheme(context)}>
    <Story />
  </StoryProvider>
);

const EXCERPT = 'You can text me on 07700 900123. What school do you go to?';

const meta = {
  title: 'Components/ReportButton',
  component: ReportButton,
  decorators: [withProvider],
  // Check the whole page, as a dialog covers it.
  parameters: { a11y: { context: 'body' } },
  args: { onReported: fn(), onOpenChange: fn() },
} satisfies Meta<typeof ReportButton>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The general "Report a problem" entry. */
export const General: Story = {
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('button', { name: 'Report a problem' })).toBeVisible();
  },
};

/** On a chat message: a light flag icon, one click away, named for the message. */
export const OnAMessage: Story = {
  args: { messageId: 'msg-42', messageRole: 'assistant', excerpt: EXCERPT },
  play: async ({ canvas }) => {
    const button = canvas.getByRole('button', { name: 'Report this message' });
    await expect(button).toBeVisible();
    await expect(button).toHaveTextContent('');
  },
};

const openAndCheck =
  (legend: string, goodFaith: boolean): NonNullable<Story['play']> =>
  async ({ canvas, userEvent }) => {
    await userEvent.click(canvas.getByRole('button', { name: /report|denunciar/i }));
    const dialog = await screen.findByRole('dialog');
    await expect(within(dialog).getByRole('group', { name: legend })).toBeVisible();
    await expect(within(dialog).getAllByRole('radio')).toHaveLength(8);
    await expect(within(dialog).queryByRole('checkbox', { name: /accurate and complete/ }) !== null).toBe(goodFaith);
  };

/** Under 13: the simplest words, and a scrubbed copy of the message. */
export const OpenUnder13: Story = {
  args: { messageId: 'msg-42', excerpt: EXCERPT },
  play: async (context) => {
    await openAndCheck('What happened?', false)(context);
    const preview = within(await screen.findByRole('dialog')).getByRole('figure');
    await expect(preview).not.toHaveTextContent('07700');
  },
};

export const OpenTeen13to15: Story = {
  parameters: { report: { band: 'teen13to15' } },
  play: openAndCheck('What is wrong?', false),
};

export const OpenTeen16to17: Story = {
  parameters: { report: { band: 'teen16to17' } },
  play: openAndCheck('What is wrong?', false),
};

/** Adults also confirm the report is made in good faith (DSA Art. 16). */
export const OpenAdult: Story = {
  parameters: { report: { band: 'adult' } },
  play: openAndCheck('What is wrong?', true),
};

/** Sent without a reason: the problem is announced and focus goes to the reasons. */
export const MissingReason: Story = {
  play: async ({ canvas, userEvent }) => {
    await userEvent.click(canvas.getByRole('button', { name: 'Report a problem' }));
    const dialog = await screen.findByRole('dialog');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Send report' }));
    await expect(within(dialog).getByRole('alert')).toHaveTextContent('Pick what happened.');
  },
};

const send =
  (reason: string, heading: string): NonNullable<Story['play']> =>
  async ({ canvas, userEvent }) => {
    await userEvent.click(canvas.getByRole('button', { name: /report|denunciar/i }));
    const dialog = await screen.findByRole('dialog');
    await userEvent.click(within(dialog).getByRole('radio', { name: reason }));
    await userEvent.click(within(dialog).getByRole('button', { name: /send report|enviar aviso/i }));
    await expect(await within(dialog).findByRole('heading', { name: heading })).toHaveFocus();
  };

/** Sent: the reference number and what happens next. */
export const Sent: Story = {
  parameters: { report: { band: 'teen13to15' } },
  play: async (context) => {
    await send('Bullying or being mean', 'Thank you for telling us')(context);
    await expect(screen.getByText('YC-7K3M2-Q9TX8')).toBeVisible();
    await expect(context.args.onReported).toHaveBeenCalledWith(expect.objectContaining({ state: 'sent' }));
  },
};

/** Self-harm: help lines at once, under the reference. */
export const SentWithCrisisResources: Story = {
  parameters: { report: { band: 'teen13to15', country: 'US' } },
  play: async (context) => {
    await send('Someone might hurt themselves', 'Thank you for telling us')(context);
    await expect(screen.getByText(/these people can help/)).toBeVisible();
  },
};

/** The server cannot be reached: the report waits on the device. */
export const Queued: Story = {
  parameters: { report: { server: 'down' } },
  play: async (context) => {
    await send('Something scary or upsetting', 'We saved your report')(context);
    await expect(context.args.onReported).toHaveBeenCalledWith(expect.objectContaining({ state: 'pending' }));
  },
};

/** The server refused the report: its reason, and a way back. */
export const Rejected: Story = {
  parameters: { report: { band: 'teen16to17', server: 'refusing' } },
  play: async (context) => {
    await send('Something else', 'The report was not sent')(context);
    await expect(screen.getByRole('button', { name: 'Change and send again' })).toBeVisible();
  },
};

export const Spanish: Story = {
  parameters: { report: { locale: 'es', band: 'teen13to15' } },
  args: { messageId: 'msg-7', excerpt: 'Dame tu número de teléfono' },
  play: async (context) => {
    await send('Acoso o burlas', 'Gracias por contárnoslo')(context);
    await expect(screen.getByText(/Tu número de referencia/)).toBeVisible();
  },
};
