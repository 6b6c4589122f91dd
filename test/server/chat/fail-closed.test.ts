import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  ageToken,
  type ChatTestServer,
  chat,
  expectNoReplyReleased,
  moderatedTexts,
  startChatServer,
} from './helpers.ts';

let server: ChatTestServer;
let withZdr: ChatTestServer;
beforeAll(async () => {
  [server, withZdr] = await Promise.all([
    startChatServer({ checkTimeoutMs: 300, idleTimeoutMs: 500 }),
    startChatServer({ zeroDataRetention: true }),
  ]);
  // One reply first, so that the short check deadline below never includes the first connections' set-up.
  await chat(server.chatUrl, (await ageToken('teen16to17')).token, 'hello');
});
afterAll(() => Promise.all([server.close(), withZdr.close()]));
beforeEach(() => {
  for (const s of [server, withZdr]) {
    s.fake.script({});
    s.escalations.length = 0;
    s.logs.length = 0;
  }
});

describe('fails closed', () => {
  it('holds the message when moderation is down: nothing generated is released', async () => {
    server.fake.script({ moderation: { fail: 503 } });
    const { token } = await ageToken('teen16to17');
    const reply = await chat(server.chatUrl, token, 'hello there');
    expect(reply.status).toBe(200);
    expect(reply.safety).toEqual([expect.objectContaining({ action: 'hold', stage: 'input' })]);
    expect(reply.safety[0]?.message.length).toBeGreaterThan(10);
    expect(reply.text).toBe('');
    expect(reply.done?.finishReason).toBe('held');
    expect(server.fake.moderationRequests()).toHaveLength(1);
    await expectNoReplyReleased(server.fake, reply);
    expect(server.logs).toContainEqual(
      expect.objectContaining({
        event: 'check_failed',
        stage: 'input',
        check: 'openai-moderation',
        cause: expect.stringMatching(/_503$/),
      }),
    );
    expect(JSON.stringify(server.logs)).not.toContain('hello there');
  });

  it('holds the message when moderation times out', async () => {
    server.fake.script({ moderation: { hang: true } });
    const { token } = await ageToken('teen16to17');
    const reply = await chat(server.chatUrl, token, 'hello');
    expect(reply.safety[0]).toMatchObject({ action: 'hold', stage: 'input' });
    // A timeout passes: the same message may go through when asked again.
    expect(reply.safety[0]).not.toHaveProperty('retryable');
    expect(reply.done?.finishReason).toBe('held');
    await expectNoReplyReleased(server.fake, reply);
    expect(server.logs).toContainEqual(expect.objectContaining({ code: 'check_timeout' }));
  });

  it('still shows help lines and escalates a worrying message it then cannot finish checking', async () => {
    server.fake.script({ moderation: { fail: 500 } });
    const { token } = await ageToken('teen13to15');
    const reply = await chat(server.chatUrl, token, 'i want to kill myself');
    expect(reply.safety.map((s) => s.action)).toEqual(['escalate', 'hold']);
    expect(reply.safety[0]?.showCrisisResources).toBe(true);
    expect(reply.done?.finishReason).toBe('held');
    expect(server.escalations.some((e) => e.category === 'self-harm')).toBe(true);
    await expectNoReplyReleased(server.fake, reply);
  });

  it('stops the reply when output moderation fails, keeping only text that passed', async () => {
    // Request 0 is the input check; the reply's windows come after.
    server.fake.script({
      moderation: { fail: 503, from: 2 },
      responses: {
        deltas: [
          'First checked sentence here. ',
          'Second sentence is here as well. ',
          ...Array(20).fill('Third sentence is never shown. '),
        ],
        delayMs: 40,
      },
    });
    const { token } = await ageToken('teen16to17');
    const reply = await chat(server.chatUrl, token, 'hello');
    expect(reply.text).toBe('First checked sentence here. ');
    expect(reply.raw).not.toMatch(/Second|Third/);
    expect(reply.safety).toEqual([expect.objectContaining({ action: 'hold', stage: 'output' })]);
    expect(reply.done?.finishReason).toBe('held');
    await vi.waitFor(() => expect(server.fake.responseRequests()[0]?.closedEarly).toBe(true));
  });

  it('stops the reply when output moderation times out', async () => {
    server.fake.script({
      moderation: { hang: true, from: 1 },
      responses: { deltas: ['Never shown at all. ', 'Nope.'] },
    });
    const { token } = await ageToken('teen16to17');
    const reply = await chat(server.chatUrl, token, 'hello');
    expect(reply.text).toBe('');
    expect(reply.done?.finishReason).toBe('held');
  });

  it('stops a reply that goes silent, with an error line', async () => {
    server.fake.script({ responses: { deltas: ['Fine first sentence here. ', 'then silence'], hangAfter: 1 } });
    const { token } = await ageToken('teen16to17');
    const reply = await chat(server.chatUrl, token, 'hello');
    expect(reply.text).toBe('Fine first sentence here. ');
    expect(reply.events.find((e) => e.type === 'error')).toMatchObject({ code: 'upstream_error' });
    expect(reply.done?.finishReason).toBe('error');
    await vi.waitFor(() => expect(server.fake.responseRequests()[0]?.closedEarly).toBe(true));
  });
});

describe('zero data retention', () => {
  it('makes no upstream call at all for an under-13 without it, and says so kindly', async () => {
    const { token } = await ageToken('under13');
    const reply = await chat(server.chatUrl, token, 'what do whales eat?');
    expect(reply.safety).toEqual([expect.objectContaining({ action: 'hold', stage: 'input' })]);
    // Asking again cannot lift this hold, so the chat offers no "Try again".
    expect(reply.safety[0]).toMatchObject({ retryable: false });
    expect(reply.done?.finishReason).toBe('held');
    expect(server.fake.requests).toHaveLength(0);
  });

  it('holds a child below their country’s age of digital consent the same way', async () => {
    const { token } = await ageToken('teen13to15', 'required');
    const reply = await chat(server.chatUrl, token, 'what do whales eat?');
    expect(reply.done?.finishReason).toBe('held');
    expect(server.fake.requests).toHaveLength(0);
  });

  it('still shows help lines and escalates for an under-13 without it, locally', async () => {
    const { token } = await ageToken('under13');
    const reply = await chat(server.chatUrl, token, 'i want to kill myself');
    expect(reply.safety.map((s) => s.action)).toEqual(['escalate', 'hold']);
    expect(server.escalations.length).toBeGreaterThan(0);
    expect(server.fake.requests).toHaveLength(0);
  });

  it('lets an under-13 chat when it is declared, with personal data scrubbed before anything leaves', async () => {
    const { token } = await ageToken('under13');
    const message = 'my email is maya.lopez@example.com and my phone is 555-123-4567';
    const reply = await chat(withZdr.chatUrl, token, message, {
      history: [
        { role: 'user', content: 'hi, write to maya.lopez@example.com' },
        { role: 'assistant', content: 'Hello!' },
      ],
    });
    expect(reply.done?.finishReason).toBe('stop');
    const sent = JSON.stringify(withZdr.fake.requests.map((r) => r.body));
    expect(sent).not.toContain('maya.lopez@example.com');
    expect(sent).not.toContain('555-123-4567');
    expect(moderatedTexts(withZdr.fake).join(' ')).toContain('[email]');
    expect(withZdr.fake.responseRequests()).toHaveLength(1);
  });
});
