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

/**
 * An app's remote check on the child's message only, scripted per test: it answers after `delayMs` with a
 * pass, a refusal, an escalation, or fails. Moderation (which also judges the reply's windows) stays fast, so
 * the reply is written and its windows passed long before this check decides.
 */
const slow = {
  delayMs: 0,
  verdict: 'pass' as 'pass' | 'refuse' | 'escalate' | 'throw',
  calls: [] as { start: number; end?: number; replyFinished?: boolean }[],
};
const slowInputCheck: ModerationCheck = {
  name: 'slow-input',
  remote: true,
  check(texts, context) {
    const call: (typeof slow.calls)[number] = { start: performance.now() };
    slow.calls.push(call);
    const { delayMs, verdict } = slow;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        call.end = performance.now();
        call.replyFinished = server.fake.responseRequests()[0]?.finished === true;
        if (verdict === 'throw') return reject(new Error('scripted outage'));
        const found = { refuse: ['illicit/violent'], escalate: ['self-harm/intent'], pass: [] }[verdict];
        resolve(texts.map((_, i) => ({ categories: i === 0 ? found : [] })));
      }, delayMs);
      context.signal.addEventListener('abort', () => {
        clearTimeout(timer);
        reject(context.signal.reason);
      });
    });
  },
};

let server: ChatTestServer;
let strict: ChatTestServer;
beforeAll(async () => {
  [server, strict] = await Promise.all([
    startChatServer({ checkTimeoutMs: 1500, checks: { input: [slowInputCheck] } }),
    startChatServer({ checkTimeoutMs: 1500, overlapInput: false }),
  ]);
  // One reply first, so that no timing below includes the first connections' set-up.
  await chat(server.chatUrl, (await ageToken('teen16to17')).token, 'hello');
});
afterAll(() => Promise.all([server.close(), strict.close()]));
beforeEach(() => {
  for (const s of [server, strict]) {
    s.fake.script({});
    s.escalations.length = 0;
    s.logs.length = 0;
  }
  slow.delayMs = 0;
  slow.verdict = 'pass';
  slow.calls.length = 0;
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
  it('aborts the model when a check refuses after it started streaming: nothing of the reply is sent', async () => {
    slow.delayMs = 300;
    slow.verdict = 'refuse';
    server.fake.script({ responses: { deltas: LONG_REPLY, delayMs: 10 } });
    const { token } = await ageToken('teen13to15');
    const reply = await chat(server.chatUrl, token, 'tell me how volcanoes work');
    expect(reply.events.map((e) => e.type)).toEqual(['start', 'safety', 'done']);
    expect(reply.safety[0]).toMatchObject({ action: 'block', stage: 'input', categories: ['illicit/violent'] });
    expect(reply.done?.finishReason).toBe('blocked');
    expect(reply.raw).not.toContain('Word');
    const [generation, ...more] = server.fake.responseRequests();
    expect(more).toEqual([]);
    // Asked before the check answered; it streamed, its first windows were judged (and passed), and it was cut off.
    expect(generation?.receivedAt).toBeLessThan(slow.calls[0]?.end as number);
    expect(server.fake.moderationRequests().length).toBeGreaterThan(1);
    await vi.waitFor(() => expect(generation?.closedEarly).toBe(true));
    expect(generation?.deltasSent).toBeGreaterThan(0);
    expect(generation?.deltasSent).toBeLessThan(LONG_REPLY.length);
  });

  it('aborts the model when moderation flags the message', async () => {
    server.fake.script({ moderation: { flags: [FLAG], delayMs: 150 }, responses: { deltas: LONG_REPLY, delayMs: 10 } });
    const { token } = await ageToken('teen13to15');
    const reply = await chat(server.chatUrl, token, 'tell me the purple walrus recipe');
    expect(reply.events.map((e) => e.type)).toEqual(['start', 'safety', 'done']);
    expect(reply.safety[0]).toMatchObject({ action: 'block', stage: 'input', categories: ['illicit/violent'] });
    await vi.waitFor(() => expect(server.fake.responseRequests()[0]?.closedEarly).toBe(true));
  });

  it('sends no byte of the reply before a slow check passes, though the model had finished', async () => {
    slow.delayMs = 400;
    server.fake.script({ responses: { deltas: ['Clouds are ', 'tiny drops ', 'of water.'], delayMs: 1 } });
    const { token } = await ageToken('teen13to15');
    const reply = await timedChat(server.chatUrl, token, 'why are clouds white?');
    const [call] = slow.calls;
    // The model was asked, and had answered in full, before the check decided.
    expect(server.fake.responseRequests()[0]?.receivedAt).toBeLessThan(call?.end as number);
    expect(call?.replyFinished).toBe(true);
    // Yet the first delta came only after it.
    expect(reply.firstDeltaAt).toBeGreaterThanOrEqual(call?.end as number);
    expect(reply.text).toBe('Clouds are tiny drops of water.');
    expect(reply.events.at(-1)).toMatchObject({ type: 'done', finishReason: 'stop' });
  });

  it('holds the message and aborts the model when a check is down', async () => {
    slow.delayMs = 250;
    slow.verdict = 'throw';
    server.fake.script({ responses: { deltas: LONG_REPLY, delayMs: 10 } });
    const { token } = await ageToken('teen16to17');
    const reply = await chat(server.chatUrl, token, 'hello there');
    expect(reply.events.map((e) => e.type)).toEqual(['start', 'safety', 'done']);
    expect(reply.safety[0]).toMatchObject({ action: 'hold', stage: 'input' });
    expect(reply.done?.finishReason).toBe('held');
    expect(reply.raw).not.toContain('Word');
    const [generation] = server.fake.responseRequests();
    expect(generation?.receivedAt).toBeLessThan(slow.calls[0]?.end as number);
    await vi.waitFor(() => expect(generation?.closedEarly).toBe(true));
    expect(server.logs).toContainEqual(expect.objectContaining({ event: 'check_failed', check: 'slow-input' }));
  });

  it('holds the message and aborts the model when a check times out', async () => {
    slow.delayMs = 5000;
    server.fake.script({ responses: { deltas: LONG_REPLY, delayMs: 10 } });
    const { token } = await ageToken('teen16to17');
    const reply = await chat(server.chatUrl, token, 'hello there');
    expect(reply.safety).toEqual([expect.objectContaining({ action: 'hold', stage: 'input' })]);
    expect(reply.text).toBe('');
    await vi.waitFor(() => expect(server.fake.responseRequests()[0]?.closedEarly).toBe(true));
    expect(server.logs).toContainEqual(expect.objectContaining({ code: 'check_timeout', check: 'slow-input' }));
  });

  it('answers an escalation as before: the early reply is dropped, the careful one asked for after the checks', async () => {
    slow.delayMs = 200;
    slow.verdict = 'escalate';
    server.fake.script({ responses: { deltas: LONG_REPLY.slice(0, 40), delayMs: 10 } });
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
    expect(careful?.receivedAt).toBeGreaterThanOrEqual(slow.calls[0]?.end as number);
    expect(server.escalations.map((e) => e.category)).toContain('self-harm/intent');
  });

  it('does not start early on a message the local screen escalates', async () => {
    slow.delayMs = 200;
    const { token } = await ageToken('teen13to15');
    const reply = await chat(server.chatUrl, token, 'i want to kill myself');
    expect(reply.safety[0]).toMatchObject({ action: 'escalate', stage: 'input' });
    const generations = server.fake.responseRequests();
    expect(generations).toHaveLength(1);
    expect(generations[0]?.body.instructions).toMatch(/distress/);
    expect(generations[0]?.receivedAt).toBeGreaterThanOrEqual(slow.calls[0]?.end as number);
  });

  it('judges the first windows while the input checks still run, and still releases them in order', async () => {
    slow.delayMs = 300;
    server.fake.script({
      responses: { deltas: ['Sure, ', 'here is ', 'a fact. ', 'Rain is water that falls. '], delayMs: 1 },
    });
    const { token } = await ageToken('teen13to15');
    const reply = await timedChat(server.chatUrl, token, 'tell me a fact');
    const windows = server.fake.moderationRequests().slice(1);
    expect(windows[0]?.body.input).toEqual(['Sure, ']);
    for (const w of windows) expect(w.receivedAt).toBeLessThan(slow.calls[0]?.end as number);
    expect(reply.events.find((e) => e.type === 'delta')).toMatchObject({ text: 'Sure, ' });
    expect(reply.text).toBe('Sure, here is a fact. Rain is water that falls. ');
    expect(reply.firstDeltaAt).toBeGreaterThanOrEqual(slow.calls[0]?.end as number);
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
