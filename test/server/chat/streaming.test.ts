import {
  type CheckVerdict,
  type EngineJob,
  inProcessEngine,
  type ModerationCheck,
  type SafetyEngine,
} from '@youthchat/server';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  ageToken,
  type ChatTestServer,
  chat,
  expectNoReplyReleased,
  moderatedTexts,
  postChat,
  startChatServer,
  streamEvents,
} from './helpers.ts';

/** One call of a scripted check: what it was asked, and when it started and ended (`performance.now()`). */
interface Call {
  check: string;
  stage: 'input' | 'output';
  text: string;
  start: number;
  end?: number;
  aborted?: boolean;
}

/**
 * A check that answers after `delay(text)` milliseconds with `verdict(text)`
 * (nothing found by default), or throws when `verdict` returns 'throw'.
 * Records every call, and stops when its signal aborts.
 */
function scriptedCheck(
  name: string,
  calls: Call[],
  options: {
    remote?: boolean;
    delay?: (text: string) => number;
    verdict?: (text: string) => CheckVerdict | 'throw';
  } = {},
): ModerationCheck {
  return {
    name,
    ...(options.remote ? { remote: true } : {}),
    check(texts, context) {
      const text = texts[0] ?? '';
      const call: Call = { check: name, stage: context.stage, text, start: performance.now() };
      calls.push(call);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => {
          call.end = performance.now();
          const verdict = options.verdict?.(text) ?? { categories: [] };
          if (verdict === 'throw') reject(new Error('scripted failure'));
          else resolve(texts.map((_, i) => (i === 0 ? verdict : { categories: [] })));
        }, options.delay?.(text) ?? 0);
        context.signal.addEventListener('abort', () => {
          clearTimeout(timer);
          call.aborted = true;
          reject(context.signal.reason);
        });
      });
    },
  };
}

/** An in-process engine that records when each screen job ran. */
function timedEngine(jobs: { kind: EngineJob['kind']; start: number; end: number }[]): SafetyEngine {
  return {
    async run(job, signal) {
      const start = performance.now();
      const result = await inProcessEngine.run(job, signal);
      jobs.push({ kind: job.kind, start, end: performance.now() });
      return result;
    },
  };
}

describe('input checks run at once', () => {
  const calls: Call[] = [];
  const jobs: { kind: EngineJob['kind']; start: number; end: number }[] = [];
  let server: ChatTestServer;
  beforeAll(async () => {
    server = await startChatServer({
      engine: timedEngine(jobs),
      checks: {
        input: [
          scriptedCheck('slow-local', calls, {
            delay: () => 400,
            verdict: (t) => (t.includes('local fails') ? 'throw' : { categories: [] }),
          }),
          scriptedCheck('slow-remote', calls, {
            remote: true,
            delay: () => 400,
            verdict: (t) => (t.includes('walrus') ? { categories: ['illicit/violent'] } : { categories: [] }),
          }),
        ],
      },
    });
    // One reply first, so that no timing below includes the client's first connection.
    await chat(server.chatUrl, (await ageToken('teen16to17')).token, 'hello');
  });
  afterAll(() => server.close());
  beforeEach(() => {
    server.fake.script({ moderation: { delayMs: 150 } });
    server.escalations.length = 0;
    calls.length = 0;
    jobs.length = 0;
  });

  it('overlaps the checks, starts remote ones once the local screen passed, and asks the model meanwhile', async () => {
    const { token } = await ageToken('teen16to17');
    const reply = await chat(server.chatUrl, token, 'why do cats purr?');
    expect(reply.done?.finishReason).toBe('stop');
    const local = calls.find((c) => c.check === 'slow-local' && c.stage === 'input') as Call;
    const remote = calls.find((c) => c.check === 'slow-remote' && c.stage === 'input') as Call;
    const [moderation] = server.fake.moderationRequests();
    const screen = jobs.find((j) => j.kind === 'screen') as { start: number; end: number };
    // Each started before the others ended: they ran at the same time, not one after another.
    expect(remote.start).toBeLessThan(local.end as number);
    expect(local.start).toBeLessThan(remote.end as number);
    expect(moderation?.receivedAt).toBeLessThan(local.end as number);
    expect(moderation?.receivedAt).toBeLessThan(remote.end as number);
    // The app's local check started with the screen; the remote ones only after the screen answered.
    expect(local.start).toBeLessThanOrEqual(screen.end);
    expect(remote.start).toBeGreaterThanOrEqual(screen.end);
    expect(moderation?.receivedAt).toBeGreaterThanOrEqual(screen.end);
    // The model was asked once the screen had passed the message, while the other checks still judged it
    // (overlapInput); nothing of its reply went out before they passed (overlap.test.ts).
    const [generation, ...more] = server.fake.responseRequests();
    expect(more).toEqual([]);
    expect(generation?.receivedAt).toBeGreaterThanOrEqual(screen.end);
    expect(generation?.receivedAt).toBeLessThan(Math.min(local.end as number, remote.end as number));
  });

  it('blocks on a remote check’s finding although the local ones passed, and releases nothing generated', async () => {
    const { token } = await ageToken('teen13to15');
    const reply = await chat(server.chatUrl, token, 'tell me the walrus plan');
    expect(reply.safety).toEqual([expect.objectContaining({ action: 'block', stage: 'input' })]);
    expect(reply.done?.finishReason).toBe('blocked');
    await expectNoReplyReleased(server.fake, reply);
  });

  it('sends a message the local screen blocks to no remote check at all', async () => {
    const { token } = await ageToken('teen13to15');
    const reply = await chat(server.chatUrl, token, 'write me a sex story');
    expect(reply.done?.finishReason).toBe('blocked');
    expect(calls.filter((c) => c.check === 'slow-remote')).toEqual([]);
    expect(server.fake.requests).toHaveLength(0);
  });

  it('sends an earlier turn the local screen blocks to no remote check, while the new message goes on', async () => {
    const { token } = await ageToken('teen16to17');
    const reply = await chat(server.chatUrl, token, 'why do cats purr?', {
      history: [
        { role: 'user', content: 'write me a sex story' },
        { role: 'assistant', content: 'I can’t help with that one.' },
      ],
    });
    expect(reply.done?.finishReason).toBe('stop');
    expect(moderatedTexts(server.fake)).toContain('why do cats purr?');
    expect(moderatedTexts(server.fake)).toContain('I can’t help with that one.');
    expect(moderatedTexts(server.fake).join(' ')).not.toContain('sex story');
    expect(JSON.stringify(server.fake.responseRequests()[0]?.body.input)).not.toContain('sex story');
  });

  it('holds the message when one check fails while the others pass, and still escalates what another found', async () => {
    const { token } = await ageToken('teen13to15');
    const reply = await chat(server.chatUrl, token, 'i want to kill myself, local fails');
    expect(reply.safety.map((s) => s.action)).toEqual(['escalate', 'hold']);
    expect(reply.safety[0]?.showCrisisResources).toBe(true);
    expect(reply.done?.finishReason).toBe('held');
    expect(server.escalations.some((e) => e.category === 'self-harm')).toBe(true);
    await expectNoReplyReleased(server.fake, reply);
    expect(server.logs).toContainEqual(expect.objectContaining({ event: 'check_failed', check: 'slow-local' }));
  });

  it('never runs remote checks for an under-13 without zero data retention', async () => {
    const { token } = await ageToken('under13');
    const reply = await chat(server.chatUrl, token, 'what do whales eat?');
    expect(reply.done?.finishReason).toBe('held');
    expect(calls.map((c) => c.check)).toEqual(['slow-local']);
    expect(server.fake.requests).toHaveLength(0);
  });
});

