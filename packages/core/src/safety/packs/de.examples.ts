/** Examples the tests run against the de pack: see docs/language-packs.md. */
import type { PackExample } from '../lang/types.js';

export const examples: PackExample[] = [];
