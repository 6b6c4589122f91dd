import {
  ChatRequestError,
  type ChatStoreOptions,
  createChatStore,
  DEFAULT_POLICY,
  definePolicy,
  historyFor,
  type ModerationHook,
  type OutgoingModerator,
} from '@youthchat/core';
import { describe, expect, it, vi } from 'vitest';
import { check, createControlledTransport, replyEvents, until } from './fake-transport.ts';

const allow: OutgoingModerator = async (text) => check(text);

function setup(options: Partial<ChatStoreOptions> = {}) {
  const fake = createControlledTransport();
  const events: string[] = [];
  const store = createChatStore({
    transport: fake.transport,
    band: 'teen13to15',
    moderate: allow,
    onEvent: (e) => events.push(e.type),
    ...options,
  });
  return { store, fake, events };
}

describe('createChatStore: sending and streaming', () => {
  it('sends the checked text with the history and streams the reply into `reply`, then `messages`', async () => {
    const { store, fake, events } = setup({ locale: 'es', conversationId: 'c1' });
    const seen: string[] = [];
    store.subscribe(() => seen.push(store.getSnapshot().status));

    expect(await store.send('Hola')).toBe('sent');
    const call = await fake.nextCall();
    expect(call.body).toEqual({ messages: [{ role: 'user', content: 'Hola' }], locale: 'es', conversationId: 'c1' });
    expect(store.getSnapshot().status).toBe('submitting');

    call.push({ type: 'start', id: 'r1', assistant: 'openai' }, { type: 'delta', text: '¡Hola' });
    await until(() => store.getSnapshot().reply?.content === '¡Hola', 'first delta');
    expect(store.getSnapshot().status).toBe('streaming');
    // The settled history is not copied for each token.
    const settled = store.getSnapshot().messages;
    call.push({ type: 'delta', text: '!' });
    await until(() => store.getSnapshot().reply?.content === '¡Hola!', 'second delta');
    expect(store.getSnapshot().messages).toBe(settled);

    call.push({ type: 'done', id: 'r1', finishReason: 'stop' });
    await until(() => store.getSnapshot().status === 'idle', 'idle');
    const { messages, reply } = store.getSnapshot();
    expect(reply).toBeNull();
    expect(messages.map((m) => [m.role, m.content, m.status])).toEqual([
      ['user', 'Hola', 'complete'],
      ['assistant', '¡Hola!', 'complete'],
    ]);
    expect(messages[1]?.replyId).toBe('r1');
    expect(seen).toContain('streaming');
    expect(events).toEqual(['checked', 'sent', 'reply']);
  });

  it('sends earlier turns as history, capped by the band policy and starting with a person', async () => {
    const policy = definePolicy({ bands: { teen13to15: { chat: { maxMessages: 4 } } } });
    const { store, fake } = setup({ policy });
    for (const [i, word] of ['one', 'two', 'three'].entries()) {
      await store.send(word);
      (await fake.nextCall()).push(...replyEvents(`r${i}`, [`re ${word}`]));
      await until(() => store.getSnapshot().status === 'idle');
    }
    expect(historyFor(store.getSnapshot().messages, 10).map((m) => m.content)).toEqual([
      'one',
      're one',
      'two',
      're two',
      'three',
      're three',
    ]);
    await store.send('four');
    const call = await fake.nextCall();
    // The newest four would start with a reply ('re two'), so the window starts at the next person's turn.
    expect(call.body.messages.map((m) => m.content)).toEqual(['three', 're three', 'four']);
  });

  it('refuses a second message while a reply is streaming', async () => {
    const { store, fake } = setup();
    await store.send('first');
    await fake.nextCall();
    expect(await store.send('second')).toBe('busy');
    expect(fake.calls).toHaveLength(1);
  });

  it('ignores an empty message', async () => {
    const { store, fake } = setup();
    expect(await store.send('   \n')).toBe('empty');
    expect(fake.calls).toHaveLength(0);
  });

  it('refuses a message longer than the band allows and says what the limit is', async () => {
    const { store, fake } = setup({ band: 'under13' });
    const max = DEFAULT_POLICY.bands.under13.chat.maxMessageChars;
    expect(await store.send('a'.repeat(max + 1))).toBe('too-long');
    expect(store.getSnapshot().notice).toEqual({ kind: 'too-long', max });
    expect(fake.calls).toHaveLength(0);
  });

  it('holds every message until `canSend` allows it', async () => {
    let acknowledged = false;
    const { store, fake } = setup({ canSend: () => acknowledged });
    expect(await store.send('hi')).toBe('gated');
    expect(store.getSnapshot().notice).toEqual({ kind: 'disclosure' });
    acknowledged = true;
    expect(await store.send('hi')).toBe('sent');
    expect(store.getSnapshot().notice).toBeNull();
    expect((await fake.nextCall()).body.messages).toEqual([{ role: 'user', content: 'hi' }]);
  });
});

