export type {
  ChatEvent,
  ChatMessage,
  ChatNotice,
  ChatSnapshot,
  ChatStreamEvent,
  ChatTransport,
  ChatUiMessages,
  OutgoingCheck,
  SendOutcome,
} from '@youthchat/core';
export { Markdown as ChatMarkdown, type MarkdownProps as ChatMarkdownProps } from './Markdown.js';
export { SafeChat, type SafeChatProps } from './SafeChat.js';
export { type UseSafeChatOptions, type UseSafeChatResult, useSafeChat } from './use-safe-chat.js';
