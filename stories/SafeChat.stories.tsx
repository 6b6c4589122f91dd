import type { Decorator, Meta, StoryObj } from '@storybook/react-vite';
import {
  type AgeBand,
  type ChatMessage,
  ChatRequestError,
  type ChatStreamEvent,
  type ChatTransport,
  getDisclosureStore,
  type OutgoingCheck,
  type OutgoingModerator,
  resolveDisclosure,
} from '@youthchat/core';
import { SafeChat, YouthSafetyProvider } from '@youthchat/react';
import { expect, waitFor } from 'storybook/test';
import { storyScheme } from './color-scheme.ts';

/** A transport that answers from a script, token by token, so stories need no server. */
function scriptedTransport(
  reply: (last: string) => ChatStreamEvent[],
  options: { delayMs?: number; hangAfter?: number } = {},
): ChatTransport {
  const { delayMs = 30, hangAfter } = options;
  return {
    async *send(body, { signal }) {
      const events = reply(body.messages.at(-1)?.content ?? '');
      for (const [index, event] of events.entries()) {
        if (hangAfter !== undefined && index >= hangAfter) {
          await new Promise((resolve) => signal.addEventListener('abort', resolve, { once: true }));
          return;
        }
        await new Promise((resolve) => setTimeout(resolve, delayMs));
        if (signal.aborted) return;
        yield event;
      }
    },
  };
}

function words(id: string, text: string, assistant: 'openai' | 'offline-demo' = 'openai'): ChatStreamEvent[] {
  return [
    { type: 'start', id, assistant },
    ...(text.match(/\S+\s*/g) ?? []).map((piece) => ({ type: 'delta' as const, text: piece })),
    { type: 'done', id, finishReason: 'stop' },
  ];
}

const REPLY =
  'Volcanoes form where **magma** from deep inside the Earth rises to the surface.\n\n' +
  '- *Shield* volcanoes erupt gently\n- *Cinder cones* are small and steep\n\n' +
  'You can read more at https://education.nationalgeographic.org/resource/volcanoes/';

const friendly = scriptedTransport((last) => words('r1', last ? REPLY : 'Hi!'));

function checkOf(text: string, partial: Partial<OutgoingCheck> = {}): OutgoingCheck {
  return { action: 'allow', text, original: text, transformed: false, removed: [], categories: [], ...partial };
}
const allow: OutgoingModerator = async (text) => checkOf(text);

const HISTORY: ChatMessage[] = [
  { id: 'h1', role: 'user', content: 'How do volcanoes work?', status: 'complete', createdAt: 0 },
  { id: 'h2', role: 'assistant', content: REPLY, status: 'complete', createdAt: 0, replyId: 'r0', assistant: 'openai' },
];

let storyKey = 0;

/** A provider per story, with the AI disclosure already acknowledged unless the story is about it. */
const withProvider: Decorator = (Story, context) => {
  const band = (context.args as { band?: AgeBand }).band ?? 'teen13to15';
  const locale = (context.args as { locale?: string }).locale ?? 'en';
  const storageKey = `story-${context.id}-${++storyKey}`;
  if (!context.parameters.disclosurePending) {
    getDisclosureStore({ storageKey, storage: null }).acknowledge(band, resolveDisclosure(band, locale).version);
  }
  return (
    <YouthSafetyProvider
      band={band}
      locale={locale}
      country="GB"
      storage={null}
      storageKey={storageKey}
      colorScheme={storyScheme(context)}
    >
      <Story />
    </YouthSafetyProvider>
  );
};

type StoryArgs = React.ComponentProps<typeof SafeChat> & { band?: AgeBand; locale?: string };

const meta: Meta<StoryArgs> = {
  title: 'Chat/SafeChat',
  component: SafeChat,
  decorators: [withProvider],
  args: { band: 'teen13to15', locale: 'en', transport: friendly, moderate: allow },
  argTypes: {
    band: { control: 'select', options: ['under13', 'teen13to15', 'teen16to17', 'adult'] },
    locale: { control: 'select', options: ['en', 'es'] },
  },
  // The chat fills the height its container gives it.
  render: ({ band: _band, locale: _locale, ...props }) => (
    <div style={{ height: '36rem' }}>
      <SafeChat {...props} />
    </div>
  ),
};
export default meta;

type Story = StoryObj<StoryArgs>;

/** Sends `text` from the composer with the keyboard, as a child would. */
async function send(
  canvasElement: HTMLElement,
  text: string,
  userEvent: { type: (el: Element, t: string) => Promise<void> },
) {
  const box = canvasElement.querySelector('textarea');
  if (!box) throw new Error('no message box');
  await userEvent.type(box, `${text}{Enter}`);
}

export const Empty: Story = {
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('log', { name: 'Conversation' })).toHaveTextContent('Start a conversation');
    await expect(canvas.getByRole('textbox', { name: 'Your message' })).toBeInTheDocument();
  },
};

