/**
 * A long conversation in Chromium: only messages near the visible part are in
 * the page, scrolling reaches every message, and the newest stays in view.
 * Uses a scripted transport (no server), so it never touches the fake OpenAI.
 */
import { cleanup, render, screen } from '@testing-library/react';
import type { ChatMessage, ChatStreamEvent, ChatTransport } from '@youthchat/core';
import { SafeChat, YouthSafetyProvider } from '@youthchat/react';
import { afterEach, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { expectNoAxeViolations } from '../../helpers/axe.ts';
import { memoryStorage } from '../../helpers/memory-storage.ts';

afterEach(() => cleanup());

function history(count: number): ChatMessage[] {
  return Array.from({ length: count }, (_, i) => ({
    id: `m${i}`,
    role: i % 2 === 0 ? 'user' : 'assistant',
    // Different lengths, so rows have different heights.
    content: i % 2 === 0 ? `Question ${i}` : `Answer ${i}. ${'More words here. '.repeat(i % 7)}`,
    status: 'complete',
    createdAt: 0,
  }));
}

const transport: ChatTransport = {
  async *send() {
    const events: ChatStreamEvent[] = [
      { type: 'start', id: 'r1', assistant: 'openai' },
      { type: 'delta', text: 'The newest answer.' },
      { type: 'done', id: 'r1', finishReason: 'stop' },
    ];
    for (const event of events) {
      await new Promise((resolve) => setTimeout(resolve, 20));
      yield event;
    }
  },
};

async function renderLong(count: number) {
  const storage = memoryStorage();
  render(
    <YouthSafetyProvider band="teen16to17" storage={storage} storageKey="long">
      <main>
        <h1>Long chat</h1>
        <SafeChat
          transport={transport}
          initialMessages={history(count)}
          renderMessageActions={() => null}
          style={{ ['--yc-chat-height' as string]: '480px' }}
        />
      </main>
    </YouthSafetyProvider>,
  );
  await userEvent.click(await screen.findByRole('button', { name: /understand|continue/i }));
  // Let the disclosure finish closing: mid-fade colours are not what anyone reads.
  await vi.waitFor(() =>
    expect(document.querySelector('[data-slot="disclosure"], .yc-disclosure__overlay')).toBeNull(),
  );
  return { log: await screen.findByRole('log', { name: 'Conversation' }) };
}

it('keeps only the messages near the view in the page, and scrolling reaches the first and the last', async () => {
  const { log } = await renderLong(2_000);
  // It opens at the newest message.
  await vi.waitFor(() => expect(log).toHaveTextContent('Answer 1999.'));
  const drawn = log.querySelectorAll('[data-slot="chat-message"]').length;
  expect(drawn).toBeGreaterThan(3);
  expect(drawn).toBeLessThan(120);
  expect(log).not.toHaveTextContent('Question 0');
  await expectNoAxeViolations(document.body);

  log.scrollTop = 0;
  await vi.waitFor(() => expect(log).toHaveTextContent('Question 0'), { timeout: 5_000 });
  expect(log).not.toHaveTextContent('Answer 1999.');
  await expectNoAxeViolations(document.body);

  log.scrollTop = log.scrollHeight;
  await vi.waitFor(() => expect(log).toHaveTextContent('Answer 1999.'), { timeout: 5_000 });
});

it('streams a reply at the end of a long conversation and keeps it in view', async () => {
  const { log } = await renderLong(500);
  await vi.waitFor(() => expect(log).toHaveTextContent('Answer 499.'));
  await userEvent.type(await screen.findByRole('textbox', { name: 'Your message' }), 'One more question{Enter}');
  await vi.waitFor(() => expect(log).toHaveTextContent('The newest answer.'));
  const newest = screen.getByText('The newest answer.');
  await vi.waitFor(() => {
    const box = newest.getBoundingClientRect();
    const view = log.getBoundingClientRect();
    expect(box.bottom).toBeLessThanOrEqual(view.bottom + 1);
    expect(box.top).toBeGreaterThanOrEqual(view.top - 1);
  });
});
