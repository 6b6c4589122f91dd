export { GuardianApiError } from './api.js';
export { GuardianNotice, type GuardianNoticeProps } from './GuardianNotice.js';
export { GuardianSettings, type GuardianSettingsProps } from './GuardianSettings.js';
