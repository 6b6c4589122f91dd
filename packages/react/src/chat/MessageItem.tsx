import type { ChatError, ChatMessage, ChatUiMessages } from '@youthchat/core';
import { memo, type ReactNode } from 'react';
import { LazyCrisisResources as CrisisResources, LazyMarkdown as Markdown } from './lazy-parts.js';

/** Holds whose message the server wrote for the child, in their band and language: shown as sent. */
const WORDED_HOLDS = new Set(['guardian_quiet_hours', 'guardian_time_limit', 'age_assurance_required']);

/** The catalogue's words for a failure. */
export function errorText(t: ChatUiMessages, error: ChatError): string {
  if (WORDED_HOLDS.has(error.code) && error.detail) return error.detail;
  if (error.code === 'network') return t.errorNetwork;
  if (error.status === 401 || error.code.startsWith('age_token')) return t.errorAuth;
  if (error.status === 429 || error.code === 'rate_limited') return t.errorRateLimited;
  if (error.status === 413) return t.errorTooLarge;
  if (error.code === 'stream_interrupted' || error.code === 'bad_stream') return t.errorInterrupted;
  return t.errorGeneric;
}

export interface MessageItemProps {
  message: ChatMessage;
  t: ChatUiMessages;
  /** Buttons under a settled reply (the report button by default). */
  actions?: ReactNode;
  /**
   * Show help lines where the server asked for them. Only one set is shown at
   * a time (the newest), so the page never holds two identical help regions.
   */
  showCrisisResources?: boolean;
}

/** One message: the person's text as typed, a reply as markdown, with its safety notices and state. */
export const MessageItem = memo(function MessageItem({ message, t, actions, showCrisisResources }: MessageItemProps) {
  const { role, status, content, safety = [] } = message;
  const live = status === 'pending' || status === 'streaming';
  const serverHold = safety.some((s) => s.action === 'hold');
  return (
    <div
      className="yc-message"
      data-slot="chat-message"
      data-role={role}
      data-status={status}
      data-assistant={message.assistant}
      aria-busy={live || undefined}
    >
      <span className="yc-visually-hidden">{role === 'user' ? t.you : t.assistant}: </span>
      {/* Only on words the offline assistant wrote: a held or blocked reply has none of its own. */}
      {message.assistant === 'offline-demo' && content !== '' && (
        <span className="yc-message__tag">{t.offlineDemo}</span>
      )}
      {content !== '' &&
        (role === 'user' ? (
          <p className="yc-message__text">{content}</p>
        ) : (
          <Markdown text={content} newTabLabel={t.opensInNewTab} />
        ))}
      {status === 'pending' && safety.length === 0 && <p className="yc-message__meta">{t.thinking}</p>}
      {safety.map((notice, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: notices only ever append, in order
        <div key={i} className="yc-message__safety" data-action={notice.action} data-stage={notice.stage}>
          {notice.message !== '' && <p>{notice.message}</p>}
          {notice.showCrisisResources && showCrisisResources && (
            <CrisisResources categories={notice.categories} intro={false} />
          )}
        </div>
      ))}
      {status === 'held' && !serverHold && <p className="yc-message__meta">{t.held}</p>}
      {message.finishReason === 'length' && <p className="yc-message__meta">{t.truncated}</p>}
      {status === 'stopped' && <p className="yc-message__meta">{t.stopped}</p>}
      {message.error && (
        <p className="yc-message__meta" data-error="">
          {errorText(t, message.error)}
        </p>
      )}
      {actions && <div className="yc-message__actions">{actions}</div>}
    </div>
  );
});
