import { cleanup, render, screen, within } from '@testing-library/react';
import type { GuardianStatus } from '@youthchat/core';
import { GuardianNotice, GuardianSettings, YouthSafetyProvider } from '@youthchat/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { expectNoAxeViolations } from '../../helpers/axe.ts';
import { memoryStorage } from '../../helpers/memory-storage.ts';
import { type AgeSession, ageSession, fakeOpenAIRequests, renderChat, sendMessage } from '../chat/harness.tsx';

afterEach(() => cleanup());

/** The teen's app: the provider with the token in the header, as a client without the cookie sends it. */
function teenApp(session: AgeSession, locale: string, children: React.ReactNode) {
  const storage = memoryStorage();
  storage.setItem(
    'guardian-browser:age',
    JSON.stringify({ band: session.band, consent: 'not-needed', expiresAt: session.expiresAt }),
  );
  const withToken: typeof fetch = (input, init) => {
    const headers = new Headers(init?.headers);
    headers.set('x-youthchat-age', session.token);
    return fetch(input, { ...init, headers, credentials: 'omit' });
  };
  return render(
    <YouthSafetyProvider storage={storage} storageKey="guardian-browser" country="GB" locale={locale} fetch={withToken}>
      <main>
        <h1>App</h1>
        {children}
      </main>
    </YouthSafetyProvider>,
  );
}

async function teenStatus(session: AgeSession): Promise<GuardianStatus> {
  const response = await fetch('/api/guardian', { headers: { 'x-youthchat-age': session.token }, credentials: 'omit' });
  return (await response.json()) as GuardianStatus;
}

/** The confirmation link's token, from the .eml the server wrote to the guardian. */
async function linkFromMailbox(to: string): Promise<string> {
  const { messages } = (await (await fetch('/api/dev/mail')).json()) as { messages: { to: string; text: string }[] };
  const mail = messages.find((m) => m.to.includes(to));
  const token = /[?&]guardian=([\w-]+)/.exec(mail?.text ?? '')?.[1];
  if (!token) throw new Error(`No confirmation mail to ${to}.`);
  return token;
}