describe('createChatStore: the device-side check', () => {
  it('passes band, locale, policy and the app hooks to the moderator', async () => {
    const moderate = vi.fn(allow);
    const hooks: ModerationHook[] = [() => ({ action: 'allow' })];
    const { store } = setup({ moderate, hooks, band: 'under13', locale: 'es' });
    await store.send('hola');
    expect(moderate).toHaveBeenCalledWith('hola', {
      band: 'under13',
      locale: 'es',
      policy: DEFAULT_POLICY,
      hooks,
      history: [],
    });
  });

  it('passes the person’s earlier messages, for risk that shows only across turns', async () => {
    const moderate = vi.fn(allow);
    const { store, fake } = setup({ moderate });
    await store.send('first');
    (await fake.nextCall()).push(...replyEvents('r1', ['ok']));
    await until(() => store.getSnapshot().status === 'idle', 'idle');
    await store.send('second');
    expect(moderate).toHaveBeenLastCalledWith('second', expect.objectContaining({ history: ['first'] }));
  });

  it('block: sends nothing and explains, so the draft can be changed', async () => {
    const blocked = check('bad words', {
      action: 'block',
      categories: ['profanity'],
      explanation: 'Let’s keep it kind.',
    });
    const { store, fake } = setup({ moderate: async () => blocked });
    expect(await store.send('bad words')).toBe('blocked');
    expect(store.getSnapshot()).toMatchObject({
      status: 'idle',
      messages: [],
      notice: { kind: 'blocked', check: blocked },
    });
    expect(fake.calls).toHaveLength(0);
  });

  it('transform: waits for confirmation, then sends only the text with details taken out', async () => {
    const scrubbed = check('Call me on [phone]', {
      action: 'transform',
      original: 'Call me on 555 123 4567',
      transformed: true,
      removed: [{ type: 'phone', count: 1, label: 'phone number' }],
    });
    const { store, fake } = setup({ moderate: async () => scrubbed });
    expect(await store.send('Call me on 555 123 4567')).toBe('confirm');
    expect(store.getSnapshot().notice).toEqual({ kind: 'confirm', check: scrubbed });
    expect(fake.calls).toHaveLength(0);

    expect(await store.confirm()).toBe('sent');
    const call = await fake.nextCall();
    expect(call.body.messages).toEqual([{ role: 'user', content: 'Call me on [phone]' }]);
    expect(JSON.stringify(store.getSnapshot())).not.toContain('555 123 4567');
    expect(store.getSnapshot().messages[0]?.moderation).toMatchObject({ transformed: true, removed: scrubbed.removed });
  });

  it('transform can be abandoned: nothing is sent', async () => {
    const scrubbed = check('[email]', { action: 'transform', original: 'me@x.org', transformed: true });
    const { store, fake } = setup({ moderate: async () => scrubbed });
    await store.send('me@x.org');
    store.dismissNotice();
    expect(await store.confirm()).toBe('empty');
    expect(fake.calls).toHaveLength(0);
  });

  it('escalate: shows crisis resources and still sends', async () => {
    const worrying = check('I feel like hurting myself', { action: 'escalate', categories: ['self-harm'] });
    const { store, fake } = setup({ moderate: async () => worrying });
    expect(await store.send('I feel like hurting myself')).toBe('sent');
    expect(store.getSnapshot().crisis).toEqual({ categories: ['self-harm'] });
    expect((await fake.nextCall()).body.messages[0]?.content).toBe('I feel like hurting myself');
    store.dismissCrisis();
    expect(store.getSnapshot().crisis).toBeNull();
  });

  it('fails closed: a check that throws sends nothing', async () => {
    const { store, fake } = setup({
      moderate: async () => {
        throw new Error('screen crashed');
      },
    });
    expect(await store.send('hello')).toBe('check-failed');
    expect(store.getSnapshot()).toMatchObject({ status: 'idle', notice: { kind: 'check-failed' }, messages: [] });
    expect(fake.calls).toHaveLength(0);
  });

  it('stop during the check cancels the message', async () => {
    let release!: () => void;
    const { store, fake } = setup({
      moderate: (text) => new Promise((resolve) => (release = () => resolve(check(text)))),
    });
    const outcome = store.send('hello');
    expect(store.getSnapshot().status).toBe('submitting');
    store.stop();
    release();
    expect(await outcome).toBe('cancelled');
    expect(store.getSnapshot().status).toBe('idle');
    expect(fake.calls).toHaveLength(0);
  });
});

