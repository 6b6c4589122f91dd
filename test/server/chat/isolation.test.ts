import { createChatHandler, createYouthchatHandler } from '@youthchat/server';
import { createEnginePool, type EnginePool, type RunningServer, serve } from '@youthchat/server/node';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { ageToken, postChat, readReply, SECRET } from './helpers.ts';

/**
 * A hostile body: runs of capitalised words (the name finder's worst case) in
 * the history, runs of risk words (the screen's) in the child's messages.
 * `replies` earlier replies of 6,000 characters: 9 stay under the cap on
 * characters screened per request, 12 fill the body limit and go past it.
 */
function hostileBody(replies: number): unknown {
  const messages: { role: 'user' | 'assistant'; content: string }[] = [];
  for (let i = 0; i < replies; i++) {
    messages.push({ role: 'user', content: 'want die '.repeat(111) });
    messages.push({ role: 'assistant', content: 'Ab Cd '.repeat(1000) });
  }
  messages.push({ role: 'user', content: 'Ab '.repeat(333) });
  return { messages };
}

let pool: EnginePool;
let server: RunningServer;
let chatUrl: string;
beforeAll(async () => {
  pool = createEnginePool({ threads: 2, timeoutMs: 5000 });
  await pool.ready();
  const chat = createChatHandler({
    secret: SECRET,
    engine: pool,
    offlineDelayMs: 0,
    rateLimitPerMinute: 1000,
    log: () => {},
  });
  server = await serve(createYouthchatHandler({ secret: SECRET, routes: { '/chat': chat } }));
  chatUrl = `${server.url}/api/chat`;
});
afterAll(async () => {
  await server.close();
  await pool.close();
});

it('answers another client ahead of hostile bodies at the size limit that are being screened', async () => {
  const hostile = await Promise.all(Array.from({ length: 6 }, () => ageToken('teen16to17')));
  const calm = await ageToken('under13');
  // Warm the route once, so the measurement below is of waiting, not of first use.
  await readReply(await postChat(chatUrl, calm.token, { messages: [{ role: 'user', content: 'hi' }] }));

  const t0 = performance.now();
  const finished: number[] = [];
  const attacks = hostile.map(async ({ token }, i) => {
    const reply = await readReply(await postChat(chatUrl, token, hostileBody(i % 2 === 0 ? 9 : 12)));
    if (i % 2 === 0) finished.push(performance.now() - t0);
    return reply;
  });
  await new Promise((resolve) => setTimeout(resolve, 30));
  const started = performance.now();
  const reply = await readReply(
    await postChat(chatUrl, calm.token, { messages: [{ role: 'user', content: 'what is a volcano?' }] }),
  );
  const waited = performance.now() - started;
  const calmDone = performance.now() - t0;
  const results = await Promise.all(attacks);

  expect(reply.done?.finishReason).toBe('stop');
  // Not behind the hostile work: the calm reply is done before the hostile bodies sent before it are read. On an
  // idle two-core machine it takes 150–270 ms; a loaded test machine slows both sides, so the order is what holds.
  expect(calmDone, `the calm client waited ${waited.toFixed(0)} ms`).toBeLessThan(Math.max(...finished));
  expect(waited).toBeLessThan(5000);
  // The hostile messages are answered too: held or read, never a failure of the server.
  for (const [i, attack] of results.entries()) {
    if (i % 2 === 1) {
      expect(attack.status).toBe(413);
      continue;
    }
    expect(attack.status).toBe(200);
    expect(['stop', 'held', 'blocked']).toContain(attack.done?.finishReason);
  }
});
