import { render, screen } from '@testing-library/react';
import {
  type ChatStreamEvent,
  type ChatTransport,
  getDisclosureStore,
  type OutgoingCheck,
  type OutgoingModerator,
  resolveDisclosure,
} from '@youthchat/core';
import { ReportButton, SafeChat, type SafeChatProps, YouthSafetyProvider } from '@youthchat/react';
import type { ReactNode } from 'react';
import { expect } from 'vitest';
import { userEvent } from 'vitest/browser';

export const HELP_TITLE = 'You don’t have to deal with this alone';

function checkOf(text: string, partial: Partial<OutgoingCheck> = {}): OutgoingCheck {
  return { action: 'allow', text, original: text, transformed: false, removed: [], categories: [], ...partial };
}

/** The device-side check: escalates anything that mentions hurting, takes out a phone number, allows the rest. */
export const moderate: OutgoingModerator = async (text) => {
  if (/hurt/i.test(text)) return checkOf(text, { action: 'escalate', categories: ['self-harm'] });
  const scrubbed = text.replace(/\d{3}-\d{3}-\d{4}/g, '[phone]');
  if (scrubbed !== text) {
    return checkOf(scrubbed, {
      action: 'transform',
      original: text,
      transformed: true,
      removed: [{ type: 'phone', count: 1, label: 'your phone number' }],
    });
  }
  return checkOf(text);
};

const LONG_REPLY =
  'Volcanoes form where magma from deep inside the Earth rises to the surface. '.repeat(4) +
  'Shield volcanoes erupt gently; cinder cones are small and steep.';

/** Answers every message at once with a long reply, so the log has something to scroll. */
export const transport: ChatTransport = {
  async *send(body) {
    const id = `r${body.messages.length}`;
    const events: ChatStreamEvent[] = [
      { type: 'start', id, assistant: 'openai' },
      { type: 'delta', text: LONG_REPLY },
      { type: 'done', id, finishReason: 'stop' },
    ];
    for (const event of events) yield event;
  },
};

let key = 0;

export interface PageOptions {
  colorScheme?: 'light' | 'dark' | 'system';
  /** Leave the AI disclosure unacknowledged, so it opens. */
  disclosurePending?: boolean;
  chat?: Partial<SafeChatProps>;
  children?: ReactNode;
}

/**
 * An app page as a product team would build it: a header, the chat filling the
 * rest of the window, and the general "Report a problem" entry after it.
 */
export function renderPage(options: PageOptions = {}) {
  const storageKey = `layout-${++key}`;
  const band = 'teen13to15';
  if (!options.disclosurePending) {
    getDisclosureStore({ storageKey, storage: null }).acknowledge(band, resolveDisclosure(band, 'en').version);
  }
  return render(
    <YouthSafetyProvider
      band={band}
      locale="en"
      country="US"
      storage={null}
      storageKey={storageKey}
      colorScheme={options.colorScheme ?? 'light'}
    >
      <div style={{ display: 'flex', flexDirection: 'column', height: '100dvh', gap: '0.5rem' }}>
        <header>
          <h1 style={{ margin: 0 }}>Study helper</h1>
        </header>
        <main style={{ flex: '1 1 0', minHeight: 0 }}>
          <SafeChat moderate={moderate} transport={transport} {...options.chat} />
        </main>
        <footer>
          <ReportButton />
        </footer>
        {options.children}
      </div>
    </YouthSafetyProvider>,
  );
}

/** Sends `text` from the message box, as a child would with the keyboard. */
export async function send(text: string) {
  const box = screen.getByRole('textbox', { name: 'Your message' });
  await userEvent.click(box);
  await userEvent.fill(box, text);
  await userEvent.keyboard('{Enter}');
}

/** No sideways scrolling: the page is no wider than the window. */
export function expectNoSidewaysScroll() {
  expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(window.innerWidth);
}

/**
 * The element is reachable: brought into view (as a tap or Tab would), the
 * point at its centre hits it or something inside it, not anything drawn over it.
 */
export function expectReachable(element: Element) {
  element.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  const rect = element.getBoundingClientRect();
  expect(rect.width, `${describe(element)} has no width`).toBeGreaterThan(0);
  const x = rect.left + rect.width / 2;
  const y = rect.top + rect.height / 2;
  expect(x >= 0 && x <= window.innerWidth && y >= 0 && y <= window.innerHeight, `${describe(element)} in view`).toBe(
    true,
  );
  const hit = document.elementFromPoint(x, y);
  expect(
    hit !== null && (hit === element || element.contains(hit)),
    `${describe(element)} is covered by ${hit ? describe(hit) : 'nothing'}`,
  ).toBe(true);
}

function describe(element: Element): string {
  const name = element.getAttribute('aria-label') ?? element.textContent?.trim().slice(0, 40) ?? '';
  return `<${element.tagName.toLowerCase()} class="${element.getAttribute('class') ?? ''}"> “${name}”`;
}

/** Every control in `root` a child can use: buttons, links, fields. */
export function controls(root: Element): Element[] {
  return [...root.querySelectorAll('button, a[href], textarea, input, select, [tabindex="0"]')].filter(
    (element) => !element.closest('[hidden]'),
  );
}
