import { disclosureLocaleLoaded, loadDisclosureLocale } from '@youthchat/core';
import { useEffect, useReducer } from 'react';

/** Locales whose text could not load: they are shown in English rather than not at all. */
const failed = new Set<string>();

/**
 * Loads the disclosure text for `locale` on demand (English is always there)
 * and tells whether it can be shown: true once it has loaded, or once loading
 * failed and English stands in.
 */
export function useDisclosureLocale(locale: string): boolean {
  const [, loaded] = useReducer((n: number) => n + 1, 0);
  const ready = disclosureLocaleLoaded(locale) || failed.has(locale);
  useEffect(() => {
    if (disclosureLocaleLoaded(locale)) return;
    let live = true;
    loadDisclosureLocale(locale).then(
      () => live && loaded(),
      () => {
        failed.add(locale);
        if (live) loaded();
      },
    );
    return () => {
      live = false;
    };
  }, [locale]);
  return ready;
}
