/**
 * The page `chat-render.bench.ts` bundles and loads in Chromium: a SafeChat
 * with a given number of earlier messages, fed one token at a time by a
 * transport the bench drives.
 */
import '@youthchat/react/styles.css';
import {
  type ChatMessage,
  type ChatStreamEvent,
  type ChatTransport,
  getDisclosureStore,
  resolveDisclosure,
} from '@youthchat/core';
import { SafeChat, YouthSafetyProvider } from '@youthchat/react';
import { createRoot } from 'react-dom/client';

declare global {
  interface Window {
    chatBench: {
      /** Renders the chat with `history` earlier messages and starts a reply; resolves when it streams. */
      setup(history: number): Promise<void>;
      /** Shows one more token (a unique word); resolves with the milliseconds until the page showed it, layout included. */
      token(text: string): Promise<number>;
    };
  }
}

const SAMPLE_REPLY =
  'Volcanoes form where **magma** rises through the crust. Some erupt gently, others *explosively*.\n\n- Shield volcanoes\n- Cinder cones\n\nSee https://example.org/volcanoes for more.';

function history(count: number): ChatMessage[] {
  return Array.from({ length: count }, (_, i) => ({
    id: `h${i}`,
    role: i % 2 === 0 ? 'user' : 'assistant',
    content: i % 2 === 0 ? `Question number ${i}: how do volcanoes work?` : SAMPLE_REPLY,
    status: 'complete',
    createdAt: 0,
  }));
}

/** A transport whose single reply is fed by `push`. */
function manualTransport() {
  const queue: ChatStreamEvent[] = [];
  let wake: (() => void) | null = null;
  const transport: ChatTransport = {
    async *send() {
      for (;;) {
        while (queue.length === 0) await new Promise<void>((resolve) => (wake = resolve));
        const event = queue.shift()!;
        yield event;
        if (event.type === 'done') return;
      }
    },
  };
  return {
    transport,
    push(event: ChatStreamEvent) {
      queue.push(event);
      wake?.();
    },
  };
}

/** Waits microtask by microtask (then by frame) until `done()` holds; gives up after 10 s. */
async function until(done: () => boolean): Promise<void> {
  for (let i = 0; i < 1000 && !done(); i++) await Promise.resolve();
  const limit = performance.now() + 10_000;
  while (!done()) {
    if (performance.now() > limit) throw new Error('The chat did not reach the expected state within 10 s.');
    await new Promise((resolve) => requestAnimationFrame(resolve));
  }
}

let feed: ReturnType<typeof manualTransport> | null = null;

window.chatBench = {
  async setup(count) {
    feed = manualTransport();
    // The chat sends nothing before the AI disclosure is acknowledged.
    getDisclosureStore({ storageKey: 'bench', storage: null }).acknowledge(
      'teen13to15',
      resolveDisclosure('teen13to15', 'en').version,
    );
    const root = document.getElementById('root')!;
    createRoot(root).render(
      <YouthSafetyProvider band="teen13to15" storage={null} storageKey="bench">
        <SafeChat
          transport={feed.transport}
          moderate={async (text) => ({
            action: 'allow',
            text,
            original: text,
            transformed: false,
            removed: [],
            categories: [],
          })}
          initialMessages={history(count)}
          renderDisclosure={false}
          style={{ ['--yc-chat-height' as string]: '640px' }}
        />
      </YouthSafetyProvider>,
    );
    await until(() => document.querySelector('textarea') !== null);
    const box = document.querySelector('textarea')!;
    const setValue = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')!.set!;
    setValue.call(box, 'Tell me more about volcanoes');
    box.dispatchEvent(new Event('input', { bubbles: true }));
    box.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    feed.push({ type: 'start', id: 'bench', assistant: 'openai' });
    await until(() => document.querySelector('[data-live] [data-status="streaming"]') !== null);
  },

  async token(text) {
    // Tokens are unique words, so the reply ending with this one means it is on the page.
    const word = text.trim();
    const shown = () => document.querySelector('[data-live] .yc-markdown')?.textContent?.endsWith(word) ?? false;
    const start = performance.now();
    feed!.push({ type: 'delta', text });
    await until(shown);
    // Reading a layout property makes the browser lay the change out now, so that cost is counted.
    void document.querySelector('[role="log"]')!.scrollHeight;
    return performance.now() - start;
  },
};
