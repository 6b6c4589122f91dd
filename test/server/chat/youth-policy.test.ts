import { definePolicy, YOUTH_SAFETY_POLICY_VERSION } from '@youthchat/core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { FakeVerdict } from '../fixtures/fake-openai.ts';
import {
  ageToken,
  type ChatTestServer,
  chat,
  expectNoReplyReleased,
  moderatedTexts,
  startChatServer,
} from './helpers.ts';

/** Three turns, each harmless alone: a daily game, an adult, then where the child will be alone. */
const GROOMING_TURNS = [
  { role: 'user' as const, content: 'we play every evening' },
  { role: 'assistant' as const, content: 'That sounds like fun. What game do you play?' },
  { role: 'user' as const, content: 'he is nineteen and really funny' },
  { role: 'assistant' as const, content: 'It is nice to have someone to play with.' },
];
const GROOMING_LATEST = 'he asked what time i get home';

const GROOMING: FakeVerdict = {
  violation: true,
  categories: ['grooming'],
  severity: 'high',
  rationale:
    'RATIONALE-MARKER an adult, daily contact, then when the child gets home: a grooming pattern across turns.',
};

let server: ChatTestServer;
let withText: ChatTestServer;
let completions: ChatTestServer;
let onReply: ChatTestServer;
beforeAll(async () => {
  [server, withText, completions, onReply] = await Promise.all([
    startChatServer({ safetyClassifier: {} }),
    // A band that allows text in escalation events (the rationale may go along), with its own edition of the policy.
    startChatServer({
      safetyClassifier: {},
      policy: definePolicy({
        bands: {
          teen13to15: {
            escalation: { includeText: true },
            classifier: {
              version: 'school-3',
              sections: { grooming: { extend: true, violates: ['EDITION-MARKER asking where the child goes alone.'] } },
            },
          },
        },
      }),
    }),
    startChatServer({ safetyClassifier: { api: 'chat-completions', model: 'gpt-oss-safeguard-20b' } }),
    startChatServer({ safetyClassifier: { onReply: true } }),
  ]);
});
afterAll(() => Promise.all([server.close(), withText.close(), completions.close(), onReply.close()]));
beforeEach(() => {
  for (const s of [server, withText, completions, onReply]) {
    s.fake.script({});
    s.escalations.length = 0;
    s.logs.length = 0;
  }
});

