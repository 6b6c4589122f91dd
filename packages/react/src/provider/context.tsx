import {
  type AgeBand,
  type BandPolicy,
  type ConsentScope,
  type ConsentStatus,
  type CrisisLineOptions,
  createPersistedValue,
  DEFAULT_POLICY,
  type DisclosureConfig,
  defaultStorage,
  isAgeBand,
  isConsentScope,
  isConsentStatus,
  type ModerationHook,
  type PersistedValue,
  type Policy,
} from '@youthchat/core';
import { createContext, type ReactNode, useCallback, useContext, useMemo, useState, useSyncExternalStore } from 'react';

/**
 * What the age gate settled, kept on the device so it is asked once. The
 * signed token itself stays in the server's HttpOnly cookie, out of reach of
 * scripts; the device keeps only what it shows.
 */
export interface AgeResult {
  band: AgeBand;
  consent: ConsentStatus;
  /** What a parent granted (`use`, `ai-provider`), once consent is recorded. */
  consentScopes?: readonly ConsentScope[];
  /**
   * @deprecated Never kept or passed on: the token lives only in the HttpOnly
   * cookie. Answers stored by earlier versions have it removed.
   */
  token?: string;
  /** ISO time the answer (the cookie's token) expires. */
  expiresAt?: string;
}

/** The answer without the token, as the device may keep it. */
function withoutToken(result: AgeResult): AgeResult {
  const { token: _token, ...kept } = result;
  return kept;
}

