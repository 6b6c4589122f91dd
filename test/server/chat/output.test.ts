import { DEFAULT_POLICY } from '@youthchat/core';
import { keyedHash } from '@youthchat/server';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_FAKE_REPLY } from '../fixtures/fake-openai.ts';
import {
  ageToken,
  type ChatTestServer,
  chat,
  moderatedTexts,
  postChat,
  SECRET,
  startChatServer,
  streamEvents,
} from './helpers.ts';

let server: ChatTestServer;
beforeAll(async () => {
  server = await startChatServer();
});
afterAll(() => server.close());
beforeEach(() => {
  server.fake.script({});
  server.escalations.length = 0;
});

describe('generation', () => {
  it('streams a reply that passed, in order and complete', async () => {
    const { token } = await ageToken('teen16to17');
    const reply = await chat(server.chatUrl, token, 'hello');
    expect(reply.events[0]).toMatchObject({ type: 'start', assistant: 'openai' });
    expect(reply.text).toBe(DEFAULT_FAKE_REPLY.join(''));
    expect(reply.done).toMatchObject({
      type: 'done',
      finishReason: 'stop',
      id: (reply.events[0] as { id: string }).id,
    });
    expect(reply.events.at(-1)?.type).toBe('done');
  });

  it('calls the Responses API with store: false, a hashed safety_identifier and the band’s model, instructions and token limit', async () => {
    const { token, sessionId } = await ageToken('teen13to15');
    await chat(server.chatUrl, token, 'hello', {
      history: [
        { role: 'user', content: 'hi' },
        { role: 'assistant', content: 'Hey!' },
      ],
    });
    const [request] = server.fake.responseRequests();
    const band = DEFAULT_POLICY.bands.teen13to15.chat;
    expect(request?.body).toMatchObject({
      model: band.model,
      instructions: band.instructions,
      max_output_tokens: band.maxOutputTokens,
      stream: true,
      store: false,
      input: [
        { role: 'user', content: 'hi' },
        { role: 'assistant', content: 'Hey!' },
        { role: 'user', content: 'hello' },
      ],
    });
    const identifier = request?.body.safety_identifier as string;
    expect(identifier).toBe(keyedHash(SECRET, sessionId, 'openai-safety-identifier'));
    expect(identifier).not.toContain(sessionId);
    expect(identifier.length).toBeLessThanOrEqual(64);
    expect(JSON.stringify(server.fake.requests.map((r) => r.body))).not.toContain(sessionId);
    expect(request?.headers.authorization).toBe('Bearer sk-test-key');
  });

  it('gives each age session its own identifier, stable across requests', async () => {
    const a = await ageToken('teen16to17');
    const b = await ageToken('teen16to17');
    await chat(server.chatUrl, a.token, 'one');
    await chat(server.chatUrl, a.token, 'two');
    await chat(server.chatUrl, b.token, 'three');
    const ids = server.fake.responseRequests().map((r) => r.body.safety_identifier);
    expect(ids[0]).toBe(ids[1]);
    expect(ids[2]).not.toBe(ids[0]);
  });

  it('ends with finishReason "length" when the model runs out of tokens', async () => {
    server.fake.script({ responses: { deltas: ['A long answer. ', 'That goes on'], incomplete: 'max_output_tokens' } });
    const { token } = await ageToken('teen16to17');
    const reply = await chat(server.chatUrl, token, 'hello');
    expect(reply.text).toBe('A long answer. That goes on');
    expect(reply.done?.finishReason).toBe('length');
  });

  it('sends a kind error line, not a 5xx, when the model is down', async () => {
    server.fake.script({ responses: { fail: 500 } });
    const { token } = await ageToken('teen16to17');
    const reply = await chat(server.chatUrl, token, 'hello');
    expect(reply.status).toBe(200);
    expect(reply.events.find((e) => e.type === 'error')).toMatchObject({ code: 'upstream_error' });
    expect(reply.done?.finishReason).toBe('error');
    expect(server.logs).toContainEqual(
      expect.objectContaining({ event: 'upstream_error', code: 'InternalServerError_500' }),
    );
    expect(JSON.stringify(server.logs)).not.toContain('hello');
  });

  it('keeps only text that passed when the model fails mid-reply', async () => {
    server.fake.script({
      responses: { deltas: ['First sentence is fine. ', 'Second starts', ' and', ' more'], errorAfter: 2 },
    });
    const { token } = await ageToken('teen16to17');
    const reply = await chat(server.chatUrl, token, 'hello');
    expect(reply.text).toBe('First sentence is fine. ');
    expect(reply.raw).not.toContain('Second starts');
    expect(reply.done?.finishReason).toBe('error');
  });
});

