export {
  type Catalogue,
  formatMessage,
  type LocaleMessages,
  localeChain,
  pickMessages,
  resolveLocale,
} from './catalogue.js';
