export { type ChatUiMessages, chatMessages } from './messages.js';
export {
  type ChatCrisis,
  type ChatEvent,
  type ChatNotice,
  type ChatSnapshot,
  type ChatStore,
  type ChatStoreOptions,
  type ChatStoreSettings,
  createChatStore,
  historyFor,
  type OutgoingCheck,
  type OutgoingModerator,
  type SendOutcome,
} from './store.js';
export { type ChatTransport, createFetchTransport, type FetchTransportOptions } from './transport.js';
export type {
  ChatError,
  ChatFinishReason,
  ChatMessage,
  ChatRequestBody,
  ChatRole,
  ChatSafetyNotice,
  ChatStatus,
  ChatStreamEvent,
  ChatWireMessage,
  SentModeration,
} from './types.js';
export {
  ChatRequestError,
  createNdjsonParser,
  MAX_NDJSON_LINE,
  parseChatEvent,
  readChatEvents,
  readNdjson,
} from './wire.js';
