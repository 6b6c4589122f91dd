// The consent screens in real Chromium against the browser tests' real server (test/browser/global-setup.ts):
// the gate's next step, the parent's page from the link the server mailed (read back through the test-only
// mailbox at /api/__mail), the gate moving on by itself, the manage page, revoking, and axe for every visual
// state in English and Spanish.
import { render, screen, within } from '@testing-library/react';
import {
  ageGateMessages,
  type ConsentStepMessages,
  consentStepMessages,
  formatMessage,
  type ParentConsentMessages,
  parentConsentMessages,
  pickMessages,
} from '@youthchat/core';
import {
  AgeGate,
  ParentConsent,
  ParentDataRights,
  type ParentDecision,
  tokenFromLink,
  YouthSafetyProvider,
} from '@youthchat/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { fakeConsentServer } from '../../../stories/fake-consent-server.ts';
import { expectNoAxeViolations } from '../../helpers/axe.ts';
import { freshDevice } from '../age-gate/harness.tsx';

beforeEach(freshDevice);
afterEach(freshDevice);

const LOCALES = ['en', 'es'] as const;
let addressCounter = 0;
/** A new parent address per request: the server limits requests per address. */
const parentAddress = () => `parent-${Date.now()}-${++addressCounter}@example.com`;

function texts(locale: string) {
  return {
    gate: pickMessages(ageGateMessages, locale, 'under13'),
    step: pickMessages(consentStepMessages, locale, 'under13') as ConsentStepMessages,
    parent: pickMessages(parentConsentMessages, locale) as ParentConsentMessages,
  };
}

/** Answers the gate as a 12-year-old in the US, in any language (fields by position). */
async function answerAsTwelve(root: HTMLElement, locale: string) {
  const t = texts(locale).gate;
  const gate = within(root);
  // Words other than English load on demand: wait for the question in this language.
  await gate.findByRole('button', { name: t.submit });
  const [first, second] = gate.getAllByRole('textbox');
  const year = String(new Date().getFullYear() - 12);
  // en-US asks month, day, year; es asks day, month, year. The day box is the one with maxLength 2.
  const day = (first as HTMLInputElement).maxLength === 2 ? first : second;
  const yearBox = day === first ? second : first;
  await userEvent.fill(day as HTMLElement, '1');
  await userEvent.selectOptions(gate.getByRole('combobox'), '1');
  await userEvent.fill(yearBox as HTMLElement, year);
  await userEvent.click(gate.getByRole('button', { name: t.submit }));
}

function Child({ locale, onGranted }: { locale: string; onGranted?: () => void }) {
  return (
    <YouthSafetyProvider locale={locale} country="US">
      <AgeGate consentPollInterval={150} {...(onGranted ? { onConsentGranted: onGranted } : {})} />
    </YouthSafetyProvider>
  );
}

