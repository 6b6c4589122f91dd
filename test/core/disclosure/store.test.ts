import { createDisclosureStore, getDisclosureStore, USAGE_TICK_MS } from '@youthchat/core';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

const HOUR = 60 * 60 * 1000;
const MINUTE = 60 * 1000;

function setVisibility(state: 'visible' | 'hidden') {
  Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => state });
  document.dispatchEvent(new Event('visibilitychange'));
}

beforeEach(() => {
  vi.useFakeTimers();
});

afterEach(() => {
  vi.useRealTimers();
  Reflect.deleteProperty(document, 'visibilityState');
});

describe('acknowledgement', () => {
  it('is remembered with band and version, across store instances (a reload)', () => {
    const first = createDisclosureStore({ storageKey: 'ack' });
    expect(first.isAcknowledged('teen13to15', 'v1')).toBe(false);
    first.acknowledge('teen13to15', 'v1');
    const reloaded = createDisclosureStore({ storageKey: 'ack' });
    expect(reloaded.isAcknowledged('teen13to15', 'v1')).toBe(true);
    expect(reloaded.isAcknowledged('teen13to15', 'v2')).toBe(false);
    expect(reloaded.isAcknowledged('under13', 'v1')).toBe(false);
    expect(reloaded.getAcknowledgement()).toMatchObject({ band: 'teen13to15', version: 'v1' });
  });

  it('ignores a stored value of the wrong shape', () => {
    localStorage.setItem('bad:disclosure', JSON.stringify({ band: 'toddler', version: 'v1', at: 'x' }));
    expect(createDisclosureStore({ storageKey: 'bad' }).getAcknowledgement()).toBeNull();
    localStorage.setItem('bad:disclosure', '{not json');
    expect(createDisclosureStore({ storageKey: 'bad' }).getAcknowledgement()).toBeNull();
  });

  it('reaches another tab through the storage event', () => {
    const store = createDisclosureStore({ storageKey: 'tabs' });
    const listener = vi.fn();
    const off = store.subscribe(listener);
    const record = { band: 'under13', version: 'v9', at: new Date().toISOString() };
    localStorage.setItem('tabs:disclosure', JSON.stringify(record));
    window.dispatchEvent(new StorageEvent('storage', { key: 'tabs:disclosure' }));
    expect(listener).toHaveBeenCalled();
    expect(store.isAcknowledged('under13', 'v9')).toBe(true);
    off();
  });

  it('works without storage, in memory', () => {
    const store = createDisclosureStore({ storageKey: 'mem', storage: null });
    store.acknowledge('adult', 'v1');
    expect(store.isAcknowledged('adult', 'v1')).toBe(true);
    expect(localStorage.getItem('mem:disclosure')).toBeNull();
  });
});