describe('reply windows judged while the model streams', () => {
  const calls: Call[] = [];
  let server: ChatTestServer;
  const sentences = [
    'Sure, here is the first part of it. ',
    'The second sentence comes next here. ',
    'A third sentence follows after that. ',
    'The fourth sentence ends the answer. ',
  ];
  beforeAll(async () => {
    server = await startChatServer({
      checkTimeoutMs: 5000,
      checks: {
        output: [
          scriptedCheck('paced', calls, {
            // Each window is paced by its own last words: the first ones are judged slowly, later ones quickly,
            // so later verdicts come first.
            delay: (t) =>
              t.endsWith('Sure, ')
                ? 300
                : t.endsWith('of it. ')
                  ? 200
                  : /(next here|forbidden words|unjudgeable)\. $/.test(t)
                    ? 150
                    : 10,
            verdict: (t) =>
              t.endsWith('forbidden words. ')
                ? { categories: ['violence/graphic'] }
                : t.endsWith('unjudgeable. ')
                  ? 'throw'
                  : { categories: [] },
          }),
        ],
      },
    });
  });
  afterAll(() => server.close());
  beforeEach(() => {
    server.fake.script({});
    calls.length = 0;
    server.escalations.length = 0;
  });

  it('releases the first clause first, judges later windows in the meantime, and releases them in order', async () => {
    server.fake.script({ responses: { deltas: sentences, delayMs: 20 } });
    const { token } = await ageToken('teen16to17');
    const response = await postChat(server.chatUrl, token, { messages: [{ role: 'user', content: 'hello' }] });
    const deltas: { text: string; at: number }[] = [];
    for await (const event of streamEvents(response)) {
      if (event.type === 'delta') deltas.push({ text: event.text, at: performance.now() });
    }
    expect(deltas.map((d) => d.text).join('')).toBe(sentences.join(''));
    // The first window is the short first clause.
    expect(deltas[0]?.text).toBe('Sure, ');
    const output = calls.filter((c) => c.stage === 'output');
    expect(output.map((c) => c.text.slice(-12))).toEqual(['Sure, ', ...sentences.map((s) => s.slice(-12))]);
    const first = output[0] as Call;
    // Windows after the first were being judged (and some already judged) before the first one's verdict.
    expect(output.filter((c) => c.start < (first.end as number)).length).toBeGreaterThanOrEqual(3);
    expect(output.filter((c) => (c.end as number) < (first.end as number)).length).toBeGreaterThanOrEqual(1);
    // Yet nothing was released out of order: each window only after its own verdict and every earlier one.
    for (const [i, delta] of deltas.entries()) {
      const judgedUpTo = Math.max(...output.slice(0, i + 1).map((c) => c.end as number));
      expect(delta.at).toBeGreaterThanOrEqual(judgedUpTo);
    }
  });

  it('stops at a window that fails although later windows passed first: nothing after it is released', async () => {
    server.fake.script({
      responses: {
        deltas: [
          'Sure, here is the first part of it. ',
          'The second sentence has forbidden words. ',
          'A third sentence follows after that. ',
          ...Array(20).fill('More text that is never shown. '),
        ],
        delayMs: 20,
      },
    });
    const { token } = await ageToken('teen13to15');
    const reply = await chat(server.chatUrl, token, 'hello');
    // The third window passed before the second's verdict came, and is still never released.
    const third = calls.find((c) => c.stage === 'output' && c.text.endsWith('after that. ')) as Call;
    const second = calls.find((c) => c.stage === 'output' && c.text.endsWith('forbidden words. ')) as Call;
    expect(third.end).toBeLessThan(second.end as number);
    expect(reply.text).toBe('Sure, here is the first part of it. ');
    expect(reply.raw).not.toMatch(/forbidden|third|never shown/);
    expect(reply.safety).toEqual([expect.objectContaining({ action: 'block', stage: 'output' })]);
    expect(reply.done?.finishReason).toBe('blocked');
    await vi.waitFor(() => expect(server.fake.responseRequests()[0]?.closedEarly).toBe(true));
  });

  it('holds the rest of the reply when a window cannot be judged, keeping only the windows before it', async () => {
    server.fake.script({
      responses: {
        deltas: [
          'Sure, here is the first part of it. ',
          'The second sentence is unjudgeable. ',
          'A third sentence follows after that. ',
        ],
        delayMs: 20,
      },
    });
    const { token } = await ageToken('teen16to17');
    const reply = await chat(server.chatUrl, token, 'hello');
    expect(reply.text).toBe('Sure, here is the first part of it. ');
    expect(reply.raw).not.toMatch(/unjudgeable|third/);
    expect(reply.safety).toEqual([expect.objectContaining({ action: 'hold', stage: 'output' })]);
    expect(reply.done?.finishReason).toBe('held');
  });

  it('judges one window at a time with maxInFlight: 1', async () => {
    const serial = await startChatServer({
      windows: { maxInFlight: 1 },
      checks: { output: [scriptedCheck('paced', calls, { delay: () => 40 })] },
    });
    try {
      serial.fake.script({ responses: { deltas: sentences, delayMs: 5 } });
      const { token } = await ageToken('teen16to17');
      const reply = await chat(serial.chatUrl, token, 'hello');
      expect(reply.text).toBe(sentences.join(''));
      const output = calls.filter((c) => c.stage === 'output');
      expect(output.length).toBeGreaterThanOrEqual(2);
      for (const [i, call] of output.entries()) {
        if (i > 0) expect(call.start).toBeGreaterThanOrEqual(output[i - 1]?.end as number);
      }
    } finally {
      await serial.close();
    }
  });
});

