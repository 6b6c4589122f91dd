export { type ConsentChatMessages, consentChatMessages } from './chat-messages.js';
export { type ConsentFromConfig, createConsentFromConfig } from './from-config.js';
export { type ChildDataHolder, type Consent, type ConsentHandlerOptions, createConsent } from './handler.js';
export { hashLinkToken, isLinkToken, newLinkToken } from './links.js';
export {
  type ConsentRecord,
  type ConsentRequestRow,
  type ConsentStore,
  type ConsentStoreOptions,
  postgresConsentStore,
  sqliteConsentStore,
} from './store.js';
export { NOTICE_LOCALES, type NoticeLocale, type ParentTexts, parentTexts } from './texts.js';
export {
  ConsentVerificationError,
  type ConsentVerifier,
  createEmailPlusVerifier,
  createJwksVerifier,
  type JwksVerifierOptions,
  type VerificationContext,
} from './verifiers.js';
export { type ConsentLookup, type ConsentView, chatConsent, consentFromClaims } from './view.js';
