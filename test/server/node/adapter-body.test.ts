import { connect } from 'node:net';
import { createYouthchatHandler, jsonResponse, readJsonObject, withErrors } from '@youthchat/server';
import { serve } from '@youthchat/server/node';
import { describe, expect, it } from 'vitest';

/** Sends raw request bytes in pieces (each after `gapMs`) on one connection; answers what came back once `until` holds. */
function rawExchange(
  url: string,
  pieces: (string | Buffer)[],
  until: (text: string) => boolean,
  gapMs = 30,
): Promise<string> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), hostname);
    let text = '';
    socket.on('data', (chunk) => {
      text += chunk.toString('utf8');
      if (until(text)) {
        socket.destroy();
        resolve(text);
      }
    });
    socket.on('error', reject);
    socket.on('connect', async () => {
      for (const [i, piece] of pieces.entries()) {
        if (i > 0) await new Promise((r) => setTimeout(r, gapMs));
        socket.write(piece);
      }
    });
  });
}

const answers = (text: string) => text.split('HTTP/1.1 ').length - 1;

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

  it('reads a JSON body that has wholly arrived, or arrives later, the same; and keeps the connection for the next', async () => {
    await withServer(
      withErrors(async (request) => {
        // Lets the whole body arrive before it is read, as after the report route's limit check.
        await new Promise((resolve) => setImmediate(resolve));
        return jsonResponse(await readJsonObject(request, { maxBytes: 64 }));
      }),
      async (url) => {
        const body = JSON.stringify({ text: 'ça va, 日本' });
        const head = `POST / HTTP/1.1\r\nhost: x\r\ncontent-type: application/json\r\ncontent-length: ${Buffer.byteLength(body)}\r\n\r\n`;
        // Whole, twice on one keep-alive connection.
        const whole = await rawExchange(url, [head + body + head + body], (t) => answers(t) === 2 && t.endsWith('}'));
        expect(whole.match(/HTTP\/1\.1 200/g)).toHaveLength(2);
        expect(whole.split('ça va, 日本').length - 1).toBe(2);
        // The body in two pieces, the second after a pause.
        const bytes = Buffer.from(body);
        const split = await rawExchange(
          url,
          [Buffer.concat([Buffer.from(head), bytes.subarray(0, 12)]), bytes.subarray(12)],
          (t) => answers(t) === 1 && t.endsWith('}'),
        );
        expect(split).toContain('HTTP/1.1 200');
        expect(split).toContain('ça va, 日本');
        // Over the limit, wholly arrived: refused at once.
        const big = JSON.stringify({ text: 'z'.repeat(100) });
        const refused = await rawExchange(
          url,
          [
            `POST / HTTP/1.1\r\nhost: x\r\ncontent-type: application/json\r\ncontent-length: ${big.length}\r\n\r\n${big}`,
          ],
          (t) => t.includes('body_too_large'),
        );
        expect(refused).toContain('HTTP/1.1 413');
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
