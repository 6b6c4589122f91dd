export { type GuardianNoticeMessages, guardianNoticeMessages } from './notice-messages.js';
export { type GuardianSettingsMessages, guardianSettingsMessages } from './settings-messages.js';
export type { GuardianSettingsValue, GuardianStatus } from './types.js';
