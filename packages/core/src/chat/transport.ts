import type { ChatRequestBody, ChatStreamEvent } from './types.js';
import { ChatRequestError, readChatEvents } from './wire.js';

/**
 * Carries one request to the assistant and yields the reply's events. The
 * default sends `POST {serverUrl}/chat` with `fetch`; replace it to talk over a
 * WebSocket, a worker, or a fake in tests and stories.
 *
 * Throw `ChatRequestError` for a failure before the reply starts; stop when
 * `signal` aborts.
 *
 * @example
 * const echo: ChatTransport = {
 *   async *send(body) {
 *     yield { type: 'start', id: 'r1', assistant: 'offline-demo' };
 *     yield { type: 'delta', text: `You said: ${body.messages.at(-1)?.content}` };
 *     yield { type: 'done', id: 'r1', finishReason: 'stop' };
 *   },
 * };
 */
export interface ChatTransport {
  send(body: ChatRequestBody, options: { signal: AbortSignal }): AsyncIterable<ChatStreamEvent>;
}

export interface FetchTransportOptions {
  /** The chat route. @example '/api/chat' */
  url: string;
  /** `fetch` to use (the provider passes one that attaches the age token). @default globalThis.fetch */
  fetch?: typeof fetch;
  /** Extra request headers. */
  headers?: Record<string, string>;
}

async function errorFrom(response: Response): Promise<ChatRequestError> {
  let code = `http_${response.status}`;
  let detail = response.statusText;
  try {
    const body = (await response.json()) as { error?: { code?: unknown; message?: unknown } };
    if (typeof body.error?.code === 'string') code = body.error.code;
    if (typeof body.error?.message === 'string') detail = body.error.message;
  } catch {
    // Not the documented JSON error body (a proxy's HTML page): keep the status.
  }
  return new ChatRequestError(code, detail || `The chat request failed with status ${response.status}.`, {
    status: response.status,
  });
}

/** The default transport: NDJSON over `fetch` in the documented wire format. */
export function createFetchTransport(options: FetchTransportOptions): ChatTransport {
  return {
    async *send(body, { signal }) {
      const doFetch = options.fetch ?? globalThis.fetch;
      let response: Response;
      try {
        response = await doFetch(options.url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', accept: 'application/x-ndjson', ...options.headers },
          body: JSON.stringify(body),
          signal,
        });
      } catch (cause) {
        if (signal.aborted) throw cause;
        throw new ChatRequestError('network', 'The chat server could not be reached.', { cause });
      }
      if (!response.ok) throw await errorFrom(response);
      if (!response.body) throw new ChatRequestError('bad_stream', 'The chat reply had no body.');
      yield* readChatEvents(response.body);
    },
  };
}
