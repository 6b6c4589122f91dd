// The whole journey a newcomer takes in the demo (`pnpm start`), in Chromium, by role and accessible name:
// age gate, disclosure, chat (streaming, blocked, personal details, help lines), a report, the moderator's
// decision, then the band switcher. A screenshot of each step goes to test-results/e2e/; with
// YOUTHCHAT_UPDATE_SCREENSHOTS=1 (`pnpm screenshots`) the key ones also go to docs/screenshots/.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  AGE_BANDS,
  type AgeBand,
  ageGateMessages,
  chatMessages,
  consentStepMessages,
  crisisMessages,
  DEFAULT_POLICY,
  disclosureUiMessages,
  formatMessage,
  getCrisisLines,
  getDisclosure,
  pickMessages,
  reportMessages,
  reportQueueMessages,
} from '@youthchat/core';
import { chatServerMessages } from '@youthchat/server';
import axe from 'axe-core';
import { type Browser, chromium, type Locator, type Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, it, onTestFailed } from 'vitest';
import { type DemoProcess, startDemo } from './demo-process.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const updateDocs = process.env.YOUTHCHAT_UPDATE_SCREENSHOTS === '1';
const resultsDir = join(root, 'test-results/e2e');
const docsDir = join(root, 'docs/screenshots');
/** Long enough for a first, uncached Vite compile on a busy 2-core machine. */
const STEP_TIMEOUT = 60_000;

const EXAMPLES = {
  allowed: 'How do volcanoes work?',
  blocked: 'How do I buy weed?',
  personal: 'My name is Sam, my phone is 555-201-7788 and I go to Lincoln Elementary',
  worrying: 'Sometimes I want to hurt myself',
};

const text = (band: AgeBand) => ({
  age: pickMessages(ageGateMessages, 'en', band),
  disclosure: pickMessages(disclosureUiMessages, 'en', band),
  chat: pickMessages(chatMessages, 'en', band),
  report: pickMessages(reportMessages, 'en', band),
  server: pickMessages(chatServerMessages, 'en', band),
});
const queueText = pickMessages(reportQueueMessages, 'en');
const crisisText = pickMessages(crisisMessages, 'en');

let demo: DemoProcess;
let browser: Browser;
let page: Page;
let dataDir: string;
const pageErrors: string[] = [];
/** The page's console, printed when the test fails. */
const consoleLines: string[] = [];
let shotNumber = 0;

/** A viewport screenshot of the current step; `docs` marks the ones the README shows. */
async function screenshot(name: string, options: { docs?: boolean } = {}) {
  shotNumber += 1;
  const file = `${String(shotNumber).padStart(2, '0')}-${name}.png`;
  await page.screenshot({ path: join(resultsDir, file), animations: 'disabled' });
  if (updateDocs && options.docs) await page.screenshot({ path: join(docsDir, `${name}.png`), animations: 'disabled' });
}

/** Runs axe on the page as it is; every violation fails the step, named with the rule and the elements. */
async function expectAccessible(state: string) {
  await page.addScriptTag({ content: axe.source });
  const violations = await page.evaluate(async () => {
    const result = await (window as unknown as { axe: typeof axe }).axe.run(document, {
      resultTypes: ['violations'],
    });
    return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  });
  expect(violations, `axe violations (${state})`).toEqual([]);
}

/** Scrolls so the element is at the top of the viewport, for a screenshot of what follows it. */
const scrollToTop = (locator: Locator) => locator.evaluate((element) => element.scrollIntoView({ block: 'start' }));
const region = (name: RegExp) => page.getByRole('region', { name });
const visible = (locator: Locator) => locator.waitFor({ state: 'visible', timeout: STEP_TIMEOUT });
const hidden = (locator: Locator) => locator.waitFor({ state: 'hidden', timeout: STEP_TIMEOUT });

/** Sends a message from the chat's own box. */
async function send(chat: Locator, band: AgeBand, message: string) {
  const box = chat.getByRole('textbox', { name: text(band).chat.composerLabel });
  await box.fill(message);
  await chat.getByRole('button', { name: text(band).chat.send, exact: true }).click();
}

/** Waits until `count` replies have settled (each settled reply gets its own Report button). */
async function repliesSettled(chat: Locator, band: AgeBand, count: number) {
  const replies = chat.locator('[data-slot="chat-message"][data-role="assistant"]');
  const reportButtons = replies.getByRole('button', { name: text(band).report.messageTrigger });
  await expect.poll(() => reportButtons.count(), { timeout: STEP_TIMEOUT }).toBe(count);
  await hidden(chat.getByRole('button', { name: text(band).chat.stop }));
}

