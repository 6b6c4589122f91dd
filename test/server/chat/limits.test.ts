import { request as httpRequest } from 'node:http';
import { EngineError, type EngineJob, inProcessEngine, type SafetyEngine } from '@youthchat/server';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  ageToken,
  type ChatTestServer,
  chat,
  moderatedTexts,
  postChat,
  readReply,
  startChatServer,
  streamEvents,
} from './helpers.ts';

/** An engine that runs in-process but records each job, and can be told to wait or to fail. */
function recordingEngine() {
  const jobs: EngineJob['kind'][] = [];
  const state: { gate?: Promise<void>; fail?: EngineJob['kind'] } = {};
  const engine: SafetyEngine = {
    async run(job, signal) {
      if (signal.aborted) throw new EngineError('engine_aborted');
      jobs.push(job.kind);
      if (state.gate) await state.gate;
      if (state.fail === job.kind) throw new EngineError('engine_timeout');
      return inProcessEngine.run(job, signal);
    },
  };
  return { engine, jobs, state };
}

describe('characters screened per request', () => {
  let server: ChatTestServer;
  beforeAll(async () => {
    server = await startChatServer({ maxScreenedChars: 5000 });
  });
  afterAll(() => server.close());

  it('refuses more than maxScreenedChars across the messages with a 413 that says what to send', async () => {
    const { token } = await ageToken('teen16to17');
    const reply = 'An earlier answer that went on for a while. '.repeat(60);
    const response = await postChat(server.chatUrl, token, {
      messages: [
        { role: 'user', content: 'tell me about volcanoes' },
        { role: 'assistant', content: reply },
        { role: 'user', content: 'and more?' },
        { role: 'assistant', content: reply },
        { role: 'user', content: 'thanks!' },
      ],
    });
    expect(response.status).toBe(413);
    const { error } = (await response.json()) as { error: { code: string; message: string } };
    expect(error.code).toBe('too_much_text');
    expect(error.message).toMatch(/at most 5000/);
    expect(error.message).toMatch(/oldest/);
    expect(server.fake.moderationRequests()).toHaveLength(0);
  });

  it('tells the client the cap (GET /api/chat)', async () => {
    const { token } = await ageToken('under13');
    const response = await fetch(server.chatUrl, { headers: { 'x-youthchat-age': token } });
    expect(((await response.json()) as { limits: { maxScreenedChars: number } }).limits.maxScreenedChars).toBe(5000);
  });
});

describe('one reply in flight per age session', () => {
  let server: ChatTestServer;
  beforeAll(async () => {
    server = await startChatServer();
  });
  afterAll(() => server.close());

  it('answers a second message while the first reply streams with 429, and takes it once the reply is done', async () => {
    server.fake.script({
      responses: { deltas: Array.from({ length: 20 }, (_, i) => `Part ${i} is here. `), delayMs: 40 },
    });
    const { token } = await ageToken('teen16to17');
    const first = await postChat(server.chatUrl, token, { messages: [{ role: 'user', content: 'tell me a story' }] });
    const events = streamEvents(first);
    await events.next();

    const second = await postChat(server.chatUrl, token, { messages: [{ role: 'user', content: 'hello?' }] });
    expect(second.status).toBe(429);
    expect(second.headers.get('retry-after')).toBe('1');
    const { error } = (await second.json()) as { error: { code: string; message: string } };
    expect(error).toMatchObject({ code: 'reply_in_progress' });
    expect(error.message).toMatch(/wait for it to finish/i);

    // Another session is not held up.
    const other = await ageToken('teen16to17');
    server.fake.script({ responses: { deltas: ['Hi there, friend.'] } });
    expect((await chat(server.chatUrl, other.token, 'hi')).done?.finishReason).toBe('stop');

    for await (const _ of events) {
      // Read the first reply to its end.
    }
    server.fake.script({ responses: { deltas: ['Here you go, all done.'] } });
    expect((await chat(server.chatUrl, token, 'and now?')).done?.finishReason).toBe('stop');
  });

  it('frees the session when a refused body ends the request before any reply', async () => {
    const { token } = await ageToken('teen16to17');
    expect((await postChat(server.chatUrl, token, '{"messages": ')).status).toBe(400);
    server.fake.script({ responses: { deltas: ['Fine, thanks.'] } });
    expect((await chat(server.chatUrl, token, 'how are you')).done?.finishReason).toBe('stop');
  });

  it('refuses the second request before reading any of its body', async () => {
    server.fake.script({ responses: { deltas: Array.from({ length: 20 }, (_, i) => `Part ${i}. `), delayMs: 40 } });
    const { token } = await ageToken('teen16to17');
    const first = await postChat(server.chatUrl, token, {
      messages: [{ role: 'user', content: 'a long story please' }],
    });
    const events = streamEvents(first);
    await events.next();
    // A body that starts and never ends: only a refusal that reads none of it can answer.
    const status = await new Promise<number>((resolve, reject) => {
      const req = httpRequest(server.chatUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-youthchat-age': token },
      });
      req.on('response', (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      });
      req.on('error', reject);
      req.write('{"messages": [');
      setTimeout(() => {
        req.destroy();
        reject(new Error('no answer without the body'));
      }, 5000);
    });
    expect(status).toBe(429);
    for await (const _ of events) {
      // Read the first reply to its end.
    }
  });
});

