import { type AgeBand, isAgeBand } from '../age/band.js';
import { createPersistedValue, defaultStorage, type PersistedValue } from '../store/persisted.js';

/** What is remembered when a disclosure is acknowledged. */
export interface AcknowledgementRecord {
  band: AgeBand;
  /** `version` of the disclosure that was acknowledged. */
  version: string;
  /** ISO time of the acknowledgement. */
  at: string;
}

interface UsageRecord {
  /** Milliseconds of use since the last acknowledgement or reminder. */
  usedMs: number;
}

/**
 * Disclosure state shared by every component and hook on one storage key:
 * the acknowledgement (persisted, every tab), time of use since the last
 * notice (persisted, so it survives reloads), whether the disclosure was
 * reopened, and the version each mounted disclosure shows.
 */
export interface DisclosureStore {
  subscribe(listener: () => void): () => void;
  getAcknowledgement(): AcknowledgementRecord | null;
  /** True when this band and exactly this version were acknowledged. */
  isAcknowledged(band: AgeBand, version: string): boolean;
  /** Records the acknowledgement and starts a new reminder period. */
  acknowledge(band: AgeBand, version: string): void;
  /** Milliseconds of use since the last acknowledgement or reminder. */
  getUsedMs(): number;
  /**
   * Counts time of use while the page is visible, until the returned function
   * is called. With `dueAtMs`, the clock also ticks exactly when that much use
   * is reached, so a reminder is never late.
   */
  track(dueAtMs?: number): () => void;
  /** Starts a new reminder period (after the reminder was shown and dismissed). */
  resetUsage(): void;
  /** True while the disclosure is open because someone asked to read it again. */
  isReopened(): boolean;
  open(): void;
  close(): void;
  /** The version a mounted disclosure shows for a band and locale, if any. */
  getVersion(band: AgeBand, locale: string): string | undefined;
  setVersion(band: AgeBand, locale: string, version: string): void;
}

export interface DisclosureStoreOptions {
  /** Prefix of the storage keys (`<key>:disclosure`, `<key>:disclosure-usage`). @default 'youthchat' */
  storageKey?: string;
  /** Web Storage, or `null` for memory only. @default localStorage when available */
  storage?: Storage | null;
  /** Clock, for tests. @default Date.now */
  now?: () => number;
}

/** How often the clock writes time of use down while counting. */
export const USAGE_TICK_MS = 15_000;
/** A longer gap between ticks means the device slept; only this much of it counts. */
const MAX_STEP_MS = 2 * USAGE_TICK_MS;

function isAcknowledgement(value: unknown): value is AcknowledgementRecord {
  const v = value as Partial<AcknowledgementRecord> | null;
  return (
    typeof v === 'object' &&
    v !== null &&
    isAgeBand(v.band) &&
    typeof v.version === 'string' &&
    v.version.length <= 128 &&
    typeof v.at === 'string'
  );
}

function isUsage(value: unknown): value is UsageRecord {
  const v = value as Partial<UsageRecord> | null;
  return (
    typeof v === 'object' && v !== null && typeof v.usedMs === 'number' && Number.isFinite(v.usedMs) && v.usedMs >= 0
  );
}

function pageVisible(): boolean {
  return typeof document === 'undefined' || document.visibilityState !== 'hidden';
}

