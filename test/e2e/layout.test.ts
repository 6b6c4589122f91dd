// The demo (`pnpm start`) on a phone (390×844, touch) and a desktop (1280×800), in Chromium: no sideways
// scrolling at any step; the disclosure's button, every chat control and every help-line link reachable
// (hit-tested at its centre, not covered by anything, including "Report a problem" after the chat); the
// moderators' queue inside the page's width; and axe clean in the dark scheme the device asks for.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  chatMessages,
  disclosureUiMessages,
  formatMessage,
  getDisclosure,
  pickMessages,
  reportMessages,
  reportQueueMessages,
} from '@youthchat/core';
import axe from 'axe-core';
import { type Browser, chromium, type Locator, type Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DemoProcess, startDemo } from './demo-process.ts';

const STEP_TIMEOUT = 60_000;
const chatText = pickMessages(chatMessages, 'en', 'teen13to15');
const disclosureText = pickMessages(disclosureUiMessages, 'en', 'teen13to15');
const reportText = pickMessages(reportMessages, 'en', 'teen13to15');
const queueText = pickMessages(reportQueueMessages, 'en');

const VIEWPORTS = [
  { name: 'phone', viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, colorScheme: 'dark' },
  { name: 'desktop', viewport: { width: 1280, height: 800 }, isMobile: false, hasTouch: false, colorScheme: 'light' },
] as const;

let demo: DemoProcess;
let browser: Browser;
let dataDir: string;

/** The page is no wider than the window. */
async function expectNoSidewaysScroll(page: Page, step: string) {
  const [scrollWidth, windowWidth] = await page.evaluate((): [number, number] => [
    document.documentElement.scrollWidth,
    window.innerWidth,
  ]);
  expect(scrollWidth, `sideways scrolling (${step})`).toBeLessThanOrEqual(windowWidth);
}

/**
 * Brings the element into view as a tap or Tab would, then checks the point at its centre hits it (or
 * something inside it) and nothing drawn over it.
 */
async function expectReachable(locator: Locator, what: string) {
  const result = await locator.evaluate((element) => {
    element.scrollIntoView({ block: 'nearest', inline: 'nearest' });
    const rect = element.getBoundingClientRect();
    const x = rect.left + rect.width / 2;
    const y = rect.top + rect.height / 2;
    const hit = document.elementFromPoint(x, y);
    if (hit && (hit === element || element.contains(hit))) return 'ok';
    return `covered by <${hit?.tagName.toLowerCase()} class="${hit?.getAttribute('class') ?? ''}"> at ${x},${y}`;
  });
  expect(result, what).toBe('ok');
}

async function expectAccessible(page: Page, state: string) {
  await page.addScriptTag({ content: axe.source });
  const violations = await page.evaluate(async () => {
    const result = await (window as unknown as { axe: typeof axe }).axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  });
  expect(violations, `axe violations (${state})`).toEqual([]);
}

