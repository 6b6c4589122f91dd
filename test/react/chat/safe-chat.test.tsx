import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {
  type AgeBand,
  ChatRequestError,
  disclosureUiMessages,
  moderateOutgoing,
  type OutgoingModerator,
  pickMessages,
} from '@youthchat/core';
import { SafeChat, type SafeChatProps, useAIDisclosure, YouthSafetyProvider } from '@youthchat/react';
import { describe, expect, it, vi } from 'vitest';
import { check, createControlledTransport, replyEvents } from '../../core/chat/fake-transport.ts';

const allow: OutgoingModerator = async (text) => check(text);

let storageKey = 0;

/** An app's own acknowledgement control, outside the chat. */
function AppAcknowledge() {
  const { acknowledge } = useAIDisclosure();
  return (
    <button type="button" onClick={acknowledge}>
      App acknowledges
    </button>
  );
}

/** Renders the chat and acknowledges the AI disclosure it opens first. */
async function setup(props: Partial<SafeChatProps> = {}, options: { band?: AgeBand; locale?: string } = {}) {
  const band = options.band ?? 'teen13to15';
  const locale = options.locale ?? 'en';
  const fake = createControlledTransport();
  const user = userEvent.setup();
  render(
    <YouthSafetyProvider band={band} locale={locale} storage={null} storageKey={`chat-test-${++storageKey}`}>
      <SafeChat transport={fake.transport} moderate={allow} {...props} />
    </YouthSafetyProvider>,
  );
  if (props.renderDisclosure !== false) {
    const { acknowledge } = pickMessages(disclosureUiMessages, locale, band);
    await user.click(await screen.findByRole('button', { name: acknowledge }));
  }
  const box = screen.getByRole('textbox');
  const log = screen.getByRole('log');
  return { fake, user, box, log };
}

/** Pushes events and lets React render them. */
async function feed(
  call: { push(...e: Parameters<ReturnType<typeof createControlledTransport>['calls'][0]['push']>): void },
  ...events: Parameters<typeof call.push>
) {
  await act(async () => {
    call.push(...events);
    await new Promise((resolve) => setTimeout(resolve, 10));
  });
}

