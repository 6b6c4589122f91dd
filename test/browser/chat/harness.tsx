import { cleanup, render, screen, within } from '@testing-library/react';
import { type AgeBand, disclosureUiMessages, pickMessages } from '@youthchat/core';
import { SafeChat, type SafeChatProps, YouthSafetyProvider } from '@youthchat/react';
import { expect, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { memoryStorage } from '../../helpers/memory-storage.ts';
import { fakeOpenAIRequests, scriptFakeOpenAI } from '../../server/fixtures/fake-openai-script.ts';

export { fakeOpenAIRequests, scriptFakeOpenAI };

/**
 * Web Storage for one test only. Other browser test files share this origin
 * (and clear localStorage and the age cookie), so the chat keeps its band and
 * disclosure acknowledgement here, and sends its token as a client without
 * the cookie does: in the header, with cookies left out.
 */

export interface AgeSession {
  band: AgeBand;
  token: string;
  expiresAt: string;
}

/** A signed age token from the real server. */
export async function ageSession(age: number): Promise<AgeSession> {
  // No cookies either way: the answer is not locked by an earlier one, and other files' age state is left alone.
  const response = await fetch('/api/age', {
    method: 'POST',
    credentials: 'omit',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ age, country: 'GB' }),
  });
  expect(response.status).toBe(200);
  return (await response.json()) as AgeSession;
}

/**
 * SafeChat against the real server (through the `/api` proxy), with the AI
 * disclosure acknowledged by keyboard as the child would.
 */
export async function renderChat(session: AgeSession, props: Partial<SafeChatProps> = {}) {
  cleanup();
  const storage = memoryStorage();
  storage.setItem(
    'chat-browser:age',
    JSON.stringify({ band: session.band, consent: 'not-needed', expiresAt: session.expiresAt }),
  );
  const withToken: typeof fetch = (input, init) => {
    const headers = new Headers(init?.headers);
    headers.set('x-youthchat-age', session.token);
    return fetch(input, { ...init, headers, credentials: 'omit' });
  };
  const result = render(
    <YouthSafetyProvider storage={storage} storageKey="chat-browser" country="GB" locale="en" fetch={withToken}>
      <main>
        <h1>Chat</h1>
        <SafeChat {...props} />
      </main>
    </YouthSafetyProvider>,
  );
  const { acknowledge } = pickMessages(disclosureUiMessages, 'en', session.band);
  await userEvent.click(await screen.findByRole('button', { name: acknowledge }));
  // The chat is hidden from assistive technology until the dialog has finished closing.
  const box = await screen.findByRole('textbox', { name: 'Your message' });
  const log = screen.getByRole('log', { name: 'Conversation' });
  return { ...result, box, log, announcer: screen.getByRole('status') };
}

/** Types into the message box and presses Enter. */
export async function sendMessage(box: HTMLElement, text: string): Promise<void> {
  await userEvent.click(box);
  await userEvent.fill(box, text);
  await userEvent.keyboard('{Enter}');
}

/**
 * Resolves with the next reply announcement (a reply finished). Call it before
 * sending, then await it.
 *
 * @example
 * const said = nextAnnouncement(announcer);
 * await sendMessage(box, 'Hi');
 * expect(await said).toContain('Hello');
 */
export async function nextAnnouncement(announcer: HTMLElement): Promise<string> {
  const before = announcer.firstElementChild;
  await vi.waitFor(
    () => {
      expect(announcer.firstElementChild).not.toBeNull();
      expect(announcer.firstElementChild).not.toBe(before);
    },
    { timeout: 15_000, interval: 50 },
  );
  return announcer.textContent ?? '';
}

export const chat = (log: HTMLElement) => within(log);
