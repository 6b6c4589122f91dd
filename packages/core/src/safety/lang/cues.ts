/**
 * The personal-data cues of every loaded pack, kept apart from the screening
 * packs so that an app that only scrubs does not load them.
 */
import enPII from '../packs/en.pii.js';
import type { PackPII } from './types.js';

const cues = new Map<string, PackPII>([['en', enPII]]);
/** Changes whenever cues are added, so that matchers built from them know to rebuild. */
let generation = 0;

/** Records a language's cues (called when its pack loads or is registered). */
export function setCues(locale: string, pii: PackPII): void {
  cues.set(locale, pii);
  generation++;
}

/**
 * The personal-data cues of every loaded pack, with a number that changes
 * when packs are added, for detectors that build matchers from them.
 */
export function piiCues(): { generation: number; cues: { locale: string; pii: PackPII }[] } {
  return { generation, cues: [...cues].map(([locale, pii]) => ({ locale, pii })) };
}

/** The number {@link piiCues} gives, without copying the cues: what a matcher checks before every message. */
export function piiCuesGeneration(): number {
  return generation;
}
