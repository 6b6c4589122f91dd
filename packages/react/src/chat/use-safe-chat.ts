import {
  type ChatEvent,
  type ChatMessage,
  type ChatSnapshot,
  type ChatStore,
  type ChatTransport,
  createChatStore,
  createFetchTransport,
  loadedSafetyEngine,
  loadSafetyEngine,
  type ModerationHook,
  type OutgoingModerator,
} from '@youthchat/core';
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import { useAIDisclosure } from '../disclosure/index.js';
import { useWaitingForParent } from '../disclosure/use-consent-wait.js';
import { useYouthSafety } from '../provider/context.js';

const useIsomorphicLayoutEffect = typeof document === 'undefined' ? useEffect : useLayoutEffect;

export interface UseSafeChatOptions {
  /** Replaces the default transport (`POST {serverUrl}/chat` through the provider's `fetch`). */
  transport?: ChatTransport;
  /**
   * Your own checks on each outgoing message, run on the device after the
   * built-in personal-details and screening checks (see `moderateOutgoing`).
   * Throwing blocks the message. Replaces the provider's `moderationHooks`.
   * @default the provider's `moderationHooks`
   */
  hooks?: ModerationHook[];
  /** Replaces the device-side check entirely (it must still fail closed). @default moderateOutgoing */
  moderate?: OutgoingModerator;
  /** Sent with each request so the server can group the conversation (at most 64 characters). */
  conversationId?: string;
  /** Messages to start with, e.g. a conversation restored from the app's storage. */
  initialMessages?: readonly ChatMessage[];
  /** Every store event: checked, sent, safety, reply, error. */
  onEvent?: (event: ChatEvent) => void;
}

/**
 * Whether the safety engine (and the language pack for the locale) has
 * loaded: `loading` while it arrives, `ready` once messages can be checked,
 * `failed` if it could not load (nothing can be sent until `retryEngine()`).
 */
export type SafetyEngineStatus = 'loading' | 'ready' | 'failed';

export interface UseSafeChatResult
  extends ChatSnapshot,
    Pick<ChatStore, 'send' | 'confirm' | 'stop' | 'retry' | 'clear' | 'dismissNotice' | 'dismissCrisis'> {
  /** True while a message is checked or a reply arrives. */
  busy: boolean;
  /**
   * The safety engine loads on demand when the chat mounts. A message sent
   * before it is `ready` waits for it; one sent after it `failed` is held.
   */
  engine: SafetyEngineStatus;
  /** Tries loading the engine again after it failed. */
  retryEngine(): void;
  /** The underlying store, for advanced bindings. */
  store: ChatStore;
}

/**
 * Starts loading the safety engine and the pack for `locale`, and follows it.
 * `attempt` changes to try again.
 */
function useEngineStatus(locale: string, attempt: number): SafetyEngineStatus {
  const [status, setStatus] = useState<SafetyEngineStatus>(() => (loadedSafetyEngine() ? 'ready' : 'loading'));
  useEffect(() => {
    let live = true;
    if (attempt > 0) setStatus('loading');
    loadSafetyEngine([locale]).then(
      () => live && setStatus('ready'),
      () => live && setStatus('failed'),
    );
    return () => {
      live = false;
    };
  }, [locale, attempt]);
  return status;
}

/**
 * The chat without its UI: state from the core chat store, bound with
 * `useSyncExternalStore`, with the band, locale, policy and server from
 * `YouthSafetyProvider`. Messages wait for the AI disclosure to be
 * acknowledged (the disclosure opens instead) and run the device-side check.
 * The safety engine loads on demand when the hook mounts (`engine` follows
 * it); no message leaves before it has loaded.
 *
 * @example
 * const chat = useSafeChat();
 * <form onSubmit={(e) => { e.preventDefault(); void chat.send(draft); }}>…</form>
 */
export function useSafeChat(options: UseSafeChatOptions = {}): UseSafeChatResult {
  const ctx = useYouthSafety('useSafeChat');
  const disclosure = useAIDisclosure();
  // While a parent has not agreed the disclosure waits, and the server answers every message with a kind hold
  // (after screening it, so a child in danger still sees help lines): nothing reaches a model.
  const waiting = useWaitingForParent('useSafeChat');
  const mustAcknowledge = ctx.bandPolicy.disclosure.requireAcknowledgement && !waiting;
  const gate = useRef({ acknowledged: disclosure.acknowledged, mustAcknowledge });
  gate.current = { acknowledged: disclosure.acknowledged, mustAcknowledge };

  const defaultTransport = useMemo(
    () => createFetchTransport({ url: `${ctx.serverUrl.replace(/\/$/, '')}/chat`, fetch: ctx.fetch }),
    [ctx.serverUrl, ctx.fetch],
  );
  const transport = options.transport ?? defaultTransport;
  const hooks = options.hooks ?? (ctx.moderationHooks ? [...ctx.moderationHooks] : undefined);
  const onEvent = useRef(options.onEvent);
  onEvent.current = options.onEvent;

  const [store] = useState(() =>
    createChatStore({
      transport,
      band: ctx.band,
      locale: ctx.locale,
      policy: ctx.policy,
      ...(options.moderate ? { moderate: options.moderate } : {}),
      ...(hooks ? { hooks } : {}),
      canSend: () => gate.current.acknowledged || !gate.current.mustAcknowledge,
      onEvent: (event) => onEvent.current?.(event),
      ...(options.conversationId ? { conversationId: options.conversationId } : {}),
      ...(options.initialMessages ? { initialMessages: options.initialMessages } : {}),
    }),
  );

  useIsomorphicLayoutEffect(() => {
    store.update({
      transport,
      band: ctx.band,
      locale: ctx.locale,
      policy: ctx.policy,
      moderate: options.moderate,
      hooks,
    });
  });

  // A reply still streaming when the chat goes away is stopped, so the server stops the model too.
  useEffect(() => () => store.stop(), [store]);

  const [engineAttempt, setEngineAttempt] = useState(0);
  const engine = useEngineStatus(ctx.locale, engineAttempt);
  const retryEngine = useCallback(() => setEngineAttempt((n) => n + 1), []);

  const snapshot = useSyncExternalStore(store.subscribe, store.getSnapshot, store.getSnapshot);
  const openDisclosure = disclosure.open;
  const send = useCallback(
    async (text: string) => {
      const outcome = await store.send(text);
      if (outcome === 'gated') openDisclosure();
      return outcome;
    },
    [store, openDisclosure],
  );

  // Once the disclosure is acknowledged, the reminder to read it has done its job.
  const noticeKind = snapshot.notice?.kind;
  useEffect(() => {
    if (disclosure.acknowledged && noticeKind === 'disclosure') store.dismissNotice();
  }, [disclosure.acknowledged, noticeKind, store]);

  return useMemo(
    () => ({
      ...snapshot,
      busy: snapshot.status === 'submitting' || snapshot.status === 'streaming',
      send,
      confirm: store.confirm,
      stop: store.stop,
      retry: store.retry,
      clear: store.clear,
      dismissNotice: store.dismissNotice,
      dismissCrisis: store.dismissCrisis,
      engine,
      retryEngine,
      store,
    }),
    [snapshot, send, store, engine, retryEngine],
  );
}
