import {
  type ChatHandlerOptions,
  createChatHandler,
  createYouthchatHandler,
  type EscalationEvent,
  YOUTH_POLICY_CHECK_NAME,
} from '@youthchat/server';
import { type RunningServer, serve } from '@youthchat/server/node';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type FakeOpenAI, type FakeVerdict, startFakeOpenAI } from '../fixtures/fake-openai.ts';
import { ageToken, chat, expectNoReplyReleased, SECRET } from './helpers.ts';

const GROOMING: FakeVerdict = {
  violation: true,
  categories: ['grooming'],
  severity: 'high',
  rationale: 'An adult asks a child where they will be alone.',
};

/** "Third party": OpenAI's API. "First party": the organisation's own servers (a classifier, a chat model). */
let thirdParty: FakeOpenAI;
let firstPartyClassifier: FakeOpenAI;
let firstPartyChat: FakeOpenAI;
const running: RunningServer[] = [];
const escalations: EscalationEvent[] = [];
const logs: unknown[] = [];

async function start(options: Partial<ChatHandlerOptions>): Promise<string> {
  const chatRoute = createChatHandler({
    secret: SECRET,
    checkTimeoutMs: 1000,
    maxRetries: 0,
    onEscalation: (event) => {
      escalations.push(event);
    },
    log: (entry) => logs.push(entry),
    ...options,
  });
  const server = await serve(createYouthchatHandler({ secret: SECRET, routes: { '/chat': chatRoute } }));
  running.push(server);
  return `${server.url}/api/chat`;
}

let thirdPartyChat: string;
let allFirstParty: string;
let remoteClassifier: string;
beforeAll(async () => {
  [thirdParty, firstPartyClassifier, firstPartyChat] = await Promise.all([
    startFakeOpenAI(),
    startFakeOpenAI(),
    startFakeOpenAI(),
  ]);
  const classifierEndpoint = { apiKey: 'local', baseURL: firstPartyClassifier.baseURL };
  // The chat model is OpenAI's; the classifier is self-hosted.
  thirdPartyChat = await start({
    openai: { apiKey: 'sk-test', baseURL: thirdParty.baseURL },
    safetyClassifier: { model: 'gpt-oss-safeguard-20b', openai: classifierEndpoint, firstParty: true },
  });
  // Both self-hosted.
  allFirstParty = await start({
    openai: { apiKey: 'local', baseURL: firstPartyChat.baseURL },
    chatFirstParty: true,
    safetyClassifier: { model: 'gpt-oss-safeguard-20b', openai: classifierEndpoint, firstParty: true },
  });
  // The classifier is a third party too (not declared first party).
  remoteClassifier = await start({
    openai: { apiKey: 'sk-test', baseURL: thirdParty.baseURL },
    safetyClassifier: { openai: { apiKey: 'sk-test', baseURL: thirdParty.baseURL } },
  });
  // One reply from each first-party server first, so that no check deadline below includes the first connections'
  // set-up (a loaded machine can take most of a second over it).
  const { token } = await ageToken('teen16to17');
  await Promise.all([chat(thirdPartyChat, token, 'hello'), chat(allFirstParty, token, 'hello')]);
});
afterAll(async () => {
  await Promise.all(running.map((s) => s.close()));
  await Promise.all([thirdParty.close(), firstPartyClassifier.close(), firstPartyChat.close()]);
});
beforeEach(() => {
  for (const fake of [thirdParty, firstPartyClassifier, firstPartyChat]) fake.script({});
  escalations.length = 0;
  logs.length = 0;
});

describe('under-13 without zero data retention', () => {
  it('is checked by a first-party classifier, and no request reaches the third party', async () => {
    const { token } = await ageToken('under13');
    firstPartyClassifier.script({ classifier: { rules: [{ containsAll: ['which bus'], verdict: GROOMING }] } });
    const reply = await chat(thirdPartyChat, token, 'he asked which bus i take home', {
      history: [{ role: 'user', content: 'he is nineteen and really funny' }],
    });
    // The classifier saw the conversation.
    const [request] = firstPartyClassifier.classifierRequests();
    expect(request?.body.model).toBe('gpt-oss-safeguard-20b');
    expect(String(request?.body.input[0].content)).toContain('nineteen');
    expect(request?.body.instructions).toContain('a child under 13');
    // Its finding escalates and shows help, although the reply is held (the model is a third party).
    expect(reply.safety.map((s) => s.action)).toEqual(['escalate', 'hold']);
    expect(reply.safety[0]).toMatchObject({ categories: ['grooming'], showCrisisResources: true });
    expect(reply.done?.finishReason).toBe('held');
    await expect.poll(() => escalations.map((e) => e.category)).toEqual(['grooming']);
    expect(escalations[0]).toMatchObject({ band: 'under13', severity: 'high', policyVersion: expect.any(String) });
    expect(thirdParty.requests).toHaveLength(0);
  });

  it('is answered with no third party at all when the chat model is first party too', async () => {
    const { token } = await ageToken('under13');
    const reply = await chat(allFirstParty, token, 'can you help me with my maths homework');
    expect(reply.safety).toEqual([]);
    expect(reply.done?.finishReason).toBe('stop');
    expect(reply.text.length).toBeGreaterThan(10);
    expect(firstPartyClassifier.classifierRequests()).toHaveLength(1);
    expect(firstPartyChat.responseRequests()).toHaveLength(1);
    // Moderation on the self-hosted client stays on that server.
    expect(firstPartyChat.moderationRequests().length).toBeGreaterThan(0);
    expect(thirdParty.requests).toHaveLength(0);
  });

  it('never reaches a classifier that is not declared first party', async () => {
    const { token } = await ageToken('under13');
    const reply = await chat(remoteClassifier, token, 'can you help me with my maths homework');
    expect(reply.safety).toEqual([expect.objectContaining({ action: 'hold' })]);
    expect(thirdParty.requests).toHaveLength(0);
    expect(logs).toContainEqual(expect.objectContaining({ event: 'provider_not_allowed', band: 'under13' }));
  });

  it('holds the message when the first-party classifier is down', async () => {
    const { token } = await ageToken('under13');
    firstPartyClassifier.script({ classifier: { fail: 503 } });
    const reply = await chat(allFirstParty, token, 'hello');
    expect(reply.safety).toEqual([expect.objectContaining({ action: 'hold', stage: 'input' })]);
    // The self-hosted model may have been asked while the classifier judged; nothing it wrote went out.
    await expectNoReplyReleased(firstPartyChat, reply);
    expect(logs).toContainEqual(expect.objectContaining({ event: 'check_failed', check: YOUTH_POLICY_CHECK_NAME }));
    expect(thirdParty.requests).toHaveLength(0);
  });
});

describe('a teen with a third-party classifier', () => {
  it('is checked by it after the local screen, on the third party', async () => {
    const { token } = await ageToken('teen13to15');
    const reply = await chat(remoteClassifier, token, 'hello');
    expect(reply.done?.finishReason).toBe('stop');
    expect(thirdParty.classifierRequests()).toHaveLength(1);
    expect(thirdParty.responseRequests()).toHaveLength(1);
  });
});
