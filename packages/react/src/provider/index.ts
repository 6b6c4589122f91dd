export {
  type AgeResult,
  useYouthSafety,
  type YouthSafetyContextValue,
  YouthSafetyProvider,
  type YouthSafetyProviderProps,
} from './context.js';
