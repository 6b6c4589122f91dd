import { type ChatMessage, type ChatUiMessages, chatMessages, formatMessage, pickMessages } from '@youthchat/core';
import { clsx } from 'clsx';
import {
  type ComponentPropsWithoutRef,
  type ReactNode,
  useCallback,
  useEffect,
  useId,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
} from 'react';
import { ChatDisclosure } from '../disclosure/AIDisclosure.js';
import { useYouthSafety } from '../provider/context.js';
import { CrisisPanel, ErrorBar, Notice } from './ChatNotices.js';
import { Composer } from './Composer.js';
import { loadChatParts, plainText, LazyReportButton as ReportButton, useChatParts } from './lazy-parts.js';
import { errorText, MessageItem } from './MessageItem.js';
import { MessageList } from './MessageList.js';
import { type SafetyEngineStatus, type UseSafeChatOptions, useSafeChat } from './use-safe-chat.js';

export interface SafeChatProps
  extends Omit<ComponentPropsWithoutRef<'section'>, 'children' | 'onError'>,
    UseSafeChatOptions {
  /** Replaces some of the catalogue's words. */
  messages?: Partial<ChatUiMessages>;
  /**
   * Render the AI disclosure dialog inside the chat, with the provider's
   * `disclosures`. It gives way to an `AIDisclosure` the app renders itself
   * (only one dialog ever opens); set false when you render your own, to
   * skip the development warning. The chat still waits for it to be acknowledged.
   * @default true
   */
  renderDisclosure?: boolean;
  /**
   * What to show under each settled reply. Pass a stable function
   * (`useCallback`). Return null for nothing.
   * @default a `ReportButton` on every message, the child's own and the replies
   * @example renderMessageActions={(m) => <ReportButton messageId={m.replyId} excerpt={m.content} />}
   */
  renderMessageActions?: (message: ChatMessage) => ReactNode;
  /** Placeholder of the message box (the label stays visible). */
  placeholder?: string;
  /** Focus the message box when the chat appears. @default false */
  autoFocus?: boolean;
  /**
   * From this many messages on, only those near the visible part are kept in
   * the page (virtualised). Below it every message stays, so screen readers can
   * browse the whole conversation.
   * @default 60
   */
  virtualizeFrom?: number;
}

function wantsHelp(message: ChatMessage | null | undefined): boolean {
  return message?.safety?.some((s) => s.showCrisisResources) ?? false;
}

const useIsomorphicLayoutEffect = typeof document === 'undefined' ? useEffect : useLayoutEffect;

/** The distance from the bottom, in pixels, within which the log keeps following new text. */
const STICK_DISTANCE = 48;

/**
 * A chat for young people: every message is checked on the device before it
 * goes, then by the server; replies stream in as markdown rendered to React
 * elements; crisis help lines appear when a message is worrying, without
 * ending the chat. Needs a `YouthSafetyProvider` above it.
 *
 * @example
 * <YouthSafetyProvider serverUrl="/api" locale="es" country="ES">
 *   <SafeChat onEvent={(e) => e.type === 'safety' && log(e.notice.categories)} />
 * </YouthSafetyProvider>
 */