/** A new store. Most code wants `getDisclosureStore`, which shares one per storage key. */
export function createDisclosureStore(options: DisclosureStoreOptions = {}): DisclosureStore {
  // Read Date.now on each call, not once: a test clock (or polyfill) installed later must be seen.
  const { storageKey = 'youthchat', now = () => Date.now() } = options;
  const storage = options.storage === undefined ? defaultStorage() : options.storage;
  const ack: PersistedValue<AcknowledgementRecord> = createPersistedValue(`${storageKey}:disclosure`, {
    storage,
    validate: isAcknowledgement,
  });
  const usage: PersistedValue<UsageRecord> = createPersistedValue(`${storageKey}:disclosure-usage`, {
    storage,
    validate: isUsage,
  });
  const listeners = new Set<() => void>();
  const versions = new Map<string, string>();
  const trackers = new Map<symbol, number | undefined>();
  let reopened = false;
  let unsubscribePersisted: (() => void) | null = null;
  let lastMark: number | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const notify = () => {
    for (const listener of listeners) listener();
  };
  const getUsedMs = () => usage.getSnapshot()?.usedMs ?? 0;

  const accrue = () => {
    if (lastMark === null) return;
    const at = now();
    const step = Math.min(Math.max(0, at - lastMark), MAX_STEP_MS);
    lastMark = at;
    if (step > 0) usage.set({ usedMs: getUsedMs() + step });
  };

  const schedule = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    if (trackers.size === 0 || lastMark === null) return;
    let delay = USAGE_TICK_MS;
    const used = getUsedMs();
    for (const dueAt of trackers.values()) {
      if (dueAt !== undefined && dueAt > used) delay = Math.min(delay, dueAt - used);
    }
    timer = setTimeout(() => {
      timer = undefined;
      accrue();
      schedule();
    }, delay);
  };

  const onVisibility = () => {
    if (pageVisible()) {
      if (lastMark === null) lastMark = now();
    } else {
      accrue();
      lastMark = null;
    }
    schedule();
  };
  const onPageHide = () => accrue();

  const startClock = () => {
    lastMark = pageVisible() ? now() : null;
    if (typeof document !== 'undefined') document.addEventListener('visibilitychange', onVisibility);
    if (typeof window !== 'undefined') window.addEventListener('pagehide', onPageHide);
    schedule();
  };
  const stopClock = () => {
    accrue();
    lastMark = null;
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    if (typeof document !== 'undefined') document.removeEventListener('visibilitychange', onVisibility);
    if (typeof window !== 'undefined') window.removeEventListener('pagehide', onPageHide);
  };

  return {
    subscribe(listener) {
      listeners.add(listener);
      if (!unsubscribePersisted) {
        const offAck = ack.subscribe(notify);
        const offUsage = usage.subscribe(notify);
        unsubscribePersisted = () => {
          offAck();
          offUsage();
        };
      }
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0 && unsubscribePersisted) {
          unsubscribePersisted();
          unsubscribePersisted = null;
        }
      };
    },
    getAcknowledgement: () => ack.getSnapshot(),
    isAcknowledged(band, version) {
      const record = ack.getSnapshot();
      return record !== null && record.band === band && record.version === version;
    },
    acknowledge(band, version) {
      if (lastMark !== null) lastMark = now();
      usage.set({ usedMs: 0 });
      ack.set({ band, version, at: new Date(now()).toISOString() });
      if (reopened) {
        reopened = false;
        notify();
      }
      schedule();
    },
    getUsedMs,
    track(dueAtMs) {
      const id = Symbol('tracker');
      trackers.set(id, dueAtMs);
      if (trackers.size === 1) startClock();
      else {
        accrue();
        schedule();
      }
      return () => {
        if (!trackers.delete(id)) return;
        if (trackers.size === 0) stopClock();
        else schedule();
      };
    },
    resetUsage() {
      if (lastMark !== null) lastMark = now();
      usage.set({ usedMs: 0 });
      schedule();
    },
    isReopened: () => reopened,
    open() {
      if (reopened) return;
      reopened = true;
      notify();
    },
    close() {
      if (!reopened) return;
      reopened = false;
      notify();
    },
    getVersion: (band, locale) => versions.get(`${band}|${locale}`),
    setVersion(band, locale, version) {
      const key = `${band}|${locale}`;
      if (versions.get(key) === version) return;
      versions.set(key, version);
      notify();
    },
  };
}

const byStorage = new WeakMap<Storage, Map<string, DisclosureStore>>();
const inMemory = new Map<string, DisclosureStore>();

/**
 * The store for a storage key, shared by everything on the page that uses
 * the same key and storage (the `AIDisclosure` component, `useAIDisclosure`,
 * the chat). Other tabs see the same acknowledgement and time of use.
 *
 * @example
 * const store = getDisclosureStore({ storageKey: 'youthchat' });
 * const stop = store.track(3 * 60 * 60 * 1000);
 */
export function getDisclosureStore(options: Omit<DisclosureStoreOptions, 'now'> = {}): DisclosureStore {
  const storageKey = options.storageKey ?? 'youthchat';
  const storage = options.storage === undefined ? defaultStorage() : options.storage;
  let stores = storage ? byStorage.get(storage) : inMemory;
  if (!stores) {
    stores = new Map();
    if (storage) byStorage.set(storage, stores);
  }
  let store = stores.get(storageKey);
  if (!store) {
    store = createDisclosureStore({ storageKey, storage });
    stores.set(storageKey, store);
  }
  return store;
}
