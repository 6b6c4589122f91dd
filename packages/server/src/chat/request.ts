import type { BandPolicy } from '@youthchat/core';
import { z } from 'zod';
import { HttpError } from '../http/errors.js';
import { validateBody } from '../http/validate.js';

export interface ChatMessage {
  role: 'user' | 'assistant';
  content: string;
}

export interface ChatRequestBody {
  messages: ChatMessage[];
  locale?: string;
  conversationId?: string;
}

/** The bounds one band's requests must keep. */
export interface ChatLimits {
  /** Most messages in one request (the band's `chat.maxMessages`). */
  maxMessages: number;
  /** Longest message from the person, in characters (`chat.maxMessageChars`). */
  maxMessageChars: number;
  /** Longest earlier reply sent back as history, in characters. */
  maxReplyChars: number;
  /** Largest request body, in bytes. */
  maxBodyBytes: number;
  /** Most characters, all messages together, that one request may ask the server to scrub and screen. */
  maxScreenedChars: number;
}

/** Most characters screened per request unless the handler says otherwise: a long conversation's worth. */
export const DEFAULT_MAX_SCREENED_CHARS = 64_000;

/**
 * A band's limits. The body cap starts at 16 KB and grows with the number of
 * messages allowed (2 KB each: a history of ordinary messages and replies
 * fits), so an oversized body is refused while it streams in, before it is
 * parsed.
 */
export function chatLimits(chat: BandPolicy['chat'], maxBodyBytes?: number, maxScreenedChars?: number): ChatLimits {
  return {
    maxMessages: chat.maxMessages,
    maxMessageChars: chat.maxMessageChars,
    // About 4 characters a token, with room for longer words.
    maxReplyChars: Math.max(chat.maxMessageChars, chat.maxOutputTokens * 8),
    maxBodyBytes: maxBodyBytes ?? Math.max(16 * 1024, chat.maxMessages * 2048),
    maxScreenedChars: maxScreenedChars ?? DEFAULT_MAX_SCREENED_CHARS,
  };
}

const LOCALE = /^[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{1,8}){0,4}$/;

const bodySchema = z.object({
  messages: z
    .array(
      z.object({
        role: z.enum(['user', 'assistant'], { message: 'must be "user" or "assistant"' }),
        content: z.string({ message: 'must be text' }),
      }),
      { message: 'must be a list of { role, content } messages' },
    )
    .min(1, 'must hold at least one message'),
  locale: z.string().max(35).regex(LOCALE, 'must be a language tag like "en" or "es-MX"').optional(),
  conversationId: z.string().max(64, 'must be at most 64 characters').optional(),
});

/** Length in characters as people count them (code points, so an emoji is one). */
function charCount(text: string): number {
  let count = 0;
  for (const _ of text) count += 1;
  return count;
}

/** Validates a parsed body against the band's limits; every failure is a 400 that says what to fix. */
export function parseChatRequest(value: unknown, limits: ChatLimits): ChatRequestBody {
  // Count before the schema walks every message.
  const raw = (value as { messages?: unknown }).messages;
  if (Array.isArray(raw) && raw.length > limits.maxMessages) {
    throw new HttpError(
      400,
      'too_many_messages',
      `Send at most ${limits.maxMessages} messages (the most recent ones); this request had ${raw.length}.`,
    );
  }
  const body = validateBody(bodySchema, value);
  let total = 0;
  body.messages.forEach((message, index) => {
    const length = charCount(message.content);
    total += length;
    const limit = message.role === 'user' ? limits.maxMessageChars : limits.maxReplyChars;
    if (length > limit) {
      throw new HttpError(
        400,
        'message_too_long',
        `Message ${index + 1} is ${length} characters; ${message.role === 'user' ? 'a message' : 'an earlier reply'} may be at most ${limit}.`,
      );
    }
  });
  // Every character is scrubbed and screened before anything else happens: the cap bounds that work per request.
  if (total > limits.maxScreenedChars) {
    throw new HttpError(
      413,
      'too_much_text',
      `The messages hold ${total} characters together; send at most ${limits.maxScreenedChars} by leaving out the oldest ones.`,
    );
  }
  const last = body.messages[body.messages.length - 1];
  if (last?.role !== 'user') {
    throw new HttpError(400, 'last_message_not_user', 'The last message must be from the user (role "user").');
  }
  if (last.content.trim() === '')
    throw new HttpError(400, 'empty_message', 'The message is empty. Type something to send.');
  return {
    messages: body.messages,
    ...(body.locale !== undefined ? { locale: body.locale.replace('_', '-') } : {}),
    ...(body.conversationId !== undefined ? { conversationId: body.conversationId } : {}),
  };
}
