import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { AgeGate, useYouthSafety, YouthSafetyProvider, type YouthSafetyProviderProps } from '@youthchat/react';
import { describe, expect, it } from 'vitest';
import { declared, fakeServer, json } from './fake-server.ts';

type Server = ReturnType<typeof fakeServer>;

/** App chrome for these tests: calls the provider's fetch and its reset. */
function AppButtons() {
  const { fetch, resetAge } = useYouthSafety();
  return (
    <>
      <button type="button" onClick={() => void fetch('/api/chat')}>
        call api
      </button>
      <button type="button" onClick={() => void resetAge()}>
        reset (app)
      </button>
    </>
  );
}

function renderApp(server: Server, provider: Partial<YouthSafetyProviderProps> = {}) {
  return render(
    <YouthSafetyProvider locale="en" fetch={server.fetch} {...provider}>
      <AgeGate />
      <AppButtons />
    </YouthSafetyProvider>,
  );
}

/** Every value scripts on the page can read from Web Storage. */
const everythingStored = () =>
  [localStorage, sessionStorage].flatMap((storage) =>
    Array.from({ length: storage.length }, (_, i) => storage.getItem(storage.key(i) ?? '') ?? ''),
  );

const respond = (request: { method: string; url: string }) =>
  request.method === 'POST' ? declared('teen13to15', 'not-needed', 'secret-signed-token') : json(200, {});

describe('YouthSafetyProvider keeps the age token out of reach of scripts', () => {
  it('stores no token after the gate is answered, and sends the cookie, never a header', async () => {
    const server = fakeServer(respond);
    renderApp(server);
    const user = userEvent.setup();
    await user.type(screen.getByRole('textbox', { name: 'Day' }), '3');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Month' }), '4');
    await user.type(screen.getByRole('textbox', { name: 'Year' }), '2011');
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    await screen.findByRole('heading', { name: 'Thank you' });

    expect(everythingStored().join('\n')).not.toContain('secret-signed-token');
    await user.click(screen.getByRole('button', { name: 'call api' }));
    const call = server.requests.find((r) => r.url === '/api/chat');
    expect(call?.headers.has('x-youthchat-age')).toBe(false);
    expect(call?.credentials).toBe('same-origin');
  });

  it('removes a token an earlier version stored, keeping the band, and never sends it', async () => {
    localStorage.setItem(
      'youthchat:age',
      JSON.stringify({
        band: 'under13',
        consent: 'required',
        token: 'old-stored-token',
        expiresAt: '2030-01-01T00:00:00.000Z',
      }),
    );
    const server = fakeServer(respond);
    renderApp(server);
    expect(await screen.findByRole('heading', { name: 'Ask a grown-up at home' })).toBeInTheDocument();
    expect(JSON.parse(localStorage.getItem('youthchat:age') ?? 'null')).toEqual({
      band: 'under13',
      consent: 'required',
      expiresAt: '2030-01-01T00:00:00.000Z',
    });
    await userEvent.setup().click(screen.getByRole('button', { name: 'call api' }));
    expect(server.requests.find((r) => r.url === '/api/chat')?.headers.has('x-youthchat-age')).toBe(false);
  });

  it('sends the cookie cross-origin when asked, and the reset to the app’s own route', async () => {
    localStorage.setItem('youthchat:age', JSON.stringify({ band: 'adult', consent: 'not-needed' }));
    const server = fakeServer(respond);
    renderApp(server, {
      serverUrl: 'https://api.example.org/yc',
      credentials: 'include',
      ageResetUrl: '/account/reset-age',
    });
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'call api' }));
    await user.click(screen.getByRole('button', { name: 'reset (app)' }));
    expect(server.requests.map((r) => [r.method, r.url, r.credentials])).toEqual([
      ['GET', '/api/chat', 'include'],
      ['DELETE', '/account/reset-age', 'include'],
    ]);
    expect(localStorage.getItem('youthchat:age')).toBeNull();
  });
});
