/**
 * SafeChat in Chromium against the real youthchat server and the fake OpenAI
 * behind it. Every test that scripts the fake lives in this one file, so no
 * other file can change the script while a test runs.
 */
import { screen, within } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { expectNoAxeViolations } from '../../helpers/axe.ts';
import {
  type AgeSession,
  ageSession,
  chat,
  fakeOpenAIRequests,
  nextAnnouncement,
  renderChat,
  scriptFakeOpenAI,
  sendMessage,
} from './harness.tsx';
import { MODEL_OUTPUT_XSS, USER_TEXT_XSS } from './xss-corpus.ts';

/** Sentences long enough for the server to release each one as it passes (its output windows). */
const SLOW_SENTENCES = [
  'The first sentence of this slow reply. ',
  'The second sentence comes a bit later. ',
  'The third sentence takes its time too. ',
  'The fourth sentence is still coming. ',
  'The fifth sentence is nearly the end. ',
  'The last sentence closes the reply.',
];

let teen: AgeSession;

beforeAll(async () => {
  teen = await ageSession(14);
  expect(teen.band).toBe('teen13to15');
});

afterEach(async () => {
  await scriptFakeOpenAI({});
});

describe('SafeChat against the real server', () => {
  it('sends, streams the moderated reply as markdown, and announces it once complete', async () => {
    await scriptFakeOpenAI({
      responses: { deltas: ['Volcanoes are **hot**', ' mountains.', ' See https://example.org/v.'] },
    });
    const { box, log, announcer, container } = await renderChat(teen);
    expect(chat(log).getByText('Start a conversation')).toBeInTheDocument();
    await expectNoAxeViolations(container);

    const reply = nextAnnouncement(announcer);
    await sendMessage(box, 'How do volcanoes work?');
    await expect.element(box).toHaveValue('');
    const said = await reply;
    expect(said).toBe('AI assistant: Volcanoes are hot mountains. See https://example.org/v.');
    expect(chat(log).getByText('hot').tagName).toBe('STRONG');
    const link = chat(log).getByRole('link', { name: /example\.org/ });
    expect(link).toHaveAttribute('rel', 'noopener noreferrer nofollow');
    expect(link).toHaveAttribute('target', '_blank');

    const requests = await fakeOpenAIRequests();
    const generation = requests.find((r) => r.endpoint === 'responses');
    expect(JSON.stringify(generation?.body.input)).toContain('How do volcanoes work?');
    await expectNoAxeViolations(container);
  });

  it('stop ends the reply where it is, and the server stops the model', async () => {
    // Slow enough that the reply is still coming when Stop is pressed, even after an axe check on a busy machine.
    await scriptFakeOpenAI({
      responses: { deltas: SLOW_SENTENCES, delayMs: 1_500 },
    });
    const { box, log, container } = await renderChat(teen);
    await sendMessage(box, 'Count slowly please');
    await vi.waitFor(() => expect(log).toHaveTextContent('The first sentence'), { timeout: 15_000 });
    expect(container.querySelector('[data-slot="chat"]')).toHaveAttribute('data-status', 'streaming');
    await expectNoAxeViolations(container);

    await userEvent.click(screen.getByRole('button', { name: 'Stop' }));
    expect(chat(log).getByText('You stopped this reply.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Stop' })).toBeNull();
    await vi.waitFor(
      async () => {
        const generation = (await fakeOpenAIRequests()).find((r) => r.endpoint === 'responses');
        expect(generation?.closedEarly).toBe(true);
      },
      { timeout: 10_000, interval: 100 },
    );
    expect(log).not.toHaveTextContent('The last sentence');
    await expectNoAxeViolations(container);
  });

  it('an upstream failure is explained kindly and Try again asks again', async () => {
    await scriptFakeOpenAI({ responses: { fail: 500 } });
    const { box, log, announcer, container } = await renderChat(teen);
    await sendMessage(box, 'What is lava?');
    const retry = await screen.findByRole('button', { name: 'Try again' }, { timeout: 15_000 });
    expect(log).toHaveTextContent('Something went wrong');
    await expectNoAxeViolations(container);

    await scriptFakeOpenAI({ responses: { deltas: ['Lava is melted rock.'] } });
    const reply = nextAnnouncement(announcer);
    await userEvent.click(retry);
    expect(await reply).toContain('Lava is melted rock.');
    expect(screen.queryByRole('button', { name: 'Try again' })).toBeNull();
  });

  it('a message the device blocks is explained, kept, and never leaves the device', async () => {
    const { box, container } = await renderChat(teen);
    await sendMessage(box, 'you are a fucking idiot');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('This message can’t be sent');
    expect(box).toHaveValue('you are a fucking idiot');
    expect(box).toHaveAttribute('aria-invalid', 'true');
    expect(await fakeOpenAIRequests()).toEqual([]);
    await expectNoAxeViolations(container);
  });

  it('personal details are shown and taken out before sending; the server never sees them', async () => {
    const { box, log, announcer, container } = await renderChat(teen);
    await sendMessage(box, 'My number is 07700 900123, can you text me?');
    const panel = await screen.findByRole('region', { name: 'We took out some personal details' });
    // What was taken out, in words rather than as counts.
    expect(
      within(panel).getByText('We took out your phone number before sending, to keep your details private.'),
    ).toBeVisible();
    expect(panel).not.toHaveTextContent(/: ?\d/);
    expect(within(panel).getByText(/can you text me\?/)).not.toHaveTextContent('07700');
    expect(await fakeOpenAIRequests()).toEqual([]);
    await expectNoAxeViolations(container);

    const reply = nextAnnouncement(announcer);
    await userEvent.click(within(panel).getByRole('button', { name: 'Send without them' }));
    await reply;
    expect(log).not.toHaveTextContent('07700');
    const sentUpstream = JSON.stringify(await fakeOpenAIRequests());
    expect(sentUpstream).toContain('can you text me?');
    expect(sentUpstream).not.toContain('900123');
  });

  it('a worrying message shows crisis lines and the conversation continues', async () => {
    await scriptFakeOpenAI({ responses: { deltas: ['I’m really glad you told me.', ' I’m here to listen.'] } });
    const { box, log, announcer, container } = await renderChat(teen);
    const reply = nextAnnouncement(announcer);
    await sendMessage(box, 'I want to kill myself');
    const help = await screen.findByRole('region', { name: 'You don’t have to deal with this alone' });
    const call = within(help).getAllByRole('link', { name: 'Call 0800 1111' })[0];
    expect(call).toHaveAttribute('href', 'tel:08001111');
    expect(await reply).toContain('I’m here to listen.');
    await expectNoAxeViolations(container);

    await userEvent.click(within(help).getByRole('button', { name: 'Hide help lines' }));
    // The server asked for help lines with its reply: they are still on screen, in the reply.
    expect(within(log).getAllByRole('link', { name: 'Call 0800 1111' }).length).toBeGreaterThan(0);
    const second = nextAnnouncement(announcer);
    await sendMessage(box, 'Thank you');
    await second;
    await expectNoAxeViolations(container);
  });

  it('a message the server blocks is never answered', async () => {
    await scriptFakeOpenAI({
      moderation: { flags: [{ contains: 'zebra crossing', categories: ['hate'] }], delayMs: 100 },
      responses: { deltas: ['Giraffes answer, ', 'quickly and well. '], delayMs: 1 },
    });
    const { box, log, announcer, container } = await renderChat(teen);
    const reply = nextAnnouncement(announcer);
    await sendMessage(box, 'Tell me about the zebra crossing people');
    expect(await reply).toContain("wasn't sent");
    expect(log).toHaveTextContent("I can't help with that message");
    const requests = await fakeOpenAIRequests();
    expect(requests.some((r) => r.endpoint === 'moderations')).toBe(true);
    // The model may have been asked while moderation judged the message (overlapInput): nothing it wrote is shown.
    expect(requests.filter((r) => r.endpoint === 'responses').length).toBeLessThanOrEqual(1);
    expect(log).not.toHaveTextContent('Giraffes');
    await expectNoAxeViolations(container);
  });

  it('a reply the server stops shows what passed and a safe message, never the flagged words', async () => {
    await scriptFakeOpenAI({
      moderation: { flags: [{ contains: 'gory detail', categories: ['violence/graphic'] }] },
      responses: {
        deltas: [
          'Knights wore heavy metal armour in battle. ',
          'Here is a gory detail ',
          'about the battle. ',
          'The end.',
        ],
      },
    });
    const { box, log, announcer, container } = await renderChat(teen);
    const reply = nextAnnouncement(announcer);
    await sendMessage(box, 'Tell me about knights');
    await reply;
    expect(log).toHaveTextContent('Knights wore heavy metal armour in battle.');
    expect(log).toHaveTextContent('I stopped that reply');
    expect(log).not.toHaveTextContent('gory');
    expect(log).not.toHaveTextContent('The end.');
    await expectNoAxeViolations(container);
  });

  it('an under-13 chat is held, kindly, until a parent agrees, with nothing sent upstream and no pointless Try again', async () => {
    const child = await ageSession(10);
    expect(child.band).toBe('under13');
    const { box, log, announcer, container } = await renderChat(child);
    const reply = nextAnnouncement(announcer);
    await sendMessage(box, 'Why is the sky blue?');
    await reply;
    // No parent has agreed yet (GB's consent age is 13); without zero data retention it would be held after that too.
    expect(log).toHaveTextContent('A grown-up who looks after you needs to say yes');
    // Sending it again cannot help until a parent answers: no "Try again", and the box stays ready.
    expect(screen.queryByRole('button', { name: 'Try again' })).toBeNull();
    expect(box).toBeEnabled();
    expect((await fakeOpenAIRequests()).filter((r) => r.endpoint === 'responses')).toEqual([]);
    await expectNoAxeViolations(container);
  });

  it('works by keyboard alone: Tab to the box, Shift+Enter for a line, Enter to send, Tab to Stop', async () => {
    await scriptFakeOpenAI({ responses: { deltas: SLOW_SENTENCES, delayMs: 400 } });
    const { box, log } = await renderChat(teen);
    (document.activeElement as HTMLElement | null)?.blur();
    await userEvent.tab();
    expect(log).toHaveFocus();
    await userEvent.tab();
    expect(box).toHaveFocus();
    await userEvent.keyboard('Hello{Shift>}{Enter}{/Shift}there');
    expect(box).toHaveValue('Hello\nthere');
    await userEvent.keyboard('{Enter}');
    await vi.waitFor(() => expect(log).toHaveTextContent('The first sentence'), { timeout: 15_000 });
    expect(chat(log).getByText(/Hello\s+there/)).toBeInTheDocument();

    await userEvent.tab();
    expect(screen.getByRole('button', { name: 'Stop' })).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    expect(chat(log).getByText('You stopped this reply.')).toBeInTheDocument();
    // Stop left the page; focus went back to the message box, not to the top of the page.
    expect(box).toHaveFocus();
  });
});

