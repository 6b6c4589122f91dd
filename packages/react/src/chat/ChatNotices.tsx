import { type ChatCrisis, type ChatError, type ChatNotice, type ChatUiMessages, formatMessage } from '@youthchat/core';
import { memo, useEffect, useId, useRef, useState } from 'react';
import { LazyCrisisResources as CrisisResources } from './lazy-parts.js';
import { errorText } from './MessageItem.js';

export interface NoticeProps {
  t: ChatUiMessages;
  notice: ChatNotice;
  /** Id for the text the message box points to (`aria-describedby`). */
  id: string;
  onConfirm(): void;
  onEdit(): void;
  onDismiss(): void;
}

/**
 * What the device-side check said about the draft. A confirmation takes focus
 * so the person hears what was taken out before anything is sent.
 */
export function Notice({ t, notice, id, onConfirm, onEdit, onDismiss }: NoticeProps) {
  const titleId = useId();
  const titleRef = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (notice.kind === 'confirm') titleRef.current?.focus();
  }, [notice]);

  if (notice.kind === 'confirm') {
    const { check } = notice;
    return (
      <section className="yc-chat__notice" data-kind="confirm" aria-labelledby={titleId}>
        <p id={titleId} ref={titleRef} tabIndex={-1} className="yc-chat__notice-title">
          {t.transformTitle}
        </p>
        <p id={id}>{check.explanation ?? t.transformBody}</p>
        {/* The explanation already says in words what was taken out; list it only for a check without one. */}
        {!check.explanation && check.removed.length > 0 && (
          <ul className="yc-chat__removed">
            {check.removed.map((item) => (
              <li key={item.type}>{formatMessage(t.transformItem, { label: item.label, count: item.count })}</li>
            ))}
          </ul>
        )}
        <p className="yc-chat__preview-label">{t.transformPreview}</p>
        <blockquote className="yc-chat__preview">{check.text}</blockquote>
        <div className="yc-chat__buttons">
          <button type="button" className="yc-button" data-variant="secondary" onClick={onEdit}>
            {t.transformEdit}
          </button>
          <button type="button" className="yc-button" onClick={onConfirm}>
            {t.transformSend}
          </button>
        </div>
      </section>
    );
  }

  const text =
    notice.kind === 'blocked'
      ? (notice.check.explanation ?? t.blockedBody)
      : notice.kind === 'too-long'
        ? formatMessage(t.tooLong, { max: notice.max })
        : notice.kind === 'check-failed'
          ? t.checkFailed
          : t.disclosureFirst;
  return (
    <div className="yc-chat__notice" data-kind={notice.kind} role="alert">
      {notice.kind === 'blocked' && <p className="yc-chat__notice-title">{t.blockedTitle}</p>}
      <p id={id}>{text}</p>
      <button type="button" className="yc-button" data-variant="secondary" onClick={onDismiss}>
        {t.dismiss}
      </button>
    </div>
  );
}

/**
 * Help lines after a worrying message; the conversation goes on beside them. The title is a disclosure
 * button, so the child can fold the lines away (and back) without losing them; Hide dismisses them.
 */
export const CrisisPanel = memo(function CrisisPanel(props: { t: ChatUiMessages; crisis: ChatCrisis; onHide(): void }) {
  const { t, crisis, onHide } = props;
  const titleId = useId();
  const bodyId = useId();
  const [expanded, setExpanded] = useState(true);
  // New help lines open again, even if the child folded the last ones.
  // biome-ignore lint/correctness/useExhaustiveDependencies: re-run when the crisis changes
  useEffect(() => setExpanded(true), [crisis]);
  return (
    <section
      className="yc-chat__crisis"
      data-slot="chat-crisis"
      data-state={expanded ? 'open' : 'closed'}
      aria-labelledby={titleId}
    >
      <div className="yc-chat__crisis-header">
        <p id={titleId} className="yc-chat__notice-title yc-chat__crisis-title">
          <button
            type="button"
            className="yc-chat__crisis-toggle"
            aria-expanded={expanded}
            aria-controls={bodyId}
            onClick={() => setExpanded((open) => !open)}
          >
            {t.escalateTitle}
          </button>
        </p>
        <button type="button" className="yc-button" data-variant="secondary" onClick={onHide}>
          {t.hideHelp}
        </button>
      </div>
      <div id={bodyId} className="yc-chat__crisis-body" hidden={!expanded}>
        <p>{t.escalateBody}</p>
        <CrisisResources categories={crisis.categories} intro={false} />
      </div>
    </section>
  );
});

/** The last failure, with a way to ask again. */
export function ErrorBar(props: { t: ChatUiMessages; error: ChatError | null; canRetry: boolean; onRetry(): void }) {
  const { t, error, canRetry, onRetry } = props;
  return (
    <div className="yc-chat__error" data-slot="chat-error">
      {error && <p role="alert">{errorText(t, error)}</p>}
      {canRetry && (
        <button type="button" className="yc-button" data-variant="secondary" onClick={onRetry}>
          {t.retry}
        </button>
      )}
    </div>
  );
}
