/**
 * The docs' examples, run. Each lives in docs/examples/ and is shown in its
 * doc after an `<!-- example: … -->` marker; `node scripts/doc-examples.mjs
 * --write` copies the files into the docs, and the first test fails when a doc
 * and its file differ.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {
  chatMessages,
  disclosureUiMessages,
  getDisclosure,
  pickMessages,
  policyAssurance,
  reportMessages,
  resolveDisclosure,
} from '@youthchat/core';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { policy as assurancePolicy } from '../../../docs/examples/assurance-policy.ts';
import { App as ChatApp, safetyCategories } from '../../../docs/examples/chat.tsx';
import { disclosures as customised } from '../../../docs/examples/customise-disclosures.ts';
import { App as DisclosureApp } from '../../../docs/examples/disclosure.tsx';
import { App as NextToChatApp } from '../../../docs/examples/disclosure-next-to-chat.tsx';
import { App as HelpLinesApp } from '../../../docs/examples/help-lines.tsx';
import { invite, noInvites, outcome } from '../../../docs/examples/moderation-hooks.ts';
import { App as OnePlaceApp } from '../../../docs/examples/one-place.tsx';
import { policy } from '../../../docs/examples/policy.ts';

const docs = join(import.meta.dirname, '../../../docs');
const MARKER = /^<!-- example: (\S+) -->\n```(\w+)\n([\s\S]*?)```$/gm;
const FENCE = /(<!-- example: \S+ -->\n)?```(ts|tsx)\n([\s\S]*?)```/g;
const CONFIGURES = /YouthSafetyProvider|defineDisclosures|ModerationHook|helpLines|moderationHooks|hooks:/;

afterEach(() => {
  vi.unstubAllGlobals();
});

/** The device has an age answer for this band, as the gate leaves it. */
function answered(band: string) {
  localStorage.setItem('youthchat:age', JSON.stringify({ band, consent: 'not-needed' }));
}

/** A server that answers each chat request with these stream events. */
function server(events: object[]) {
  const requests: { url: string; body: unknown }[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
      requests.push({ url: String(input), body: JSON.parse(String(init?.body ?? 'null')) });
      const body = `${events.map((e) => JSON.stringify(e)).join('\n')}\n`;
      return new Response(body, { status: 200, headers: { 'content-type': 'application/x-ndjson' } });
    }),
  );
  return requests;
}

async function acknowledge(locale: string, band: Parameters<typeof pickMessages>[2]) {
  const dialog = await screen.findByRole('dialog');
  await userEvent.click(
    within(dialog).getByRole('button', { name: pickMessages(disclosureUiMessages, locale, band).acknowledge }),
  );
}

describe('the docs and their examples', () => {
  it('show every example file exactly as it is', () => {
    const shown: string[] = [];
    for (const name of readdirSync(docs).filter((f) => f.endsWith('.md'))) {
      const text = readFileSync(join(docs, name), 'utf8');
      for (const m of text.matchAll(MARKER)) {
        shown.push(m[1] as string);
        expect(m[3], `${name}: the block for ${m[1]} differs (run node scripts/doc-examples.mjs --write)`).toBe(
          readFileSync(join(docs, m[1] as string), 'utf8'),
        );
      }
    }
    const files = readdirSync(join(docs, 'examples')).map((f) => `examples/${f}`);
    expect([...new Set(shown)].sort()).toEqual(files.sort());
  });

  it.each(['configuration.md', 'chat.md', 'safety.md', 'disclosure.md', 'crisis-resources.md'])(
    '%s: every block that configures the provider, hooks, disclosures or help lines is a run example',
    (name) => {
      const text = readFileSync(join(docs, name), 'utf8');
      const blocks = [...text.matchAll(FENCE)];
      expect(blocks.some((b) => b[1])).toBe(true);
      for (const block of blocks) if (CONFIGURES.test(block[3] ?? '')) expect(block[1], block[3]).toBeTruthy();
    },
  );
});

