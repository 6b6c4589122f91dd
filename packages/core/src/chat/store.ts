import type { AgeBand } from '../age/band.js';
import { moderateWhenLoaded } from '../engine/index.js';
import type { ModerationHook } from '../moderation/types.js';
import { DEFAULT_POLICY } from '../policy/defaults.js';
import type { Policy } from '../policy/types.js';
import type { ChatTransport } from './transport.js';
import type {
  ChatError,
  ChatFinishReason,
  ChatMessage,
  ChatSafetyNotice,
  ChatStatus,
  ChatStreamEvent,
  ChatWireMessage,
  SentModeration,
} from './types.js';
import { ChatRequestError } from './wire.js';

/** The result of the device-side check of one outgoing message (the safety engine's `moderateOutgoing`). */
export interface OutgoingCheck {
  action: 'allow' | 'block' | 'escalate' | 'transform';
  /** The text to send: the original, or with personal details taken out. */
  text: string;
  original: string;
  transformed: boolean;
  removed: { type: string; count: number; label: string }[];
  categories: string[];
  /** A kind explanation for the person, in their locale and band. */
  explanation?: string;
  /** Whether the language packs could read the message (see `screenText`). */
  coverage?: 'full' | 'partial' | 'none';
}

/** Runs the device-side check. The default is the safety engine's `moderateOutgoing`. */
export type OutgoingModerator = (
  text: string,
  context: {
    band: AgeBand;
    locale: string;
    policy: Policy;
    hooks?: ModerationHook[];
    /** The person's earlier messages in this conversation, oldest first (the last 10). */
    history?: readonly string[];
  },
) => Promise<OutgoingCheck>;

/**
 * Something the person must see before the conversation can go on, shown
 * beside the composer: a blocked message, details taken out (to confirm),
 * a message over the length limit, a check that could not run, or the AI
 * disclosure still to be read.
 */
export type ChatNotice =
  | { kind: 'blocked'; check: OutgoingCheck }
  | { kind: 'confirm'; check: OutgoingCheck }
  | { kind: 'too-long'; max: number }
  | { kind: 'check-failed' }
  | { kind: 'disclosure' };

/** Help lines to show beside the chat, from the device-side check. Server escalations ride on the reply. */
export interface ChatCrisis {
  categories: readonly string[];
}

export interface ChatSnapshot {
  /** Every settled message, oldest first. The reply in progress is `reply`, added here when it ends. */
  readonly messages: readonly ChatMessage[];
  /** The reply being received, or null. Kept apart so a token does not copy the whole history. */
  readonly reply: ChatMessage | null;
  readonly status: ChatStatus;
  /** The last failure, while `status` is `error`. */
  readonly error: ChatError | null;
  readonly notice: ChatNotice | null;
  readonly crisis: ChatCrisis | null;
  /** True when `retry()` would ask again: the last turn failed, was held or stopped. */
  readonly canRetry: boolean;
}

/** What `send` and `confirm` did with the message. The composer clears its draft only on `sent`. */
export type SendOutcome =
  | 'sent'
  | 'empty'
  | 'busy'
  | 'too-long'
  | 'gated'
  | 'blocked'
  | 'confirm'
  | 'check-failed'
  | 'cancelled';

/** Everything the store reports, for analytics and app logic. Never carries text the check held back. */
export type ChatEvent =
  | { type: 'checked'; check: OutgoingCheck }
  | { type: 'sent'; message: ChatMessage }
  | { type: 'safety'; notice: ChatSafetyNotice; messageId: string }
  | { type: 'reply'; message: ChatMessage }
  | { type: 'error'; error: ChatError };

export interface ChatStoreOptions {
  transport: ChatTransport;
  /** The person's age band. */
  band: AgeBand;
  /** @default 'en' */
  locale?: string;
  /** @default DEFAULT_POLICY */
  policy?: Policy;
  /** App hooks for the device-side check, run after the built-in PII and screening hooks. */
  hooks?: ModerationHook[];
  /**
   * Replaces the device-side check (it must still fail closed).
   * @default moderateOutgoing, loaded on demand (`loadSafetyEngine`); a message waits for it
   */
  moderate?: OutgoingModerator;
  /** Asked before each message; return false to hold it (the disclosure not read yet). */
  canSend?: () => boolean;
  /** Sent with every request so the server can group a conversation. At most 64 characters. */
  conversationId?: string;
  /** Messages to start with (a restored conversation). */
  initialMessages?: readonly ChatMessage[];
  onEvent?: (event: ChatEvent) => void;
}

