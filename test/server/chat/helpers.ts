import type { AgeBand } from '@youthchat/core';
import {
  type ChatHandlerOptions,
  type ChatStreamEvent,
  createChatHandler,
  createYouthchatHandler,
  type EscalationEvent,
  signAgeToken,
} from '@youthchat/server';
import { serve } from '@youthchat/server/node';
import { expect, vi } from 'vitest';
import { type FakeOpenAI, startFakeOpenAI } from '../fixtures/fake-openai.ts';

export const SECRET = 'chat-test-secret-that-is-long-enough-0123456789';

export interface ChatTestServer {
  /** `http://127.0.0.1:<port>/api/chat` */
  chatUrl: string;
  fake: FakeOpenAI;
  escalations: EscalationEvent[];
  logs: unknown[];
  close(): Promise<void>;
}

/**
 * A real youthchat server (node:http) with the chat route, its `openai`
 * client pointed at a fresh fake. `openai: false` gives the offline demo.
 */
export async function startChatServer(
  options: Partial<Omit<ChatHandlerOptions, 'openai'>> & { openai?: false } = {},
): Promise<ChatTestServer> {
  const fake = await startFakeOpenAI();
  const escalations: EscalationEvent[] = [];
  const logs: unknown[] = [];
  const { openai: useOpenAI, ...rest } = options;
  const chat = createChatHandler({
    secret: SECRET,
    checkTimeoutMs: 1000,
    maxRetries: 0,
    offlineDelayMs: 0,
    onEscalation: (event) => {
      escalations.push(event);
    },
    log: (entry) => logs.push(entry),
    ...rest,
    ...(useOpenAI === false ? {} : { openai: { apiKey: 'sk-test-key', baseURL: fake.baseURL } }),
  });
  const running = await serve(createYouthchatHandler({ secret: SECRET, routes: { '/chat': chat } }));
  return {
    chatUrl: `${running.url}/api/chat`,
    fake,
    escalations,
    logs,
    async close() {
      await running.close();
      await fake.close();
    },
  };
}

/** A signed age token and the session id inside it. */
export async function ageToken(
  band: AgeBand,
  consent: 'not-needed' | 'required' = 'not-needed',
): Promise<{ token: string; sessionId: string }> {
  const { token, sessionId } = await signAgeToken({ band, consent }, { secret: SECRET });
  return { token, sessionId };
}

type Message = { role: 'user' | 'assistant'; content: string };

export function postChat(
  url: string,
  token: string | undefined,
  body: unknown,
  init: RequestInit = {},
): Promise<Response> {
  return fetch(url, {
    method: 'POST',
    ...init,
    headers: {
      'content-type': 'application/json',
      ...(token ? { 'x-youthchat-age': token } : {}),
      ...(init.headers as Record<string, string> | undefined),
    },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

export interface ChatReply {
  status: number;
  /** Every byte the client received, decoded. */
  raw: string;
  events: ChatStreamEvent[];
  /** The delta texts joined: what the child would see. */
  text: string;
  safety: Extract<ChatStreamEvent, { type: 'safety' }>[];
  done: Extract<ChatStreamEvent, { type: 'done' }> | undefined;
}

/** Sends one message (after an optional history) and reads the whole reply. */
export async function chat(
  url: string,
  token: string,
  content: string,
  extra: { history?: Message[]; locale?: string } = {},
): Promise<ChatReply> {
  const response = await postChat(url, token, {
    messages: [...(extra.history ?? []), { role: 'user', content }],
    ...(extra.locale ? { locale: extra.locale } : {}),
  });
  return readReply(response);
}

export async function readReply(response: Response): Promise<ChatReply> {
  const raw = await response.text();
  const events = raw
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as ChatStreamEvent);
  const text = events.flatMap((e) => (e.type === 'delta' ? [e.text] : [])).join('');
  const safety = events.filter((e): e is Extract<ChatStreamEvent, { type: 'safety' }> => e.type === 'safety');
  const done = events.find((e): e is Extract<ChatStreamEvent, { type: 'done' }> => e.type === 'done');
  return { status: response.status, raw, events, text, safety, done };
}

/** Reads NDJSON events one at a time as they arrive. */
export async function* streamEvents(response: Response): AsyncGenerator<ChatStreamEvent> {
  const reader = (response.body as ReadableStream<Uint8Array>).getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    buffer += decoder.decode(value, { stream: true });
    let newline = buffer.indexOf('\n');
    while (newline !== -1) {
      const line = buffer.slice(0, newline);
      buffer = buffer.slice(newline + 1);
      if (line.trim() !== '') yield JSON.parse(line) as ChatStreamEvent;
      newline = buffer.indexOf('\n');
    }
  }
}

/** Every string the moderation endpoint was asked about. */
export function moderatedTexts(fake: FakeOpenAI): string[] {
  return fake.moderationRequests().flatMap((r) => (Array.isArray(r.body?.input) ? r.body.input : [r.body?.input]));
}

/**
 * A refused or held message: nothing the model wrote reached the child, and
 * the model was asked for nothing once the checks had decided. With
 * `overlapInput` (the default) one request may have started while the remote
 * input checks judged the message; it is stopped, or ended unused.
 */
export async function expectNoReplyReleased(fake: FakeOpenAI, reply: ChatReply): Promise<void> {
  expect(reply.events.filter((e) => e.type === 'delta')).toEqual([]);
  const requests = fake.responseRequests();
  expect(requests.length).toBeLessThanOrEqual(1);
  await vi.waitFor(() => expect(requests.every((r) => r.closedEarly || r.finished)).toBe(true));
}
