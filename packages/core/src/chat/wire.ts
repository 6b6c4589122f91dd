import { YouthchatError } from '../errors.js';
import type { ChatFinishReason, ChatStreamEvent } from './types.js';

/** A chat request that failed: an HTTP error before streaming, a broken stream, or a network failure. */
export class ChatRequestError extends YouthchatError {
  override readonly name = 'ChatRequestError';
  /** HTTP status, when the server answered with an error. */
  readonly status: number | undefined;

  constructor(code: string, message: string, options: { status?: number; cause?: unknown } = {}) {
    super(code, message, options.cause === undefined ? undefined : { cause: options.cause });
    this.status = options.status;
  }
}

/** Longest line accepted from a stream, in characters; a longer one is treated as a broken stream. */
export const MAX_NDJSON_LINE = 1_000_000;

/**
 * Splits text arriving in arbitrary chunks into JSON values, one per line.
 * Blank lines are skipped; a line that is not JSON throws `ChatRequestError('bad_stream')`.
 *
 * @example
 * const parser = createNdjsonParser();
 * parser.push('{"type":"del'); // []
 * parser.push('ta","text":"Hi"}\n'); // [{ type: 'delta', text: 'Hi' }]
 */
export function createNdjsonParser(maxLine = MAX_NDJSON_LINE): { push(chunk: string): unknown[]; end(): unknown[] } {
  let buffer = '';
  const parseLine = (line: string, out: unknown[]) => {
    const trimmed = line.trim();
    if (trimmed === '') return;
    try {
      out.push(JSON.parse(trimmed));
    } catch (cause) {
      throw new ChatRequestError('bad_stream', 'The reply stream held a line that is not JSON.', { cause });
    }
  };
  return {
    push(chunk) {
      buffer += chunk;
      const out: unknown[] = [];
      let newline = buffer.indexOf('\n');
      while (newline !== -1) {
        parseLine(buffer.slice(0, newline), out);
        buffer = buffer.slice(newline + 1);
        newline = buffer.indexOf('\n');
      }
      if (buffer.length > maxLine) {
        throw new ChatRequestError('bad_stream', `The reply stream held a line longer than ${maxLine} characters.`);
      }
      return out;
    },
    end() {
      const out: unknown[] = [];
      parseLine(buffer, out);
      buffer = '';
      return out;
    },
  };
}

/** Reads a byte stream of NDJSON, yielding each parsed line. */
export async function* readNdjson(stream: ReadableStream<Uint8Array>): AsyncGenerator<unknown, void, undefined> {
  const reader = stream.getReader();
  const decoder = new TextDecoder();
  const parser = createNdjsonParser();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      yield* parser.push(decoder.decode(value, { stream: true }));
    }
    yield* parser.push(decoder.decode());
    yield* parser.end();
  } finally {
    // Stops the network read when the consumer leaves early (stop, error).
    reader.cancel().catch(() => {});
    reader.releaseLock();
  }
}

const FINISH_REASONS: readonly ChatFinishReason[] = ['stop', 'length', 'blocked', 'held', 'error'];

function isStringArray(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'string');
}

function invalid(type: string): never {
  throw new ChatRequestError('bad_stream', `The reply stream held a malformed "${type}" event.`);
}

/**
 * Checks one parsed line against the wire format. Unknown event types give
 * `null` (ignored, so servers can add events); a known type with missing or
 * wrong fields throws `ChatRequestError('bad_stream')`.
 */
export function parseChatEvent(value: unknown): ChatStreamEvent | null {
  if (typeof value !== 'object' || value === null) invalid('?');
  const v = value as Record<string, unknown>;
  switch (v.type) {
    case 'start':
      if (typeof v.id !== 'string' || (v.assistant !== 'openai' && v.assistant !== 'offline-demo')) invalid('start');
      return { type: 'start', id: v.id, assistant: v.assistant };
    case 'delta':
      if (typeof v.text !== 'string') invalid('delta');
      return { type: 'delta', text: v.text };
    case 'safety':
      if (
        (v.action !== 'block' && v.action !== 'escalate' && v.action !== 'hold') ||
        (v.stage !== 'input' && v.stage !== 'output') ||
        !isStringArray(v.categories) ||
        typeof v.message !== 'string' ||
        typeof v.showCrisisResources !== 'boolean' ||
        (v.retryable !== undefined && typeof v.retryable !== 'boolean')
      ) {
        invalid('safety');
      }
      return {
        type: 'safety',
        action: v.action,
        stage: v.stage,
        categories: v.categories,
        message: v.message,
        showCrisisResources: v.showCrisisResources,
        ...(v.retryable === false ? { retryable: false } : {}),
      };
    case 'done':
      if (typeof v.id !== 'string' || !FINISH_REASONS.includes(v.finishReason as ChatFinishReason)) invalid('done');
      return { type: 'done', id: v.id, finishReason: v.finishReason as ChatFinishReason };
    case 'error':
      if (typeof v.code !== 'string' || typeof v.message !== 'string') invalid('error');
      return { type: 'error', code: v.code, message: v.message };
    default:
      return null;
  }
}

/** Reads a reply stream into checked chat events. */
export async function* readChatEvents(
  stream: ReadableStream<Uint8Array>,
): AsyncGenerator<ChatStreamEvent, void, undefined> {
  for await (const value of readNdjson(stream)) {
    const event = parseChatEvent(value);
    if (event) yield event;
  }
}
