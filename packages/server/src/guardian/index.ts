export {
  ALERT_HEADER,
  createGuardianAlertDelivery,
  guardianAlertEvent,
  guardianAlertHook,
  guardianAlertKey,
} from './alerts.js';
export { inQuietHours, wallClock } from './clock.js';
export { createGuardiansFromConfig, type Guardians } from './from-config.js';
export { guardianChatGate, USAGE_CAP_SECONDS, USAGE_FIRST_SECONDS } from './gate.js';
export { createGuardianHandler, type GuardianHandlerOptions } from './handler.js';
export { type AlertTopic, alertTopic, type GuardianMailMessages, guardianMailMessages } from './mail-messages.js';
export type { GuardianMail, GuardianMailer } from './mailer.js';
export { postgresGuardianStore, sqliteGuardianStore } from './store.js';
export {
  DEFAULT_GUARDIAN_SETTINGS,
  type GuardianLink,
  type GuardianSettings,
  type GuardianStore,
  type QuietHours,
} from './types.js';
