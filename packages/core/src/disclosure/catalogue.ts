import type { Catalogue } from '../i18n/catalogue.js';
import { de, deUi } from './content/de.js';
import { en, enUi } from './content/en.js';
import { es, esUi } from './content/es.js';
import { fr, frUi } from './content/fr.js';
import type { DisclosureText, DisclosureUiMessages } from './types.js';

/** The built-in disclosure text, per locale and band. */
export const disclosureCatalogue: Catalogue<DisclosureText> = { en, es, fr, de };

/** Buttons, trigger and reminder strings, per locale and band. */
export const disclosureUiMessages: Catalogue<DisclosureUiMessages> = { en: enUi, es: esUi, fr: frUi, de: deUi };
