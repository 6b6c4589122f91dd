import {
  type AgeBand,
  type BandPolicy,
  type ConsentStatus,
  createPersistedValue,
  DEFAULT_POLICY,
  defaultStorage,
  isAgeBand,
  loadLanguages,
  type PersistedValue,
  type Policy,
} from '@youthchat/core';
import {
  createContext,
  type ReactNode,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useState,
  useSyncExternalStore,
} from 'react';

/** What the age gate settled, kept on the device so it is asked once. */
export interface AgeResult {
  band: AgeBand;
  consent: ConsentStatus;
  /** The server-signed token; also held in an HttpOnly cookie. */
  token?: string;
  /** ISO time the token expires. */
  expiresAt?: string;
}

function isAgeResult(value: unknown): value is AgeResult {
  const v = value as Partial<AgeResult> | null;
  return (
    typeof v === 'object' &&
    v !== null &&
    isAgeBand(v.band) &&
    (v.consent === 'required' || v.consent === 'not-needed') &&
    (v.token === undefined || typeof v.token === 'string') &&
    (v.expiresAt === undefined || typeof v.expiresAt === 'string')
  );
}

export interface YouthSafetyContextValue {
  /** The band every component uses: the `band` prop, else the gate's answer, else the policy's youngest band. */
  band: AgeBand;
  /** The gate's stored answer, or null before it is answered. */
  age: AgeResult | null;
  /** Records the gate's answer (the gate calls this). */
  setAge(result: AgeResult): void;
  /** The app-level reset: forgets the answer on this device so the gate asks again. */
  resetAge(): Promise<void>;
  locale: string;
  country: string | undefined;
  policy: Policy;
  bandPolicy: BandPolicy;
  /** Base URL of the youthchat routes. */
  serverUrl: string;
  /** `fetch` with the age token attached when one is known. */
  fetch: typeof fetch;
  /** Prefix for every key the components keep in storage. */
  storageKey: string;
  /** Web Storage the components use, or null for memory only. */
  storage: Storage | null;
}

const YouthSafetyContext = createContext<YouthSafetyContextValue | null>(null);

export interface YouthSafetyProviderProps {
  children?: ReactNode;
  /** BCP 47 locale for every string. @default 'en' */
  locale?: string;
  /** ISO 3166-1 alpha-2 country, for consent ages and help lines. */
  country?: string;
  /** The per-band policy (see `definePolicy`). @default DEFAULT_POLICY */
  policy?: Policy;
  /** Where the youthchat routes are mounted. @default '/api' */
  serverUrl?: string;
  /** Forces a band, overriding the gate (for apps that already know it from their own age assurance). */
  band?: AgeBand;
  /** Replaces the global `fetch` (tests, custom transports). */
  fetch?: typeof fetch;
  /** Web Storage to keep answers in; `null` for memory only. @default localStorage */
  storage?: Storage | null;
  /** Prefix for storage keys, when several apps share an origin. @default 'youthchat' */
  storageKey?: string;
}

/**
 * Carries band, locale, policy and the server URL to every youthchat component.
 *
 * @example
 * <YouthSafetyProvider locale="es" country="ES" serverUrl="/api">
 *   <AgeGate />
 * </YouthSafetyProvider>
 */
export function YouthSafetyProvider(props: YouthSafetyProviderProps) {
  const {
    children,
    locale = 'en',
    country,
    policy = DEFAULT_POLICY,
    serverUrl = '/api',
    band: forcedBand,
    storageKey = 'youthchat',
  } = props;
  const storage = props.storage === undefined ? defaultStorage() : props.storage;
  const baseFetch = props.fetch;
  const [ageStore] = useState<PersistedValue<AgeResult>>(() =>
    createPersistedValue(`${storageKey}:age`, { storage, validate: isAgeResult }),
  );
  const age = useSyncExternalStore(ageStore.subscribe, ageStore.getSnapshot, ageStore.getSnapshot);
  const band = forcedBand ?? age?.band ?? policy.youngestBand;

  // The screen's pack for this language loads on demand; until it has, such messages count as unread
  // (coverage 'none') and are left to the server's checks.
  useEffect(() => {
    void loadLanguages([locale]).catch(() => undefined);
  }, [locale]);

  const boundFetch = useCallback<typeof fetch>(
    (input, init) => {
      const headers = new Headers(init?.headers);
      const token = ageStore.getSnapshot()?.token;
      if (token && !headers.has('x-youthchat-age')) headers.set('x-youthchat-age', token);
      return (baseFetch ?? globalThis.fetch)(input, { credentials: 'same-origin', ...init, headers });
    },
    [ageStore, baseFetch],
  );

  const resetAge = useCallback(async () => {
    ageStore.set(null);
    try {
      await (baseFetch ?? globalThis.fetch)(`${serverUrl}/age`, { method: 'DELETE', credentials: 'same-origin' });
    } catch {
      // Offline: the device forgets now; the cookie expires or is replaced on the next answer.
    }
  }, [ageStore, baseFetch, serverUrl]);

  const value = useMemo<YouthSafetyContextValue>(
    () => ({
      band,
      age,
      setAge: (result) => ageStore.set(result),
      resetAge,
      locale,
      country,
      policy,
      bandPolicy: policy.bands[band],
      serverUrl,
      fetch: boundFetch,
      storageKey,
      storage,
    }),
    [band, age, ageStore, resetAge, locale, country, policy, serverUrl, boundFetch, storageKey, storage],
  );
  return <YouthSafetyContext.Provider value={value}>{children}</YouthSafetyContext.Provider>;
}

/**
 * The provider's value. `component` names the caller in the error thrown when
 * there is no provider above it.
 */
export function useYouthSafety(component = 'useYouthSafety'): YouthSafetyContextValue {
  const value = useContext(YouthSafetyContext);
  if (!value) throw new Error(`\`${component}\` must be used within \`YouthSafetyProvider\`.`);
  return value;
}