describe('configuration.md', () => {
  it('assurance-policy.ts: the minimums hold per band and feature, and nothing else asks more', () => {
    expect(policyAssurance(assurancePolicy, 'adult', 'chat')).toBe('platform');
    expect(policyAssurance(assurancePolicy, 'adult', 'ai-provider')).toBe('self-declared');
    expect(policyAssurance(assurancePolicy, 'teen16to17', 'ai-provider')).toBe('verified');
    expect(policyAssurance(assurancePolicy, 'teen16to17', 'chat')).toBe('self-declared');
    expect(policyAssurance(assurancePolicy, 'under13', 'chat')).toBe('self-declared');
  });

  it('policy.ts: the overrides hold and the rest keeps the defaults', () => {
    expect(policy.youngestBand).toBe('teen13to15');
    expect(policy.bands.teen16to17.chat.maxMessageChars).toBe(3000);
    expect(policy.bands.teen16to17.disclosure.reminderIntervalMinutes).toBe(120);
    expect(policy.bands.adult.screening.actions.profanity).toBe('block');
    expect(policy.bands.under13.chat.maxMessageChars).toBe(1000);
  });

  it('one-place.tsx: the provider’s disclosure, help lines and hook reach the chat', async () => {
    answered('teen13to15');
    const requests = server([]);
    render(<OnePlaceApp />);
    const dialog = await screen.findByRole('dialog', { name: 'Study Buddy is an AI' });
    const label = pickMessages(reportMessages, 'en', 'teen13to15').messageTrigger;
    expect(
      within(dialog).getByText(
        `Something upsetting? Press “${label}” next to any message, or talk to your form tutor.`,
      ),
    ).toBeInTheDocument();
    await acknowledge('en', 'teen13to15');
    const t = pickMessages(chatMessages, 'en', 'teen13to15');
    const box = await screen.findByRole('textbox', { name: t.composerLabel });

    // The hook sees the link as typed and blocks it.
    await userEvent.type(box, 'add me at t.me/coolkid22{Enter}');
    expect(await screen.findByRole('alert')).toHaveTextContent(t.blockedTitle);
    expect(requests).toHaveLength(0);

    // A worrying message shows the school's own line in the chat's help panel.
    await userEvent.clear(box);
    await userEvent.type(box, 'i want to kill myself{Enter}');
    const panel = await screen.findByRole('region', { name: t.escalateTitle });
    expect(within(panel).getByText('Oakfield School counsellor')).toBeInTheDocument();
  });

  it('disclosure-next-to-chat.tsx: one dialog, with its trigger; acknowledged once, the chat takes messages', async () => {
    answered('teen13to15');
    const requests = server([
      { type: 'start', id: 'r1', assistant: 'openai' },
      { type: 'delta', text: 'Hi!' },
      { type: 'done', id: 'r1', finishReason: 'stop' },
    ]);
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    render(<NextToChatApp />);
    await screen.findByRole('dialog', { name: 'Study Buddy is an AI' });
    expect(screen.getAllByRole('dialog')).toHaveLength(1);
    await acknowledge('en', 'teen13to15');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(screen.getByRole('button', { name: 'About this AI' })).toBeInTheDocument();
    await userEvent.type(screen.getByRole('textbox'), 'hello{Enter}');
    await vi.waitFor(() => expect(requests).toHaveLength(1));
    expect(requests[0]?.url).toBe('/api/chat');
    expect(warn).not.toHaveBeenCalled();
    warn.mockRestore();
  });
});

describe('chat.md', () => {
  it('chat.tsx: Spanish chat on /api, with the server’s safety events reaching onEvent', async () => {
    answered('teen16to17');
    const requests = server([
      { type: 'start', id: 'r1', assistant: 'openai' },
      {
        type: 'safety',
        action: 'block',
        stage: 'output',
        categories: ['graphic'],
        message: 'Detuve esa respuesta.',
        showCrisisResources: false,
      },
      { type: 'done', id: 'r1', finishReason: 'content_filter' },
    ]);
    render(<ChatApp />);
    await acknowledge('es', 'teen16to17');
    const t = pickMessages(chatMessages, 'es', 'teen16to17');
    await userEvent.type(await screen.findByRole('textbox', { name: t.composerLabel }), 'Cuéntame una historia{Enter}');
    await vi.waitFor(() => expect(safetyCategories).toEqual(['graphic']));
    expect(requests[0]?.url).toBe('/api/chat');
    expect(await screen.findByText('Detuve esa respuesta.')).toBeInTheDocument();
  });
});

describe('safety.md', () => {
  it('moderation-hooks.ts: scrubs the phone number, and the hook blocks an invite link', () => {
    expect(outcome).toMatchObject({
      action: 'transform',
      text: 'call me on [phone]',
      removed: [{ type: 'phone', count: 1, label: 'your phone number' }],
      explanation: 'We took out your phone number to keep you safe.',
    });
    expect(invite).toMatchObject({ action: 'block', text: '', reason: 'Invites to other chats are not allowed here.' });
    expect(
      noInvites('[url]', {
        band: 'teen16to17',
        text: 'discord.gg/abc',
        scrubbedText: '[url]',
        findings: { pii: [], categories: [] },
      }),
    ).toEqual({ action: 'allow' });
  });
});

describe('disclosure.md', () => {
  it('disclosure.tsx: French disclosure gates the send button until acknowledged', async () => {
    answered('teen13to15');
    render(<DisclosureApp />);
    await screen.findByRole('dialog', { name: getDisclosure('teen13to15', 'fr').title });
    // Behind the modal dialog, the page is hidden from assistive technology.
    const send = screen.getByRole('button', { name: 'Send', hidden: true });
    expect(send).toBeDisabled();
    await acknowledge('fr', 'teen13to15');
    expect(screen.getByRole('button', { name: 'Send' })).toBeEnabled();
  });

  it('customise-disclosures.ts: each change lands where it says', () => {
    const under13 = resolveDisclosure('under13', 'en', customised);
    expect(under13.title).toBe('Meet Pip, our AI helper');
    expect(under13.sections.map((s) => s.id)).toContain('club-rules');
    expect(under13.sections.find((s) => s.id === 'messages')?.body).toMatch(/30 days/);
    expect(resolveDisclosure('adult', 'en', customised).sections.map((s) => s.id)).not.toContain('mistakes');
    expect(resolveDisclosure('under13', 'es', customised).title).toBe('Te presentamos a Pip, nuestro ayudante de IA');
    expect(resolveDisclosure('under13', 'it', customised).title).toBe('Stai parlando con un’IA');
  });
});

describe('crisis-resources.md', () => {
  it('help-lines.tsx: the provider’s line joins the built-in ones', async () => {
    render(<HelpLinesApp />);
    const region = screen.getByRole('region');
    expect(within(region).getByText('School counsellor')).toBeInTheDocument();
    expect(within(region).getByText('Childline')).toBeInTheDocument();
    await act(async () => undefined);
  });
});
