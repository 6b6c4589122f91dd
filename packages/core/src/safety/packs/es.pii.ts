/** Personal-data cue words of the es pack: see docs/language-packs.md. */
import type { PackPII } from '../lang/types.js';

const pii: PackPII = {};

export default pii;
