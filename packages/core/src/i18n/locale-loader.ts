import { type Catalogue, localeChain } from './catalogue.js';

/**
 * What {@link localeLoader} gives a catalogue split by locale: whether the
 * text a locale is shown in has loaded (always for English and unshipped
 * locales), and a load of its shipped language that happens once, rejects if
 * it could not load, and tries again on the next call.
 */
export type LocaleLoader = [
  loaded: (locale: string | undefined) => boolean,
  load: (locale: string | undefined) => Promise<void>,
];

/**
 * Loading on demand for a catalogue whose English is always there and whose
 * other shipped locales each come from their own module: `loaders` import
 * them, `install` puts what one brought into the catalogue, one import at a
 * time however many callers ask.
 */
export function localeLoader<M>(
  catalogue: Catalogue<object>,
  loaders: Record<string, () => Promise<M>>,
  install: (tag: string, loaded: M) => void,
): LocaleLoader {
  const shipped = (locale: string | undefined) =>
    localeChain(locale).find((tag) => tag === 'en' || loaders[tag] !== undefined) ?? 'en';
  const loading = new Map<string, Promise<void>>();
  return [
    (locale) => catalogue[shipped(locale)] !== undefined,
    (locale) => {
      const tag = shipped(locale);
      const load = loaders[tag];
      if (!load || catalogue[tag]) return Promise.resolve();
      let pending = loading.get(tag);
      if (!pending) {
        pending = load()
          .then((loaded) => install(tag, loaded))
          .finally(() => loading.delete(tag));
        loading.set(tag, pending);
      }
      return pending;
    },
  ];
}
