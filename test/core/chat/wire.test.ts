import { ChatRequestError, createNdjsonParser, parseChatEvent, readChatEvents } from '@youthchat/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

function streamOf(chunks: (string | Uint8Array)[]): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  return new ReadableStream({
    start(controller) {
      for (const chunk of chunks) controller.enqueue(typeof chunk === 'string' ? encoder.encode(chunk) : chunk);
      controller.close();
    },
  });
}

async function collect<T>(iterable: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of iterable) out.push(item);
  return out;
}

describe('createNdjsonParser', () => {
  it('yields a value only once its line is complete', () => {
    const parser = createNdjsonParser();
    expect(parser.push('{"type":"del')).toEqual([]);
    expect(parser.push('ta","text":"Hi"}\n{"a"')).toEqual([{ type: 'delta', text: 'Hi' }]);
    expect(parser.push(':1}\n\n')).toEqual([{ a: 1 }]);
    expect(parser.end()).toEqual([]);
  });

  it('parses a last line without a newline at the end', () => {
    const parser = createNdjsonParser();
    expect(parser.push('{"n":1}\n{"n":2}')).toEqual([{ n: 1 }]);
    expect(parser.end()).toEqual([{ n: 2 }]);
  });

  it('gives the same values however the text is split', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ type: fc.constant('delta'), text: fc.string() }), { maxLength: 8 }),
        fc.array(fc.nat(), { maxLength: 10 }),
        (values, cuts) => {
          const text = values.map((v) => `${JSON.stringify(v)}\n`).join('');
          const points = [...new Set(cuts.map((c) => c % (text.length + 1)))].sort((a, b) => a - b);
          const parser = createNdjsonParser();
          const out: unknown[] = [];
          let from = 0;
          for (const point of [...points, text.length]) {
            out.push(...parser.push(text.slice(from, point)));
            from = point;
          }
          out.push(...parser.end());
          expect(out).toEqual(values);
        },
      ),
    );
  });

  it('rejects a line that is not JSON', () => {
    const parser = createNdjsonParser();
    expect(() => parser.push('<html>\n')).toThrow(ChatRequestError);
  });

  it('rejects a line longer than the limit instead of buffering without end', () => {
    const parser = createNdjsonParser(16);
    expect(() => parser.push('{"text":"aaaaaaaaaaaaaaaaaaaaaa')).toThrow(/longer than 16/);
  });
});

describe('parseChatEvent', () => {
  it('accepts every documented event', () => {
    const events = [
      { type: 'start', id: 'r1', assistant: 'openai' },
      { type: 'delta', text: 'Hello' },
      {
        type: 'safety',
        action: 'escalate',
        stage: 'input',
        categories: ['self-harm'],
        message: 'You are not alone.',
        showCrisisResources: true,
      },
      { type: 'error', code: 'upstream_error', message: 'Sorry.' },
      { type: 'done', id: 'r1', finishReason: 'stop' },
    ];
    expect(events.map(parseChatEvent)).toEqual(events);
  });

  it('drops fields the format does not define', () => {
    expect(parseChatEvent({ type: 'delta', text: 'x', html: '<b>x</b>' })).toEqual({ type: 'delta', text: 'x' });
  });

  it('ignores unknown event types so servers can add events', () => {
    expect(parseChatEvent({ type: 'usage', tokens: 3 })).toBeNull();
  });

  it.each([
    [{ type: 'delta', text: 3 }],
    [{ type: 'start', id: 'r', assistant: 'someone-else' }],
    [{ type: 'done', id: 'r', finishReason: 'maybe' }],
    [
      {
        type: 'safety',
        action: 'block',
        stage: 'input',
        categories: 'sexual',
        message: 'x',
        showCrisisResources: false,
      },
    ],
    [null],
    ['delta'],
  ])('rejects a malformed event %j', (value) => {
    expect(() => parseChatEvent(value)).toThrow(ChatRequestError);
  });
});

describe('readChatEvents', () => {
  it('decodes multi-byte characters split across chunks', async () => {
    const bytes = new TextEncoder().encode('{"type":"delta","text":"¡Hola, niño! 👋"}\n');
    const cut = bytes.indexOf(0xf0) + 2; // inside the emoji
    const events = await collect(readChatEvents(streamOf([bytes.slice(0, 5), bytes.slice(5, cut), bytes.slice(cut)])));
    expect(events).toEqual([{ type: 'delta', text: '¡Hola, niño! 👋' }]);
  });

  it('reads a whole reply in order', async () => {
    const lines = [
      '{"type":"start","id":"r1","assistant":"offline-demo"}',
      '{"type":"delta","text":"Hi"}',
      '{"type":"delta","text":" there"}',
      '{"type":"done","id":"r1","finishReason":"stop"}',
    ];
    const events = await collect(readChatEvents(streamOf([`${lines.join('\n')}\n`])));
    expect(events.map((e) => e.type)).toEqual(['start', 'delta', 'delta', 'done']);
  });
});