describe('output moderation', () => {
  const reply = [
    'Here is a calm first sentence about the weather. ',
    'A second sentence, also fine, about clouds. ',
    'Now the forbidden ',
    'lantern words appear here. ',
    'And a last line that never comes.',
  ];

  it('never sends flagged text: the window is withheld, the stream stops upstream, a safe message takes its place', async () => {
    server.fake.script({
      moderation: { flags: [{ contains: 'forbidden lantern', categories: ['violence/graphic'] }] },
      responses: { deltas: [...reply, ...Array(20).fill(' more text.')], delayMs: 20 },
    });
    const { token } = await ageToken('teen13to15');
    const result = await chat(server.chatUrl, token, 'tell me something');
    // Text that passed stays (sentences may be judged together when they arrive close together).
    expect(result.text).toContain(reply[0]);
    expect(`${reply[0]}${reply[1]}`.startsWith(result.text)).toBe(true);
    expect(result.raw).not.toMatch(/forbidden|lantern/);
    expect(result.safety).toEqual([
      expect.objectContaining({ action: 'block', stage: 'output', categories: ['violence/graphic'] }),
    ]);
    expect(result.done?.finishReason).toBe('blocked');
    await vi.waitFor(() => expect(server.fake.responseRequests()[0]?.closedEarly).toBe(true));
    expect(server.fake.responseRequests()[0]?.deltasSent).toBeLessThan(reply.length + 20);
  });

  it('catches a phrase split across two windows, because each window is judged with the text before it', async () => {
    // The flagged phrase spans a sentence end, so it falls in two windows.
    server.fake.script({
      moderation: { flags: [{ contains: 'the copper key. Bring it alone', categories: ['illicit/violent'] }] },
      responses: { deltas: ['You will need the copper key. ', 'Bring it alone tonight. ', 'Then wait.'], delayMs: 40 },
    });
    const { token } = await ageToken('teen13to15');
    const result = await chat(server.chatUrl, token, 'hello');
    // The first window passed on its own and was released; the second was not.
    expect(result.text).toBe('You will need the copper key. ');
    expect(result.text).not.toContain('the copper key. Bring it alone');
    expect(result.raw).not.toContain('Bring it alone');
    expect(result.done?.finishReason).toBe('blocked');
    expect(moderatedTexts(server.fake).some((t) => t.includes('copper key. Bring it alone'))).toBe(true);
  });

  it('catches a phrase split where a run-on passage is cut at the window limit', async () => {
    const cut = await startChatServer({ windows: { maxChars: 40, minChars: 10 } });
    try {
      cut.fake.script({
        moderation: { flags: [{ contains: 'meet behind the old mill', categories: ['harassment/threatening'] }] },
        // No sentence end: cut at the last space before 40 characters, inside the phrase.
        responses: { deltas: ['go now and we will meet behind the old mill at nine tonight, all of us together'] },
      });
      const { token } = await ageToken('teen16to17');
      const result = await chat(cut.chatUrl, token, 'hello');
      expect(result.text).toBe('go now and we will meet behind the old ');
      expect(result.raw).not.toContain('mill');
      expect(result.done?.finishReason).toBe('blocked');
      expect(cut.escalations).toContainEqual(
        expect.objectContaining({ category: 'harassment/threatening', severity: 'medium' }),
      );
    } finally {
      await cut.close();
    }
  });

  it('would let the split phrase through without context: the check above is not vacuous', async () => {
    const blind = await startChatServer({ windows: { contextChars: 0 } });
    try {
      blind.fake.script({
        moderation: { flags: [{ contains: 'the copper key. Bring it alone', categories: ['illicit/violent'] }] },
        responses: {
          deltas: ['You will need the copper key. ', 'Bring it alone tonight. ', 'Then wait.'],
          delayMs: 40,
        },
      });
      const { token } = await ageToken('teen13to15');
      const result = await chat(blind.chatUrl, token, 'hello');
      expect(result.text).toContain('the copper key. Bring it alone');
    } finally {
      await blind.close();
    }
  });

  it('releases no text before its window has been judged', async () => {
    server.fake.script({
      moderation: { delayMs: 30 },
      responses: {
        deltas: ['One short sentence here. ', 'Two short sentences here. ', 'Three and done.'],
        delayMs: 10,
      },
    });
    const { token } = await ageToken('teen16to17');
    const response = await postChat(server.chatUrl, token, { messages: [{ role: 'user', content: 'hello' }] });
    let released = '';
    for await (const event of streamEvents(response)) {
      if (event.type !== 'delta') continue;
      released += event.text;
      // Everything shown so far was inside some moderation request already made.
      const judged = moderatedTexts(server.fake);
      expect(judged.some((t) => t.includes(event.text))).toBe(true);
    }
    expect(released).toBe('One short sentence here. Two short sentences here. Three and done.');
  });

  it('also applies the local screen to the reply', async () => {
    server.fake.script({
      responses: {
        deltas: ['Sure, here is a short story for you. ', 'Here is a sex story for you. ', 'The end.'],
        delayMs: 40,
      },
    });
    const { token } = await ageToken('teen13to15');
    const result = await chat(server.chatUrl, token, 'tell me a story');
    expect(result.text).toBe('Sure, here is a short story for you. ');
    expect(result.safety[0]).toMatchObject({ action: 'block', stage: 'output' });
    expect(result.done?.finishReason).toBe('blocked');
  });

  it('shows help lines and escalates when the reply is stopped for self-harm instructions', async () => {
    server.fake.script({
      moderation: { flags: [{ contains: 'quiet method', categories: ['self-harm/instructions'] }] },
      responses: { deltas: ['I hear you. ', 'The quiet method is', ' not something to share.'] },
    });
    const { token } = await ageToken('teen13to15');
    const result = await chat(server.chatUrl, token, 'hello');
    expect(result.safety[0]).toMatchObject({ action: 'block', stage: 'output', showCrisisResources: true });
    expect(result.raw).not.toContain('quiet method');
    expect(server.escalations).toContainEqual(
      expect.objectContaining({ category: 'self-harm/instructions', severity: 'high' }),
    );
  });
});
