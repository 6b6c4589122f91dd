import { DEFAULT_CHAT_MODEL } from '@youthchat/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ageToken, type ChatTestServer, chat, startChatServer } from './helpers.ts';

let plain: ChatTestServer;
let extraNet: ChatTestServer;
beforeAll(async () => {
  [plain, extraNet] = await Promise.all([startChatServer(), startChatServer({ responsesModeration: true })]);
});
afterAll(() => Promise.all([plain.close(), extraNet.close()]));

describe('models and options', () => {
  it('asks the current flagship by default, with the keyed safety identifier on moderation too', async () => {
    const { token } = await ageToken('teen13to15');
    await chat(plain.chatUrl, token, 'hello');
    const [generation] = plain.fake.responseRequests();
    expect(generation?.body.model).toBe(DEFAULT_CHAT_MODEL);
    expect(generation?.body).not.toHaveProperty('moderation');
    const identifier = generation?.body.safety_identifier;
    expect(identifier).toEqual(expect.any(String));
    for (const request of plain.fake.moderationRequests()) expect(request.body.safety_identifier).toBe(identifier);
  });

  it("adds the Responses API's built-in moderation as an extra net, never in place of the handler's own", async () => {
    const { token } = await ageToken('teen13to15');
    const reply = await chat(extraNet.chatUrl, token, 'hello');
    expect(reply.done?.finishReason).toBe('stop');
    expect(extraNet.fake.responseRequests()[0]?.body.moderation).toEqual({
      model: 'omni-moderation-latest',
      policy: { input: { mode: 'block' }, output: { mode: 'block' } },
    });
    expect(extraNet.fake.moderationRequests().length).toBeGreaterThan(0);
  });

  it('withholds a reply the built-in moderation stopped', async () => {
    const { token } = await ageToken('teen13to15');
    extraNet.fake.script({ responses: { incomplete: 'content_filter' } });
    const reply = await chat(extraNet.chatUrl, token, 'hello');
    expect(reply.done?.finishReason).toBe('blocked');
    expect(reply.safety[0]).toMatchObject({ action: 'block', stage: 'output' });
  });
});
