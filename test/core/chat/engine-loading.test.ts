import { createChatStore } from '@youthchat/core';
import { describe, expect, it, vi } from 'vitest';
import { createControlledTransport } from './fake-transport.ts';

/** The engine's module cannot be fetched until `network.up` (a dropped connection on a phone). */
const network = vi.hoisted(() => ({ up: false, loads: 0 }));

vi.mock('../../../packages/core/src/engine/engine.ts', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../../packages/core/src/engine/engine.ts')>();
  return {
    ...real,
    async loadLanguages(locales: readonly string[]) {
      network.loads += 1;
      if (!network.up) throw new TypeError('Failed to fetch dynamically imported module');
      return real.loadLanguages(locales);
    },
  };
});

describe('createChatStore with the default check, loaded on demand', () => {
  it('holds a message while the safety engine cannot load, and checks and sends it once it can', async () => {
    const fake = createControlledTransport();
    const store = createChatStore({ transport: fake.transport, band: 'under13', locale: 'en' });

    expect(await store.send('my number is 07700 900123')).toBe('check-failed');
    expect(store.getSnapshot().notice).toEqual({ kind: 'check-failed' });
    expect(store.getSnapshot().messages).toEqual([]);
    expect(fake.calls).toHaveLength(0);

    network.up = true;
    // The number is taken out on the device before anything goes.
    expect(await store.send('my number is 07700 900123')).toBe('confirm');
    expect(fake.calls).toHaveLength(0);
    expect(await store.confirm()).toBe('sent');
    const call = await fake.nextCall();
    expect(call.body.messages.at(-1)?.content).not.toContain('07700');
    expect(network.loads).toBeGreaterThanOrEqual(2);
  });
});