describe('createChatStore: server safety events', () => {
  it('input block: shows the server’s message, and the blocked turn stays out of later history', async () => {
    const { store, fake } = setup();
    await store.send('something the server blocks');
    const call = await fake.nextCall();
    call.push(
      { type: 'start', id: 'r1', assistant: 'openai' },
      {
        type: 'safety',
        action: 'block',
        stage: 'input',
        categories: ['sexual'],
        message: 'Let’s talk about something else.',
        showCrisisResources: false,
      },
      { type: 'done', id: 'r1', finishReason: 'blocked' },
    );
    await until(() => store.getSnapshot().status === 'idle');
    const [user, reply] = store.getSnapshot().messages;
    expect(reply).toMatchObject({
      status: 'blocked',
      content: '',
      safety: [{ message: 'Let’s talk about something else.' }],
    });
    expect(user?.withheld).toBe(true);
    expect(store.getSnapshot().canRetry).toBe(false);

    await store.send('what are clouds?');
    expect((await fake.nextCall()).body.messages).toEqual([{ role: 'user', content: 'what are clouds?' }]);
  });

  it('output block: keeps released text, adds the safe message, and sends nothing more', async () => {
    const { store, fake, events } = setup();
    await store.send('tell me a story');
    const call = await fake.nextCall();
    call.push(
      { type: 'start', id: 'r1', assistant: 'openai' },
      { type: 'delta', text: 'Once upon a time. ' },
      {
        type: 'safety',
        action: 'block',
        stage: 'output',
        categories: ['violence'],
        message: 'I can’t continue that story.',
        showCrisisResources: false,
      },
      { type: 'done', id: 'r1', finishReason: 'blocked' },
    );
    await until(() => store.getSnapshot().status === 'idle');
    expect(store.getSnapshot().messages[1]).toMatchObject({ status: 'blocked', content: 'Once upon a time. ' });
    expect(events).toContain('safety');
  });

  it('escalate keeps the conversation going and marks the reply for crisis resources', async () => {
    const { store, fake } = setup();
    await store.send('nobody likes me');
    const call = await fake.nextCall();
    call.push(
      { type: 'start', id: 'r1', assistant: 'openai' },
      {
        type: 'safety',
        action: 'escalate',
        stage: 'input',
        categories: ['self-harm'],
        message: 'You matter.',
        showCrisisResources: true,
      },
      ...replyEvents('r1', ['I’m here to listen.']).slice(1),
    );
    await until(() => store.getSnapshot().status === 'idle');
    const reply = store.getSnapshot().messages[1];
    expect(reply).toMatchObject({ status: 'complete', content: 'I’m here to listen.' });
    expect(reply?.safety?.[0]?.showCrisisResources).toBe(true);
    expect(store.getSnapshot().messages[0]?.withheld).toBeUndefined();
  });

  it('hold: the reply is held and can be retried with the same message', async () => {
    const { store, fake } = setup();
    await store.send('hi');
    const first = await fake.nextCall();
    first.push(
      { type: 'start', id: 'r1', assistant: 'openai' },
      {
        type: 'safety',
        action: 'hold',
        stage: 'input',
        categories: [],
        message: 'We couldn’t check this.',
        showCrisisResources: false,
      },
      { type: 'done', id: 'r1', finishReason: 'held' },
    );
    await until(() => store.getSnapshot().status === 'idle');
    expect(store.getSnapshot().canRetry).toBe(true);
    store.retry();
    const second = await fake.nextCall();
    expect(second.body.messages).toEqual([{ role: 'user', content: 'hi' }]);
    second.push(...replyEvents('r2', ['Hello!']));
    await until(() => store.getSnapshot().status === 'idle');
    expect(store.getSnapshot().messages.map((m) => m.content)).toEqual(['hi', 'Hello!']);
  });

  it('hold that asking again cannot lift: no retry is offered, and a new message still goes out', async () => {
    const { store, fake } = setup();
    await store.send('hi');
    const first = await fake.nextCall();
    first.push(
      { type: 'start', id: 'r1', assistant: 'offline-demo' },
      {
        type: 'safety',
        action: 'hold',
        stage: 'input',
        categories: [],
        message: 'A grown-up who looks after you has not said yes yet.',
        showCrisisResources: false,
        retryable: false,
      },
      { type: 'done', id: 'r1', finishReason: 'held' },
    );
    await until(() => store.getSnapshot().status === 'idle');
    expect(store.getSnapshot().canRetry).toBe(false);
    expect(store.getSnapshot().messages[1]?.safety?.[0]).toMatchObject({ action: 'hold', retryable: false });
    store.retry();
    await store.send('hello again');
    const second = await fake.nextCall();
    expect(second.body.messages.at(-1)).toEqual({ role: 'user', content: 'hello again' });
  });
});

