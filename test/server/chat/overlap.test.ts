import { DEFAULT_POLICY } from '@youthchat/core';
import {
  type ChatStreamEvent,
  localScreenCheck,
  type ModerationCheck,
  openAIModerationCheck,
  YOUTH_POLICY_CHECK_NAME,
} from '@youthchat/server';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { overlapInputAllowed } from '../../../packages/server/src/chat/overlap.ts';
import { ageToken, type ChatTestServer, chat, postChat, startChatServer, streamEvents } from './helpers.ts';

/** A reply long enough (and slow enough) to be still streaming when a check decides. */
const LONG_REPLY = Array.from({ length: 200 }, (_, i) => `Word ${i}, `);
const FLAG = { contains: 'purple walrus recipe', categories: ['illicit/violent'] };

let server: ChatTestServer;
let strict: ChatTestServer;
beforeAll(async () => {
  [server, strict] = await Promise.all([
    startChatServer({ checkTimeoutMs: 1500 }),
    startChatServer({ checkTimeoutMs: 1500, overlapInput: false }),
  ]);
});
afterAll(() => Promise.all([server.close(), strict.close()]));
beforeEach(() => {
  for (const s of [server, strict]) {
    s.fake.script({});
    s.escalations.length = 0;
    s.logs.length = 0;
  }
});

/** Reads a reply, noting when (`performance.now()`) each event arrived. */
async function timedChat(url: string, token: string, content: string) {
  const response = await postChat(url, token, { messages: [{ role: 'user', content }] });
  const events: { event: ChatStreamEvent; at: number }[] = [];
  for await (const event of streamEvents(response)) events.push({ event, at: performance.now() });
  const deltas = events.filter((e) => e.event.type === 'delta');
  return {
    events: events.map((e) => e.event),
    text: deltas.map((e) => (e.event.type === 'delta' ? e.event.text : '')).join(''),
    firstDeltaAt: deltas[0]?.at,
  };
}