describe('guardian link in Chromium against the real server', () => {
  it('the teen asks in Spanish, the guardian confirms and sets limits, the teen sees them, and the guardian unlinks', async () => {
    const session = await ageSession(15);
    const guardian = `guardian-${crypto.randomUUID().slice(0, 8)}@example.com`;

    teenApp(session, 'es', <GuardianNotice />);
    const notice = await screen.findByRole('region', { name: 'Tu tutor' });
    expect(within(notice).getByText(/No puede leer tus chats/)).toBeVisible();
    await expectNoAxeViolations(document.body);

    await userEvent.click(within(notice).getByRole('button', { name: 'Enviarle un enlace' }));
    const email = within(notice).getByRole('textbox', { name: 'Correo de tu tutor' });
    expect(email).toHaveAttribute('aria-invalid', 'true');
    expect(email).toHaveAccessibleDescription(/Escribe un correo/);
    await expectNoAxeViolations(document.body);
    await userEvent.fill(email, guardian);
    await userEvent.click(within(notice).getByRole('button', { name: 'Enviarle un enlace' }));
    expect(await within(notice).findByRole('status')).toHaveTextContent('Enviamos un enlace a tu tutor');
    await expectNoAxeViolations(document.body);
    cleanup();

    // The guardian opens the link from the email on their own device.
    const confirmToken = await linkFromMailbox(guardian);
    const onCredentialChange = vi.fn();
    render(
      <main>
        <GuardianSettings confirmToken={confirmToken} onCredentialChange={onCredentialChange} headingLevel={1} />
      </main>,
    );
    const page = screen.getByRole('region', { name: 'Guardian settings' });
    const confirm = await within(page).findByRole('button', { name: 'Link me as their guardian' });
    expect(within(page).getByText(/never get your teen's messages/)).toBeVisible();
    await expectNoAxeViolations(document.body);
    await userEvent.click(confirm);

    const alerts = await within(page).findByRole('checkbox', { name: 'Safety alerts by email' });
    expect(alerts).toBeChecked();
    expect(alerts).toHaveAccessibleDescription(/Never your teen's messages/);
    expect(onCredentialChange).toHaveBeenCalledWith(expect.stringMatching(/^[\w-]{43}$/));
    const credential = onCredentialChange.mock.calls[0]?.[0] as string;
    await userEvent.click(within(page).getByRole('checkbox', { name: 'Quiet hours' }));
    await userEvent.fill(within(page).getByLabelText('From'), '22:30');
    await userEvent.fill(within(page).getByLabelText('Until'), '06:45');
    await userEvent.click(within(page).getByRole('checkbox', { name: 'Daily time limit' }));
    await userEvent.fill(within(page).getByRole('spinbutton', { name: 'Minutes of chat per day' }), '45');
    await userEvent.selectOptions(within(page).getByRole('combobox', { name: 'Time zone' }), 'Europe/Madrid');
    await expectNoAxeViolations(document.body);
    await userEvent.click(within(page).getByRole('button', { name: 'Save settings' }));
    expect(await within(page).findByText(/Settings saved/)).toBeVisible();
    await expectNoAxeViolations(document.body);

    expect(await teenStatus(session)).toMatchObject({
      status: 'linked',
      settings: {
        quietHours: { start: '22:30', end: '06:45' },
        dailyLimitMinutes: 45,
        timeZone: 'Europe/Madrid',
        alerts: true,
      },
    });

    // The same settings page in Spanish.
    cleanup();
    render(
      <main>
        <GuardianSettings credential={credential} locale="es" headingLevel={1} />
      </main>,
    );
    const spanish = screen.getByRole('region', { name: 'Ajustes del tutor' });
    expect(await within(spanish).findByRole('checkbox', { name: 'Avisos de seguridad por correo' })).toBeChecked();
    await expectNoAxeViolations(document.body);
    cleanup();

    // The teen sees the link and the limits in their band's words.
    teenApp(session, 'en', <GuardianNotice />);
    const linked = await screen.findByRole('region', { name: 'Your guardian' });
    expect(within(linked).getByText(/They can't read your chats/)).toBeVisible();
    expect(within(linked).getByText('Quiet hours: 22:30 to 06:45')).toBeVisible();
    expect(within(linked).getByText('45 minutes of chat left today')).toBeVisible();
    await expectNoAxeViolations(document.body);
    cleanup();

    // A used link says so; then the guardian unlinks.
    render(
      <main>
        <GuardianSettings confirmToken={confirmToken} headingLevel={1} />
      </main>,
    );
    expect(await screen.findByRole('alert')).toHaveTextContent('This link is not valid or was already used');
    await expectNoAxeViolations(document.body);
    cleanup();

    const unlinked = vi.fn();
    render(
      <main>
        <GuardianSettings credential={credential} onCredentialChange={unlinked} headingLevel={1} />
      </main>,
    );
    const settings = screen.getByRole('region', { name: 'Guardian settings' });
    await userEvent.click(await within(settings).findByRole('button', { name: 'Unlink' }));
    expect(within(settings).getByText(/Unlink\? Alerts, quiet hours/)).toHaveFocus();
    await expectNoAxeViolations(document.body);
    await userEvent.click(within(settings).getByRole('button', { name: 'Yes, unlink' }));
    expect(await within(settings).findByText(/You are unlinked/)).toBeVisible();
    expect(unlinked).toHaveBeenCalledWith(null);
    expect(await teenStatus(session)).toEqual({ status: 'none' });
    // Four screens, eleven axe checks and two devices' worth of round trips: more than the default on a busy machine.
  }, 120_000);

  it('holds the teen’s chat in quiet hours with the kind message, before anything is sent', async () => {
    const session = await ageSession(16);
    await fetch('/api/guardian', {
      method: 'POST',
      credentials: 'omit',
      headers: { 'content-type': 'application/json', 'x-youthchat-age': session.token },
      body: JSON.stringify({ guardianEmail: 'quiet@example.com' }),
    });
    const confirmed = await fetch(`/api/guardian/confirm/${await linkFromMailbox('quiet@example.com')}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ timeZone: 'UTC' }),
    });
    const { manageToken } = (await confirmed.json()) as { manageToken: string };
    // Quiet hours around the present minute, in UTC.
    const now = new Date();
    const hhmm = (d: Date) =>
      `${String(d.getUTCHours()).padStart(2, '0')}:${String(d.getUTCMinutes()).padStart(2, '0')}`;
    const put = await fetch('/api/guardian/settings', {
      method: 'PUT',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${manageToken}` },
      body: JSON.stringify({
        quietHours: {
          start: hhmm(new Date(now.getTime() - 3_600_000)),
          end: hhmm(new Date(now.getTime() + 3_600_000)),
        },
      }),
    });
    expect(put.status).toBe(200);

    const before = (await fakeOpenAIRequests()).length;
    const { box } = await renderChat(session);
    await sendMessage(box, 'hello');
    expect(await screen.findByText(/It's quiet hours now, so chat is resting until/)).toBeVisible();
    expect(await fakeOpenAIRequests()).toHaveLength(before);
    await expectNoAxeViolations(document.body);
  });
});
