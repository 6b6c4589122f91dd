import type OpenAI from 'openai';

/** What an assistant streams: text, then at most one finish. */
export type AssistantEvent =
  | { type: 'text'; text: string }
  | { type: 'finish'; reason: 'stop' | 'length' | 'content_filter' };

export interface GenerateRequest {
  model: string;
  instructions: string;
  messages: { role: 'user' | 'assistant'; content: string }[];
  maxOutputTokens: number;
  /** Keyed hash of the age session; never a raw id. */
  safetyIdentifier: string;
  /** The text of the offline demo's reply, in the child's locale and band. */
  demoReply: string;
  signal: AbortSignal;
}

/** Where replies come from. */
export interface Assistant {
  kind: 'openai' | 'offline-demo';
  generate(request: GenerateRequest): AsyncIterable<AssistantEvent>;
}

/** The model failed or stopped talking; the client gets a kind error line. */
export class UpstreamError extends Error {
  override readonly name = 'UpstreamError';
  readonly code: string;

  constructor(code: string, options: { cause?: unknown } = {}) {
    super(`The model provider failed (${code}).`, options);
    this.code = code;
  }
}

/**
 * Generation through the official client: Responses API, streaming, never
 * stored, with a hashed `safety_identifier`.
 */
export function openAIAssistant(
  client: OpenAI,
  options: {
    maxRetries?: number;
    /** Ask the Responses API's built-in moderation too (blocking input and output), an extra net. */
    moderationModel?: string;
  } = {},
): Assistant {
  return {
    kind: 'openai',
    async *generate(request) {
      const stream = await client.responses.create(
        {
          model: request.model,
          instructions: request.instructions,
          input: request.messages.map((m) => ({ role: m.role, content: m.content })),
          stream: true,
          store: false,
          safety_identifier: request.safetyIdentifier,
          max_output_tokens: request.maxOutputTokens,
          ...(options.moderationModel
            ? {
                moderation: {
                  model: options.moderationModel,
                  policy: { input: { mode: 'block' as const }, output: { mode: 'block' as const } },
                },
              }
            : {}),
        },
        { signal: request.signal, maxRetries: options.maxRetries ?? 1 },
      );
      for await (const event of stream) {
        switch (event.type) {
          case 'response.output_text.delta':
          case 'response.refusal.delta':
            if (event.delta) yield { type: 'text', text: event.delta };
            break;
          case 'response.completed':
            yield { type: 'finish', reason: 'stop' };
            return;
          case 'response.incomplete':
            yield {
              type: 'finish',
              reason: event.response.incomplete_details?.reason === 'content_filter' ? 'content_filter' : 'length',
            };
            return;
          case 'response.failed':
            throw new UpstreamError(event.response.error?.code ?? 'response_failed');
          case 'error':
            throw new UpstreamError(event.code ?? 'stream_error');
          default:
            break;
        }
      }
      // The client returns quietly when aborted; anything else is a stream cut short.
      if (!request.signal.aborted) throw new UpstreamError('stream_ended_early');
    },
  };
}

/**
 * What answers without a model: a fixed, clearly labelled reply from the
 * catalogue, streamed word by word so the widget behaves as it will live.
 */
export function offlineDemoAssistant(options: { delayMs?: number } = {}): Assistant {
  const delayMs = options.delayMs ?? 25;
  return {
    kind: 'offline-demo',
    async *generate(request) {
      const words = request.demoReply.match(/\S+\s*/g) ?? [];
      for (const word of words) {
        if (request.signal.aborted) return;
        if (delayMs > 0) await sleep(delayMs, request.signal);
        if (request.signal.aborted) return;
        yield { type: 'text', text: word };
      }
      yield { type: 'finish', reason: 'stop' };
    },
  };
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(done, ms);
    function done() {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    }
    signal.addEventListener('abort', done, { once: true });
  });
}