describe('the reply is asked for while the remote input checks judge the message', () => {
  it('aborts the model when moderation refuses after it started streaming: nothing of the reply is sent', async () => {
    server.fake.script({
      moderation: { flags: [FLAG], delayMs: 250 },
      responses: { deltas: LONG_REPLY, delayMs: 10 },
    });
    const { token } = await ageToken('teen13to15');
    const reply = await chat(server.chatUrl, token, 'tell me the purple walrus recipe');
    expect(reply.events.map((e) => e.type)).toEqual(['start', 'safety', 'done']);
    expect(reply.safety[0]).toMatchObject({ action: 'block', stage: 'input', categories: ['illicit/violent'] });
    expect(reply.done?.finishReason).toBe('blocked');
    expect(reply.raw).not.toContain('Word');
    const [generation, ...more] = server.fake.responseRequests();
    expect(more).toEqual([]);
    // It was asked for before moderation answered, had streamed, and was cut off when moderation refused.
    const [moderation] = server.fake.moderationRequests();
    expect(generation?.receivedAt).toBeLessThan((moderation?.receivedAt as number) + 250);
    await vi.waitFor(() => expect(generation?.closedEarly).toBe(true));
    expect(generation?.deltasSent).toBeGreaterThan(0);
    expect(generation?.deltasSent).toBeLessThan(LONG_REPLY.length);
  });

  it('sends no byte of the reply before a slow check passes, though the model had finished', async () => {
    server.fake.script({
      moderation: { delayMs: 300 },
      responses: { deltas: ['Clouds are ', 'tiny drops ', 'of water.'], delayMs: 1 },
    });
    const { token } = await ageToken('teen13to15');
    const reply = await timedChat(server.chatUrl, token, 'why are clouds white?');
    const [input] = server.fake.moderationRequests();
    const [generation] = server.fake.responseRequests();
    // The model was asked before moderation answered, and had finished long before it did.
    expect(generation?.receivedAt).toBeLessThan((input?.receivedAt as number) + 300);
    expect(generation?.finished).toBe(true);
    // Yet the first delta came only after moderation's answer (and the first clause's own check).
    expect(reply.firstDeltaAt).toBeGreaterThanOrEqual((input?.receivedAt as number) + 300);
    expect(reply.text).toBe('Clouds are tiny drops of water.');
    expect(reply.events.at(-1)).toMatchObject({ type: 'done', finishReason: 'stop' });
  });

  it('holds the message and aborts the model when moderation is down', async () => {
    server.fake.script({ moderation: { fail: 503, delayMs: 200 }, responses: { deltas: LONG_REPLY, delayMs: 10 } });
    const { token } = await ageToken('teen16to17');
    const reply = await chat(server.chatUrl, token, 'hello there');
    expect(reply.events.map((e) => e.type)).toEqual(['start', 'safety', 'done']);
    expect(reply.safety[0]).toMatchObject({ action: 'hold', stage: 'input' });
    expect(reply.done?.finishReason).toBe('held');
    expect(reply.raw).not.toContain('Word');
    const [generation] = server.fake.responseRequests();
    await vi.waitFor(() => expect(generation?.closedEarly).toBe(true));
    expect(server.logs).toContainEqual(expect.objectContaining({ event: 'check_failed', check: 'openai-moderation' }));
  });

  it('holds the message and aborts the model when a check times out', async () => {
    server.fake.script({ moderation: { hang: true }, responses: { deltas: LONG_REPLY, delayMs: 10 } });
    const { token } = await ageToken('teen16to17');
    const reply = await chat(server.chatUrl, token, 'hello there');
    expect(reply.safety).toEqual([expect.objectContaining({ action: 'hold', stage: 'input' })]);
    expect(reply.text).toBe('');
    await vi.waitFor(() => expect(server.fake.responseRequests()[0]?.closedEarly).toBe(true));
    expect(server.logs).toContainEqual(expect.objectContaining({ code: 'check_timeout' }));
  });

  it('answers an escalation as before: the early reply is dropped, the careful one asked for after the checks', async () => {
    server.fake.script({
      moderation: { flags: [{ contains: 'grey cloud feeling', categories: ['self-harm/intent'] }], delayMs: 150 },
      responses: { deltas: LONG_REPLY.slice(0, 40), delayMs: 10 },
    });
    const { token } = await ageToken('teen16to17');
    const reply = await chat(server.chatUrl, token, 'i have the grey cloud feeling again');
    expect(reply.events.map((e) => e.type).slice(0, 3)).toEqual(['start', 'safety', 'delta']);
    expect(reply.safety).toEqual([
      expect.objectContaining({ action: 'escalate', stage: 'input', showCrisisResources: true }),
    ]);
    expect(reply.done?.finishReason).toBe('stop');
    expect(reply.text).toBe(LONG_REPLY.slice(0, 40).join(''));
    const [early, careful, ...more] = server.fake.responseRequests();
    expect(more).toEqual([]);
    expect(early?.body.instructions).not.toMatch(/distress/);
    expect(early?.closedEarly).toBe(true);
    expect(careful?.body.instructions).toMatch(/distress/);
    expect(careful?.receivedAt).toBeGreaterThanOrEqual((server.fake.moderationRequests()[0]?.receivedAt ?? 0) + 150);
    expect(server.escalations.map((e) => e.category)).toContain('self-harm/intent');
  });

  it('does not start early on a message the local screen escalates', async () => {
    server.fake.script({ moderation: { delayMs: 150 } });
    const { token } = await ageToken('teen13to15');
    const reply = await chat(server.chatUrl, token, 'i want to kill myself');
    expect(reply.safety[0]).toMatchObject({ action: 'escalate', stage: 'input' });
    const generations = server.fake.responseRequests();
    expect(generations).toHaveLength(1);
    expect(generations[0]?.body.instructions).toMatch(/distress/);
    expect(generations[0]?.receivedAt).toBeGreaterThanOrEqual(
      (server.fake.moderationRequests()[0]?.receivedAt ?? 0) + 150,
    );
  });

  it('judges the first window while the input checks still run, and still releases in order', async () => {
    server.fake.script({
      moderation: { delayMs: 200 },
      responses: { deltas: ['Sure, ', 'here is ', 'a fact. ', 'Rain is water that falls. '], delayMs: 1 },
    });
    const { token } = await ageToken('teen13to15');
    const reply = await timedChat(server.chatUrl, token, 'tell me a fact');
    const [input, firstWindow] = server.fake.moderationRequests();
    expect(firstWindow?.body.input).toEqual(['Sure, ']);
    expect(firstWindow?.receivedAt).toBeLessThan((input?.receivedAt as number) + 200);
    expect(reply.text).toBe('Sure, here is a fact. Rain is water that falls. ');
  });
});