export function SafeChat(props: SafeChatProps) {
  const {
    transport,
    hooks,
    moderate,
    conversationId,
    initialMessages,
    onEvent,
    messages: overrides,
    renderDisclosure = true,
    renderMessageActions: renderActionsProp,
    placeholder,
    autoFocus,
    virtualizeFrom = 60,
    className,
    ...rest
  } = props;
  const { band, locale } = useYouthSafety('SafeChat');
  const chat = useSafeChat({
    ...(transport ? { transport } : {}),
    ...(hooks === undefined ? {} : { hooks }),
    ...(moderate ? { moderate } : {}),
    ...(conversationId ? { conversationId } : {}),
    ...(initialMessages ? { initialMessages } : {}),
    ...(onEvent ? { onEvent } : {}),
  });
  // The safety engine and the parts a conversation needs (report buttons, help lines, markdown) load on
  // demand while the disclosure is read. Nothing can be sent until both have loaded.
  const parts = useChatParts();
  const [partsFailed, setPartsFailed] = useState(false);
  const [partsAttempt, setPartsAttempt] = useState(0);
  useEffect(() => {
    let live = true;
    if (partsAttempt > 0) setPartsFailed(false);
    loadChatParts().catch(() => {
      if (live) setPartsFailed(true);
    });
    return () => {
      live = false;
    };
  }, [partsAttempt]);
  const ready: SafetyEngineStatus =
    chat.engine === 'failed' || partsFailed ? 'failed' : chat.engine === 'ready' && parts ? 'ready' : 'loading';
  const { engine, retryEngine } = chat;
  const onRetryReady = useCallback(() => {
    if (engine === 'failed') retryEngine();
    if (partsFailed) setPartsAttempt((n) => n + 1);
  }, [engine, retryEngine, partsFailed]);

  const overridesKey = overrides ? JSON.stringify(overrides) : '';
  // biome-ignore lint/correctness/useExhaustiveDependencies: keyed by content so an inline object does not re-render every message
  const t = useMemo(
    () => ({ ...pickMessages(chatMessages, locale, band), ...overrides }),
    [locale, band, overridesKey],
  );

  const [draft, setDraft] = useState('');
  const textareaRef = useRef<HTMLTextAreaElement>(null);
  const logRef = useRef<HTMLDivElement>(null);
  const contentRef = useRef<HTMLDivElement>(null);
  const stick = useRef(true);
  const noticeId = useId();

  const focusComposer = useCallback(() => textareaRef.current?.focus(), []);

  const { send, confirm, notice, stop, retry, dismissNotice, dismissCrisis } = chat;
  const onSubmit = useCallback(async () => {
    // A message sent before the checks have loaded waits for them (the store never sends it unchecked);
    // after a failed load, sending tries loading them again.
    if (ready === 'failed') onRetryReady();
    const text = draft;
    stick.current = true;
    const outcome = await send(text);
    // Clear only what was sent: the person may have kept typing while it was checked.
    if (outcome === 'sent') setDraft((current) => (current === text ? '' : current));
  }, [draft, send, ready, onRetryReady]);

  const onConfirm = useCallback(async () => {
    const original = notice?.kind === 'confirm' ? notice.check.original : null;
    stick.current = true;
    const outcome = await confirm();
    if (outcome === 'sent') setDraft((current) => (current === original ? '' : current));
    focusComposer();
  }, [confirm, notice, focusComposer]);

  const onEdit = useCallback(() => {
    dismissNotice();
    focusComposer();
  }, [dismissNotice, focusComposer]);

  const onHideCrisis = useCallback(() => {
    dismissCrisis();
    focusComposer();
  }, [dismissCrisis, focusComposer]);
  const onRetry = useCallback(() => {
    stick.current = true;
    retry();
    focusComposer();
  }, [retry, focusComposer]);
  const onDismiss = useCallback(() => {
    dismissNotice();
    focusComposer();
  }, [dismissNotice, focusComposer]);

  // One set of help lines at a time: the panel after a worrying message, else the newest reply that asked for them.
  // Scanned when the history changes, never per token.
  const helpInHistory = useMemo(() => {
    for (let i = chat.messages.length - 1; i >= 0; i--) {
      const message = chat.messages[i] ?? null;
      if (wantsHelp(message)) return message?.id ?? null;
    }
    return null;
  }, [chat.messages]);
  const replyWantsHelp = wantsHelp(chat.reply);
  const crisisReplyId = chat.crisis ? null : replyWantsHelp ? (chat.reply?.id ?? null) : helpInHistory;

  const defaultActions = useCallback(
    (message: ChatMessage): ReactNode =>
      message.content !== '' || message.safety?.length ? (
        <ReportButton
          messageId={message.role === 'assistant' ? (message.replyId ?? message.id) : message.id}
          messageRole={message.role}
          excerpt={message.content}
          {...(conversationId ? { conversationId } : {})}
        />
      ) : null,
    [conversationId],
  );
  const renderMessageActions = renderActionsProp ?? defaultActions;

  const renderMessage = useCallback(
    (message: ChatMessage) => (
      <MessageItem
        message={message}
        t={t}
        actions={renderMessageActions(message)}
        showCrisisResources={message.id === crisisReplyId}
      />
    ),
    [t, renderMessageActions, crisisReplyId],
  );

  // Keep following the conversation while the person is at its end; leave them be when they scrolled up.
  useIsomorphicLayoutEffect(() => {
    const log = logRef.current;
    const content = contentRef.current;
    if (!log || !content || typeof ResizeObserver === 'undefined') return;
    const follow = () => {
      if (stick.current) log.scrollTop = log.scrollHeight;
    };
    const observer = new ResizeObserver(follow);
    observer.observe(content);
    observer.observe(log);
    follow();
    return () => observer.disconnect();
  }, []);
  const onScroll = useCallback(() => {
    const log = logRef.current;
    if (log) stick.current = log.scrollHeight - log.scrollTop - log.clientHeight <= STICK_DISTANCE;
  }, []);

  // Completed replies are announced once, politely; the log itself is silent so tokens and scrolling are not read out.
  const [announcement, setAnnouncement] = useState<{ key: number; text: string } | null>(null);
  const inFlight = useRef<string | null>(null);
  useEffect(() => {
    if (chat.reply) {
      inFlight.current = chat.reply.id;
      return;
    }
    const last = chat.messages[chat.messages.length - 1];
    if (!last || last.id !== inFlight.current) return;
    inFlight.current = null;
    const parts = [plainText(last.content), ...(last.safety ?? []).map((s) => s.message)];
    if (last.status === 'stopped') parts.push(t.stopped);
    if (last.status === 'held' && !last.safety?.length) parts.push(t.held);
    if (last.error) parts.push(errorText(t, last.error));
    const text = parts.filter(Boolean).join(' ');
    if (text)
      setAnnouncement((prev) => ({ key: (prev?.key ?? 0) + 1, text: formatMessage(t.replyAnnouncement, { text }) }));
  }, [chat.reply, chat.messages, t]);

  const empty = chat.messages.length === 0 && !chat.reply;
  const lastMessage = chat.messages[chat.messages.length - 1];
  const draftRefused = notice !== null && notice.kind !== 'confirm';

  return (
    <section
      {...rest}
      className={clsx('yc-chat', className)}
      data-yc-root=""
      data-slot="chat"
      data-band={band}
      data-status={chat.status}
      data-ready={ready}
      data-empty={empty ? '' : undefined}
      data-help={chat.crisis ? '' : undefined}
    >
      {renderDisclosure && <ChatDisclosure />}
      <div
        ref={logRef}
        className="yc-chat__log"
        data-slot="chat-log"
        role="log"
        aria-live="off"
        aria-label={t.logLabel}
        // biome-ignore lint/a11y/noNoninteractiveTabindex: the log scrolls, so keyboard users must be able to reach it
        tabIndex={0}
        onScroll={onScroll}
      >
        <div ref={contentRef} className="yc-chat__content">
          {empty && (
            <div className="yc-chat__empty" data-slot="chat-empty">
              <p className="yc-chat__empty-title">{t.emptyTitle}</p>
              <p>{t.emptyBody}</p>
            </div>
          )}
          <MessageList
            messages={chat.messages}
            scrollRef={logRef}
            renderMessage={renderMessage}
            virtualizeFrom={virtualizeFrom}
          />
          {chat.reply && (
            <div className="yc-chat__row" data-live="">
              <MessageItem message={chat.reply} t={t} showCrisisResources={chat.reply.id === crisisReplyId} />
            </div>
          )}
        </div>
      </div>
      <div className="yc-visually-hidden" role="status">
        {announcement && <p key={announcement.key}>{announcement.text}</p>}
      </div>
      {chat.crisis && <CrisisPanel t={t} crisis={chat.crisis} onHide={onHideCrisis} />}
      {(chat.error || chat.canRetry) && (
        <ErrorBar
          t={t}
          // A failure mid-reply is told in the reply itself; the bar then only offers to try again.
          error={lastMessage?.error ? null : chat.error}
          canRetry={chat.canRetry}
          onRetry={onRetry}
        />
      )}
      {notice && (
        <Notice t={t} notice={notice} id={noticeId} onConfirm={onConfirm} onEdit={onEdit} onDismiss={onDismiss} />
      )}
      <Composer
        t={t}
        value={draft}
        onChange={setDraft}
        onSubmit={onSubmit}
        onStop={stop}
        busy={chat.busy}
        ready={ready}
        onRetryReady={onRetryReady}
        describedBy={draftRefused ? noticeId : undefined}
        invalid={draftRefused && notice.kind !== 'disclosure'}
        textareaRef={textareaRef}
        placeholder={placeholder}
        autoFocus={autoFocus}
      />
    </section>
  );
}
