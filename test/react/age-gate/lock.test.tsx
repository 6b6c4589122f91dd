import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { AgeGate, type AgeGateProps, useYouthSafety, YouthSafetyProvider } from '@youthchat/react';
import { describe, expect, it, vi } from 'vitest';
import { declared, fakeServer, json } from './fake-server.ts';

type Server = ReturnType<typeof fakeServer>;

function ResetButton() {
  const { resetAge } = useYouthSafety();
  // App chrome in this test, not a child-facing string.
  return (
    <button type="button" onClick={() => void resetAge()}>
      reset (app)
    </button>
  );
}

function renderGate(server: Server, props: AgeGateProps = {}) {
  return render(
    <YouthSafetyProvider locale="en" fetch={server.fetch}>
      <AgeGate {...props} />
      <ResetButton />
    </YouthSafetyProvider>,
  );
}

async function answer() {
  const user = userEvent.setup();
  await user.type(screen.getByRole('textbox', { name: 'Day' }), '14');
  await user.selectOptions(screen.getByRole('combobox', { name: 'Month' }), '7');
  await user.type(screen.getByRole('textbox', { name: 'Year' }), '2010');
  await user.click(screen.getByRole('button', { name: 'Continue' }));
}

const gateState = () => document.querySelector('[data-slot="age-gate"]')?.getAttribute('data-state');

describe('AgeGate: no second try', () => {
  it('stays answered when remounted, without asking the server again', async () => {
    const server = fakeServer(() => declared('teen13to15', 'not-needed'));
    const first = renderGate(server);
    await answer();
    await screen.findByRole('heading', { name: 'Thank you' });
    first.unmount();

    renderGate(server);
    expect(screen.getByRole('heading', { name: 'Already answered' })).toBeInTheDocument();
    expect(screen.queryByRole('textbox')).toBeNull();
    expect(screen.queryByRole('combobox')).toBeNull();
    expect(gateState()).toBe('locked');
    expect(server.posts()).toHaveLength(1);
  });

  it('stays in "parental consent needed" when remounted, without calling back again', async () => {
    const server = fakeServer(() => declared('under13', 'required'));
    const first = renderGate(server);
    await answer();
    // The gate's next step loads on demand; whether its chunk is already there decides only
    // how soon its heading replaces the short fallback, so wait for the step itself.
    await screen.findByRole('heading', { name: 'Ask a grown-up at home' });
    first.unmount();

    const onParentalConsentRequired = vi.fn();
    renderGate(server, { onParentalConsentRequired });
    expect(gateState()).toBe('consent-required');
    expect(await screen.findByRole('heading', { name: 'Ask a grown-up at home' })).toBeInTheDocument();
    expect(screen.queryByRole('textbox')).toBeNull();
    expect(onParentalConsentRequired).not.toHaveBeenCalled();
  });

  it('treats a 409 as answered before and reads the band back with GET', async () => {
    const server = fakeServer((request) =>
      request.method === 'POST'
        ? json(409, { error: { code: 'age_already_declared', message: 'Age was already given on this device.' } })
        : json(200, { band: 'teen16to17', consent: 'not-needed', expiresAt: '2030-01-01T00:00:00.000Z' }),
    );
    const onComplete = vi.fn();
    renderGate(server, { onComplete });
    await answer();

    expect(await screen.findByRole('heading', { name: 'Already answered' })).toBeInTheDocument();
    expect(server.requests.map((r) => `${r.method} ${r.url}`)).toEqual(['POST /api/age', 'GET /api/age']);
    expect(onComplete).toHaveBeenCalledExactlyOnceWith({
      band: 'teen16to17',
      consent: 'not-needed',
      expiresAt: '2030-01-01T00:00:00.000Z',
    });
    expect(JSON.parse(localStorage.getItem('youthchat:age') ?? 'null')).toMatchObject({ band: 'teen16to17' });
  });

  it('locks when another tab answers while this one is open', async () => {
    const server = fakeServer(() => declared('adult', 'not-needed'));
    renderGate(server);
    expect(screen.getByRole('textbox', { name: 'Year' })).toBeInTheDocument();
    await act(async () => {
      localStorage.setItem('youthchat:age', JSON.stringify({ band: 'teen13to15', consent: 'not-needed' }));
      window.dispatchEvent(new StorageEvent('storage', { key: 'youthchat:age' }));
    });
    expect(screen.getByRole('heading', { name: 'Already answered' })).toBeInTheDocument();
    expect(screen.queryByRole('textbox')).toBeNull();
  });

  it('ignores a stored answer that has been tampered into nonsense', () => {
    localStorage.setItem('youthchat:age', JSON.stringify({ band: 'grown-up', consent: 'not-needed' }));
    renderGate(fakeServer(() => declared('adult', 'not-needed')));
    expect(screen.getByRole('textbox', { name: 'Year' })).toBeInTheDocument();
  });

  it('asks again, with an empty form, only after the app-level reset', async () => {
    const server = fakeServer((request) =>
      request.method === 'DELETE' ? new Response(null, { status: 204 }) : declared('adult', 'not-needed'),
    );
    renderGate(server);
    await answer();
    await screen.findByRole('heading', { name: 'Thank you' });

    await userEvent.setup().click(screen.getByRole('button', { name: 'reset (app)' }));
    expect(await screen.findByRole('textbox', { name: 'Year' })).toHaveValue('');
    expect(screen.getByRole('textbox', { name: 'Day' })).toHaveValue('');
    expect(screen.getByRole('combobox', { name: 'Month' })).toHaveValue('');
    expect(server.requests.filter((r) => r.method === 'DELETE').map((r) => r.url)).toEqual(['/api/age']);
    expect(localStorage.getItem('youthchat:age')).toBeNull();
    expect(gateState()).toBe('idle');
  });
});