/** Acknowledges the disclosure dialog for `band`, after checking it is that band's text. */
async function acknowledgeDisclosure(band: AgeBand) {
  const disclosure = getDisclosure(band, 'en');
  const dialog = page.getByRole('dialog', { name: disclosure.title });
  await visible(dialog);
  for (const section of disclosure.sections) {
    await visible(dialog.getByRole('heading', { name: section.heading, exact: true }));
  }
  return dialog;
}

describe('the demo, end to end', () => {
  beforeAll(async () => {
    mkdirSync(resultsDir, { recursive: true });
    if (updateDocs) mkdirSync(docsDir, { recursive: true });
    dataDir = mkdtempSync(join(tmpdir(), 'youthchat-e2e-'));
    demo = await startDemo(dataDir);
    browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--headless', '--disable-gpu', '--disable-background-networking'],
    });
    const context = await browser.newContext({
      viewport: { width: 1000, height: 700 },
      locale: 'en-US',
      reducedMotion: 'reduce',
    });
    context.setDefaultTimeout(STEP_TIMEOUT);
    page = await context.newPage();
    page.on('pageerror', (error) => pageErrors.push(error.message));
    page.on('console', (message) => consoleLines.push(`${message.type()}: ${message.text()}`));
    page.on('framenavigated', (frame) => consoleLines.push(`navigated: ${frame.url()}`));
  });

  afterAll(async () => {
    await browser?.close();
    // Still running only if the test failed before stopping it.
    await demo?.interrupt();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  it('goes from the age gate to a moderator decision, shows each band, and stops cleanly on Ctrl-C', async () => {
    const teen = text('teen13to15');
    onTestFailed(async () => {
      await page?.screenshot({ path: join(resultsDir, 'failure.png'), fullPage: true }).catch(() => {});
      console.error(`Page console:\n${consoleLines.join('\n')}\n\nDemo output:\n${demo?.output()}`);
    });
    expect(demo.output()).toContain('offline demo assistant');

    // 1. The age gate: a neutral date of birth; a 14-year-old in the US.
    await page.goto(demo.url, { timeout: 120_000 });
    const ageSection = region(/Age gate/);
    const gate = ageSection.getByRole('form', { name: teen.age.title });
    await visible(gate);
    await expect.poll(() => region(/AI disclosure/).textContent()).toContain('Answer the age question first');
    await expectAccessible('age gate');
    const fourteenYearsAgo = new Date().getFullYear() - 14;
    await gate.getByLabel(teen.age.day, { exact: true }).fill('1');
    await gate.getByLabel(teen.age.month, { exact: true }).selectOption({ label: teen.age.monthNames[0] ?? '' });
    await gate.getByLabel(teen.age.year, { exact: true }).fill(String(fourteenYearsAgo));
    await screenshot('age-gate', { docs: true });
    await gate.getByRole('button', { name: teen.age.submit }).click();

    // 2. The disclosure for 13 to 15 opens over the page and must be acknowledged.
    const dialog = await acknowledgeDisclosure('teen13to15');
    await expect.poll(() => dialog.getByRole('button').allTextContents()).toEqual([teen.disclosure.acknowledge]);
    await screenshot('disclosure', { docs: true });
    await expectAccessible('disclosure');
    await dialog.getByRole('button', { name: teen.disclosure.acknowledge }).click();
    await hidden(dialog);
    await visible(ageSection.getByRole('heading', { name: teen.age.doneTitle }));
    expect(await ageSection.getByRole('definition').first().textContent()).toBe('13 to 15');

    // 3. Chat: the offline demo assistant's reply streams in, labelled as not a real AI.
    const chat = region(/Safe chat/);
    const log = chat.getByRole('log', { name: teen.chat.logLabel });
    // Every text the log shows while the reply arrives, to tell a streamed reply from one that lands whole.
    await log.evaluate((element) => {
      const seen: string[] = [];
      (window as unknown as { logTexts: string[] }).logTexts = seen;
      new MutationObserver(() => seen.push(element.textContent ?? '')).observe(element, {
        subtree: true,
        childList: true,
        characterData: true,
      });
    });
    await send(chat, 'teen13to15', EXAMPLES.allowed);
    await repliesSettled(chat, 'teen13to15', 1);
    const reply = teen.server.demoReply;
    await expect.poll(() => log.textContent()).toContain(reply);
    expect(await log.textContent()).toContain(teen.chat.offlineDemo);
    const seen = await page.evaluate(() => (window as unknown as { logTexts: string[] }).logTexts);
    const firstWords = reply.split(' ').slice(0, 3).join(' ');
    const partial = seen.filter((shown) => shown.includes(firstWords) && !shown.includes(reply));
    expect(partial.length, 'the log showed the reply part-written before it was complete').toBeGreaterThan(0);
    await scrollToTop(chat);
    await screenshot('chat-streamed-reply', { docs: true });

    // 4. A blocked message: explained kindly, kept in the box, never sent.
    await send(chat, 'teen13to15', EXAMPLES.blocked);
    const blocked = chat.getByRole('alert').filter({ hasText: teen.chat.blockedTitle });
    await visible(blocked);
    const box = chat.getByRole('textbox', { name: teen.chat.composerLabel });
    expect(await box.inputValue()).toBe(EXAMPLES.blocked);
    expect(await box.getAttribute('aria-invalid')).toBe('true');
    expect(await log.textContent()).not.toContain(EXAMPLES.blocked);
    await scrollToTop(chat);
    await screenshot('chat-blocked', { docs: true });
    await expectAccessible('blocked message');
    await blocked.getByRole('button', { name: teen.chat.dismiss }).click();

    // 5. Personal details: taken out, shown, and sent only after confirming.
    await send(chat, 'teen13to15', EXAMPLES.personal);
    const confirm = chat.getByRole('region', { name: teen.chat.transformTitle });
    await visible(confirm);
    const preview = await confirm.getByRole('blockquote').textContent();
    expect(preview).toContain('[phone]');
    expect(preview).not.toContain('555-201-7788');
    expect(preview).not.toContain('Lincoln Elementary');
    await scrollToTop(chat);
    await screenshot('chat-personal-details', { docs: true });
    await expectAccessible('personal details confirmation');
    await confirm.getByRole('button', { name: teen.chat.transformSend }).click();
    await repliesSettled(chat, 'teen13to15', 2);
    expect(await log.textContent()).toContain('[phone]');
    expect(await log.textContent()).not.toContain('555-201-7788');

    // 6. A worrying message: help lines for the US beside the chat, which goes on.
    await send(chat, 'teen13to15', EXAMPLES.worrying);
    const help = chat.getByRole('region', { name: teen.chat.escalateTitle });
    await visible(help);
    const [line] = getCrisisLines('US', 'en', { band: 'teen13to15', categories: ['self-harm'] });
    expect(line).toBeDefined();
    await visible(help.getByRole('link', { name: formatMessage(crisisText.call, { number: line?.phone ?? '' }) }));
    await repliesSettled(chat, 'teen13to15', 3);
    expect(await log.textContent()).toContain(EXAMPLES.worrying);
    // The chat goes on: the message box stays usable beside the help lines (not covered, not disabled).
    await box.click({ trial: true });
    // The whole widget in view: the help lines sit beside the conversation on this width.
    await page.locator('[data-slot="chat"]').evaluate((element) => element.scrollIntoView({ block: 'end' }));
    await screenshot('chat-crisis-lines', { docs: true });
    await expectAccessible('help lines');

    // 7. Reporting the last reply: a reference number comes back.
    await chat.getByRole('button', { name: teen.report.messageTrigger }).last().click();
    const reportDialog = page.getByRole('dialog', { name: teen.report.title });
    await visible(reportDialog);
    await reportDialog.getByRole('radio', { name: teen.report.reasons.scary }).check();
    await reportDialog.getByLabel(teen.report.detailsLabel).fill('The reply did not help me.');
    await reportDialog.getByRole('button', { name: teen.report.submit }).click();
    const sent = page.getByRole('dialog', { name: teen.report.sentTitle });
    await visible(sent);
    const reference = /YC-[0-9A-Z]{5}-[0-9A-Z]{5}/.exec((await sent.textContent()) ?? '')?.[0];
    expect(reference, 'a reference number in the dialog').toBeDefined();
    await screenshot('report-reference', { docs: true });
    await expectAccessible('report sent');
    await sent.getByRole('button', { name: teen.report.close }).click();
    await hidden(sent);
    const reports = region(/^4\s*Reports$/);
    await visible(reports.getByText(reference ?? '-'));

    // 8. The moderator queue lists the report; the moderator decides it with a statement of reasons.
    const queue = region(/Moderator queue/);
    const open = queue.getByRole('button', { name: formatMessage(queueText.open, { reference: reference ?? '' }) });
    await open.click();
    const detail = queue.getByRole('article', { name: reference ?? '' });
    await visible(detail);
    expect(await detail.textContent()).toContain('The reply did not help me.');
    await detail.getByLabel(queueText.action, { exact: true }).selectOption('remove-content');
    await detail.getByLabel(queueText.scope, { exact: true }).selectOption('message');
    await detail.getByLabel(queueText.facts).fill('The reply upset a young user; it is removed from the conversation.');
    await detail.getByLabel(queueText.groundReference).fill('2.3 Upsetting content');
    await detail.getByLabel(queueText.groundExplanation).fill('Replies must not upset young users.');
    await scrollToTop(queue);
    await screenshot('moderator-report');
    await detail.getByRole('button', { name: queueText.submitDecision }).click();
    const statementHeading = detail.getByRole('heading', { name: queueText.statementHeading });
    await visible(statementHeading);
    expect(await detail.textContent()).toContain(queueText.statuses.decided);
    expect(await detail.textContent()).toContain('2.3 Upsetting content');
    await hidden(detail.getByRole('button', { name: queueText.submitDecision }));
    await scrollToTop(statementHeading);
    await screenshot('moderator-decision', { docs: true });
    await expectAccessible('moderator decision');

    // 9. The reporter reads the decision with the reference number.
    await reports.getByRole('button', { name: `Check the outcome of ${reference}` }).click();
    const outcome = reports.getByRole('status');
    await expect.poll(() => outcome.textContent()).toContain(`Decided: ${queueText.actions['remove-content']}`);
    await scrollToTop(reports);
    await screenshot('reporter-outcome');

    // 10. The band switcher, and the policy side by side with the band in use marked.
    const controls = region(/Demo controls/);
    await controls.getByText('How the bands differ').click();
    const table = controls.getByRole('table');
    await visible(table);
    const scrubRow = await table
      .getByRole('row', { name: /Personal details taken out/ })
      .getByRole('cell')
      .allTextContents();
    expect(scrubRow).toEqual(AGE_BANDS.map((band) => (DEFAULT_POLICY.bands[band].pii.scrub ? 'yes' : 'no')));
    await page.evaluate(() => window.scrollTo(0, 0));
    await screenshot('band-table', { docs: true });

    // Under 13 (consent needed in the US): the gate asks for a parent first (see consent-journey.test.ts for
    // the whole consent flow); the disclosure and the chat wait until a parent has agreed.
    await controls.getByRole('button', { name: 'Under 13' }).click();
    await visible(
      ageSection.getByRole('heading', { name: pickMessages(consentStepMessages, 'en', 'under13').chooseTitle }),
    );
    expect(await controls.getByRole('button', { name: 'Under 13' }).getAttribute('aria-pressed')).toBe('true');
    expect(await page.getByRole('dialog').count()).toBe(0);
    await visible(chat.getByText(/Waiting for a parent or guardian/));
    expect(await chat.getByRole('log').count()).toBe(0);
    expect(getDisclosure('under13', 'en').title).not.toBe(getDisclosure('teen13to15', 'en').title);
    await screenshot('band-under13-waits');

    // Adults: personal details go as written, and the device does not block what it blocks for minors.
    const adult = text('adult');
    await controls.getByRole('button', { name: 'Adult' }).click();
    const adultDialog = await acknowledgeDisclosure('adult');
    await adultDialog.getByRole('button', { name: adult.disclosure.acknowledge }).click();
    await hidden(adultDialog);
    await send(chat, 'adult', EXAMPLES.personal);
    await repliesSettled(chat, 'adult', 1);
    await send(chat, 'adult', EXAMPLES.blocked);
    await repliesSettled(chat, 'adult', 2);
    const adultLog = await chat.getByRole('log', { name: adult.chat.logLabel }).textContent();
    expect(adultLog).toContain('555-201-7788');
    expect(adultLog).toContain(EXAMPLES.blocked);
    await scrollToTop(chat);
    await screenshot('band-adult-chat');

    // 11. Reset age (demo): the gate asks again and the chat waits for it.
    await controls.getByRole('button', { name: 'Reset age (demo)' }).click();
    await visible(ageSection.getByRole('form', { name: teen.age.title }));
    await visible(chat.getByText('Answer the age question first'));

    expect(pageErrors).toEqual([]);
    expect(consoleLines.filter((line) => /^(error|warning):/.test(line))).toEqual([]);
    // One page load for the whole journey: nothing relied on a reload.
    expect(consoleLines.filter((line) => line.startsWith('navigated:'))).toHaveLength(1);

    // 12. Ctrl-C stops the demo cleanly.
    await browser.close();
    expect(await demo.interrupt()).toBe(0);
    expect(demo.output()).toContain('youthchat demo stopped.');
  });
});
