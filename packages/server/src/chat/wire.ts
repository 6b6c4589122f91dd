/** One line of the NDJSON reply to `POST /api/chat` (see the README's wire format). */
export type ChatStreamEvent =
  | { type: 'start'; id: string; assistant: 'openai' | 'offline-demo' }
  | { type: 'delta'; text: string }
  | {
      type: 'safety';
      action: 'block' | 'escalate' | 'hold';
      stage: 'input' | 'output';
      categories: string[];
      message: string;
      showCrisisResources: boolean;
      /** `false` on a hold that sending the same message again cannot lift; absent otherwise. */
      retryable?: false;
    }
  | { type: 'error'; code: string; message: string }
  | { type: 'done'; id: string; finishReason: ChatFinishReason };

export type ChatFinishReason = 'stop' | 'length' | 'blocked' | 'held' | 'error';

export const NDJSON_CONTENT_TYPE = 'application/x-ndjson; charset=utf-8';

const encoder = new TextEncoder();

/** One event as a line of bytes. JSON escapes line breaks inside strings, so a line is always one event. */
export function encodeEvent(event: ChatStreamEvent): Uint8Array {
  return encoder.encode(`${JSON.stringify(event)}\n`);
}
