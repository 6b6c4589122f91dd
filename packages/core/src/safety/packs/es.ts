/**
 * The es language pack: see docs/language-packs.md.
 */
import type { LanguagePack } from '../lang/types.js';

const pack: LanguagePack = {
  locale: 'es',
  common: '',
  suffixes: '',
  concepts: {},
  rules: [],
};

export default pack;
