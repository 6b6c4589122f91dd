import type { ChatRequestBody, ChatStreamEvent, ChatTransport, OutgoingCheck } from '@youthchat/core';

/** One request made through the fake: what was sent, and controls to feed its reply. */
export interface FakeCall {
  body: ChatRequestBody;
  signal: AbortSignal;
  push(...events: ChatStreamEvent[]): void;
  /** Ends the stream (without a `done` unless one was pushed). */
  end(): void;
  /** Makes the next read throw. */
  fail(error: unknown): void;
}

/**
 * A transport a test drives by hand: every `send` becomes a call whose events
 * the test pushes. `nextCall()` resolves when the store makes a request.
 */
export function createControlledTransport() {
  const calls: FakeCall[] = [];
  const waiting: ((call: FakeCall) => void)[] = [];
  const transport: ChatTransport = {
    send(body, { signal }) {
      const queue: ({ event: ChatStreamEvent } | { end: true } | { error: unknown })[] = [];
      let wake: (() => void) | null = null;
      const add = (item: (typeof queue)[number]) => {
        queue.push(item);
        wake?.();
      };
      const call: FakeCall = {
        body,
        signal,
        push: (...events) => {
          for (const event of events) add({ event });
        },
        end: () => add({ end: true }),
        fail: (error) => add({ error }),
      };
      calls.push(call);
      waiting.shift()?.(call);
      return (async function* () {
        for (;;) {
          while (queue.length === 0) await new Promise<void>((resolve) => (wake = resolve));
          const item = queue.shift()!;
          if ('end' in item) return;
          if ('error' in item) throw item.error;
          yield item.event;
        }
      })();
    },
  };
  return {
    transport,
    calls,
    nextCall(): Promise<FakeCall> {
      const unclaimed = calls.find((c) => !claimed.has(c));
      if (unclaimed) {
        claimed.add(unclaimed);
        return Promise.resolve(unclaimed);
      }
      return new Promise((resolve) =>
        waiting.push((call) => {
          claimed.add(call);
          resolve(call);
        }),
      );
    },
  };
}
const claimed = new WeakSet<FakeCall>();

/** A whole reply as events: start, one delta per piece, done. */
export function replyEvents(id: string, pieces: string[], finishReason: 'stop' | 'length' = 'stop'): ChatStreamEvent[] {
  return [
    { type: 'start', id, assistant: 'openai' },
    ...pieces.map((text) => ({ type: 'delta' as const, text })),
    { type: 'done', id, finishReason },
  ];
}

/** A device-side check result. */
export function check(text: string, partial: Partial<OutgoingCheck> = {}): OutgoingCheck {
  return { action: 'allow', text, original: text, transformed: false, removed: [], categories: [], ...partial };
}

/** Waits until `predicate` holds, polling microtasks and short timers. */
export async function until(predicate: () => boolean, what = 'condition'): Promise<void> {
  for (let i = 0; i < 200; i++) {
    if (predicate()) return;
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  throw new Error(`Timed out waiting for ${what}`);
}
