import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { AgeGate, type AgeGateProps, YouthSafetyProvider, type YouthSafetyProviderProps } from '@youthchat/react';
import { describe, expect, it, vi } from 'vitest';
import { declared, fakeServer, json } from './fake-server.ts';

type Server = ReturnType<typeof fakeServer>;

function renderGate(server: Server, props: AgeGateProps = {}, provider: Partial<YouthSafetyProviderProps> = {}) {
  return render(
    <YouthSafetyProvider locale="en-GB" fetch={server.fetch} {...provider}>
      <AgeGate {...props} />
    </YouthSafetyProvider>,
  );
}

async function answer(date: { day?: string; month?: string; year?: string }) {
  const user = userEvent.setup();
  if (date.day) await user.type(screen.getByRole('textbox', { name: 'Day' }), date.day);
  if (date.month) await user.selectOptions(screen.getByRole('combobox', { name: 'Month' }), date.month);
  if (date.year) await user.type(screen.getByRole('textbox', { name: 'Year' }), date.year);
  await user.click(screen.getByRole('button', { name: 'Continue' }));
  return user;
}

describe('AgeGate: answering', () => {
  it('posts birth date, country and time zone through the provider and reports { band, consent, expiresAt }', async () => {
    const server = fakeServer(() => declared('teen13to15', 'not-needed', 'signed-token'));
    const onComplete = vi.fn();
    const onParentalConsentRequired = vi.fn();
    renderGate(
      server,
      { onComplete, onParentalConsentRequired },
      { country: 'gb', serverUrl: 'https://api.example/yc' },
    );
    await answer({ day: '9', month: '3', year: '2012' });

    await screen.findByRole('heading', { name: 'Thank you' });
    expect(server.posts()).toHaveLength(1);
    const [post] = server.posts();
    expect(post?.url).toBe('https://api.example/yc/age');
    expect(post?.headers.get('content-type')).toBe('application/json');
    expect(post?.body).toEqual({
      birthDate: '2012-03-09',
      country: 'gb',
      timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
    });
    expect(onComplete).toHaveBeenCalledExactlyOnceWith({
      band: 'teen13to15',
      consent: 'not-needed',
      expiresAt: '2030-01-01T00:00:00.000Z',
    });
    expect(onParentalConsentRequired).not.toHaveBeenCalled();
    // The device keeps the band and expiry to show; the token stays in the HttpOnly cookie.
    expect(JSON.parse(localStorage.getItem('youthchat:age') ?? 'null')).toEqual({
      band: 'teen13to15',
      consent: 'not-needed',
      expiresAt: '2030-01-01T00:00:00.000Z',
    });
    expect(post?.credentials).toBe('same-origin');
    // The typed date is not kept anywhere on the page once answered.
    expect(screen.queryByRole('textbox')).toBeNull();
    expect(document.body.textContent).not.toContain('2012');
  });

  it('moves focus to the outcome so keyboard and screen-reader users hear it', async () => {
    const server = fakeServer(() => declared('adult', 'not-needed'));
    renderGate(server);
    await answer({ day: '1', month: '1', year: '1990' });
    const heading = await screen.findByRole('heading', { name: 'Thank you' });
    await waitFor(() => expect(heading).toHaveFocus());
    expect(heading.closest('[data-slot="age-gate"]')).toHaveAttribute('data-state', 'done');
  });

  it('sends month and year only when the day is not asked', async () => {
    const server = fakeServer(() => declared('adult', 'not-needed'));
    renderGate(server, { day: 'omit' });
    await answer({ month: '11', year: '1980' });
    await screen.findByRole('heading', { name: 'Thank you' });
    expect(server.posts()[0]?.body).toMatchObject({ birthDate: '1980-11' });
  });

  it('sends one request however often the form is submitted while it waits', async () => {
    let release: (response: Response) => void = () => {};
    const server = fakeServer(() => new Promise<Response>((resolve) => (release = resolve)));
    renderGate(server);
    const user = await answer({ day: '2', month: '2', year: '2000' });
    const root = document.querySelector('[data-slot="age-gate"]');
    // The check loads before the request goes out, so the waiting state may take a moment to show.
    await waitFor(() => expect(root).toHaveAttribute('data-state', 'submitting'));
    expect(screen.getByRole('button', { name: 'Checking…' })).toHaveAttribute('aria-disabled', 'true');
    await user.keyboard('{Enter}');
    await user.click(screen.getByRole('button', { name: 'Checking…' }));
    expect(server.posts()).toHaveLength(1);
    await act(async () => release(declared('adult', 'not-needed')));
    expect(root).toHaveAttribute('data-state', 'done');
  });

  it('ends in "parental consent needed", calls onParentalConsentRequired and collects nothing more', async () => {
    const server = fakeServer(() => declared('teen13to15', 'required'));
    const onParentalConsentRequired = vi.fn();
    const onComplete = vi.fn();
    // The gate's own ending, without the consent step that follows it by default.
    renderGate(server, { onParentalConsentRequired, onComplete, consentStep: false }, { country: 'DE' });
    await answer({ day: '5', month: '6', year: '2011' });

    const heading = await screen.findByRole('heading', { name: 'A parent or guardian needs to agree' });
    expect(heading.closest('[data-slot="age-gate"]')).toHaveAttribute('data-state', 'consent-required');
    expect(onParentalConsentRequired).toHaveBeenCalledExactlyOnceWith(
      expect.objectContaining({ band: 'teen13to15', consent: 'required' }),
    );
    expect(onComplete).toHaveBeenCalledWith(expect.objectContaining({ consent: 'required' }));
    expect(screen.queryByRole('textbox')).toBeNull();
    expect(screen.queryByRole('combobox')).toBeNull();
    expect(screen.queryByRole('button')).toBeNull();
    expect(server.requests).toHaveLength(1);
  });

  it('lets the younger band win when outside signals disagree, and sends them to the server', async () => {
    const server = fakeServer(() => declared('adult', 'not-needed'));
    const onComplete = vi.fn();
    const ageSignals = [{ min: 13, max: 15, source: 'vendor:test' }];
    renderGate(server, { onComplete, ageSignals });
    await answer({ day: '1', month: '1', year: '1990' });
    await screen.findByRole('heading', { name: 'Thank you' });
    expect(server.posts()[0]?.body).toMatchObject({ signals: ageSignals });
    expect(onComplete).toHaveBeenCalledWith(expect.objectContaining({ band: 'teen13to15' }));
    expect(document.querySelector('[data-slot="age-gate"]')).toHaveAttribute('data-band', 'teen13to15');
  });

  it('keeps the declared band when the signal is older', async () => {
    const server = fakeServer(() => declared('teen13to15', 'not-needed'));
    const onComplete = vi.fn();
    renderGate(server, { onComplete, ageSignals: [{ min: 18, source: 'platform' }] });
    await answer({ day: '1', month: '1', year: '2012' });
    await screen.findByRole('heading', { name: 'Thank you' });
    expect(onComplete).toHaveBeenCalledWith(expect.objectContaining({ band: 'teen13to15' }));
  });

  it('throws a message naming both components when used outside the provider', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(() => render(<AgeGate />)).toThrow('`AgeGate` must be used within `YouthSafetyProvider`');
    vi.mocked(console.error).mockRestore();
  });
});