describe('the demo on a phone and a desktop', () => {
  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'youthchat-layout-'));
    demo = await startDemo(dataDir);
    browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--headless', '--disable-gpu', '--disable-background-networking'],
    });
  });

  afterAll(async () => {
    await browser?.close();
    await demo?.interrupt();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  it.each(VIEWPORTS)('$name: reachable, no sideways scrolling, axe clean ($colorScheme)', async (setup) => {
    const context = await browser.newContext({ ...setup, locale: 'en-US', reducedMotion: 'reduce' });
    context.setDefaultTimeout(STEP_TIMEOUT);
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    try {
      await page.goto(demo.url, { timeout: 120_000 });
      const gate = page.getByRole('form', { name: /date of birth/i });
      await gate.waitFor();
      await expectNoSidewaysScroll(page, 'age gate');
      await gate.getByLabel('Day', { exact: true }).fill('1');
      await gate.getByLabel('Month', { exact: true }).selectOption({ index: 1 });
      await gate.getByLabel('Year', { exact: true }).fill(String(new Date().getFullYear() - 14));
      await gate.getByRole('button').click();

      // The disclosure: its button reachable where the dialog opens, on a phone too.
      const dialog = page.getByRole('dialog', { name: getDisclosure('teen13to15', 'en').title });
      await dialog.waitFor();
      await page.evaluate(() => Promise.all(document.getAnimations().map((a) => a.finished)));
      const acknowledge = dialog.getByRole('button', { name: disclosureText.acknowledge });
      const box = await acknowledge.boundingBox();
      expect(box && box.y + box.height <= setup.viewport.height, 'the button is on screen').toBe(true);
      await expectReachable(acknowledge, 'I understand');
      await expectNoSidewaysScroll(page, 'disclosure');
      await expectAccessible(page, 'disclosure');
      await acknowledge.click();
      await dialog.waitFor({ state: 'hidden' });

      // A worrying message brings help lines; the conversation, the box and every link stay usable.
      const chat = page.locator('[data-slot="chat"]');
      await chat.getByRole('textbox', { name: chatText.composerLabel }).fill('Sometimes I want to hurt myself');
      await chat.getByRole('button', { name: chatText.send, exact: true }).click();
      const help = chat.getByRole('region', { name: chatText.escalateTitle });
      await help.waitFor();
      await chat.getByRole('button', { name: 'Report this message' }).nth(1).waitFor({ timeout: STEP_TIMEOUT });
      await expectNoSidewaysScroll(page, 'help lines');
      const sizes = await chat.evaluate((element) => ({
        chat: element.getBoundingClientRect().height,
        log: element.querySelector('[data-slot="chat-log"]')?.getBoundingClientRect().height ?? 0,
      }));
      expect(sizes.log, 'the conversation keeps its share').toBeGreaterThanOrEqual(sizes.chat * 0.45);
      const links = help.getByRole('link');
      expect(await links.count()).toBeGreaterThan(1);
      for (const link of await links.all()) await expectReachable(link, `help-line link ${await link.textContent()}`);
      const controls = chat.locator('button, a[href], textarea, [tabindex="0"]');
      for (const control of await controls.all()) {
        if (!(await control.isVisible())) continue;
        await expectReachable(
          control,
          `chat control ${(await control.getAttribute('aria-label')) ?? (await control.textContent())}`,
        );
      }
      // Placed after the chat on the page, "Report a problem" never draws over it.
      const general = page.getByRole('button', { name: reportText.generalTrigger });
      await expectReachable(general, 'Report a problem');
      const chatBottom = await chat.evaluate((element) => element.getBoundingClientRect().bottom);
      const generalTop = await general.evaluate((element) => element.getBoundingClientRect().top);
      expect(generalTop).toBeGreaterThanOrEqual(chatBottom);
      await expectAccessible(page, 'help lines');

      // The moderators' queue: its table scrolls inside its own region, never widening the page.
      await chat.getByRole('button', { name: reportText.messageTrigger }).last().click();
      const report = page.getByRole('dialog', { name: reportText.title });
      await report.getByRole('radio').first().check();
      await report.getByRole('button', { name: reportText.submit }).click();
      const sent = page.getByRole('dialog', { name: reportText.sentTitle });
      await sent.waitFor();
      const reference = /YC-[0-9A-Z]{5}-[0-9A-Z]{5}/.exec((await sent.textContent()) ?? '')?.[0] ?? '';
      await expectNoSidewaysScroll(page, 'report sent');
      await sent.getByRole('button', { name: reportText.close }).click();
      await sent.waitFor({ state: 'hidden' });
      const queue = page.getByRole('region', { name: /Moderator queue/ });
      await queue.getByRole('table').waitFor();
      await queue.scrollIntoViewIfNeeded();
      await expectNoSidewaysScroll(page, 'moderator queue');
      await expectReachable(
        queue.getByRole('button', { name: formatMessage(queueText.open, { reference }) }),
        'open the report',
      );
      await expectAccessible(page, 'moderator queue');
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
