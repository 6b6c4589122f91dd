export { AIDisclosure, type AIDisclosureMode, type AIDisclosureProps } from './AIDisclosure.js';
export { AIDisclosurePanel, type AIDisclosurePanelProps } from './AIDisclosurePanel.js';
export { AIDisclosureTrigger, type AIDisclosureTriggerProps } from './AIDisclosureTrigger.js';
export type { AIDisclosureSlots } from './DisclosureSections.js';
export { type AIDisclosureState, type UseAIDisclosureOptions, useAIDisclosure } from './useAIDisclosure.js';
