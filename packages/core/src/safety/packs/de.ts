/**
 * The de language pack: see docs/language-packs.md.
 */
import type { LanguagePack } from '../lang/types.js';

const pack: LanguagePack = {
  locale: 'de',
  common: '',
  suffixes: '',
  concepts: {},
  rules: [],
};

export default pack;
