/**
 * SafeChat's layout in Chromium on a phone (390×844) and a desktop (1280×800): the chat fills the height
 * its container gives it, the conversation keeps its share when help lines appear, every control and
 * help-line link can be reached (hit-tested at its centre), and nothing after the widget draws over it.
 */
import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { expectNoAxeViolations } from '../../helpers/axe.ts';
import { controls, expectNoSidewaysScroll, expectReachable, HELP_TITLE, renderPage, send } from './harness.tsx';

const VIEWPORTS = [
  { name: 'phone', width: 390, height: 844 },
  { name: 'desktop', width: 1280, height: 800 },
] as const;

afterEach(async () => {
  cleanup();
  await page.viewport(414, 896);
});

/** The chat, its log and its help panel, with their boxes. */
function parts() {
  const chat = document.querySelector('[data-slot="chat"]');
  const log = screen.getByRole('log', { name: 'Conversation' });
  if (!chat) throw new Error('no chat');
  return { chat, log, chatBox: chat.getBoundingClientRect(), logBox: log.getBoundingClientRect() };
}

describe.each(VIEWPORTS)('SafeChat on a $name ($width×$height)', ({ width, height }) => {
  it('fills the height it is given; help lines never squeeze the conversation away or cover anything', async () => {
    await page.viewport(width, height);
    renderPage();
    const before = parts();
    // The chat takes its container's height (the window, less the page's header and footer), no fixed height.
    const container = before.chat.parentElement?.getBoundingClientRect();
    expect(Math.abs(before.chatBox.height - (container?.height ?? 0))).toBeLessThanOrEqual(1);
    expect(before.chatBox.height).toBeGreaterThan(height * 0.6);

    await send('How do volcanoes work?');
    await within(before.log).findByText(/Shield volcanoes/);
    await send('Sometimes I want to hurt myself');
    const help = await screen.findByRole('region', { name: HELP_TITLE });
    await within(before.log)
      .findAllByText(/Shield volcanoes/)
      .then((found) => expect(found).toHaveLength(2));

    const after = parts();
    // The chat did not grow past its container, and the conversation kept at least half of it.
    expect(Math.abs(after.chatBox.height - before.chatBox.height)).toBeLessThanOrEqual(1);
    expect(after.logBox.height).toBeGreaterThanOrEqual(after.chatBox.height * 0.45);
    if (width >= 1000) {
      // Wide: the help lines sit beside the conversation, over the full height.
      expect(help.getBoundingClientRect().left).toBeGreaterThanOrEqual(after.logBox.right - 1);
      // The composer stays in the conversation's column, never across the help lines.
      const sendBox = screen.getByRole('button', { name: 'Send' }).getBoundingClientRect();
      expect(sendBox.right).toBeLessThanOrEqual(help.getBoundingClientRect().left + 1);
    } else {
      expect(help.getBoundingClientRect().top).toBeGreaterThanOrEqual(after.logBox.bottom - 1);
    }

    expectNoSidewaysScroll();
    const links = within(help).getAllByRole('link');
    expect(links.length).toBeGreaterThan(2);
    for (const link of links) expectReachable(link);
    for (const control of controls(after.chat)) expectReachable(control);
    // "Report a problem" comes after the widget on the page and must not draw over it.
    const general = screen.getByRole('button', { name: 'Report a problem' });
    expectReachable(general);
    expect(general.getBoundingClientRect().top).toBeGreaterThanOrEqual(after.chatBox.bottom - 1);
    await expectNoAxeViolations(document.body);
  });

  it('a notice that asks the child something shows its buttons without scrolling', async () => {
    await page.viewport(width, height);
    renderPage();
    const { log } = parts();
    await send('How do volcanoes work?');
    await within(log).findByText(/Shield volcanoes/);
    await send('My name is Sam, my phone is 555-201-7788 and I go to Lincoln Elementary');
    for (const name of ['Send without them', 'Change my message']) {
      const button = await screen.findByRole('button', { name });
      // Hit-tested where it stands, with no scrolling first.
      const rect = button.getBoundingClientRect();
      const hit = document.elementFromPoint(rect.left + rect.width / 2, rect.top + rect.height / 2);
      expect(hit !== null && (hit === button || button.contains(hit)), `${name} is in view`).toBe(true);
    }
  });

  it('the help panel folds away and back with a disclosure button, and Hide removes it', async () => {
    await page.viewport(width, height);
    renderPage();
    await send('Sometimes I want to hurt myself');
    const help = await screen.findByRole('region', { name: HELP_TITLE });
    const toggle = within(help).getByRole('button', { name: HELP_TITLE });
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    const lines = document.getElementById(toggle.getAttribute('aria-controls') ?? '');
    expect(lines).toBeVisible();

    await userEvent.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(lines).not.toBeVisible();
    expect(within(help).queryByRole('link')).toBeNull();
    await expectNoAxeViolations(document.body);

    // By keyboard: the toggle is a real button.
    toggle.focus();
    await userEvent.keyboard('{Enter}');
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    expect(within(help).getAllByRole('link').length).toBeGreaterThan(0);

    await userEvent.click(within(help).getByRole('button', { name: 'Hide help lines' }));
    expect(screen.queryByRole('region', { name: HELP_TITLE })).toBeNull();
    expect(screen.getByRole('textbox', { name: 'Your message' })).toHaveFocus();
  });

  it('each message has a report icon button, reachable by touch and keyboard, not only on hover', async () => {
    await page.viewport(width, height);
    renderPage();
    await send('How do volcanoes work?');
    const log = screen.getByRole('log', { name: 'Conversation' });
    await within(log).findByText(/Shield volcanoes/);
    const buttons = within(log).getAllByRole('button', { name: 'Report this message' });
    expect(buttons).toHaveLength(2);
    for (const button of buttons) {
      expect(button).toBeVisible();
      const box = button.getBoundingClientRect();
      expect(Math.min(box.width, box.height)).toBeGreaterThanOrEqual(24);
      expectReachable(button);
    }
    // By keyboard: Shift+Tab from the message box lands on the last reply's report button.
    screen.getByRole('textbox', { name: 'Your message' }).focus();
    await userEvent.keyboard('{Shift>}{Tab}{/Shift}');
    expect(buttons.at(-1)).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    expect(await screen.findByRole('dialog', { name: 'Report a problem' })).toBeVisible();
  });
});

describe('the AI disclosure on a phone', () => {
  it('keeps its button in view while its text scrolls, and nothing covers it', async () => {
    await page.viewport(390, 844);
    renderPage({ disclosurePending: true });
    const dialog = await screen.findByRole('dialog', { name: 'You’re chatting with an AI' });
    // The text is longer than the screen: the dialog scrolls inside the viewport.
    expect(dialog.scrollHeight).toBeGreaterThan(dialog.clientHeight);
    const box = dialog.getBoundingClientRect();
    expect(box.top).toBeGreaterThanOrEqual(0);
    expect(box.bottom).toBeLessThanOrEqual(844);
    const button = within(dialog).getByRole('button', { name: 'I understand' });
    // Reachable where the dialog opens, before any scrolling.
    const rect = button.getBoundingClientRect();
    const hit = document.elementFromPoint(rect.left + rect.width / 2, rect.top + rect.height / 2);
    expect(hit === button || button.contains(hit)).toBe(true);
    expectNoSidewaysScroll();
    await userEvent.click(button);
    await vi.waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  });
});