describe('XSS payloads stay inert in Chromium', () => {
  const probe = window as unknown as { __xss?: number | undefined };

  /** Nothing ran, no active element was made from the text, and every link goes somewhere safe. */
  function expectInert(log: HTMLElement, container: HTMLElement) {
    expect(probe.__xss).toBeUndefined();
    expect(
      log.querySelector('script, iframe, img, svg, object, embed, style, form, input, math, details, body'),
    ).toBeNull();
    for (const element of container.querySelectorAll('*')) {
      for (const attribute of element.getAttributeNames()) expect(attribute).not.toMatch(/^on/i);
    }
    for (const link of container.querySelectorAll('a')) {
      expect(new URL(link.href).protocol).toMatch(/^(https?|mailto|tel|sms):$/);
    }
  }

  it('in model output', async () => {
    probe.__xss = undefined;
    await scriptFakeOpenAI({ responses: { deltas: MODEL_OUTPUT_XSS, delayMs: 1 } });
    const { box, log, announcer, container } = await renderChat(teen);
    const reply = nextAnnouncement(announcer);
    await sendMessage(box, 'Say something');
    await reply;
    // Give any injected handler (image error, timers) time to fire.
    await new Promise((resolve) => setTimeout(resolve, 300));
    expectInert(log, container);
    expect(log).toHaveTextContent('<img src=x onerror=');
  });

  it('in the person’s own text, in the log and in the check before sending', async () => {
    probe.__xss = undefined;
    await scriptFakeOpenAI({ responses: { deltas: ['OK, thanks for your message.'] } });
    const { box, log, announcer, container } = await renderChat(teen);
    for (const payload of USER_TEXT_XSS) {
      const before = announcer.firstElementChild;
      await sendMessage(box, payload);
      // Links in the payloads are personal details to the device-side check: it asks before sending.
      const confirm = () => screen.queryByRole('region', { name: 'We took out some personal details' });
      // Markup is no language the device reads; its learned check may also hold a payload back.
      const refused = () => screen.queryByRole('alert');
      await vi.waitFor(
        () => expect(confirm() !== null || refused() !== null || announcer.firstElementChild !== before).toBe(true),
        { timeout: 15_000 },
      );
      const panel = confirm();
      const alert = refused();
      if (alert) {
        expectInert(alert, container);
        expect(box).toHaveValue(payload);
        await userEvent.clear(box);
      } else if (panel) {
        expectInert(panel, container);
        await userEvent.click(within(panel).getByRole('button', { name: 'Send without them' }));
        await vi.waitFor(() => expect(announcer.firstElementChild).not.toBe(before), { timeout: 15_000 });
      }
    }
    await new Promise((resolve) => setTimeout(resolve, 300));
    expectInert(log, container);
    expect(chat(log).getAllByText(/<script>/).length).toBeGreaterThan(0);
  });
});
