export { type Assistant, type AssistantEvent, type GenerateRequest, UpstreamError } from './assistant.js';
export { assuranceGate } from './assurance-gate.js';
export {
  type ChatStage,
  type CheckContext,
  CheckFailedError,
  type CheckVerdict,
  localScreenCheck,
  type ModerationCheck,
  openAIModerationCheck,
} from './checks.js';
export type { SafetyClassifierOptions } from './classifier-setup.js';
export { type ChatAction, type Decision, decide } from './decide.js';
export {
  EngineError,
  type EngineJob,
  type EngineOutput,
  inProcessEngine,
  runEngineJob,
  type SafetyEngine,
  type ScreenJob,
  type ScreenOutcome,
  type ScrubJob,
} from './engine.js';
export type { ChatGate, ChatGateContext, ChatHold } from './gate.js';
export { createChatHandler } from './handler.js';
export { type ChatHoldMessages, chatHoldMessages } from './hold-messages.js';
export { type ChatServerMessages, chatServerMessages } from './messages.js';
export {
  type ChatHandlerOptions,
  type ChatLogEntry,
  type ChatLogger,
  DEFAULT_ESCALATION_INSTRUCTIONS,
} from './options.js';
export {
  type ChatLimits,
  type ChatMessage,
  type ChatRequestBody,
  chatLimits,
  DEFAULT_MAX_SCREENED_CHARS,
} from './request.js';
export {
  type CategoryRule,
  type CategoryTable,
  type CategoryTableOverrides,
  DEFAULT_CATEGORY_TABLES,
  resolveCategoryTables,
} from './rules.js';
export { DEFAULT_WINDOW_OPTIONS, type OutputWindow, OutputWindower, type WindowOptions } from './windows.js';
export { type ChatFinishReason, type ChatStreamEvent, NDJSON_CONTENT_TYPE } from './wire.js';
export {
  DEFAULT_SAFETY_MODEL,
  YOUTH_POLICY_CHECK_NAME,
  type YouthPolicyCheckOptions,
  youthPolicyCheck,
} from './youth-policy-check.js';
export {
  parseYouthPolicyVerdict,
  UNKNOWN_CLASSIFIER_CATEGORY,
  YOUTH_POLICY_VERDICT_SCHEMA,
  type YouthPolicyVerdict,
  YouthPolicyVerdictError,
} from './youth-policy-verdict.js';
