export { composeEscalationHooks } from './compose.js';
export {
  createEscalationDelivery,
  type DeliveryLogEntry,
  type EscalationDelivery,
  type EscalationDeliveryOptions,
  type EscalationOutboxStore,
  escalationPayload,
  outboxEscalationHook,
  retryDelay,
} from './delivery.js';
export { keyedHash } from './hash.js';
export {
  ATTEMPT_HEADER,
  DEFAULT_SIGNATURE_TOLERANCE_SECONDS,
  EVENT_ID_HEADER,
  SIGNATURE_HEADER,
  signEscalation,
  type VerifyEscalationOptions,
  verifyEscalationSignature,
} from './signature.js';
export type { EscalationEvent, EscalationHook, EscalationSeverity } from './types.js';
