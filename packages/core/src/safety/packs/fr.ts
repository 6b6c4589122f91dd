/**
 * The fr language pack: see docs/language-packs.md.
 */
import type { LanguagePack } from '../lang/types.js';

const pack: LanguagePack = {
  locale: 'fr',
  common: '',
  suffixes: '',
  concepts: {},
  rules: [],
};

export default pack;
