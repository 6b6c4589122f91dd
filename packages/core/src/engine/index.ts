import type { ModerateOptions, ModerationOutcome } from '../moderation/types.js';

/** The safety engine's functions, as `loadSafetyEngine()` resolves them. */
export type SafetyEngine = typeof import('./engine.js');

let pending: Promise<SafetyEngine> | null = null;
let loaded: SafetyEngine | null = null;

/**
 * Loads the client safety engine (`scrubPII`, `screenText`, `loadLanguages`,
 * `moderateOutgoing`) on demand, with the packs for `locales`. An app bundler
 * puts the engine in its own chunk, so a page can render before it arrives:
 * start it when the chat mounts and it loads while the disclosure is read.
 * Resolves with the engine once it and the packs are ready; rejects if either
 * could not load, and the next call tries again.
 *
 * @example
 * const engine = await loadSafetyEngine(['es']);
 * engine.scrubPII('llámame al 612 345 678');
 */
export async function loadSafetyEngine(locales: readonly string[] = []): Promise<SafetyEngine> {
  if (!pending) {
    pending = import('./engine.js').then(
      (engine) => {
        loaded = engine;
        return engine;
      },
      (error: unknown) => {
        pending = null;
        throw error;
      },
    );
  }
  const engine = await pending;
  if (locales.length > 0) await engine.loadLanguages(locales);
  return engine;
}

/** The engine if it has loaded, else null. */
export function loadedSafetyEngine(): SafetyEngine | null {
  return loaded;
}

/**
 * `moderateOutgoing`, loading the engine (and the pack for the message's
 * locale) first: the chat store's default check. A message waits for the engine and is never sent unchecked; if the
 * engine cannot load, the check throws and the store holds the message.
 */
export async function moderateWhenLoaded(message: string, options: ModerateOptions): Promise<ModerationOutcome> {
  const engine = await loadSafetyEngine(options.locale ? [options.locale] : []);
  return engine.moderateOutgoing(message, options);
}
