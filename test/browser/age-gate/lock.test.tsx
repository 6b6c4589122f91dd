import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { answer, birthDateYearsAgo, freshDevice, renderGate } from './harness.tsx';
// Imported (it renders nothing here) so that Vite pre-bundles the frame's dependencies
// before the run: a dependency first met inside the iframe would reload the test page.
import './frame.tsx';

beforeEach(freshDevice);
afterEach(freshDevice);

const state = (root: ParentNode = document) => root.querySelector('[data-slot="age-gate"]')?.getAttribute('data-state');

/** Opens `frame.html` (the gate in its own document) and waits for it to render. */
async function openFrame(): Promise<Document> {
  const frame = document.createElement('iframe');
  frame.title = 'second document';
  frame.src = new URL('./frame.html', import.meta.url).href;
  document.body.append(frame);
  await new Promise<void>((resolve) => frame.addEventListener('load', () => resolve(), { once: true }));
  const doc = frame.contentDocument;
  if (!doc) throw new Error('frame has no document');
  await waitFor(() => expect(doc.querySelector('[data-slot="age-gate"]')).not.toBeNull(), { timeout: 15_000 });
  return doc;
}

afterEach(() => {
  for (const frame of document.querySelectorAll('iframe[title="second document"]')) frame.remove();
});

describe('AgeGate in Chromium against the real server: answered once', () => {
  it('stays answered when remounted', async () => {
    const first = renderGate();
    await answer(first.container, birthDateYearsAgo(14));
    expect(await screen.findByRole('heading', { name: 'Thank you' })).toBeVisible();
    first.unmount();

    const second = renderGate();
    expect(within(second.container).getByRole('heading', { name: 'Already answered' })).toBeVisible();
    expect(within(second.container).queryByRole('textbox')).toBeNull();
    expect(state(second.container)).toBe('locked');
  });

  it('stays answered after a reload: a fresh React tree over the same storage', async () => {
    const first = renderGate();
    await answer(first.container, birthDateYearsAgo(16));
    await screen.findByRole('heading', { name: 'Thank you' });
    const stored = localStorage.getItem('youthchat:age');
    expect(JSON.parse(stored ?? 'null')).toMatchObject({ band: 'teen16to17', consent: 'not-needed' });

    // Unmount every React root; localStorage and the cookie stay, as across a reload.
    const { cleanup } = await import('@testing-library/react');
    cleanup();
    expect(localStorage.getItem('youthchat:age')).toBe(stored);

    const again = renderGate();
    expect(within(again.container).getByRole('heading', { name: 'Already answered' })).toBeVisible();
    expect(within(again.container).queryByRole('combobox')).toBeNull();
  });

  it('is held by the server’s cookie even when the device forgot the answer', async () => {
    const first = renderGate();
    await answer(first.container, birthDateYearsAgo(14));
    await screen.findByRole('heading', { name: 'Thank you' });
    first.unmount();
    localStorage.clear();

    // The device offers the question again, but the server refuses a second answer (409)
    // and the gate settles on the first one.
    const second = renderGate();
    await answer(second.container, birthDateYearsAgo(30));
    expect(await within(second.container).findByRole('heading', { name: 'Already answered' })).toBeVisible();
    expect(JSON.parse(localStorage.getItem('youthchat:age') ?? 'null')).toMatchObject({ band: 'teen13to15' });
    const read = await fetch('/api/age');
    expect(((await read.json()) as { band: string }).band).toBe('teen13to15');
  });

  it('keeps the token in the HttpOnly cookie only, and the cookie outranks a header for another band', async () => {
    const gate = renderGate();
    await answer(gate.container, birthDateYearsAgo(11));
    await screen.findByRole('heading', { name: 'Ask a grown-up at home' });
    // A token for an adult, fetched without cookies as a script or another client could.
    const adult = (await (
      await fetch('/api/age', {
        method: 'POST',
        credentials: 'omit',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ age: 30 }),
      })
    ).json()) as { token: string };

    expect(document.cookie).not.toContain('yc_age');
    const stored = [localStorage, sessionStorage].flatMap((s) =>
      Array.from({ length: s.length }, (_, i) => s.getItem(s.key(i) ?? '') ?? ''),
    );
    expect(stored.join('\n')).not.toMatch(/eyJ[\w-]+\.[\w-]+\.[\w-]+/);

    const read = await fetch('/api/age', { headers: { 'x-youthchat-age': adult.token } });
    expect(((await read.json()) as { band: string }).band).toBe('under13');
    // Without the app server's credential the page cannot reset the answer either.
    expect((await fetch('/api/age', { method: 'DELETE' })).status).toBe(401);
    expect(((await (await fetch('/api/age')).json()) as { band: string }).band).toBe('under13');
  });

  it('is already answered in a fresh document on the same origin (a reload or a new tab)', async () => {
    const first = renderGate();
    await answer(first.container, birthDateYearsAgo(20));
    await screen.findByRole('heading', { name: 'Thank you' });

    const doc = await openFrame();
    expect(within(doc.body).getByRole('heading', { name: 'Already answered' })).toBeInTheDocument();
    expect(within(doc.body).queryByRole('textbox')).toBeNull();
  });

  it('locks a gate open in another document as soon as this one answers', async () => {
    const doc = await openFrame();
    expect(within(doc.body).getByRole('textbox', { name: 'Year' })).toBeInTheDocument();

    const here = renderGate();
    await answer(here.container, birthDateYearsAgo(15));
    await screen.findByRole('heading', { name: 'Thank you' });
    await waitFor(() =>
      expect(within(doc.body).getByRole('heading', { name: 'Already answered' })).toBeInTheDocument(),
    );
    expect(within(doc.body).queryByRole('textbox')).toBeNull();
  });
});