describe('createChatStore: stop, retry, errors, clear', () => {
  it('stop keeps the text shown so far, aborts the request and allows a retry', async () => {
    const { store, fake } = setup();
    await store.send('count to ten');
    const call = await fake.nextCall();
    call.push({ type: 'start', id: 'r1', assistant: 'openai' }, { type: 'delta', text: 'one two' });
    await until(() => store.getSnapshot().reply?.content === 'one two');
    store.stop();
    expect(call.signal.aborted).toBe(true);
    expect(store.getSnapshot()).toMatchObject({ status: 'idle', reply: null, canRetry: true });
    expect(store.getSnapshot().messages[1]).toMatchObject({ content: 'one two', status: 'stopped' });

    // Late events from a transport that ignores the signal change nothing.
    call.push({ type: 'delta', text: ' three' }, { type: 'done', id: 'r1', finishReason: 'stop' });
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(store.getSnapshot().messages[1]?.content).toBe('one two');

    store.retry();
    const again = await fake.nextCall();
    expect(again.body.messages).toEqual([{ role: 'user', content: 'count to ten' }]);
    expect(store.getSnapshot().messages).toHaveLength(1);
  });

  it('an HTTP error before streaming sets `error` with the server’s code and keeps the message for retry', async () => {
    const { store, fake } = setup();
    await store.send('hi');
    (await fake.nextCall()).fail(new ChatRequestError('rate_limited', 'Slow down', { status: 429 }));
    await until(() => store.getSnapshot().status === 'error');
    expect(store.getSnapshot()).toMatchObject({ error: { code: 'rate_limited', status: 429 }, canRetry: true });
    expect(store.getSnapshot().messages.map((m) => m.role)).toEqual(['user']);

    store.retry();
    expect(store.getSnapshot().error).toBeNull();
    (await fake.nextCall()).push(...replyEvents('r2', ['ok']));
    await until(() => store.getSnapshot().status === 'idle');
    expect(store.getSnapshot().messages.map((m) => m.content)).toEqual(['hi', 'ok']);
  });

  it('an error event mid-stream keeps the partial reply marked as failed', async () => {
    const { store, fake } = setup();
    await store.send('hi');
    (await fake.nextCall()).push(
      { type: 'start', id: 'r1', assistant: 'openai' },
      { type: 'delta', text: 'Hel' },
      { type: 'error', code: 'upstream_error', message: 'Sorry, something broke.' },
      { type: 'done', id: 'r1', finishReason: 'error' },
    );
    await until(() => store.getSnapshot().status === 'error');
    expect(store.getSnapshot().messages[1]).toMatchObject({
      status: 'error',
      content: 'Hel',
      error: { code: 'upstream_error' },
    });
    expect(store.getSnapshot().canRetry).toBe(true);
  });

  it('a stream that ends without `done` is an interrupted reply', async () => {
    const { store, fake } = setup();
    await store.send('hi');
    const call = await fake.nextCall();
    call.push({ type: 'start', id: 'r1', assistant: 'openai' }, { type: 'delta', text: 'Hel' });
    call.end();
    await until(() => store.getSnapshot().status === 'error');
    expect(store.getSnapshot().error?.code).toBe('stream_interrupted');
  });

  it('clear forgets everything and aborts the reply in progress', async () => {
    const { store, fake } = setup();
    await store.send('hi');
    const call = await fake.nextCall();
    call.push({ type: 'start', id: 'r1', assistant: 'openai' });
    store.clear();
    expect(call.signal.aborted).toBe(true);
    expect(store.getSnapshot()).toMatchObject({ messages: [], reply: null, status: 'idle', canRetry: false });
  });

  it('an app listener that throws does not break the conversation', async () => {
    const { store, fake } = setup({
      onEvent: () => {
        throw new Error('analytics down');
      },
    });
    await store.send('hi');
    (await fake.nextCall()).push(...replyEvents('r1', ['ok']));
    await until(() => store.getSnapshot().status === 'idle');
    expect(store.getSnapshot().messages).toHaveLength(2);
  });
});

