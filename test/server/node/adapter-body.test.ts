import { createYouthchatHandler, jsonResponse, readJsonObject, withErrors } from '@youthchat/server';
import { serve } from '@youthchat/server/node';
import { describe, expect, it } from 'vitest';

/** Serves `handler` for one test. */
async function withServer(handler: (request: Request) => Promise<Response>, run: (url: string) => Promise<void>) {
  const running = await serve(handler, { port: 0 });
  try {
    await run(running.url);
  } finally {
    await running.close();
  }
}

describe('Node adapter bodies', () => {
  it("hands any fetch handler the whole body through the request's own stream", async () => {
    const big = 'x'.repeat(1_000_000);
    await withServer(
      async (request) => new Response(`${(await request.text()).length}`),
      async (url) => {
        expect(await (await fetch(url, { method: 'POST', body: 'hello' })).text()).toBe('5');
        expect(await (await fetch(url, { method: 'POST', body: big })).text()).toBe(String(big.length));
        const chunked = new ReadableStream<Uint8Array>({
          start(controller) {
            for (let i = 0; i < 10; i++) controller.enqueue(new TextEncoder().encode('0123456789'));
            controller.close();
          },
        });
        const answer = await fetch(url, { method: 'POST', body: chunked, duplex: 'half' } as RequestInit);
        expect(await answer.text()).toBe('100');
      },
    );
  });

  it("reads youthchat's JSON bodies once: a second read fails instead of waiting", async () => {
    await withServer(
      async (request) => {
        const body = await readJsonObject(request);
        const again = await request.text().then(
          () => 'read',
          () => 'refused',
        );
        return jsonResponse({ body, again });
      },
      async (url) => {
        const answer = await fetch(url, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ reason: 'other' }),
        });
        expect(await answer.json()).toEqual({ body: { reason: 'other' }, again: 'refused' });
      },
    );
  });

  it('refuses a JSON body over the limit with 413, read no further, and closes the connection', async () => {
    await withServer(
      withErrors(async (request) => jsonResponse(await readJsonObject(request, { maxBytes: 1024 }))),
      async (url) => {
        const answer = await fetch(url, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: new ReadableStream<Uint8Array>({
            start(controller) {
              controller.enqueue(new TextEncoder().encode(`{"a":"${'y'.repeat(4096)}`));
            },
          }),
          duplex: 'half',
        } as RequestInit);
        expect(answer.status).toBe(413);
        expect(answer.headers.get('connection')).toBe('close');
        expect(((await answer.json()) as { error: { code: string } }).error.code).toBe('body_too_large');
      },
    );
  });

  it('sends a JSON answer whole, with its length', async () => {
    await withServer(
      async () => jsonResponse({ ok: true, text: 'é' }, 201, { location: '/x' }),
      async (url) => {
        const answer = await fetch(url);
        expect(answer.status).toBe(201);
        expect(answer.headers.get('content-length')).toBe(String(Buffer.byteLength('{"ok":true,"text":"é"}')));
        expect(answer.headers.get('location')).toBe('/x');
        expect(answer.headers.get('x-content-type-options')).toBe('nosniff');
        expect(await answer.json()).toEqual({ ok: true, text: 'é' });
      },
    );
  });

  it("gives an app's own route mounted beside youthchat's a whole Request", async () => {
    const seen: { isRequest: boolean; body: string; cloned: string; aborted: boolean }[] = [];
    const handler = createYouthchatHandler({
      secret: 's'.repeat(40),
      routes: {
        '/echo': async (request) => {
          const copy = request.clone();
          seen.push({
            isRequest: request instanceof Request,
            body: await request.text(),
            cloned: await copy.text(),
            aborted: request.signal.aborted,
          });
          return new Response('ok');
        },
      },
    });
    await withServer(handler, async (url) => {
      const answer = await fetch(`${url}/api/echo`, { method: 'POST', body: 'hello there' });
      expect(await answer.text()).toBe('ok');
      // youthchat's own routes answer beside it.
      expect((await fetch(`${url}/api/age`)).status).toBe(401);
    });
    expect(seen).toEqual([{ isRequest: true, body: 'hello there', cloned: 'hello there', aborted: false }]);
  });
});