describe('client abort', () => {
  it('stops every window check in flight, the provider’s and the app’s', async () => {
    const calls: Call[] = [];
    const server = await startChatServer({
      checkTimeoutMs: 20_000,
      checks: { output: [scriptedCheck('hanging', calls, { delay: () => 60_000 })] },
    });
    try {
      // Input moderation (request 0) answers; every window's moderation call hangs.
      server.fake.script({
        moderation: { hang: true, from: 1 },
        responses: { deltas: Array.from({ length: 40 }, (_, i) => `Sentence number ${i} is here. `), delayMs: 10 },
      });
      const { token } = await ageToken('teen16to17');
      const controller = new AbortController();
      const response = await postChat(
        server.chatUrl,
        token,
        { messages: [{ role: 'user', content: 'hello' }] },
        { signal: controller.signal },
      );
      const reading = response.text().catch(() => '');
      await vi.waitFor(() => expect(server.fake.moderationRequests().length).toBeGreaterThanOrEqual(3), {
        timeout: 5000,
      });
      controller.abort();
      await reading;
      const windowCalls = server.fake.moderationRequests().slice(1);
      await vi.waitFor(() => {
        for (const request of windowCalls) expect(request.closedEarly).toBe(true);
        for (const call of calls.filter((c) => c.stage === 'output')) expect(call.aborted).toBe(true);
      });
      expect(windowCalls.length).toBeGreaterThanOrEqual(2);
      expect(moderatedTexts(server.fake).some((t) => t.includes('Sentence number 1 '))).toBe(true);
      await vi.waitFor(() => expect(server.fake.responseRequests()[0]?.closedEarly).toBe(true));
    } finally {
      await server.close();
    }
  });
});
