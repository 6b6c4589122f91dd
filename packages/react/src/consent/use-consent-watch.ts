import type { ConsentScope, ConsentStatus } from '@youthchat/core';
import { useCallback, useEffect, useRef } from 'react';
import { type ConsentState, readConsent } from './api.js';

/** First wait between checks while a parent is asked, and the longest (the wait grows by half each time). */
export const CONSENT_POLL_FIRST_MS = 3_000;
export const CONSENT_POLL_MAX_MS = 30_000;

export interface ConsentWatchOptions {
  fetch: typeof fetch;
  serverUrl: string;
  consent: ConsentStatus;
  scopes: readonly ConsentScope[];
  /** Called when the server's answer differs from what the device shows. */
  onChange(state: ConsentState): void;
  /** Poll with backoff (while a parent is asked); otherwise check only when the page regains focus. */
  poll: boolean;
  firstDelayMs?: number;
  maxDelayMs?: number;
}

/**
 * Keeps the device's consent in step with the server's: polls `GET /age`
 * with a growing wait while a parent has been asked, and checks again
 * whenever the page comes back into view (the child returns from the
 * parent's phone). Returns `check()`, for a "Check now" button, which
 * resolves with whether anything changed (`null` when the check failed).
 */
export function useConsentWatch(options: ConsentWatchOptions): () => Promise<boolean | null> {
  const { fetch: fetcher, serverUrl, consent, scopes, poll } = options;
  const first = options.firstDelayMs ?? CONSENT_POLL_FIRST_MS;
  const max = options.maxDelayMs ?? CONSENT_POLL_MAX_MS;
  const latest = useRef({ consent, scopes, onChange: options.onChange });
  latest.current = { consent, scopes, onChange: options.onChange };
  const inFlight = useRef<Promise<boolean | null> | null>(null);

  const check = useCallback((): Promise<boolean | null> => {
    if (inFlight.current) return inFlight.current;
    const run = (async () => {
      try {
        const state = await readConsent(fetcher, serverUrl);
        if (!state) return null;
        const now = latest.current;
        const same =
          state.consent === now.consent &&
          state.scopes.length === now.scopes.length &&
          state.scopes.every((scope) => now.scopes.includes(scope));
        if (!same) now.onChange(state);
        return !same;
      } catch {
        return null;
      } finally {
        inFlight.current = null;
      }
    })();
    inFlight.current = run;
    return run;
  }, [fetcher, serverUrl]);

  useEffect(() => {
    if (consent === 'not-needed') return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let delay = first;
    let stopped = false;
    const schedule = () => {
      if (!poll || stopped) return;
      timer = setTimeout(async () => {
        await check();
        delay = Math.min(Math.round(delay * 1.5), max);
        schedule();
      }, delay);
    };
    const onVisible = () => {
      if (document.visibilityState !== 'visible') return;
      void check();
      // Coming back is a sign something happened: start the short waits again.
      clearTimeout(timer);
      delay = first;
      schedule();
    };
    schedule();
    window.addEventListener('focus', onVisible);
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      stopped = true;
      clearTimeout(timer);
      window.removeEventListener('focus', onVisible);
      document.removeEventListener('visibilitychange', onVisible);
    };
  }, [consent, poll, check, first, max]);

  return check;
}