describe('no overlap where the message must not reach the model before the checks decide', () => {
  it('with overlapInput: false the model is asked only after every input check passed', async () => {
    strict.fake.script({ moderation: { delayMs: 150 } });
    const { token } = await ageToken('teen13to15');
    const reply = await chat(strict.chatUrl, token, 'why are clouds white?');
    expect(reply.done?.finishReason).toBe('stop');
    const [input] = strict.fake.moderationRequests();
    const [generation] = strict.fake.responseRequests();
    expect(generation?.receivedAt).toBeGreaterThanOrEqual((input?.receivedAt as number) + 150);
  });

  it('with overlapInput: false a refused message never reaches the model', async () => {
    strict.fake.script({ moderation: { flags: [FLAG], delayMs: 100 } });
    const { token } = await ageToken('teen13to15');
    const reply = await chat(strict.chatUrl, token, 'tell me the purple walrus recipe');
    expect(reply.done?.finishReason).toBe('blocked');
    expect(strict.fake.responseRequests()).toHaveLength(0);
  });

  it('an under-13 chat without zero data retention, checked by a first-party classifier, reaches no model', async () => {
    const local = await startChatServer({
      checkTimeoutMs: 1500,
      safetyClassifier: { model: 'gpt-oss-safeguard-20b', firstParty: true },
    });
    try {
      local.fake.script({ classifier: { delayMs: 200 } });
      const { token } = await ageToken('under13');
      const reply = await chat(local.chatUrl, token, 'why are clouds white?');
      expect(reply.done?.finishReason).toBe('held');
      expect(local.fake.classifierRequests()).toHaveLength(1);
      expect(local.fake.responseRequests()).toHaveLength(0);
      expect(local.fake.moderationRequests()).toHaveLength(0);
    } finally {
      await local.close();
    }
  });
});

describe('overlapInputAllowed', () => {
  // Never called here: only whether the check is remote, and whose, counts.
  const client = {} as Parameters<typeof openAIModerationCheck>[0];
  const openai = { kind: 'openai' as const, generate: () => (async function* () {})() };
  const offline = { kind: 'offline-demo' as const, generate: () => (async function* () {})() };
  const screen = localScreenCheck(DEFAULT_POLICY);
  const moderation = openAIModerationCheck(client);
  const firstPartyClassifier: ModerationCheck = { name: YOUTH_POLICY_CHECK_NAME, check: () => [] };
  const otherVendor: ModerationCheck = { name: 'other-vendor', remote: true, check: () => [] };
  const base = { enabled: true, assistant: openai, chatFirstParty: false, sameProvider: new Set([moderation]) };

  it('allows it where the provider sees the message anyway (its moderation runs at the same time)', () => {
    expect(overlapInputAllowed({ ...base, checks: [screen, moderation, firstPartyClassifier] })).toBe(true);
  });

  it('refuses it where only first-party checks (or another vendor’s) would decide before a third-party model', () => {
    expect(overlapInputAllowed({ ...base, checks: [screen, firstPartyClassifier] })).toBe(false);
    expect(overlapInputAllowed({ ...base, checks: [screen, otherVendor] })).toBe(false);
  });

  it('allows it where the reply never leaves the organisation', () => {
    expect(overlapInputAllowed({ ...base, chatFirstParty: true, checks: [screen, firstPartyClassifier] })).toBe(true);
    expect(overlapInputAllowed({ ...base, assistant: offline, checks: [screen] })).toBe(true);
  });

  it('is off when turned off', () => {
    expect(overlapInputAllowed({ ...base, enabled: false, checks: [screen, moderation] })).toBe(false);
  });
});