describe('the engine, and a client that goes away', () => {
  it('holds a minor’s message, with the "couldn’t check" explanation, when scrubbing fails or runs out of time', async () => {
    const { engine, state } = recordingEngine();
    const server = await startChatServer({ engine });
    try {
      state.fail = 'scrub';
      const { token } = await ageToken('under13');
      const reply = await chat(server.chatUrl, token, 'hello there');
      expect(reply.status).toBe(200);
      expect(reply.done?.finishReason).toBe('held');
      expect(reply.safety.at(-1)).toMatchObject({ action: 'hold', stage: 'input' });
      expect(reply.safety.at(-1)?.message).toMatch(/couldn't check/i);
      expect(reply.text).toBe('');
      expect(server.fake.moderationRequests()).toHaveLength(0);
      expect(server.fake.responseRequests()).toHaveLength(0);
      expect(server.logs).toContainEqual(expect.objectContaining({ event: 'check_failed', code: 'engine_timeout' }));
    } finally {
      await server.close();
    }
  });

  it('holds a minor’s message when the local screen fails, and never sends it upstream', async () => {
    const { engine, state } = recordingEngine();
    const server = await startChatServer({ engine });
    try {
      state.fail = 'screen';
      for (const band of ['under13', 'teen13to15'] as const) {
        const { token } = await ageToken(band);
        const reply = await chat(server.chatUrl, token, 'what is the tallest mountain?');
        expect(reply.done?.finishReason).toBe('held');
        expect(reply.safety.at(-1)).toMatchObject({ action: 'hold', stage: 'input' });
      }
      expect(server.fake.moderationRequests()).toHaveLength(0);
      expect(server.fake.responseRequests()).toHaveLength(0);
    } finally {
      await server.close();
    }
  });

  it('stops when the client aborts during scrubbing: no screening after it, no upstream call', async () => {
    const { engine, jobs, state } = recordingEngine();
    const server = await startChatServer({ engine });
    try {
      let open = () => {};
      state.gate = new Promise<void>((resolve) => {
        open = resolve;
      });
      const { token } = await ageToken('teen13to15');
      const controller = new AbortController();
      const response = await postChat(
        server.chatUrl,
        token,
        { messages: [{ role: 'user', content: 'my email is sam@example.com, what now' }] },
        { signal: controller.signal },
      );
      await vi.waitFor(() => expect(jobs).toEqual(['scrub']));
      controller.abort();
      await readReply(response).catch(() => undefined);
      // Let the server see the socket close before the scrub returns.
      await new Promise((resolve) => setTimeout(resolve, 200));
      open();
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(jobs).toEqual(['scrub']);
      expect(moderatedTexts(server.fake)).toEqual([]);
      expect(server.fake.responseRequests()).toHaveLength(0);
    } finally {
      await server.close();
    }
  });
});
