/** Who wrote a message. */
export type ChatRole = 'user' | 'assistant';

/** The store's state: idle, checking and sending a message, receiving a reply, or stopped by a failure. */
export type ChatStatus = 'idle' | 'submitting' | 'streaming' | 'error';

/** How the reply ended, as the server said (`stopped` when the person pressed stop). */
export type ChatFinishReason = 'stop' | 'length' | 'blocked' | 'held' | 'error';

/**
 * One message. `status` for replies: `pending` before the first text, `streaming`
 * while text arrives, then how it ended.
 */
export interface ChatMessage {
  /** Stable client-side id. */
  id: string;
  role: ChatRole;
  /** Plain text for the person's messages; markdown for replies. Only text that passed moderation. */
  content: string;
  status: 'pending' | 'streaming' | 'complete' | 'stopped' | 'blocked' | 'held' | 'error';
  /** Milliseconds since the epoch. */
  createdAt: number;
  /** The server's id for a reply (from the `start` event); what a report refers to. */
  replyId?: string;
  /** Which assistant answered: the model or the offline demo. */
  assistant?: 'openai' | 'offline-demo';
  /** How a settled reply ended, as the server said. */
  finishReason?: ChatFinishReason;
  /** Server safety events attached to a reply, in the order they arrived. */
  safety?: readonly ChatSafetyNotice[];
  /** A failure while the reply streamed. */
  error?: ChatError;
  /** For the person's messages: what the check on the device changed before sending. */
  moderation?: SentModeration;
  /** Left out of the history sent with later requests (its turn was blocked at input or held). */
  withheld?: boolean;
}

/** What the device-side check did to a message that was sent. */
export interface SentModeration {
  action: 'allow' | 'escalate' | 'transform';
  transformed: boolean;
  removed: readonly { type: string; count: number; label: string }[];
  categories: readonly string[];
}

/** A server `safety` event, as shown to the person. */
export interface ChatSafetyNotice {
  action: 'block' | 'escalate' | 'hold';
  stage: 'input' | 'output';
  categories: readonly string[];
  /** The kind explanation written by the server in the request's locale and band. */
  message: string;
  showCrisisResources: boolean;
  /**
   * `false` on a hold that asking again cannot lift until something outside the chat changes
   * (a parent's consent); the chat then offers no "Try again". Absent means a retry may help.
   */
  retryable?: boolean;
}

/** A failure the person should hear about. `code` is stable; show `message` from the catalogue. */
export interface ChatError {
  code: string;
  /** HTTP status for failures before streaming started. */
  status?: number;
  /** Detail from the server or the network, for logs; shown only for holds the server words for the child (quiet hours, a time limit, an age check). */
  detail?: string;
}

/** One entry of the history sent to the server. */
export interface ChatWireMessage {
  role: ChatRole;
  content: string;
}

/** The body of `POST {serverUrl}/chat`. */
export interface ChatRequestBody {
  messages: ChatWireMessage[];
  locale?: string;
  conversationId?: string;
}

/** One line of the NDJSON reply stream (see docs/chat.md). */
export type ChatStreamEvent =
  | { type: 'start'; id: string; assistant: 'openai' | 'offline-demo' }
  | { type: 'delta'; text: string }
  | ({ type: 'safety' } & ChatSafetyNotice)
  | { type: 'done'; id: string; finishReason: ChatFinishReason }
  | { type: 'error'; code: string; message: string };
