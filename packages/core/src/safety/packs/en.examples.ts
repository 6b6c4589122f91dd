/** Examples the tests run against the en pack: see docs/language-packs.md. */
import type { PackExample } from '../lang/types.js';

export const examples: PackExample[] = [];
