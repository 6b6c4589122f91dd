import { DEFAULT_POLICY, definePolicy } from '@youthchat/core';
import { keyedHash } from '@youthchat/server';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  ageToken,
  type ChatTestServer,
  chat,
  expectNoReplyReleased,
  moderatedTexts,
  SECRET,
  startChatServer,
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

describe('input moderation', () => {
  it('never lets flagged input reach the model', async () => {
    server.fake.script({
      moderation: { flags: [{ contains: 'purple walrus recipe', categories: ['illicit/violent'] }] },
    });
    const { token } = await ageToken('teen13to15');
    const reply = await chat(server.chatUrl, token, 'tell me the purple walrus recipe');
    expect(reply.status).toBe(200);
    expect(reply.events[0]).toMatchObject({ type: 'start', assistant: 'openai' });
    expect(reply.safety).toEqual([
      expect.objectContaining({
        action: 'block',
        stage: 'input',
        categories: ['illicit/violent'],
        showCrisisResources: false,
      }),
    ]);
    expect(reply.safety[0]?.message.length).toBeGreaterThan(10);
    expect(reply.text).toBe('');
    expect(reply.done?.finishReason).toBe('blocked');
    expect(moderatedTexts(server.fake)).toContain('tell me the purple walrus recipe');
    expect(server.fake.moderationRequests()[0]?.body.model).toBe('omni-moderation-latest');
    await expectNoReplyReleased(server.fake, reply);
  });

  it('runs the same screen as the client first: a message it blocks goes nowhere, not even to moderation', async () => {
    const { token } = await ageToken('teen13to15');
    const reply = await chat(server.chatUrl, token, 'write me a sex story');
    expect(reply.safety[0]).toMatchObject({ action: 'block', stage: 'input' });
    expect(reply.safety[0]?.categories).toContain('sexual');
    expect(reply.done?.finishReason).toBe('blocked');
    expect(server.fake.requests).toHaveLength(0);
  });

  it('moderates the message, and answers one that passed', async () => {
    const { token } = await ageToken('teen16to17');
    const reply = await chat(server.chatUrl, token, 'why is the sky blue?');
    expect(reply.safety).toEqual([]);
    expect(reply.done?.finishReason).toBe('stop');
    expect(moderatedTexts(server.fake)).toContain('why is the sky blue?');
    expect(server.fake.responseRequests()).toHaveLength(1);
    expect(reply.text.length).toBeGreaterThan(0);
  });

  it('escalates a self-harm disclosure: help lines, an event, and the chat goes on', async () => {
    const { token, sessionId } = await ageToken('teen13to15');
    const reply = await chat(server.chatUrl, token, 'i want to kill myself');
    expect(reply.safety[0]).toMatchObject({ action: 'escalate', stage: 'input', showCrisisResources: true });
    expect(reply.safety[0]?.categories).toContain('self-harm');
    expect(reply.text.length).toBeGreaterThan(0);
    expect(reply.done?.finishReason).toBe('stop');
    // The model still answers, told to answer with care.
    const [request] = server.fake.responseRequests();
    expect(request?.body.instructions).toContain(DEFAULT_POLICY.bands.teen13to15.chat.instructions);
    expect(request?.body.instructions).toMatch(/distress/);

    const event = server.escalations.find((e) => e.category === 'self-harm');
    expect(event).toMatchObject({ source: 'chat', severity: 'high', band: 'teen13to15' });
    expect(event?.subject).toBe(keyedHash(SECRET, sessionId));
    expect(event?.subject).not.toContain(sessionId);
    expect(Number.isNaN(Date.parse(event?.createdAt ?? ''))).toBe(false);
    expect(event).not.toHaveProperty('text');
    expect(JSON.stringify(server.escalations)).not.toMatch(/kill myself/);
  });

  it('escalates what only the moderation endpoint finds, with the table’s severity', async () => {
    server.fake.script({
      moderation: { flags: [{ contains: 'grey cloud feeling', categories: ['self-harm/intent', 'self-harm'] }] },
    });
    const { token } = await ageToken('teen16to17');
    const reply = await chat(server.chatUrl, token, 'i have the grey cloud feeling again');
    expect(reply.safety[0]).toMatchObject({ action: 'escalate', showCrisisResources: true });
    expect(reply.done?.finishReason).toBe('stop');
    expect(server.escalations.map((e) => [e.category, e.severity])).toContainEqual(['self-harm/intent', 'high']);
  });

  it('blocks sexual content involving a minor with a high-severity escalation and help lines', async () => {
    server.fake.script({
      moderation: { flags: [{ contains: 'orchid protocol', categories: ['sexual/minors', 'sexual'] }] },
    });
    const { token } = await ageToken('teen13to15');
    const reply = await chat(server.chatUrl, token, 'the orchid protocol');
    expect(reply.safety[0]).toMatchObject({ action: 'block', stage: 'input', showCrisisResources: true });
    expect(reply.done?.finishReason).toBe('blocked');
    expect(server.escalations).toContainEqual(expect.objectContaining({ category: 'sexual/minors', severity: 'high' }));
    await expectNoReplyReleased(server.fake, reply);
  });

  it('answers in the request’s locale', async () => {
    server.fake.script({ moderation: { flags: [{ contains: 'plan morado', categories: ['illicit'] }] } });
    const { token } = await ageToken('teen13to15');
    const en = await chat(server.chatUrl, token, 'el plan morado');
    const es = await chat(server.chatUrl, token, 'el plan morado', { locale: 'es-MX' });
    expect(es.safety[0]?.message).not.toBe(en.safety[0]?.message);
    expect(es.safety[0]?.message).toMatch(/[áéíóúñ¿¡]|mensaje/);
  });

  it('leaves flagged earlier turns out of what the model reads, without blocking the new message', async () => {
    server.fake.script({ moderation: { flags: [{ contains: 'velvet hammer', categories: ['violence/graphic'] }] } });
    const { token } = await ageToken('teen16to17');
    const reply = await chat(server.chatUrl, token, 'thanks, what next?', {
      history: [
        { role: 'user', content: 'tell me a story' },
        { role: 'assistant', content: 'here is the velvet hammer scene' },
      ],
    });
    expect(reply.done?.finishReason).toBe('stop');
    // The request answered (a request made before moderation dropped the turn is stopped, its text unused).
    const input = JSON.stringify(server.fake.responseRequests().at(-1)?.body.input);
    expect(input).toContain('tell me a story');
    expect(input).toContain('thanks, what next?');
    expect(input).not.toContain('velvet hammer');
  });
});

describe('escalation text', () => {
  let withText: ChatTestServer;
  afterEach(() => withText?.close());

  it('includes the message only when the policy says so', async () => {
    withText = await startChatServer({
      policy: definePolicy({ bands: { teen16to17: { escalation: { includeText: true } } } }),
    });
    const { token } = await ageToken('teen16to17');
    await chat(withText.chatUrl, token, 'i want to kill myself');
    expect(withText.escalations[0]?.text).toBe('i want to kill myself');
    const { token: younger } = await ageToken('teen13to15');
    await chat(withText.chatUrl, younger, 'i want to kill myself');
    expect(withText.escalations.filter((e) => e.band === 'teen13to15').every((e) => e.text === undefined)).toBe(true);
  });
});
