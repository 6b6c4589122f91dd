import { ChatRequestError, type ChatStreamEvent, createFetchTransport } from '@youthchat/core';
import { describe, expect, it, vi } from 'vitest';

async function collect(iterable: AsyncIterable<ChatStreamEvent>): Promise<ChatStreamEvent[]> {
  const out: ChatStreamEvent[] = [];
  for await (const event of iterable) out.push(event);
  return out;
}

const signal = () => new AbortController().signal;

describe('createFetchTransport', () => {
  it('POSTs the documented JSON body and reads the NDJSON reply', async () => {
    const fetch = vi.fn(
      async (_url: RequestInfo | URL, _init?: RequestInit) =>
        new Response(
          '{"type":"start","id":"r1","assistant":"openai"}\n{"type":"delta","text":"Hi"}\n{"type":"done","id":"r1","finishReason":"stop"}\n',
          { headers: { 'content-type': 'application/x-ndjson; charset=utf-8' } },
        ),
    );
    const transport = createFetchTransport({ url: '/api/chat', fetch, headers: { 'x-app': 'demo' } });
    const body = { messages: [{ role: 'user' as const, content: 'Hello' }], locale: 'en' };
    const events = await collect(transport.send(body, { signal: signal() }));

    expect(events.map((e) => e.type)).toEqual(['start', 'delta', 'done']);
    const [url, init] = fetch.mock.calls[0]!;
    expect(url).toBe('/api/chat');
    expect(init?.method).toBe('POST');
    expect(JSON.parse(String(init?.body))).toEqual(body);
    expect(new Headers(init?.headers).get('content-type')).toBe('application/json');
    expect(new Headers(init?.headers).get('x-app')).toBe('demo');
  });

  it('turns a 4xx JSON error into a ChatRequestError with its code and status', async () => {
    const fetch = async () =>
      Response.json({ error: { code: 'age_token_invalid', message: 'Confirm your age.' } }, { status: 401 });
    const transport = createFetchTransport({ url: '/api/chat', fetch });
    const failure = collect(transport.send({ messages: [] }, { signal: signal() }));
    await expect(failure).rejects.toBeInstanceOf(ChatRequestError);
    await expect(failure).rejects.toMatchObject({ code: 'age_token_invalid', status: 401 });
  });

  it('keeps the status when an error body is not the documented JSON', async () => {
    const fetch = async () => new Response('<h1>Bad gateway</h1>', { status: 502 });
    const transport = createFetchTransport({ url: '/api/chat', fetch });
    await expect(collect(transport.send({ messages: [] }, { signal: signal() }))).rejects.toMatchObject({
      code: 'http_502',
      status: 502,
    });
  });

  it('reports an unreachable server as a network error', async () => {
    const fetch = async () => {
      throw new TypeError('Failed to fetch');
    };
    const transport = createFetchTransport({ url: '/api/chat', fetch });
    await expect(collect(transport.send({ messages: [] }, { signal: signal() }))).rejects.toMatchObject({
      code: 'network',
    });
  });

  it('passes the abort signal to fetch', async () => {
    const controller = new AbortController();
    const fetch = vi.fn(async (_url: RequestInfo | URL, init?: RequestInit) => {
      expect(init?.signal).toBe(controller.signal);
      return new Response('{"type":"done","id":"r","finishReason":"stop"}\n');
    });
    await collect(createFetchTransport({ url: '/x', fetch }).send({ messages: [] }, { signal: controller.signal }));
    expect(fetch).toHaveBeenCalledOnce();
  });
});