describe('youth-policy classifier', () => {
  it('escalates a grooming pattern spread over turns that no single message shows to moderation or the screen', async () => {
    const { token } = await ageToken('teen13to15');
    // Without the classifier's verdict nothing in these turns is flagged: the reply goes out, no one is told.
    const calm = await chat(server.chatUrl, token, GROOMING_LATEST, { history: GROOMING_TURNS });
    expect(calm.safety).toEqual([]);
    expect(calm.done?.finishReason).toBe('stop');
    expect(server.escalations).toEqual([]);
    expect(server.fake.classifierRequests()).toHaveLength(1);

    server.fake.script({
      classifier: {
        rules: [{ containsAll: ['every evening', 'nineteen', 'what time i get home'], verdict: GROOMING }],
      },
    });
    const reply = await chat(server.chatUrl, token, GROOMING_LATEST, { history: GROOMING_TURNS });
    // Moderation read every turn and flagged none (the fake flags nothing unless told to).
    expect(server.fake.moderationRequests()[0]?.body.input).toEqual([
      GROOMING_LATEST,
      ...GROOMING_TURNS.map((t) => t.content),
    ]);
    expect(moderatedTexts(server.fake)).toContain(GROOMING_LATEST);
    expect(reply.safety[0]).toMatchObject({
      action: 'escalate',
      stage: 'input',
      categories: ['grooming'],
      showCrisisResources: true,
    });
    await expect.poll(() => server.escalations.length).toBe(1);
    expect(server.escalations[0]).toMatchObject({
      source: 'chat',
      category: 'grooming',
      severity: 'high',
      band: 'teen13to15',
      policyVersion: YOUTH_SAFETY_POLICY_VERSION,
    });
    // The band keeps text out of events, and so the rationale too.
    expect(server.escalations[0]).not.toHaveProperty('rationale');
    expect(server.escalations[0]).not.toHaveProperty('text');
  });

  it('sends the earlier turns of both sides, the policy for the band, the JSON schema and the keyed safety identifier', async () => {
    const { token, sessionId } = await ageToken('teen13to15');
    await chat(server.chatUrl, token, GROOMING_LATEST, { history: GROOMING_TURNS });
    const [request] = server.fake.classifierRequests();
    const body = request?.body;
    expect(request?.path).toBe('/v1/responses');
    expect(body.stream).toBe(false);
    expect(body.store).toBe(false);
    expect(body.model).toBe('gpt-5.6-luna');
    expect(body.text.format).toMatchObject({ type: 'json_schema', strict: true, name: 'youth_safety_verdict' });
    expect(body.text.format.schema.required).toEqual(['violation', 'categories', 'severity', 'rationale']);
    expect(body.instructions).toContain(`Youth safety policy (version ${YOUTH_SAFETY_POLICY_VERSION})`);
    expect(body.instructions).toContain('young teenager aged 13 to 15');
    const sent = JSON.parse(String(body.input[0].content).slice(String(body.input[0].content).indexOf('{')));
    expect(sent.conversation).toEqual([
      { role: 'child', text: GROOMING_TURNS[0]?.content },
      { role: 'assistant', text: GROOMING_TURNS[1]?.content },
      { role: 'child', text: GROOMING_TURNS[2]?.content },
      { role: 'assistant', text: GROOMING_TURNS[3]?.content },
      { role: 'child', text: GROOMING_LATEST },
    ]);
    expect(body.safety_identifier).toMatch(/^[A-Za-z0-9_-]{20,}$/);
    expect(body.safety_identifier).not.toContain(sessionId);
    // The same keyed identifier goes with the moderation request and the generation.
    expect(server.fake.moderationRequests()[0]?.body.safety_identifier).toBe(body.safety_identifier);
    expect(server.fake.responseRequests()[0]?.body.safety_identifier).toBe(body.safety_identifier);
  });

  it('sends scrubbed text: personal details never reach the classifier', async () => {
    const { token } = await ageToken('teen13to15');
    await chat(server.chatUrl, token, 'my number is 07700 900123 and i live at 12 Oak Street', {
      history: [{ role: 'user', content: 'email me at sam.smith@example.com' }],
    });
    const sent = JSON.stringify(server.fake.classifierRequests()[0]?.body.input);
    expect(sent).not.toContain('07700 900123');
    expect(sent).not.toContain('sam.smith@example.com');
    expect(sent).toContain('[phone]');
  });

  it('bounds what it sends: the latest turns only, within the character budget', async () => {
    const { token } = await ageToken('teen16to17');
    const history = Array.from({ length: 30 }, (_, i) => ({
      role: (i % 2 === 0 ? 'user' : 'assistant') as 'user' | 'assistant',
      content: `turn number ${i} ${'x'.repeat(900)}`,
    }));
    await chat(server.chatUrl, token, 'and the latest one', { history });
    const content = String(server.fake.classifierRequests()[0]?.body.input[0].content);
    const sent = JSON.parse(content.slice(content.indexOf('{'))) as { conversation: { text: string }[] };
    expect(sent.conversation.length).toBeLessThanOrEqual(12);
    expect(sent.conversation.map((t) => t.text).join('').length).toBeLessThanOrEqual(8000);
    expect(sent.conversation.at(-1)?.text).toBe('and the latest one');
    expect(content).toContain('turn number 29');
    expect(content).not.toContain('turn number 0 ');
  });

  it('never puts the rationale in the child stream or the logs, and only where the policy allows text in events', async () => {
    const { token } = await ageToken('teen13to15');
    for (const s of [server, withText]) {
      s.fake.script({ classifier: { fallback: GROOMING } });
      const reply = await chat(s.chatUrl, token, GROOMING_LATEST, { history: GROOMING_TURNS });
      expect(reply.raw).not.toContain('RATIONALE-MARKER');
      expect(reply.raw).not.toContain('grooming pattern');
      expect(reply.safety[0]?.categories).toEqual(['grooming']);
      expect(JSON.stringify(s.logs)).not.toContain('RATIONALE-MARKER');
      await expect.poll(() => s.escalations.length).toBe(1);
    }
    expect(server.escalations[0]?.rationale).toBeUndefined();
    expect(withText.escalations[0]?.rationale).toBe(GROOMING.rationale);
    expect(withText.escalations[0]?.policyVersion).toBe(`${YOUTH_SAFETY_POLICY_VERSION}+school-3`);
    expect(withText.fake.classifierRequests()[0]?.body.instructions).toContain('EDITION-MARKER');
    expect(server.fake.classifierRequests()[0]?.body.instructions).not.toContain('EDITION-MARKER');
  });

  it('maps categories: aliases to the table, unknown names conservatively to youth-policy (withheld, escalated); a higher severity raises the event', async () => {
    const { token } = await ageToken('teen13to15');
    server.fake.script({
      classifier: {
        rules: [
          {
            containsAll: ['challenge'],
            verdict: { violation: true, categories: ['Dangerous_Challenges'], severity: 'high', rationale: 'r' },
          },
          {
            containsAll: ['weird'],
            verdict: { violation: true, categories: ['some-new-harm'], severity: 'low', rationale: 'r' },
          },
        ],
      },
    });
    const alias = await chat(server.chatUrl, token, 'should i try the challenge everyone is doing');
    expect(alias.safety[0]).toMatchObject({ action: 'escalate', categories: ['dangerous-activity'] });
    const unknown = await chat(server.chatUrl, token, 'something weird');
    expect(unknown.safety[0]).toMatchObject({ action: 'block', categories: ['youth-policy'] });
    expect(unknown.text).toBe('');
    // Only the escalated message was answered (with care); what was asked for while the classifier judged is dropped.
    expect(server.fake.responseRequests().filter((r) => /distress/.test(r.body.instructions))).toHaveLength(1);
    // The table says medium for both: the classifier's high raises one, its low never lowers the other.
    await expect
      .poll(() => server.escalations.map((e) => [e.category, e.severity]))
      .toEqual([
        ['dangerous-activity', 'high'],
        ['youth-policy', 'medium'],
      ]);
  });

  it("leaves adults' chats alone (the policy is written for minors)", async () => {
    const { token } = await ageToken('adult');
    server.fake.script({ classifier: { fallback: GROOMING } });
    const reply = await chat(server.chatUrl, token, GROOMING_LATEST, { history: GROOMING_TURNS });
    expect(reply.done?.finishReason).toBe('stop');
    expect(server.fake.classifierRequests()).toHaveLength(0);
  });

  it('speaks Chat Completions with a json_schema response format for endpoints that only speak that', async () => {
    const { token } = await ageToken('teen13to15');
    completions.fake.script({ classifier: { fallback: GROOMING } });
    const reply = await chat(completions.chatUrl, token, GROOMING_LATEST, { history: GROOMING_TURNS });
    const [request] = completions.fake.classifierRequests();
    expect(request?.path).toBe('/v1/chat/completions');
    expect(request?.body.model).toBe('gpt-oss-safeguard-20b');
    expect(request?.body.response_format).toMatchObject({
      type: 'json_schema',
      json_schema: { name: 'youth_safety_verdict', strict: true },
    });
    expect(request?.body.messages[0]).toMatchObject({ role: 'system' });
    expect(request?.body.messages[0].content).toContain('## Criteria');
    expect(request?.body.messages[1].content).toContain('nineteen');
    expect(request?.body.safety_identifier).toEqual(expect.any(String));
    expect(reply.safety[0]).toMatchObject({ action: 'escalate', categories: ['grooming'] });
  });
});