describe('SafeChat', () => {
  it('shows an empty state in a labelled log, with a labelled message box', async () => {
    await setup();
    const log = screen.getByRole('log', { name: 'Conversation' });
    expect(within(log).getByText('Start a conversation')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Send' })).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Your message' })).toHaveAccessibleDescription(
      'Press Enter to send. Press Shift and Enter for a new line.',
    );
  });

  it('Shift+Enter adds a line, Enter sends; the reply streams and is announced once when complete', async () => {
    const { fake, user, box, log } = await setup();
    await user.type(box, 'How do{Shift>}{Enter}{/Shift}volcanoes work?');
    expect(box).toHaveValue('How do\nvolcanoes work?');
    expect(fake.calls).toHaveLength(0);

    await user.keyboard('{Enter}');
    const call = await fake.nextCall();
    expect(call.body.messages).toEqual([{ role: 'user', content: 'How do\nvolcanoes work?' }]);
    expect(box).toHaveValue('');
    expect(within(log).getByText(/How do\s+volcanoes work\?/)).toBeInTheDocument();
    expect(screen.getByText('The AI is writing…')).toBeInTheDocument();

    const status = screen.getByRole('status');
    await feed(call, { type: 'start', id: 'r1', assistant: 'openai' }, { type: 'delta', text: 'Magma ' });
    expect(within(log).getByText('Magma')).toBeInTheDocument();
    expect(status).toBeEmptyDOMElement();

    await feed(call, { type: 'delta', text: 'rises **up**.' }, { type: 'done', id: 'r1', finishReason: 'stop' });
    expect(within(log).getByText('up').tagName).toBe('STRONG');
    expect(status).toHaveTextContent('AI assistant: Magma rises up.');
  });

  it('Stop keeps what arrived and offers Try again, which asks again', async () => {
    const { fake, user, box, log } = await setup();
    await user.type(box, 'Count to ten{Enter}');
    const call = await fake.nextCall();
    await feed(call, { type: 'start', id: 'r1', assistant: 'openai' }, { type: 'delta', text: 'one two' });

    await user.click(screen.getByRole('button', { name: 'Stop' }));
    expect(call.signal.aborted).toBe(true);
    expect(within(log).getByText('one two')).toBeInTheDocument();
    expect(within(log).getByText('You stopped this reply.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Stop' })).toBeNull();

    await user.click(screen.getByRole('button', { name: 'Try again' }));
    const again = await fake.nextCall();
    expect(again.body.messages).toEqual([{ role: 'user', content: 'Count to ten' }]);
    await waitFor(() => expect(box).toHaveFocus());
  });

  it('a blocked message is explained, kept in the box and not sent', async () => {
    const moderate: OutgoingModerator = async (text) =>
      check(text, { action: 'block', categories: ['profanity'], explanation: 'Let’s keep our words kind.' });
    const { fake, user, box } = await setup({ moderate });
    await user.type(box, 'some rude words{Enter}');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('This message can’t be sent');
    expect(alert).toHaveTextContent('Let’s keep our words kind.');
    expect(box).toHaveValue('some rude words');
    expect(box).toHaveAttribute('aria-invalid', 'true');
    expect(box).toHaveAccessibleDescription(expect.stringContaining('Let’s keep our words kind.'));
    expect(fake.calls).toHaveLength(0);
  });

  it('says in words what the built-in check took out, with no counts', async () => {
    const { fake, user, box } = await setup({ moderate: moderateOutgoing }, { band: 'under13' });
    await user.type(box, 'call me on 415-555-0199 or 415-555-0123{Enter}');
    const panel = await screen.findByRole('region', { name: 'We took out some private things' });
    expect(within(panel).getByText('We took out your phone numbers to keep you safe.')).toBeInTheDocument();
    expect(within(panel).queryByRole('list')).toBeNull();
    expect(panel.textContent).not.toMatch(/: ?\d/);
    expect(fake.calls).toHaveLength(0);
  });

  it('personal details taken out are shown before sending; sending sends only the cleaned text', async () => {
    const moderate: OutgoingModerator = async (text) =>
      check('My number is [phone] and I go to [school]', {
        action: 'transform',
        original: text,
        transformed: true,
        removed: [
          { type: 'phone', count: 1, label: 'Phone number' },
          { type: 'school', count: 1, label: 'School' },
        ],
      });
    const { fake, user, box, log } = await setup({ moderate });
    await user.type(box, 'My number is 07700 900123 and I go to Hill School{Enter}');

    const panel = await screen.findByRole('region', { name: 'We took out some personal details' });
    // Said in words, never as counts.
    expect(within(panel).getByText('Phone number')).toBeInTheDocument();
    expect(within(panel).getByText('School')).toBeInTheDocument();
    expect(panel.textContent).not.toMatch(/: ?\d/);
    expect(within(panel).getByText('My number is [phone] and I go to [school]')).toBeInTheDocument();
    await waitFor(() => expect(within(panel).getByText('We took out some personal details')).toHaveFocus());
    expect(fake.calls).toHaveLength(0);

    await user.click(within(panel).getByRole('button', { name: 'Send without them' }));
    const call = await fake.nextCall();
    expect(call.body.messages).toEqual([{ role: 'user', content: 'My number is [phone] and I go to [school]' }]);
    expect(log).not.toHaveTextContent('07700');
    expect(box).toHaveValue('');
    await waitFor(() => expect(box).toHaveFocus());
  });

  it('“Change my message” goes back to the draft and sends nothing', async () => {
    const moderate: OutgoingModerator = async (text) =>
      check('[email]', {
        action: 'transform',
        original: text,
        transformed: true,
        removed: [{ type: 'email', count: 1, label: 'Email' }],
      });
    const { fake, user, box } = await setup({ moderate });
    await user.type(box, 'me@example.org{Enter}');
    await user.click(await screen.findByRole('button', { name: 'Change my message' }));
    expect(screen.queryByRole('region', { name: 'We took out some personal details' })).toBeNull();
    expect(box).toHaveValue('me@example.org');
    expect(box).toHaveFocus();
    expect(fake.calls).toHaveLength(0);
  });

  it('a worrying message shows help beside the chat and is still sent', async () => {
    const moderate: OutgoingModerator = async (text) => check(text, { action: 'escalate', categories: ['self-harm'] });
    const { fake, user, box } = await setup({ moderate });
    await user.type(box, 'I want to hurt myself{Enter}');
    expect(await screen.findByRole('region', { name: 'You don’t have to deal with this alone' })).toBeInTheDocument();
    expect((await fake.nextCall()).body.messages[0]?.content).toBe('I want to hurt myself');
    await user.click(screen.getByRole('button', { name: 'Hide help lines' }));
    expect(screen.queryByRole('region', { name: 'You don’t have to deal with this alone' })).toBeNull();
  });

  it('fails closed when the device-side check cannot run', async () => {
    const moderate: OutgoingModerator = async () => {
      throw new Error('broken');
    };
    const { fake, user, box } = await setup({ moderate });
    await user.type(box, 'hello{Enter}');
    expect(await screen.findByRole('alert')).toHaveTextContent('We couldn’t check your message');
    expect(box).toHaveValue('hello');
    expect(fake.calls).toHaveLength(0);
  });

  it('a server safety message replaces a blocked reply’s rest', async () => {
    const { fake, user, box, log } = await setup();
    await user.type(box, 'tell me a story{Enter}');
    await feed(
      await fake.nextCall(),
      { type: 'start', id: 'r1', assistant: 'openai' },
      { type: 'delta', text: 'Once upon a time.' },
      {
        type: 'safety',
        action: 'block',
        stage: 'output',
        categories: ['violence'],
        message: 'Let’s pick a different story.',
        showCrisisResources: false,
      },
      { type: 'done', id: 'r1', finishReason: 'blocked' },
    );
    expect(within(log).getByText('Once upon a time.')).toBeInTheDocument();
    expect(within(log).getByText('Let’s pick a different story.')).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('Once upon a time. Let’s pick a different story.');
  });

  it('explains an HTTP error in the catalogue’s words and retries', async () => {
    const { fake, user, box } = await setup();
    await user.type(box, 'hi{Enter}');
    const call = await fake.nextCall();
    await act(async () => {
      call.fail(new ChatRequestError('rate_limited', 'Too many requests', { status: 429 }));
      await new Promise((resolve) => setTimeout(resolve, 10));
    });
    expect(screen.getByRole('alert')).toHaveTextContent('That was a lot of messages');
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    await feed(await fake.nextCall(), ...replyEvents('r2', ['Hello!']));
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.getByRole('status')).toHaveTextContent('Hello!');
  });

  it('labels replies from the offline demo assistant', async () => {
    const { fake, user, box, log } = await setup();
    await user.type(box, 'hi{Enter}');
    const call = await fake.nextCall();
    await feed(
      call,
      { type: 'start', id: 'r1', assistant: 'offline-demo' },
      { type: 'delta', text: 'Hello' },
      { type: 'done', id: 'r1', finishReason: 'stop' },
    );
    expect(within(log).getByText('Offline demo, not a real AI')).toBeInTheDocument();
  });

  it('does not label a reply the server held, which the offline assistant never wrote', async () => {
    const { fake, user, box, log } = await setup();
    await user.type(box, 'hi{Enter}');
    await feed(
      await fake.nextCall(),
      { type: 'start', id: 'r1', assistant: 'offline-demo' },
      {
        type: 'safety',
        action: 'hold',
        stage: 'input',
        categories: [],
        message: 'A parent or guardian needs to agree first.',
        showCrisisResources: false,
        retryable: false,
      },
      { type: 'done', id: 'r1', finishReason: 'stop' },
    );
    expect(within(log).getByText('A parent or guardian needs to agree first.')).toBeInTheDocument();
    expect(within(log).queryByText('Offline demo, not a real AI')).toBeNull();
  });

  it('fills the actions slot under each settled reply', async () => {
    const renderMessageActions = vi.fn((m) => <button type="button">Report {m.replyId}</button>);
    const { fake, user, box } = await setup({ renderMessageActions });
    await user.type(box, 'hi{Enter}');
    await feed(await fake.nextCall(), ...replyEvents('r9', ['Hello']));
    expect(screen.getByRole('button', { name: 'Report r9' })).toBeInTheDocument();
    expect(renderMessageActions).toHaveBeenCalledWith(expect.objectContaining({ role: 'assistant', replyId: 'r9' }));
  });

  it('puts a report button under the person’s messages and under each settled reply', async () => {
    const { fake, user, box, log } = await setup();
    await user.type(box, 'hi{Enter}');
    const call = await fake.nextCall();
    await feed(call, { type: 'start', id: 'r1', assistant: 'openai' }, { type: 'delta', text: 'Hello' });
    // The person's own message can be reported at once; the reply not while it is still arriving.
    const whileStreaming = within(log).getAllByRole('button', { name: 'Report this message' });
    expect(whileStreaming.map((b) => b.closest('[data-slot="chat-message"]')?.getAttribute('data-role'))).toEqual([
      'user',
    ]);
    await feed(call, { type: 'done', id: 'r1', finishReason: 'stop' });
    const buttons = within(log).getAllByRole('button', { name: 'Report this message' });
    expect(buttons.map((b) => b.closest('[data-slot="chat-message"]')?.getAttribute('data-role'))).toEqual([
      'user',
      'assistant',
    ]);
  });

  it('shows the person’s text as text, never as markup', async () => {
    const { fake, user, box, log } = await setup();
    await user.type(box, '<img src=x onerror=alert(1)> **not bold**{Enter}');
    await fake.nextCall();
    expect(log.querySelector('img, strong')).toBeNull();
    expect(within(log).getByText('<img src=x onerror=alert(1)> **not bold**')).toBeInTheDocument();
  });

  it('speaks Spanish, with simpler words for under-13s', async () => {
    await setup({}, { locale: 'es', band: 'under13' });
    expect(screen.getByRole('log', { name: 'Conversación' })).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Tu mensaje' })).toBeInTheDocument();
    expect(screen.getByText(/Recuerda: hablas con una computadora/)).toBeInTheDocument();
  });

  it('refuses a message over the band’s length limit', async () => {
    const { fake, user, box } = await setup({}, { band: 'under13' });
    await user.click(box);
    await user.paste('a'.repeat(1001));
    await user.keyboard('{Enter}');
    expect(await screen.findByRole('alert')).toHaveTextContent('under 1000 characters');
    expect(fake.calls).toHaveLength(0);
  });

  it('sends nothing until the AI disclosure is acknowledged, even when the app renders the disclosure itself', async () => {
    const fake = createControlledTransport();
    const user = userEvent.setup();
    render(
      <YouthSafetyProvider band="teen13to15" storage={null} storageKey={`chat-test-${++storageKey}`}>
        <AppAcknowledge />
        <SafeChat transport={fake.transport} moderate={allow} renderDisclosure={false} />
      </YouthSafetyProvider>,
    );
    const box = screen.getByRole('textbox', { name: 'Your message' });
    await user.type(box, 'hello{Enter}');
    expect(await screen.findByRole('alert')).toHaveTextContent('Please read how this chat works first.');
    expect(box).toHaveValue('hello');
    expect(fake.calls).toHaveLength(0);

    await user.click(screen.getByRole('button', { name: 'App acknowledges' }));
    expect(screen.queryByRole('alert')).toBeNull();
    await user.click(box);
    await user.keyboard('{Enter}');
    expect((await fake.nextCall()).body.messages).toEqual([{ role: 'user', content: 'hello' }]);
  });

  it('opens the AI disclosure first and keeps the chat behind it until it is acknowledged', async () => {
    const user = userEvent.setup();
    render(
      <YouthSafetyProvider band="under13" storage={null} storageKey={`chat-test-${++storageKey}`}>
        <SafeChat transport={createControlledTransport().transport} moderate={allow} />
      </YouthSafetyProvider>,
    );
    expect(await screen.findByRole('dialog')).toBeInTheDocument();
    expect(screen.queryByRole('textbox', { name: 'Your message' })).toBeNull();
    const { acknowledge } = pickMessages(disclosureUiMessages, 'en', 'under13');
    await user.click(screen.getByRole('button', { name: acknowledge }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(screen.getByRole('textbox', { name: 'Your message' })).toBeInTheDocument();
  });
});