/** The consent link in the newest message to `address`, read from the server's mailbox. */
async function linkMailedTo(address: string): Promise<string> {
  for (let attempt = 0; attempt < 50; attempt++) {
    const body = (await (await fetch('/api/__mail')).json()) as { messages: { to: string; text: string }[] };
    const message = body.messages.find((m) => m.to.includes(address));
    const link = message?.text.match(/https?:\/\/\S+\/parent\/consent\/\S+/)?.[0];
    if (link) return link;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('No consent mail arrived.');
}

const stateOf = (root: HTMLElement) => root.querySelector('[data-slot="age-gate"]')?.getAttribute('data-state');

describe.each(LOCALES)('the gate’s next step (%s, real server)', (locale) => {
  it('asks how to reach a parent, checks the address, sends, and waits with ways on; axe clean in each state', async () => {
    const { step } = texts(locale);
    const { container } = render(<Child locale={locale} />);
    await answerAsTwelve(container, locale);
    const gate = within(container);

    // How to ask: focus follows to the heading right after the answer.
    const choose = await gate.findByRole('heading', { name: step.chooseTitle });
    expect(stateOf(container)).toBe('consent-required');
    await vi.waitFor(() => expect(choose).toHaveFocus());
    expect(gate.getByRole('list', { name: step.chooseLegend })).toBeVisible();
    await expectNoAxeViolations(container);

    // The parent is here: the words speak to them; the keyboard alone gets there and back.
    await userEvent.tab();
    expect(gate.getByRole('button', { name: new RegExp(step.optionHere) })).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    expect(gate.getByRole('heading', { name: step.handoverTitle })).toBeVisible();
    expect(gate.getByRole('textbox', { name: step.handoverEmailLabel })).toHaveFocus();
    await expectNoAxeViolations(container);
    await userEvent.click(gate.getByRole('button', { name: step.back }));
    expect(await gate.findByRole('heading', { name: step.chooseTitle })).toHaveFocus();

    // By email: what the address is for; a wrong one is announced and marked.
    await userEvent.click(gate.getByRole('button', { name: new RegExp(step.optionEmail) }));
    const box = gate.getByRole('textbox', { name: step.emailLabel });
    expect(box).toHaveAccessibleDescription(step.emailPrivacy);
    await userEvent.click(gate.getByRole('button', { name: step.send }));
    expect(screen.getByRole('alert')).toHaveTextContent(step.errorEmailEmpty);
    await userEvent.fill(box, 'parent.example.com');
    await userEvent.click(gate.getByRole('button', { name: step.send }));
    expect(screen.getByRole('alert')).toHaveTextContent(step.errorEmailInvalid);
    expect(box).toHaveAttribute('aria-invalid', 'true');
    expect(box).toHaveFocus();
    await expectNoAxeViolations(container);

    // Sent: the real server answers 202; the wait says where it went and offers a way on.
    const address = parentAddress();
    await userEvent.fill(box, address);
    await userEvent.click(gate.getByRole('button', { name: step.send }));
    expect(await gate.findByRole('heading', { name: step.waitingTitle })).toHaveFocus();
    expect(stateOf(container)).toBe('consent-pending');
    expect(gate.getByText(formatMessage(step.waitingSentTo, { email: address }))).toBeVisible();
    await userEvent.click(gate.getByRole('button', { name: step.checkNow }));
    expect(await gate.findByText(step.stillWaiting)).toBeVisible();
    await expectNoAxeViolations(container);
    // Send it again (same address) and use another one: both real requests.
    await userEvent.click(gate.getByRole('button', { name: step.resend }));
    expect(await gate.findByText(step.resent)).toBeVisible();
    await userEvent.click(gate.getByRole('button', { name: step.changeEmail }));
    expect(gate.getByRole('textbox', { name: step.emailLabel })).toHaveFocus();
    await linkMailedTo(address);
  });
});

describe.each(LOCALES)('a parent decides and the child moves on by itself (%s, real server)', (locale) => {
  it('shows the notice, grants use by email plus, and the gate announces it by itself; then revoked, held', async () => {
    const { step, parent: p } = texts(locale);
    const granted = vi.fn();
    const child = render(<Child locale={locale} onGranted={granted} />);
    await answerAsTwelve(child.container, locale);
    const gate = within(child.container);
    await userEvent.click(await gate.findByRole('button', { name: new RegExp(step.optionEmail) }));
    const address = parentAddress();
    await userEvent.fill(gate.getByRole('textbox', { name: step.emailLabel }), address);
    await userEvent.click(gate.getByRole('button', { name: step.send }));
    await gate.findByRole('heading', { name: step.waitingTitle });

    // The parent's page, from the mailed link (no age cookie is sent with it).
    const link = await linkMailedTo(address);
    const decided = vi.fn<(decision: ParentDecision) => void>();
    const host = document.createElement('div');
    document.body.append(host);
    const parentPage = render(
      <YouthSafetyProvider locale={locale} storage={null}>
        <ParentConsent token={tokenFromLink(link)} onDecided={decided} />
      </YouthSafetyProvider>,
      { container: host },
    );
    const page = within(host);
    const title = await page.findByRole('heading', { level: 1 });
    expect(host.querySelector('[data-slot="parent-consent"]')?.getAttribute('lang')).toBe(locale);
    expect(title.textContent).not.toBe('');
    const boxes = page.getAllByRole('checkbox');
    expect(boxes).toHaveLength(2);
    for (const box of boxes) expect(box).not.toBeChecked();
    await expectNoAxeViolations(host);

    // This server has no vendor configured: sharing with the AI provider cannot be allowed here, and says why.
    expect(boxes[1]).toBeDisabled();
    expect(boxes[1]?.getAttribute('aria-describedby')).toBeTruthy();
    expect(host.querySelector(`#${boxes[1]?.getAttribute('aria-describedby')}`)).toHaveTextContent(p.scopeUnavailable);
    // Nothing chosen, then no method: each explained, nothing sent.
    await userEvent.click(page.getByRole('button', { name: p.grant }));
    expect(page.getByRole('alert')).toHaveTextContent(p.errorNoScope);
    await userEvent.click(boxes[0] as HTMLElement);
    await userEvent.click(page.getByRole('button', { name: p.grant }));
    expect(page.getByRole('alert')).toHaveTextContent(p.errorNoMethod);
    await expectNoAxeViolations(host);
    expect(decided).not.toHaveBeenCalled();

    // Use only, by email plus: granted; the outcome takes focus.
    await userEvent.click(page.getAllByRole('radio')[0] as HTMLElement);
    await userEvent.click(page.getByRole('button', { name: p.grant }));
    expect(await page.findByRole('heading', { name: p.grantedTitle })).toHaveFocus();
    expect(decided).toHaveBeenCalledWith(expect.objectContaining({ consent: 'granted', scopes: ['use'] }));
    await expectNoAxeViolations(host);

    // The child's gate moves on by itself, says so in its live region, and tells the app.
    expect(await gate.findByRole('heading', { name: step.grantedTitle }, { timeout: 10_000 })).toBeVisible();
    expect(stateOf(child.container)).toBe('consent-granted');
    const live = child.container.querySelector('[role="status"][aria-live="polite"]');
    expect(live).toHaveTextContent(step.grantedTitle);
    expect(gate.getByText(step.grantedLimited)).toBeVisible();
    expect(granted).toHaveBeenCalledTimes(1);
    await expectNoAxeViolations(child.container);

    // The link is single-use.
    parentPage.unmount();
    const again = render(
      <YouthSafetyProvider locale={locale} storage={null}>
        <ParentConsent token={tokenFromLink(link)} />
      </YouthSafetyProvider>,
    );
    expect(await within(again.container).findByRole('heading', { name: p.errorUsedTitle })).toBeVisible();
    await expectNoAxeViolations(again.container);
    again.unmount();

    // The manage page: holdings, revoke; the child's gate notices when the page regains focus.
    const manageToken = decided.mock.calls[0]?.[0].manage?.token ?? '';
    expect(manageToken).not.toBe('');
    const managePage = render(
      <YouthSafetyProvider locale={locale} storage={null}>
        <ParentDataRights token={manageToken} />
      </YouthSafetyProvider>,
    );
    const manageHost = managePage.container;
    const manage = within(manageHost);
    expect(await manage.findByRole('heading', { name: p.manageTitle, level: 1 })).toBeVisible();
    expect(manage.getByText(p.statusGranted)).toBeVisible();
    // The child's age group, by its name in the parent's language (the parent kept the one the child gave).
    const ageGroup = manage.getByText(p.ageGroupLabel).nextElementSibling;
    expect(ageGroup?.textContent).toMatch(/13/);
    expect(ageGroup?.textContent).not.toContain('under13');
    expect(manage.getByRole('link', { name: p.exportData })).toHaveAttribute(
      'href',
      `/api/parent/${manageToken}/export`,
    );
    await expectNoAxeViolations(manageHost);
    await userEvent.click(manage.getByRole('button', { name: p.deleteData }));
    expect(manage.getByRole('heading', { name: p.deleteConfirmTitle })).toHaveFocus();
    await expectNoAxeViolations(manageHost);
    await userEvent.click(manage.getByRole('button', { name: p.cancel }));
    await userEvent.click(manage.getByRole('button', { name: p.revokeAll }));
    expect(await manage.findByText(p.revoked)).toBeVisible();
    window.dispatchEvent(new Event('focus'));
    expect(await gate.findByRole('heading', { name: step.deniedTitle })).toBeVisible();
    expect(stateOf(child.container)).toBe('consent-denied');
    expect(gate.getByRole('button', { name: step.checkAgain })).toBeVisible();
    await expectNoAxeViolations(child.container);
    host.remove();
  }, 90_000);
});

describe.each(LOCALES)('the parent’s page explains a link that does not work (%s)', (locale) => {
  it('unknown (real server), expired (stand-in), and a network failure with a retry', async () => {
    const { parent: p } = texts(locale);
    const unknown = render(
      <YouthSafetyProvider locale={locale} storage={null}>
        <ParentConsent token="AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA" />
      </YouthSafetyProvider>,
    );
    expect(await within(unknown.container).findByRole('heading', { name: p.errorUnknownTitle })).toBeVisible();
    await expectNoAxeViolations(unknown.container);
    unknown.unmount();

    const server = fakeConsentServer({ band: 'under13', consent: 'pending' });
    const expired = render(
      <YouthSafetyProvider locale={locale} storage={null} fetch={server.fetch}>
        <ParentConsent token="expired" />
      </YouthSafetyProvider>,
    );
    expect(await within(expired.container).findByRole('heading', { name: p.errorExpiredTitle })).toBeVisible();
    await expectNoAxeViolations(expired.container);
    expired.unmount();

    let fail = true;
    const flaky: typeof fetch = (input, init) =>
      fail ? Promise.reject(new TypeError('offline')) : server.fetch(input, init);
    const offline = render(
      <YouthSafetyProvider locale={locale} storage={null} fetch={flaky}>
        <ParentConsent token="live" />
      </YouthSafetyProvider>,
    );
    const view = within(offline.container);
    expect(await view.findByRole('heading', { name: p.errorNetworkTitle })).toBeVisible();
    await expectNoAxeViolations(offline.container);
    fail = false;
    await userEvent.click(view.getByRole('button', { name: p.retry }));
    expect(await view.findByRole('heading', { level: 1, name: 'Your child asked to use Study Buddy' })).toHaveFocus();
  });
});

describe('a parent who says no', () => {
  it.each(LOCALES)('the child sees kind words and a way on (%s, stand-in server)', async (locale) => {
    const { step } = texts(locale);
    localStorage.setItem('youthchat:age', JSON.stringify({ band: 'under13', consent: 'pending', consentScopes: [] }));
    const server = fakeConsentServer({ band: 'under13', consent: 'denied' });
    const { container } = render(
      <YouthSafetyProvider locale={locale} fetch={server.fetch}>
        <AgeGate consentPollInterval={100} />
      </YouthSafetyProvider>,
    );
    const gate = within(container);
    expect(await gate.findByRole('heading', { name: step.deniedTitle })).toBeVisible();
    expect(container.querySelector('[role="status"][aria-live="polite"]')).toHaveTextContent(step.deniedTitle);
    await userEvent.click(gate.getByRole('button', { name: step.checkAgain }));
    await expectNoAxeViolations(container);
  });
});
