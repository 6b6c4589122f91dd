import { cleanup, render, screen } from '@testing-library/react';
import type { ChatRequestBody, ChatStreamEvent, ChatTransport } from '@youthchat/core';
import { SafeChat, YouthSafetyProvider } from '@youthchat/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { expectNoAxeViolations } from '../../helpers/axe.ts';
import { memoryStorage } from '../../helpers/memory-storage.ts';

/**
 * The safety engine arrives by `import()` when the chat mounts. Here its
 * module waits for the test to let it through (or fail), so the chat can be
 * seen before the engine has loaded.
 */
const gate = vi.hoisted(() => {
  let release!: () => void;
  let fail!: (error: Error) => void;
  const opened = new Promise<void>((resolve, reject) => {
    release = resolve;
    fail = reject;
  });
  return { opened, release, fail, loads: 0 };
});

vi.mock('../../../packages/core/src/engine/engine.ts', async (importOriginal) => {
  gate.loads += 1;
  await gate.opened;
  return importOriginal();
});

/** A transport that records every request and answers with one short reply. */
function recordingTransport(): ChatTransport & { bodies: ChatRequestBody[] } {
  const bodies: ChatRequestBody[] = [];
  return {
    bodies,
    async *send(body): AsyncIterable<ChatStreamEvent> {
      bodies.push(body);
      yield { type: 'start', id: `r-${bodies.length}`, assistant: 'offline-demo' };
      yield { type: 'delta', text: 'Hello!' };
      yield { type: 'done', id: `r-${bodies.length}`, finishReason: 'stop' };
    },
  };
}

function renderChat(transport: ChatTransport) {
  cleanup();
  const storage = memoryStorage();
  storage.setItem('engine-test:age', JSON.stringify({ band: 'teen13to15', consent: 'not-needed' }));
  return render(
    <YouthSafetyProvider storage={storage} storageKey="engine-test" locale="en" country="GB">
      <main>
        <h1>Chat</h1>
        <SafeChat transport={transport} />
      </main>
    </YouthSafetyProvider>,
  );
}

afterEach(() => cleanup());

describe('SafeChat before the safety engine has loaded', () => {
  it('holds a message until the engine has loaded, saying it is getting ready, then checks and sends it', async () => {
    const transport = recordingTransport();
    const { container } = renderChat(transport);
    // The disclosure renders first, while the engine loads.
    await userEvent.click(await screen.findByRole('button', { name: 'I understand' }));
    const box = await screen.findByRole('textbox', { name: 'Your message' });

    expect(screen.getByText('Getting the chat ready…')).toBeVisible();
    expect(container.querySelector('[data-slot="chat-composer"]')).toHaveAttribute('aria-busy', 'true');
    await expectNoAxeViolations(container);

    await userEvent.fill(box, 'What is the biggest volcano?');
    await userEvent.keyboard('{Enter}');
    // Give a message that slipped through every chance to reach the transport.
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(transport.bodies).toHaveLength(0);
    expect(box).toHaveValue('What is the biggest volcano?');
    expect(screen.getByText('Getting the chat ready…')).toBeVisible();
    expect(container.querySelector('[data-slot="chat"]')).toHaveAttribute('data-status', 'submitting');
    expect(gate.loads).toBe(1);

    gate.release();
    // The waiting message is checked and goes on its own once the engine is there.
    await vi.waitFor(() => expect(transport.bodies).toHaveLength(1));
    expect(transport.bodies[0]?.messages.at(-1)).toEqual({ role: 'user', content: 'What is the biggest volcano?' });
    expect(screen.queryByText('Getting the chat ready…')).toBeNull();
    expect(await screen.findByText('Hello!')).toBeVisible();
    expect(box).toHaveValue('');
  });
});