describe('youth-policy classifier on the reply (onReply)', () => {
  it("judges the reply's windows after the conversation, and withholds one it finds against the policy", async () => {
    const { token } = await ageToken('teen13to15');
    onReply.fake.script({
      responses: { deltas: ['Sure, here is a fun fact about space. ', 'Lets be boyfriend and girlfriend, ok?'] },
      classifier: {
        rules: [
          {
            containsAll: ['girlfriend'],
            verdict: { violation: true, categories: ['roleplay'], severity: 'low', rationale: 'romantic role-play' },
          },
        ],
      },
    });
    const reply = await chat(onReply.chatUrl, token, 'tell me something');
    expect(reply.text).toBe('Sure, here is a fun fact about space. ');
    expect(reply.safety[0]).toMatchObject({ action: 'block', stage: 'output' });
    const requests = onReply.fake.classifierRequests();
    // The message, then the reply's windows: its first clause ("Sure, "), the rest of the sentence, and the one withheld.
    expect(requests.length).toBe(4);
    const last = String(requests.at(-1)?.body.input[0].content);
    expect(last).toContain("Classify the assistant's latest message");
    expect(last).toContain('tell me something');
    expect(server.fake.classifierRequests()).toHaveLength(0);
  });
});

describe('youth-policy classifier fails closed', () => {
  const cases: [string, Parameters<ChatTestServer['fake']['script']>[0]['classifier']][] = [
    ['an outage (500)', { fail: 500 }],
    ['a timeout', { hang: true }],
    ['output that is not JSON', { fallback: 'I think this is fine.' }],
    ['JSON of another shape', { fallback: '{"violation": false, "categories": []}' }],
    ['a field of the wrong type', { fallback: '{"violation":"no","categories":[],"severity":"none","rationale":""}' }],
    ['an unknown severity', { fallback: '{"violation":false,"categories":[],"severity":"mild","rationale":""}' }],
    ['extra fields', { fallback: '{"violation":false,"categories":[],"severity":"none","rationale":"","ok":1}' }],
    ['an incomplete answer', { incomplete: true }],
  ];
  it.each(cases)("holds a minor's message on %s: nothing is generated", async (_, classifier) => {
    const { token } = await ageToken('teen13to15');
    for (const s of [server, completions]) {
      s.fake.script({ classifier: classifier ?? {} });
      const reply = await chat(s.chatUrl, token, 'hello there');
      expect(reply.safety).toEqual([expect.objectContaining({ action: 'hold', stage: 'input' })]);
      expect(reply.done?.finishReason).toBe('held');
      expect(reply.text).toBe('');
      await expectNoReplyReleased(s.fake, reply);
      expect(s.logs).toContainEqual(expect.objectContaining({ event: 'check_failed', check: 'youth-policy' }));
      expect(JSON.stringify(s.logs)).not.toContain('hello there');
      expect(JSON.stringify(s.logs)).not.toContain('I think this is fine');
    }
  });
});