type Changeable = 'transport' | 'band' | 'locale' | 'policy' | 'hooks' | 'moderate' | 'canSend' | 'onEvent';

/**
 * Options that may change while the store lives (the provider's band or
 * locale changed). A key set to `undefined` goes back to its default; a
 * missing key is left as it is. `transport` and `band` cannot be unset.
 */
export type ChatStoreSettings = { [K in Changeable]?: ChatStoreOptions[K] | undefined };

export interface ChatStore {
  subscribe(listener: () => void): () => void;
  getSnapshot(): ChatSnapshot;
  /** Checks `text` on the device and, when it may go, sends it and streams the reply. */
  send(text: string): Promise<SendOutcome>;
  /** Sends the message waiting in a `confirm` notice, with the details taken out. */
  confirm(): Promise<SendOutcome>;
  /** Stops the reply (or the check) in progress; text already shown stays. */
  stop(): void;
  /** Asks again for the last message whose reply failed, was held or stopped. Returns once the request starts. */
  retry(): void;
  /** Forgets the conversation. */
  clear(): void;
  dismissNotice(): void;
  dismissCrisis(): void;
  /** Changes settings without losing the conversation. */
  update(settings: ChatStoreSettings): void;
}

let counter = 0;
function newId(prefix: string): string {
  counter += 1;
  return `${prefix}-${Date.now().toString(36)}-${counter.toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
}

const RETRYABLE: readonly ChatMessage['status'][] = ['error', 'held', 'stopped'];
const IN_HISTORY: readonly ChatMessage['status'][] = ['complete', 'stopped', 'blocked'];

/** Maps a failure to the store's error; `detail` is for logs, the UI picks words by `code`. */
function toChatError(error: unknown): ChatError {
  if (error instanceof ChatRequestError) {
    return { code: error.code, ...(error.status === undefined ? {} : { status: error.status }), detail: error.message };
  }
  return { code: 'stream_interrupted', detail: error instanceof Error ? error.message : String(error) };
}

function finishStatus(reason: ChatFinishReason): ChatMessage['status'] {
  switch (reason) {
    case 'stop':
    case 'length':
      return 'complete';
    default:
      return reason;
  }
}

/**
 * The history sent with a request: settled messages that may go to the model,
 * the newest `max`, starting with the person's message.
 */
export function historyFor(messages: readonly ChatMessage[], max: number): ChatWireMessage[] {
  const last = messages.length - 1;
  const wire: ChatWireMessage[] = [];
  messages.forEach((m, i) => {
    if (m.role === 'user') {
      if (!m.withheld || i === last) wire.push({ role: 'user', content: m.content });
    } else if (m.content !== '' && IN_HISTORY.includes(m.status)) {
      wire.push({ role: 'assistant', content: m.content });
    }
  });
  let start = Math.max(0, wire.length - max);
  while (start < wire.length && wire[start]?.role !== 'user') start += 1;
  return wire.slice(start);
}

/**
 * A conversation's state with subscribe/getSnapshot, for `useSyncExternalStore`
 * or any other binding. Every message runs the device-side check before it goes;
 * replies stream through the transport.
 *
 * @example
 * const chat = createChatStore({ transport: createFetchTransport({ url: '/api/chat' }), band: 'teen13to15' });
 * chat.subscribe(() => render(chat.getSnapshot()));
 * await chat.send('How do volcanoes work?');
 */
export function createChatStore(options: ChatStoreOptions): ChatStore {
  const settings = { ...options };
  const listeners = new Set<() => void>();
  let controller: AbortController | null = null;
  // Bumped by stop/clear so a check that finishes late is dropped.
  let generation = 0;
  let snapshot: ChatSnapshot = {
    messages: options.initialMessages ? [...options.initialMessages] : [],
    reply: null,
    status: 'idle',
    error: null,
    notice: null,
    crisis: null,
    canRetry: false,
  };

  const computeCanRetry = (messages: readonly ChatMessage[], status: ChatStatus): boolean => {
    if (status === 'submitting' || status === 'streaming') return false;
    const last = messages[messages.length - 1];
    if (!last) return false;
    // A message left without an answer (failed or stopped before the reply began) can be asked again.
    if (last.role === 'user') return true;
    // A hold the server says asking again cannot lift (a parent has not agreed) offers no retry.
    if (last.safety?.some((n) => n.action === 'hold' && n.retryable === false)) return false;
    return RETRYABLE.includes(last.status);
  };

  const set = (next: Partial<ChatSnapshot>) => {
    const merged = { ...snapshot, ...next };
    merged.canRetry = computeCanRetry(merged.messages, merged.status);
    snapshot = merged;
    for (const listener of listeners) listener();
  };

  const emit = (event: ChatEvent) => {
    try {
      settings.onEvent?.(event);
    } catch {
      // An app's listener must not break the conversation.
    }
  };

  const policy = () => settings.policy ?? DEFAULT_POLICY;
  const busy = () => snapshot.status === 'submitting' || snapshot.status === 'streaming';

  const finish = (reply: ChatMessage, status: ChatMessage['status'], error: ChatError | null) => {
    const finished: ChatMessage = { ...reply, status };
    const messages = [...snapshot.messages];
    // A turn the server blocked at input, or held, never reached the model: keep it out of later history.
    const inputBlocked = finished.safety?.some((s) => s.stage === 'input' && s.action !== 'escalate') ?? false;
    const lastUser = messages.length - 1;
    if ((inputBlocked || status === 'held') && messages[lastUser]?.role === 'user') {
      messages[lastUser] = { ...messages[lastUser], withheld: true };
    }
    const keep = finished.content !== '' || (finished.safety?.length ?? 0) > 0 || status !== 'stopped';
    // A reply that failed before it started adds nothing to show: the error banner says it.
    const failedBeforeStart = status === 'error' && finished.content === '' && !finished.replyId;
    if (keep && !failedBeforeStart) messages.push(finished);
    set({ messages, reply: null, status: error ? 'error' : 'idle', error });
    if (keep && !failedBeforeStart) emit({ type: 'reply', message: finished });
    if (error) emit({ type: 'error', error });
  };

  const stream = async () => {
    const ac = new AbortController();
    controller = ac;
    let reply: ChatMessage = {
      id: newId('a'),
      role: 'assistant',
      content: '',
      status: 'pending',
      createdAt: Date.now(),
    };
    set({ reply, status: 'submitting', error: null });
    const body = {
      messages: historyFor(snapshot.messages, policy().bands[settings.band].chat.maxMessages),
      locale: settings.locale ?? 'en',
      ...(settings.conversationId ? { conversationId: settings.conversationId } : {}),
    };
    const update = (next: ChatMessage, status: ChatStatus = snapshot.status) => {
      reply = next;
      set({ reply, status });
    };
    let finishReason: ChatFinishReason | null = null;
    let streamError: ChatError | null = null;
    // Raced with every read so stop is immediate even when a transport ignores the signal.
    const aborted = new Promise<IteratorResult<ChatStreamEvent>>((resolve) => {
      ac.signal.addEventListener('abort', () => resolve({ done: true, value: undefined }), { once: true });
    });
    let iterator: AsyncIterator<ChatStreamEvent> | undefined;
    try {
      iterator = settings.transport.send(body, { signal: ac.signal })[Symbol.asyncIterator]();
      while (finishReason === null) {
        const result = await Promise.race([iterator.next(), aborted]);
        if (result.done || ac.signal.aborted) break;
        const event = result.value;
        switch (event.type) {
          case 'start':
            update({ ...reply, replyId: event.id, assistant: event.assistant, status: 'streaming' }, 'streaming');
            break;
          case 'delta':
            if (event.text !== '')
              update({ ...reply, content: reply.content + event.text, status: 'streaming' }, 'streaming');
            break;
          case 'safety': {
            const { type: _type, ...notice } = event;
            update({ ...reply, safety: [...(reply.safety ?? []), notice] });
            emit({ type: 'safety', notice, messageId: reply.id });
            break;
          }
          case 'error':
            streamError = { code: event.code, detail: event.message };
            update({ ...reply, error: streamError });
            break;
          case 'done':
            finishReason = event.finishReason;
            break;
        }
      }
    } catch (error) {
      if (!ac.signal.aborted) streamError = toChatError(error);
    }
    if (controller === ac) controller = null;
    // Stopped or cleared: `stop` and `clear` already settled the reply.
    if (ac.signal.aborted) {
      iterator?.return?.().catch(() => {});
      return;
    }
    if (finishReason !== null) iterator?.return?.().catch(() => {});
    if (finishReason === null && streamError === null) streamError = { code: 'stream_interrupted' };
    if (finishReason === 'error' || finishReason === null) {
      const error = streamError ?? { code: 'upstream_error' };
      finish({ ...reply, error, ...(finishReason ? { finishReason } : {}) }, 'error', error);
    } else {
      finish({ ...reply, finishReason }, finishStatus(finishReason), null);
    }
  };

  const dispatch = async (check: OutgoingCheck): Promise<SendOutcome> => {
    const moderation: SentModeration = {
      action: check.action === 'block' ? 'allow' : check.action,
      transformed: check.transformed,
      removed: check.removed,
      categories: check.categories,
    };
    const message: ChatMessage = {
      id: newId('u'),
      role: 'user',
      content: check.text,
      status: 'complete',
      createdAt: Date.now(),
      moderation,
    };
    set({ messages: [...snapshot.messages, message], notice: null });
    emit({ type: 'sent', message });
    void stream();
    return 'sent';
  };

  const moderate: OutgoingModerator = (text, context) => (settings.moderate ?? moderateWhenLoaded)(text, context);

  return {
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    getSnapshot: () => snapshot,

    async send(text) {
      if (busy()) return 'busy';
      if (text.trim() === '') return 'empty';
      const bandPolicy = policy().bands[settings.band];
      // Counted in characters as a person sees them (an emoji is one), as the server counts.
      if (Array.from(text).length > bandPolicy.chat.maxMessageChars) {
        set({ notice: { kind: 'too-long', max: bandPolicy.chat.maxMessageChars } });
        return 'too-long';
      }
      if (settings.canSend && !settings.canSend()) {
        set({ notice: { kind: 'disclosure' } });
        return 'gated';
      }
      const mine = ++generation;
      set({ status: 'submitting', notice: null, error: null });
      let check: OutgoingCheck;
      try {
        check = await moderate(text, {
          band: settings.band,
          locale: settings.locale ?? 'en',
          policy: policy(),
          history: snapshot.messages
            .filter((m) => m.role === 'user')
            .slice(-10)
            .map((m) => m.content),
          ...(settings.hooks === undefined ? {} : { hooks: settings.hooks }),
        });
      } catch {
        // Fails closed: a message that could not be checked is not sent.
        if (mine !== generation) return 'cancelled';
        set({ status: 'idle', notice: { kind: 'check-failed' } });
        return 'check-failed';
      }
      if (mine !== generation) return 'cancelled';
      emit({ type: 'checked', check });
      if (check.action === 'block') {
        set({ status: 'idle', notice: { kind: 'blocked', check } });
        return 'blocked';
      }
      const crisis = check.action === 'escalate' ? { categories: check.categories } : snapshot.crisis;
      if (check.transformed) {
        set({ status: 'idle', notice: { kind: 'confirm', check }, crisis });
        return 'confirm';
      }
      set({ crisis });
      return dispatch(check);
    },

    async confirm() {
      const notice = snapshot.notice;
      if (notice?.kind !== 'confirm') return 'empty';
      if (busy()) return 'busy';
      return dispatch(notice.check);
    },

    stop() {
      generation += 1;
      const ac = controller;
      controller = null;
      if (ac && snapshot.reply) {
        finish(snapshot.reply, 'stopped', null);
        ac.abort();
      } else if (snapshot.status === 'submitting') {
        set({ status: 'idle' });
      }
    },

    retry() {
      if (!snapshot.canRetry) return;
      const messages = [...snapshot.messages];
      if (messages[messages.length - 1]?.role === 'assistant') messages.pop();
      const lastIndex = messages.length - 1;
      const last = messages[lastIndex];
      if (last?.role !== 'user') return;
      if (last.withheld) messages[lastIndex] = { ...last, withheld: false };
      set({ messages, error: null, notice: null });
      void stream();
    },

    clear() {
      generation += 1;
      const ac = controller;
      controller = null;
      set({ messages: [], reply: null, status: 'idle', error: null, notice: null, crisis: null });
      ac?.abort();
    },

    dismissNotice() {
      if (snapshot.notice) set({ notice: null });
    },

    dismissCrisis() {
      if (snapshot.crisis) set({ crisis: null });
    },

    update(next) {
      for (const [key, value] of Object.entries(next) as [Changeable, unknown][]) {
        if (value === undefined && (key === 'transport' || key === 'band')) continue;
        Object.assign(settings, { [key]: value });
      }
    },
  };
}
