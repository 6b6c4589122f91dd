/** A value kept in Web Storage, shared by every tab, with subscribe/getSnapshot for `useSyncExternalStore`. */
export interface PersistedValue<T> {
  getSnapshot(): T | null;
  set(value: T | null): void;
  subscribe(listener: () => void): () => void;
}

export interface PersistedValueOptions<T> {
  /** Where to keep it. `null` keeps it in memory only. @default globalThis.localStorage when available */
  storage?: Storage | null;
  /** Rejects a stored value that is not of the right shape (tampered or from an old version). */
  validate: (value: unknown) => value is T;
}

/** The page's `localStorage`, or null where there is none or it is disabled. */
export function defaultStorage(): Storage | null {
  try {
    return typeof globalThis.localStorage === 'undefined' ? null : globalThis.localStorage;
  } catch {
    // Storage can throw when it is disabled (private mode, blocked cookies).
    return null;
  }
}

/**
 * A JSON value under one storage key. Changes in other tabs arrive through the
 * `storage` event. When storage is unavailable or full, the value lives in memory.
 */
export function createPersistedValue<T>(key: string, options: PersistedValueOptions<T>): PersistedValue<T> {
  const storage = options.storage === undefined ? defaultStorage() : options.storage;
  const listeners = new Set<() => void>();
  let memory: T | null = null;
  let cachedRaw: string | null | undefined;
  let cached: T | null = null;

  const read = (): T | null => {
    if (!storage) return memory;
    let raw: string | null;
    try {
      raw = storage.getItem(key);
    } catch {
      return memory;
    }
    if (raw === cachedRaw) return cached;
    cachedRaw = raw;
    try {
      const parsed: unknown = raw === null ? null : JSON.parse(raw);
      cached = parsed !== null && options.validate(parsed) ? parsed : null;
    } catch {
      cached = null;
    }
    return cached;
  };

  const notify = () => {
    for (const listener of listeners) listener();
  };

  const onStorage = (event: StorageEvent) => {
    if (event.key === key || event.key === null) notify();
  };

  return {
    getSnapshot: read,
    set(value) {
      memory = value;
      if (storage) {
        try {
          if (value === null) storage.removeItem(key);
          else storage.setItem(key, JSON.stringify(value));
        } catch {
          // Quota or privacy mode: keep the value in memory for this page.
        }
      }
      notify();
    },
    subscribe(listener) {
      listeners.add(listener);
      if (listeners.size === 1 && typeof window !== 'undefined') window.addEventListener('storage', onStorage);
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0 && typeof window !== 'undefined') window.removeEventListener('storage', onStorage);
      };
    },
  };
}
