import { cleanup, render, screen } from '@testing-library/react';
import type { ChatRequestBody, ChatStreamEvent, ChatTransport } from '@youthchat/core';
import { SafeChat, YouthSafetyProvider } from '@youthchat/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { expectNoAxeViolations } from '../../helpers/axe.ts';
import { memoryStorage } from '../../helpers/memory-storage.ts';

/** The language pack the engine loads for the chat's locale cannot be fetched until the connection is back. */
const network = vi.hoisted(() => ({ up: false, loads: 0 }));

vi.mock('../../../packages/core/src/engine/engine.ts', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../../packages/core/src/engine/engine.ts')>();
  return {
    ...real,
    async loadLanguages(locales: readonly string[]) {
      network.loads += 1;
      if (!network.up) throw new TypeError('Failed to fetch dynamically imported module');
      return real.loadLanguages(locales);
    },
  };
});

function recordingTransport(): ChatTransport & { bodies: ChatRequestBody[] } {
  const bodies: ChatRequestBody[] = [];
  return {
    bodies,
    async *send(body): AsyncIterable<ChatStreamEvent> {
      bodies.push(body);
      yield { type: 'start', id: 'r-1', assistant: 'offline-demo' };
      yield { type: 'delta', text: 'Hello!' };
      yield { type: 'done', id: 'r-1', finishReason: 'stop' };
    },
  };
}

afterEach(() => cleanup());

describe('SafeChat when the safety checks cannot load', () => {
  it('holds the message with a kind explanation, and sends once a retry has loaded the engine', async () => {
    const transport = recordingTransport();
    const storage = memoryStorage();
    storage.setItem('engine-failure:age', JSON.stringify({ band: 'under13', consent: 'not-needed' }));
    const { container } = render(
      <YouthSafetyProvider storage={storage} storageKey="engine-failure" locale="en" country="GB">
        <main>
          <h1>Chat</h1>
          <SafeChat transport={transport} />
        </main>
      </YouthSafetyProvider>,
    );
    await userEvent.click(await screen.findByRole('button', { name: /I understand/ }));
    const box = await screen.findByRole('textbox', { name: 'Your message' });
    const explanation = await screen.findByText(/The chat couldn’t get ready, so nothing can be sent yet/);
    expect(explanation).toBeVisible();
    await expectNoAxeViolations(container);

    await userEvent.fill(box, 'hi');
    await userEvent.keyboard('{Enter}');
    // The message is held, with the store's kind explanation, and kept in the box.
    expect(await screen.findByRole('alert')).toHaveTextContent('We couldn’t check your message, so it wasn’t sent.');
    expect(transport.bodies).toHaveLength(0);
    expect(box).toHaveValue('hi');

    network.up = true;
    await userEvent.click(await screen.findByRole('button', { name: 'Try again' }));
    await vi.waitFor(() => expect(screen.queryByText(/The chat couldn’t get ready/)).toBeNull());
    expect(network.loads).toBeGreaterThanOrEqual(2);
    await userEvent.click(screen.getByRole('button', { name: 'Send' }));
    await vi.waitFor(() => expect(transport.bodies).toHaveLength(1));
    expect(await screen.findByText('Hello!')).toBeVisible();
  });
});
