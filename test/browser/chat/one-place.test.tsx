/**
 * One place for each customisation: disclosures, help lines and moderation
 * hooks set on `YouthSafetyProvider` reach every component, and the setup
 * docs/configuration.md shows (an `AIDisclosure` next to `SafeChat`) opens
 * one dialog that, acknowledged once, lets the child chat. Real Chromium,
 * real server.
 */
import { cleanup, render, screen, within } from '@testing-library/react';
import { chatMessages, moderationMessages, pickMessages, reportMessages } from '@youthchat/core';
import {
  AIDisclosure,
  CrisisResources,
  SafeChat,
  YouthSafetyProvider,
  type YouthSafetyProviderProps,
} from '@youthchat/react';
import type { ReactNode } from 'react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { disclosures, helpLines, noInvites } from '../../../docs/examples/one-place.tsx';
import { expectNoAxeViolations } from '../../helpers/axe.ts';
import { memoryStorage } from '../../helpers/memory-storage.ts';
import { type AgeSession, ageSession, sendMessage } from './harness.tsx';

// The docs' example (docs/examples/one-place.tsx): its disclosures, help lines and noInvites hook.

let teen: AgeSession;
beforeAll(async () => {
  teen = await ageSession(14);
  expect(teen.band).toBe('teen13to15');
});

let warn: ReturnType<typeof vi.spyOn>;
afterEach(() => {
  cleanup();
  warn?.mockRestore();
});

function renderApp(children: ReactNode, provider: Partial<YouthSafetyProviderProps> = {}) {
  const storage = memoryStorage();
  storage.setItem(
    'one-place:age',
    JSON.stringify({ band: teen.band, consent: 'not-needed', expiresAt: teen.expiresAt }),
  );
  const withToken: typeof fetch = (input, init) => {
    const headers = new Headers(init?.headers);
    headers.set('x-youthchat-age', teen.token);
    return fetch(input, { ...init, headers, credentials: 'omit' });
  };
  return render(
    <YouthSafetyProvider
      storage={storage}
      storageKey="one-place"
      country="GB"
      locale="en"
      fetch={withToken}
      {...provider}
    >
      <main>
        <h1>Study Buddy</h1>
        {children}
      </main>
    </YouthSafetyProvider>,
  );
}

const t = pickMessages(chatMessages, 'en', 'teen13to15');

describe('an AIDisclosure next to SafeChat (docs/configuration.md)', () => {
  it('opens one dialog; acknowledging it once lets the child chat', async () => {
    warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    renderApp(
      <>
        <AIDisclosure disclosures={disclosures} />
        <SafeChat />
      </>,
    );
    const dialog = await screen.findByRole('dialog', { name: 'Study Buddy is an AI' });
    expect(screen.getAllByRole('dialog')).toHaveLength(1);
    await expectNoAxeViolations(document.body);
    // In development, the second dialog is pointed out, once.
    expect(warn).toHaveBeenCalledTimes(1);
    expect(String(warn.mock.calls[0]?.[0])).toMatch(/more than one AIDisclosure/);

    await userEvent.click(within(dialog).getByRole('button', { name: 'I understand' }));
    await vi.waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    // Nothing else opens in its place: the acknowledgement counts for the chat too.
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(screen.queryByRole('dialog')).toBeNull();

    const box = await screen.findByRole('textbox', { name: t.composerLabel });
    await sendMessage(box, 'How do volcanoes work?');
    const log = screen.getByRole('log', { name: t.logLabel });
    await vi.waitFor(() => expect(within(log).getByText('How do volcanoes work?')).toBeTruthy(), { timeout: 10_000 });
    expect(screen.queryByRole('dialog')).toBeNull();
    await expectNoAxeViolations(document.body);
  });

  it('the disclosure configured on the provider reaches the chat’s own dialog, naming the Report button', async () => {
    warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    renderApp(<SafeChat />, { disclosures });
    const dialog = await screen.findByRole('dialog', { name: 'Study Buddy is an AI' });
    const label = pickMessages(reportMessages, 'en', 'teen13to15').messageTrigger;
    expect(
      within(dialog).getByText(
        `Something upsetting? Press “${label}” next to any message, or talk to your form tutor.`,
      ),
    ).toBeTruthy();
    expect(warn).not.toHaveBeenCalled();
    await userEvent.click(within(dialog).getByRole('button', { name: 'I understand' }));
    await vi.waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(screen.getByRole('textbox', { name: t.composerLabel })).toBeTruthy();
  });
});

describe('help lines and hooks on the provider', () => {
  async function acknowledged(children: ReactNode, provider: Partial<YouthSafetyProviderProps>) {
    renderApp(children, provider);
    const dialog = await screen.findByRole('dialog');
    await userEvent.click(within(dialog).getByRole('button', { name: 'I understand' }));
    await vi.waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    return screen.findByRole('textbox', { name: t.composerLabel });
  }

  it('the custom help line shows standalone', async () => {
    renderApp(<CrisisResources />, { helpLines });
    const region = screen.getByRole('region');
    expect(within(region).getByText('Oakfield School counsellor')).toBeTruthy();
    expect(within(region).getByRole('link', { name: /0800 123 4567/ })).toBeTruthy();
  });

  it('the custom help line reaches the chat after a worrying message', async () => {
    const box = await acknowledged(<SafeChat />, { helpLines });
    await sendMessage(box, 'i want to kill myself');
    const panel = await screen.findByRole('region', { name: t.escalateTitle });
    expect(within(panel).getByText('Oakfield School counsellor')).toBeTruthy();
    expect(within(panel).getByRole('link', { name: /0800 123 4567/ })).toBeTruthy();
    await expectNoAxeViolations(document.body);
  });

  it('the docs’ noInvites hook blocks an invite link, which the hook sees whole', async () => {
    const box = await acknowledged(<SafeChat />, { moderationHooks: [noInvites] });
    await sendMessage(box, 'come chat with me at t.me/coolkid22');
    const alert = await screen.findByRole('alert');
    const blocked = pickMessages(moderationMessages, 'en', 'teen13to15').blocked.default;
    expect(alert.textContent).toContain(blocked);
    const log = screen.getByRole('log', { name: t.logLabel });
    expect(within(log).queryByText(/coolkid22|\[url\]/)).toBeNull();
    // The draft stays, so it can be changed.
    expect((box as HTMLTextAreaElement).value).toBe('come chat with me at t.me/coolkid22');
  });

  it('a chat’s own hooks replace the provider’s', async () => {
    const box = await acknowledged(<SafeChat hooks={[]} />, { moderationHooks: [noInvites] });
    await sendMessage(box, 'come chat with me at t.me/coolkid22');
    // Without the hook the link is only scrubbed: the child confirms the cleaned message.
    expect(await screen.findByRole('region', { name: t.transformTitle })).toBeTruthy();
  });
});
