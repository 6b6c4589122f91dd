export {
  type ChildHoldings,
  type ConsentNotice,
  type ManageLink,
  type NoticeMethod,
  type NoticeScope,
  type NoticeSection,
  tokenFromLink,
} from './api.js';
export {
  ParentConsent,
  type ParentConsentProps,
  type ParentDecision,
  type ParentVerificationContext,
  type ParentVerifier,
} from './ParentConsent.js';
export { ParentDataRights, type ParentDataRightsProps } from './ParentDataRights.js';
