export {
  type AgeResult,
  type HelpLines,
  useYouthSafety,
  type YouthSafetyContextValue,
  YouthSafetyProvider,
  type YouthSafetyProviderProps,
} from './context.js';