function isAgeResult(value: unknown): value is AgeResult {
  const v = value as Partial<AgeResult> | null;
  return (
    typeof v === 'object' &&
    v !== null &&
    isAgeBand(v.band) &&
    isConsentStatus(v.consent) &&
    (v.consentScopes === undefined || (Array.isArray(v.consentScopes) && v.consentScopes.every(isConsentScope))) &&
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
  /** `fetch` that sends the age cookie (`credentials` as the provider's prop says). */
  fetch: typeof fetch;
  /** Prefix for every key the components keep in storage. */
  storageKey: string;
  /** Web Storage the components use, or null for memory only. */
  storage: Storage | null;
  /** The provider's `disclosures`: what every disclosure (dialog, panel, the chat's gate) shows. */
  disclosures: DisclosureConfig | undefined;
  /** The provider's `helpLines`: what every `CrisisResources` (in the chat, a report, standalone) lists. */
  helpLines: HelpLines | undefined;
  /** The provider's `moderationHooks`: run on every outgoing chat message. */
  moderationHooks: readonly ModerationHook[] | undefined;
  /** Lets one `AIDisclosure` dialog open at a time. */
  /** One object per provider: the disclosure dialogs under it share a coordinator keyed by it (see `coordinatorFor`). */
  disclosureScope: object;
  /**
   * The element the kit's dialogs render into: inside the provider's themed
   * wrapper, so they inherit the app's classes and `--yc-*` tokens. Null until
   * the provider has mounted.
   */
  portalContainer: HTMLElement | null;
}

/** Help lines an app adds or replaces, and what to show where none is known (see `getCrisisLines`). */
export type HelpLines = Pick<CrisisLineOptions, 'lines' | 'fallback'>;

/**
 * What the provider shares: everything but the resolved policy, so a
 * component that needs no policy (the age gate) does not bring the default
 * one into an app's first load. `useYouthSafety` adds the policy.
 */
type ProvidedValue = Omit<YouthSafetyContextValue, 'policy' | 'bandPolicy'> & { policy: Policy | undefined };

const YouthSafetyContext = createContext<ProvidedValue | null>(null);

/** The youngest band of the default policy (`DEFAULT_POLICY.youngestBand`), for a provider without a policy. */
const DEFAULT_YOUNGEST_BAND: AgeBand = 'under13';

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
  /**
   * Whether requests carry the age cookie. Keep `'same-origin'` when the
   * routes are on the page's origin; `'include'` when `serverUrl` is another
   * origin of the same site.
   * @default 'same-origin'
   */
  credentials?: RequestCredentials;
  /**
   * Where `resetAge()` sends `DELETE`. The youthchat server resets only for a
   * caller holding `YOUTHCHAT_AGE_RESET_TOKEN`, so point this at a route of
   * your app's server that checks who is asking (a parent, an administrator)
   * and forwards the request with that credential.
   * @default `${serverUrl}/age`
   * @example
   * <YouthSafetyProvider ageResetUrl="/account/reset-age">
   */
  ageResetUrl?: string;
  /** Web Storage to keep answers in; `null` for memory only. @default localStorage */
  storage?: Storage | null;
  /** Prefix for storage keys, when several apps share an origin. @default 'youthchat' */
  storageKey?: string;
  /**
   * Your disclosure wording (see `defineDisclosures`), for every component
   * that shows or gates on the disclosure: `AIDisclosure`, the one `SafeChat`
   * renders, `AIDisclosure.Panel` and `useAIDisclosure`. A component's own
   * `disclosures` prop still wins. Pass a stable object (define it once,
   * outside the component).
   * @example
   * <YouthSafetyProvider disclosures={defineDisclosures({ teen13to15: { title: 'Study Buddy is an AI' } })}>
   */
  disclosures?: DisclosureConfig;
  /**
   * Help lines to add or replace, and the fallback where none is known, for
   * every `CrisisResources`: the chat's help panel, the lines under a reply,
   * the report dialog's and your own. A component's `lines`/`fallback` props
   * still win. Pass a stable object.
   * @example
   * <YouthSafetyProvider helpLines={{ lines: [{ id: 'school-counsellor', name: 'School counsellor', phone: '0800 123 456' }] }}>
   */
  helpLines?: HelpLines;
  /**
   * Your own checks on every outgoing chat message (`SafeChat`,
   * `useSafeChat`), run after the built-in personal-details and screening
   * checks. Each gets the scrubbed text and `{ text, scrubbedText, findings,
   * band, locale }`. A chat's own `hooks` prop replaces them. Pass a stable array.
   */
  moderationHooks?: readonly ModerationHook[];
  /**
   * Light or dark theme for every part, dialogs included: `'system'` follows
   * the device's `prefers-color-scheme`. Set as `data-color-scheme` on the
   * provider's wrapper.
   * @default 'system'
   * @example <YouthSafetyProvider colorScheme={userPrefersDark ? 'dark' : 'light'}>
   */
  colorScheme?: 'light' | 'dark' | 'system';
  /**
   * Classes for the provider's wrapper (`.yc-theme`, which draws no box), to
   * theme every part and dialog with `--yc-*` tokens.
   * @example <YouthSafetyProvider className="brand-theme">
   */
  className?: string;
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
    policy,
    serverUrl = '/api',
    band: forcedBand,
    storageKey = 'youthchat',
    disclosures,
    helpLines,
    moderationHooks,
    colorScheme = 'system',
    className,
  } = props;
  const [disclosureScope] = useState(() => ({}));
  // Dialogs render here, inside the themed wrapper; a state so they re-render into it once it exists.
  const [portalContainer, setPortalContainer] = useState<HTMLElement | null>(null);
  const storage = props.storage === undefined ? defaultStorage() : props.storage;
  const baseFetch = props.fetch;
  const credentials = props.credentials ?? 'same-origin';
  const ageResetUrl = props.ageResetUrl ?? `${serverUrl}/age`;
  const [ageStore] = useState<PersistedValue<AgeResult>>(() => {
    const store = createPersistedValue(`${storageKey}:age`, { storage, validate: isAgeResult });
    // Earlier versions kept the token beside the band, where any script on the page could read it.
    const stored = store.getSnapshot();
    if (stored?.token !== undefined) store.set(withoutToken(stored));
    return store;
  });
  const age = useSyncExternalStore(ageStore.subscribe, ageStore.getSnapshot, ageStore.getSnapshot);
  const band = forcedBand ?? age?.band ?? policy?.youngestBand ?? DEFAULT_YOUNGEST_BAND;

  // The age token travels only in its HttpOnly cookie; the server trusts that cookie over any header.
  const boundFetch = useCallback<typeof fetch>(
    (input, init) => (baseFetch ?? globalThis.fetch)(input, { credentials, ...init }),
    [baseFetch, credentials],
  );

  const resetAge = useCallback(async () => {
    ageStore.set(null);
    try {
      await (baseFetch ?? globalThis.fetch)(ageResetUrl, { method: 'DELETE', credentials });
    } catch {
      // Offline: the device forgets now. Until the server resets, its cookie still answers: a new answer
      // gets 409 and the gate settles on the first one.
    }
  }, [ageStore, baseFetch, ageResetUrl, credentials]);

  const value = useMemo<ProvidedValue>(
    () => ({
      band,
      age,
      setAge: (result) => ageStore.set(withoutToken(result)),
      resetAge,
      locale,
      country,
      policy,
      serverUrl,
      fetch: boundFetch,
      storageKey,
      storage,
      disclosures,
      helpLines,
      moderationHooks,
      disclosureScope,
      portalContainer,
    }),
    [
      band,
      age,
      ageStore,
      resetAge,
      locale,
      country,
      policy,
      serverUrl,
      boundFetch,
      storageKey,
      storage,
      disclosures,
      helpLines,
      moderationHooks,
      disclosureScope,
      portalContainer,
    ],
  );
  return (
    <YouthSafetyContext.Provider value={value}>
      <div
        className={className ? `yc-theme ${className}` : 'yc-theme'}
        data-yc-theme=""
        data-color-scheme={colorScheme}
      >
        {children}
        <div ref={setPortalContainer} data-youthchat-portal="" />
      </div>
    </YouthSafetyContext.Provider>
  );
}

/**
 * The provider's value. `component` names the caller in the error thrown when
 * there is no provider above it.
 */
export function useYouthSafety(component = 'useYouthSafety'): YouthSafetyContextValue {
  const provided = useProvided(component);
  return useMemo(() => {
    const policy = provided.policy ?? DEFAULT_POLICY;
    return { ...provided, policy, bandPolicy: policy.bands[provided.band] };
  }, [provided]);
}

/** The provider's value without the policy, for components that need none. */
export function useYouthSafetyWithoutPolicy(component: string): Omit<YouthSafetyContextValue, 'policy' | 'bandPolicy'> {
  return useProvided(component);
}

function useProvided(component: string): ProvidedValue {
  const value = useContext(YouthSafetyContext);
  if (!value) throw new Error(`\`${component}\` must be used within \`YouthSafetyProvider\`.`);
  return value;
}
