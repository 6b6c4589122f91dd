import type { ChatUiMessages } from '@youthchat/core';
import { type FormEvent, type KeyboardEvent, memo, type RefObject, useEffect, useId, useRef } from 'react';
import type { SafetyEngineStatus } from './use-safe-chat.js';

export interface ComposerProps {
  t: ChatUiMessages;
  value: string;
  onChange(value: string): void;
  onSubmit(): void;
  onStop(): void;
  /** A message is being checked or a reply is arriving. */
  busy: boolean;
  /** Whether the safety checks have loaded; a message sent before waits for them. @default 'ready' */
  ready?: SafetyEngineStatus;
  /** Tries loading the safety checks again after they failed. */
  onRetryReady?(): void;
  /** Id of a notice about the draft (blocked, too long), read with the box. */
  describedBy?: string | undefined;
  /** The draft was refused; marks the box invalid while the notice shows. */
  invalid?: boolean;
  textareaRef: RefObject<HTMLTextAreaElement | null>;
  placeholder?: string | undefined;
  autoFocus?: boolean | undefined;
}

/**
 * The labelled message box: Enter sends, Shift+Enter adds a line. While a
 * reply arrives, Stop appears beside Send (Send stays focusable and does
 * nothing), so focus is never lost.
 */
export const Composer = memo(function Composer(props: ComposerProps) {
  const { t, value, onChange, onSubmit, onStop, busy, describedBy, invalid, textareaRef, placeholder, autoFocus } =
    props;
  const ready = props.ready ?? 'ready';
  const id = useId();
  const hintId = `${id}-hint`;
  // Stop leaves the page when the reply ends; focus goes back to the message box, not to the page's start.
  const stopFocused = useRef(false);
  useEffect(() => {
    if (!busy && stopFocused.current) {
      stopFocused.current = false;
      const active = document.activeElement;
      if (!active || active === document.body) textareaRef.current?.focus();
    }
  }, [busy, textareaRef]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!busy) onSubmit();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    // Enter while an input method is composing a character belongs to the input method.
    if (event.key !== 'Enter' || event.shiftKey || event.nativeEvent.isComposing) return;
    event.preventDefault();
    if (!busy) onSubmit();
  };

  return (
    <form
      className="yc-chat__composer"
      data-slot="chat-composer"
      data-ready={ready}
      aria-busy={ready === 'loading' || undefined}
      onSubmit={submit}
    >
      <label className="yc-chat__label" htmlFor={id}>
        {t.composerLabel}
      </label>
      <textarea
        ref={textareaRef}
        id={id}
        className="yc-chat__input"
        rows={2}
        value={value}
        placeholder={placeholder}
        // biome-ignore lint/a11y/noAutofocus: only when the app asks for it
        autoFocus={autoFocus}
        aria-describedby={[hintId, describedBy].filter(Boolean).join(' ')}
        aria-invalid={invalid || undefined}
        onChange={(event) => onChange(event.target.value)}
        onKeyDown={onKeyDown}
      />
      <p id={hintId} className="yc-chat__hint">
        {t.composerHint}
      </p>
      <p className="yc-chat__hint yc-chat__ready" data-slot="chat-ready" aria-live="polite">
        {ready === 'loading' ? t.preparing : ready === 'failed' ? t.prepareFailed : null}
      </p>
      {ready === 'failed' && (
        <button
          type="button"
          className="yc-button yc-chat__ready-retry"
          data-variant="secondary"
          onClick={props.onRetryReady}
        >
          {t.retry}
        </button>
      )}
      <div className="yc-chat__buttons">
        {busy && (
          <button
            type="button"
            className="yc-button"
            data-variant="secondary"
            onClick={onStop}
            onFocus={() => {
              stopFocused.current = true;
            }}
            onBlur={(event) => {
              // A blur with no new target is the button leaving the page; focus moving elsewhere is not.
              if (event.relatedTarget) stopFocused.current = false;
            }}
          >
            {t.stop}
          </button>
        )}
        <button type="submit" className="yc-button" aria-disabled={busy || undefined}>
          {t.send}
        </button>
      </div>
    </form>
  );
});
