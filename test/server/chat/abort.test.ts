import { afterAll, beforeAll, expect, it, vi } from 'vitest';
import { ageToken, type ChatTestServer, postChat, startChatServer, streamEvents } from './helpers.ts';

let server: ChatTestServer;
beforeAll(async () => {
  server = await startChatServer({ checkTimeoutMs: 20_000 });
});
afterAll(() => server.close());

it('stops the upstream stream when the client aborts mid-reply', async () => {
  server.fake.script({
    responses: { deltas: Array.from({ length: 200 }, (_, i) => `Sentence number ${i} is here. `), delayMs: 20 },
  });
  const { token } = await ageToken('teen16to17');
  const controller = new AbortController();
  const response = await postChat(
    server.chatUrl,
    token,
    { messages: [{ role: 'user', content: 'hello' }] },
    { signal: controller.signal },
  );
  let deltas = 0;
  try {
    for await (const event of streamEvents(response)) {
      if (event.type === 'delta' && ++deltas === 2) controller.abort();
    }
  } catch {
    // The aborted read rejects.
  }
  // Windows that passed while the message's checks ran go out together once they pass, so lines already in
  // the read buffer may follow the second.
  expect(deltas).toBeGreaterThanOrEqual(2);
  await vi.waitFor(() => expect(server.fake.responseRequests()[0]?.closedEarly).toBe(true));
  expect(server.fake.responseRequests()[0]?.deltasSent).toBeLessThan(200);
});

it('stops a pending moderation call, and the reply asked for meanwhile, when the client aborts during the input check', async () => {
  server.fake.script({
    moderation: { hang: true },
    responses: { deltas: Array.from({ length: 400 }, (_, i) => `word ${i} `), delayMs: 10 },
  });
  const { token } = await ageToken('teen16to17');
  const controller = new AbortController();
  const response = await postChat(
    server.chatUrl,
    token,
    { messages: [{ role: 'user', content: 'hello' }] },
    { signal: controller.signal },
  );
  await vi.waitFor(() => expect(server.fake.moderationRequests()).toHaveLength(1));
  await vi.waitFor(() => expect(server.fake.responseRequests()).toHaveLength(1));
  controller.abort();
  await response.text().catch(() => {});
  await vi.waitFor(() => expect(server.fake.moderationRequests()[0]?.closedEarly).toBe(true));
  await vi.waitFor(() => expect(server.fake.responseRequests()[0]?.closedEarly).toBe(true));
  expect(server.fake.responseRequests()).toHaveLength(1);
});
