import {
  type AgeBand,
  type DisclosureConfig,
  type DisclosureStore,
  getDisclosureStore,
  reminderIntervalMs,
  resolveLoadedDisclosure,
} from '@youthchat/core';
import { useCallback, useEffect, useMemo, useSyncExternalStore } from 'react';
import { useYouthSafety } from '../provider/context.js';
import { useDisclosureLocale } from './use-disclosure-locale.js';

export interface UseAIDisclosureOptions {
  /**
   * The customisation the mounted `AIDisclosure` uses. Only needed when no
   * `AIDisclosure` is mounted: a mounted one tells the hook its version.
   */
  disclosures?: DisclosureConfig;
}

export interface AIDisclosureState {
  /**
   * The disclosure was acknowledged for the current band and content
   * version (or the policy does not ask this band to acknowledge it). Gate
   * the first message on this.
   */
  acknowledged: boolean;
  /** A "not a person" reminder with a break prompt is due (time of use survives reloads). */
  reminderDue: boolean;
  /** Opens the disclosure again (what the "About this AI" trigger does). */
  open(): void;
  /** Closes a reopened disclosure. */
  close(): void;
  /** True while the disclosure is open because it was asked for again. */
  reopened: boolean;
  /** Records the acknowledgement for this band and version. */
  acknowledge(): void;
  /** Marks the reminder as seen and starts counting the next period. */
  dismissReminder(): void;
  band: AgeBand;
  /** Version of the disclosure text the acknowledgement is checked against. */
  version: string;
  /**
   * The text for the locale has loaded (other locales than English load on
   * demand). Until then nothing counts as acknowledged and the disclosure
   * does not open.
   */
  ready: boolean;
}

/** The store for the provider's storage key. */
export function useDisclosureStore(component: string): DisclosureStore {
  const { storageKey, storage } = useYouthSafety(component);
  return useMemo(() => getDisclosureStore({ storageKey, storage }), [storageKey, storage]);
}

/** Shared by `useAIDisclosure` and `AIDisclosure`; `component` names the caller in errors. */
export function useDisclosureState(
  component: string,
  disclosures: DisclosureConfig | undefined,
  ownVersion?: string,
): AIDisclosureState {
  const { band, locale, policy } = useYouthSafety(component);
  const store = useDisclosureStore(component);
  const ready = useDisclosureLocale(locale);
  // Throws a ConfigurationError when a minor's reminder is off or longer than 3 hours.
  const intervalMs = useMemo(() => reminderIntervalMs(policy, band), [policy, band]);
  const required = policy.bands[band].disclosure.requireAcknowledgement;

  const registered = useSyncExternalStore(
    store.subscribe,
    () => store.getVersion(band, locale),
    () => store.getVersion(band, locale),
  );
  // Resolved again once the locale's text has loaded (`ready`), which changes the version.
  const customVersion = useMemo(
    () => (disclosures && ready ? resolveLoadedDisclosure(band, locale, disclosures).version : undefined),
    [band, locale, disclosures, ready],
  );
  const version = ownVersion ?? customVersion ?? registered ?? resolveLoadedDisclosure(band, locale).version;

  const isAcknowledged = () => store.isAcknowledged(band, version);
  const acknowledgedNow = useSyncExternalStore(store.subscribe, isAcknowledged, isAcknowledged);
  // While the locale's text loads, the English version is not the one to check against.
  const acknowledged = ready && (acknowledgedNow || !required);
  const isDue = () => intervalMs > 0 && store.getUsedMs() >= intervalMs;
  const due = useSyncExternalStore(store.subscribe, isDue, isDue);
  const reopened = useSyncExternalStore(store.subscribe, store.isReopened, store.isReopened);

  useEffect(() => store.track(intervalMs > 0 ? intervalMs : undefined), [store, intervalMs]);

  const acknowledge = useCallback(() => store.acknowledge(band, version), [store, band, version]);
  return {
    acknowledged,
    reminderDue: acknowledged && due,
    open: store.open,
    close: store.close,
    reopened,
    acknowledge,
    dismissReminder: store.resetUsage,
    band,
    version,
    ready,
  };
}

/**
 * Disclosure state for the current band, for gating the first message and
 * showing the reminder. Works with or without `<AIDisclosure />` mounted: the
 * state lives in a store shared by everything on the same `storageKey`.
 * Throws a `ConfigurationError` when the policy would switch a minor's
 * reminder off or set it longer than 3 hours.
 *
 * @example
 * const { acknowledged, reminderDue, open } = useAIDisclosure();
 * <button disabled={!acknowledged}>Send</button>
 * <button onClick={open}>About this AI</button>
 */
export function useAIDisclosure(options: UseAIDisclosureOptions = {}): AIDisclosureState {
  return useDisclosureState('useAIDisclosure', options.disclosures);
}
