export { type ModerationMessages, moderationMessages } from './catalogue.js';
export { piiHook, screenHook } from './hooks.js';
export { moderateOutgoing } from './pipeline.js';
export type {
  HookDecision,
  ModerateOptions,
  ModerationContext,
  ModerationFindings,
  ModerationHook,
  ModerationHookInput,
  ModerationOutcome,
  OutgoingAction,
  RemovedItem,
} from './types.js';