describe('AgeGate: errors', () => {
  it('announces a missing date, marks each empty field and links it to the message', async () => {
    const server = fakeServer(() => declared('adult', 'not-needed'));
    renderGate(server);
    await answer({});
    // Checking loads with the form's first focus, so its verdict and the focus move may take a moment.
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Enter your date of birth.');
    for (const field of [
      screen.getByRole('textbox', { name: 'Day' }),
      screen.getByRole('combobox', { name: 'Month' }),
      screen.getByRole('textbox', { name: 'Year' }),
    ]) {
      expect(field).toHaveAttribute('aria-invalid', 'true');
      expect(field).toHaveAccessibleDescription('Enter your date of birth.');
    }
    await waitFor(() => expect(screen.getByRole('textbox', { name: 'Day' })).toHaveFocus());
    expect(document.querySelector('[data-slot="age-gate"]')).toHaveAttribute('data-state', 'invalid');
    expect(server.requests).toHaveLength(0);
  });

  it.each([
    [{ month: '4', year: '2010' }, 'Enter the day.', 'Day'],
    [{ day: '4', year: '2010' }, 'Choose the month.', 'Month'],
    [{ day: '4', month: '4' }, 'Enter the year.', 'Year'],
    [{ day: '31', month: '4', year: '2010' }, 'That date does not exist. Check the day and the month.', 'Day'],
    [{ day: '29', month: '2', year: '2011' }, 'That date does not exist. Check the day and the month.', 'Day'],
    [{ day: '0', month: '4', year: '2010' }, 'Enter the day as a number from 1 to 31.', 'Day'],
    [{ day: 'x', month: '4', year: '2010' }, 'Enter the day as a number from 1 to 31.', 'Day'],
    [{ day: '4', month: '4', year: '210' }, 'Enter the year with 4 digits.', 'Year'],
    [
      { day: '4', month: '4', year: String(new Date().getFullYear() + 1) },
      'That date is in the future. Check the year.',
      'Year',
    ],
    [
      { day: '4', month: '4', year: String(new Date().getFullYear() - 130) },
      'That date is too long ago. Check the year.',
      'Year',
    ],
  ])('rejects %o with "%s" before asking the server', async (date, message, field) => {
    const server = fakeServer(() => declared('adult', 'not-needed'));
    renderGate(server);
    await answer(date);
    // Checking loads with the form's first focus, so its verdict may take a moment to show.
    await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent(message));
    const input = screen.getByRole(field === 'Month' ? 'combobox' : 'textbox', { name: field });
    expect(input).toHaveAttribute('aria-invalid', 'true');
    await waitFor(() => expect(input).toHaveFocus());
    expect(server.requests).toHaveLength(0);
  });

  it("says what is wrong with an answer in the locale of the gate, and the app's own words where it gives them", async () => {
    const server = fakeServer(() => declared('adult', 'not-needed'));
    const view = renderGate(server, {}, { locale: 'es-MX' });
    const user = userEvent.setup();
    await user.type(await screen.findByRole('textbox', { name: 'Año' }), '20');
    await user.click(screen.getByRole('button', { name: 'Continuar' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Escribe tu fecha de nacimiento.');
    view.unmount();

    renderGate(server, { messages: { errorYear: 'Four digits, please.' } });
    await answer({ day: '4', month: '4', year: '20' });
    await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent('Four digits, please.'));
    expect(server.requests).toHaveLength(0);
  });

  it('accepts 29 February in a leap year', async () => {
    const server = fakeServer(() => declared('teen13to15', 'not-needed'));
    renderGate(server);
    await answer({ day: '29', month: '2', year: '2012' });
    await screen.findByRole('heading', { name: 'Thank you' });
    expect(server.posts()[0]?.body).toMatchObject({ birthDate: '2012-02-29' });
  });

  it('shows the server’s rejection, does not lock, and takes the corrected answer', async () => {
    const answers = [
      json(400, { error: { code: 'date_in_future', message: 'That date of birth is in the future.' } }),
      declared('teen16to17', 'not-needed'),
    ];
    const server = fakeServer(() => answers.shift() ?? json(500, {}));
    const onComplete = vi.fn();
    renderGate(server, { onComplete });
    const user = await answer({ day: '1', month: '1', year: '2009' });
    expect(await screen.findByRole('alert')).toHaveTextContent('That date is in the future. Check the year.');
    expect(onComplete).not.toHaveBeenCalled();
    await user.clear(screen.getByRole('textbox', { name: 'Year' }));
    await user.type(screen.getByRole('textbox', { name: 'Year' }), '2008{Enter}');
    await screen.findByRole('heading', { name: 'Thank you' });
    expect(onComplete).toHaveBeenCalledWith(expect.objectContaining({ band: 'teen16to17' }));
  });

  it.each([
    ['the network fails', () => Promise.reject(new TypeError('Failed to fetch')), 'Something went wrong.'],
    ['the server fails', () => json(500, { error: { code: 'internal_error', message: 'x' } }), 'Something went wrong.'],
    ['the answer is not understood', () => json(200, { band: 'grown-up' }), 'Something went wrong.'],
    ['there are too many tries', () => json(429, { error: { code: 'rate_limited', message: 'x' } }), 'Too many tries'],
  ])('keeps the form, with a message, when %s', async (_, respond, message) => {
    const server = fakeServer(respond);
    const onComplete = vi.fn();
    renderGate(server, { onComplete });
    await answer({ day: '1', month: '1', year: '2000' });
    expect(await screen.findByText(new RegExp(message))).toBeInTheDocument();
    await waitFor(() => expect(screen.getByRole('button', { name: 'Continue' })).not.toHaveAttribute('aria-disabled'));
    expect(screen.getByRole('textbox', { name: 'Year' })).toHaveValue('2000');
    expect(onComplete).not.toHaveBeenCalled();
    expect(localStorage.getItem('youthchat:age')).toBeNull();
  });
});