describe('time of use', () => {
  it('reaches the reminder interval exactly, not a tick late', () => {
    const store = createDisclosureStore({ storageKey: 'use' });
    store.acknowledge('teen13to15', 'v1');
    const stop = store.track(3 * HOUR);
    vi.advanceTimersByTime(3 * HOUR - 1000);
    expect(store.getUsedMs()).toBeLessThan(3 * HOUR);
    vi.advanceTimersByTime(1000);
    expect(store.getUsedMs()).toBe(3 * HOUR);
    stop();
  });

  it('survives a reload: the time before and after adds up', () => {
    const before = createDisclosureStore({ storageKey: 'reload' });
    let stop = before.track(3 * HOUR);
    vi.advanceTimersByTime(2 * HOUR + 10 * MINUTE + 7000);
    stop();
    expect(before.getUsedMs()).toBe(2 * HOUR + 10 * MINUTE + 7000);

    const after = createDisclosureStore({ storageKey: 'reload' });
    stop = after.track(3 * HOUR);
    vi.advanceTimersByTime(49 * MINUTE + 53_000);
    expect(after.getUsedMs()).toBe(3 * HOUR);
    stop();
  });

  it('reads the clock on every tick, so a clock installed after the store was made is followed', () => {
    vi.useRealTimers();
    const store = createDisclosureStore({ storageKey: 'late-clock' });
    vi.useFakeTimers();
    const stop = store.track(HOUR);
    vi.advanceTimersByTime(HOUR);
    expect(store.getUsedMs()).toBe(HOUR);
    stop();
  });

  it('counts only while the page is visible', () => {
    const store = createDisclosureStore({ storageKey: 'visible' });
    const stop = store.track();
    vi.advanceTimersByTime(30 * MINUTE);
    setVisibility('hidden');
    vi.advanceTimersByTime(2 * HOUR);
    expect(store.getUsedMs()).toBe(30 * MINUTE);
    setVisibility('visible');
    vi.advanceTimersByTime(10 * MINUTE);
    expect(store.getUsedMs()).toBe(40 * MINUTE);
    stop();
  });

  it('does not count a long sleep of the device as use', () => {
    const store = createDisclosureStore({ storageKey: 'sleep' });
    const stop = store.track();
    vi.advanceTimersByTime(USAGE_TICK_MS);
    // Timers do not run while the device sleeps; the clock jumps on waking.
    vi.setSystemTime(Date.now() + 8 * HOUR);
    vi.advanceTimersByTime(USAGE_TICK_MS);
    expect(store.getUsedMs()).toBeLessThanOrEqual(USAGE_TICK_MS * 3);
    stop();
  });

  it('stops counting when the last tracker stops, and counts once for many trackers', () => {
    const store = createDisclosureStore({ storageKey: 'trackers' });
    const stopA = store.track(3 * HOUR);
    const stopB = store.track(HOUR);
    vi.advanceTimersByTime(HOUR);
    expect(store.getUsedMs()).toBe(HOUR);
    stopA();
    vi.advanceTimersByTime(10 * MINUTE);
    stopB();
    vi.advanceTimersByTime(HOUR);
    expect(store.getUsedMs()).toBe(HOUR + 10 * MINUTE);
  });

  it('starts a new period when acknowledged or when the reminder is dismissed', () => {
    const store = createDisclosureStore({ storageKey: 'reset' });
    const stop = store.track();
    vi.advanceTimersByTime(HOUR);
    store.acknowledge('under13', 'v1');
    expect(store.getUsedMs()).toBe(0);
    vi.advanceTimersByTime(HOUR);
    store.resetUsage();
    expect(store.getUsedMs()).toBe(0);
    vi.advanceTimersByTime(5 * MINUTE);
    expect(store.getUsedMs()).toBe(5 * MINUTE);
    stop();
  });
});

describe('getDisclosureStore', () => {
  it('shares one store per storage and key', () => {
    expect(getDisclosureStore({ storageKey: 'a' })).toBe(getDisclosureStore({ storageKey: 'a' }));
    expect(getDisclosureStore({ storageKey: 'a' })).not.toBe(getDisclosureStore({ storageKey: 'b' }));
    expect(getDisclosureStore({ storageKey: 'a', storage: null })).not.toBe(getDisclosureStore({ storageKey: 'a' }));
    expect(getDisclosureStore({ storageKey: 'a', storage: null })).toBe(
      getDisclosureStore({ storageKey: 'a', storage: null }),
    );
  });

  it('keeps the reopened state and the shown versions in memory, and tells subscribers', () => {
    const store = getDisclosureStore({ storageKey: 'open', storage: null });
    const listener = vi.fn();
    const off = store.subscribe(listener);
    store.open();
    expect(store.isReopened()).toBe(true);
    store.setVersion('under13', 'es', 'abc');
    expect(store.getVersion('under13', 'es')).toBe('abc');
    store.close();
    expect(store.isReopened()).toBe(false);
    expect(listener).toHaveBeenCalledTimes(3);
    off();
  });
});
