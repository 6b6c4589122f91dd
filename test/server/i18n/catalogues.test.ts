import type { Catalogue } from '@youthchat/core';
import { chatHoldMessages, chatServerMessages, consentChatMessages } from '@youthchat/server';
import { describeCatalogue } from '../../helpers/catalogue.ts';

/** Every catalogue of words the server sends to a person. */
const CATALOGUES: Record<string, Catalogue<object>> = { chatServerMessages, chatHoldMessages, consentChatMessages };

for (const [name, catalogue] of Object.entries(CATALOGUES)) describeCatalogue(name, catalogue);