export const Under13: Story = { args: { band: 'under13', initialMessages: HISTORY } };
export const Teen13to15: Story = { args: { band: 'teen13to15', initialMessages: HISTORY } };
export const Teen16to17: Story = { args: { band: 'teen16to17', initialMessages: HISTORY } };
export const Adult: Story = { args: { band: 'adult', initialMessages: HISTORY } };
export const Spanish: Story = { args: { band: 'under13', locale: 'es' } };

export const Streaming: Story = {
  args: { transport: scriptedTransport(() => words('r1', REPLY), { hangAfter: 8 }) },
  play: async ({ canvas, canvasElement, userEvent }) => {
    await send(canvasElement, 'How do volcanoes work?', userEvent);
    await waitFor(() => expect(canvas.getByRole('log')).toHaveTextContent('magma'));
    await expect(canvas.getByRole('button', { name: 'Stop' })).toBeInTheDocument();
  },
};

export const Blocked: Story = {
  args: {
    moderate: async (text) =>
      checkOf(text, {
        action: 'block',
        categories: ['profanity'],
        explanation: 'Let’s keep our words kind. You can change your message.',
      }),
  },
  play: async ({ canvas, canvasElement, userEvent }) => {
    await send(canvasElement, 'something rude', userEvent);
    await expect(await canvas.findByRole('alert')).toHaveTextContent('This message can’t be sent');
  },
};

export const Transformed: Story = {
  args: {
    band: 'under13',
    moderate: async (text) =>
      checkOf('Hi, I am [name] and my number is [phone]', {
        action: 'transform',
        original: text,
        transformed: true,
        removed: [
          { type: 'name', count: 1, label: 'Name' },
          { type: 'phone', count: 1, label: 'Phone number' },
        ],
      }),
  },
  play: async ({ canvas, canvasElement, userEvent }) => {
    await send(canvasElement, 'Hi, I am Sam Jones and my number is 07700 900123', userEvent);
    await expect(await canvas.findByRole('region', { name: 'We took out some private things' })).toBeInTheDocument();
  },
};

export const Escalated: Story = {
  args: {
    moderate: async (text) => checkOf(text, { action: 'escalate', categories: ['self-harm'] }),
    transport: scriptedTransport(() => [
      { type: 'start', id: 'r1', assistant: 'openai' },
      {
        type: 'safety',
        action: 'escalate',
        stage: 'input',
        categories: ['self-harm'],
        message: 'I’m really glad you told me. You deserve support from someone who can help right now.',
        showCrisisResources: true,
      },
      ...words('r1', 'Would you like to talk about what’s been happening?').slice(1),
    ]),
  },
  play: async ({ canvas, canvasElement, userEvent }) => {
    await send(canvasElement, 'I don’t want to be here any more', userEvent);
    await expect(
      await canvas.findByRole('region', { name: 'You don’t have to deal with this alone' }),
    ).toBeInTheDocument();
    await waitFor(() => expect(canvas.getByRole('log')).toHaveTextContent('Would you like to talk'));
    await expect(canvas.getAllByRole('link', { name: 'Call 0800 1111' })[0]).toHaveAttribute('href', 'tel:08001111');
  },
};

export const ServerBlockedReply: Story = {
  args: {
    transport: scriptedTransport(() => [
      { type: 'start', id: 'r1', assistant: 'openai' },
      { type: 'delta', text: 'Here is a story about a knight. ' },
      {
        type: 'safety',
        action: 'block',
        stage: 'output',
        categories: ['violence'],
        message: 'I can’t continue that story. Shall we try a different one?',
        showCrisisResources: false,
      },
      { type: 'done', id: 'r1', finishReason: 'blocked' },
    ]),
  },
  play: async ({ canvas, canvasElement, userEvent }) => {
    await send(canvasElement, 'Tell me a scary story', userEvent);
    await waitFor(() => expect(canvas.getByRole('log')).toHaveTextContent('Shall we try a different one?'));
  },
};

export const ErrorState: Story = {
  name: 'Error',
  args: {
    transport: {
      // biome-ignore lint/correctness/useYield: fails before the first event, as an unreachable server does
      async *send() {
        throw new ChatRequestError('network', 'Failed to fetch');
      },
    },
  },
  play: async ({ canvas, canvasElement, userEvent }) => {
    await send(canvasElement, 'Hello?', userEvent);
    await expect(await canvas.findByRole('alert')).toHaveTextContent('We couldn’t reach the chat');
    await expect(canvas.getByRole('button', { name: 'Try again' })).toBeInTheDocument();
  },
};

export const OfflineDemo: Story = {
  args: {
    transport: scriptedTransport(() =>
      words('r1', 'I am the offline demo. I can only say simple things.', 'offline-demo'),
    ),
  },
  play: async ({ canvas, canvasElement, userEvent }) => {
    await send(canvasElement, 'Hi', userEvent);
    await expect(await canvas.findByText('Offline demo, not a real AI')).toBeInTheDocument();
  },
};

export const DisclosureFirst: Story = {
  parameters: { disclosurePending: true, docs: { story: { inline: false, height: '40rem' } } },
  args: { band: 'under13' },
};

/** Help lines in the dark scheme (the toolbar's Scheme switch does the same for every story). */
export const EscalatedDark: Story = { ...Escalated, globals: { colorScheme: 'dark' } };