describe('createChatStore: the built-in device-side check (moderateOutgoing)', () => {
  function withEngine(options: Partial<ChatStoreOptions> = {}) {
    const fake = createControlledTransport();
    const store = createChatStore({ transport: fake.transport, band: 'under13', ...options });
    return { store, fake };
  }

  it('takes a phone number out of an under-13’s message and waits for confirmation', async () => {
    const { store, fake } = withEngine();
    expect(await store.send('call me on 415-555-0199 after school')).toBe('confirm');
    const notice = store.getSnapshot().notice;
    expect(notice?.kind).toBe('confirm');
    if (notice?.kind !== 'confirm') return;
    expect(notice.check.text).not.toContain('415-555-0199');
    expect(notice.check.removed.map((r) => r.type)).toContain('phone');
    expect(fake.calls).toHaveLength(0);
    await store.confirm();
    expect((await fake.nextCall()).body.messages[0]?.content).toBe(notice.check.text);
  });

  it('shows help for a self-harm message and still sends it', async () => {
    const { store, fake } = withEngine({ band: 'teen13to15' });
    expect(await store.send('I want to kill myself')).toBe('sent');
    expect(store.getSnapshot().crisis?.categories).toContain('self-harm');
    expect(fake.calls).toHaveLength(1);
  });

  it('runs the app’s hooks: a hook that blocks keeps the message on the device', async () => {
    const hooks: ModerationHook[] = [
      (message) =>
        message.includes('secret club')
          ? { action: 'block', reason: 'Our club talk stays offline.' }
          : { action: 'allow' },
    ];
    const { store, fake } = withEngine({ hooks, band: 'teen16to17' });
    expect(await store.send('tell me about the secret club')).toBe('blocked');
    expect(await store.send('tell me about volcanoes')).toBe('sent');
    expect(fake.calls).toHaveLength(1);
  });

  it('a hook that throws blocks the message (fails closed)', async () => {
    const hooks: ModerationHook[] = [
      () => {
        throw new Error('app check down');
      },
    ];
    const { store, fake } = withEngine({ hooks, band: 'teen16to17' });
    expect(await store.send('hello there')).toBe('blocked');
    expect(fake.calls).toHaveLength(0);
  });
});
