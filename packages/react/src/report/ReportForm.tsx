import { REPORT_LIMITS, REPORT_REASONS, type ReportMessages, type ReportReason } from '@youthchat/core';
import { type FormEvent, useId, useRef, useState } from 'react';

export interface ReportDraft {
  reason: ReportReason | null;
  details: string;
  includeCopy: boolean;
  goodFaith: boolean;
}

interface ReportFormProps {
  t: ReportMessages;
  draft: ReportDraft;
  onDraftChange: (draft: ReportDraft) => void;
  /** The scrubbed copy that would be sent, or null when no message is reported. */
  preview: string | null;
  askGoodFaith: boolean;
  sending: boolean;
  onSubmit: () => void;
  cancel: React.ReactNode;
}

type Problem = 'reason' | 'goodFaith' | null;

/** The reasons, optional details, optional copy and (for adults) the good-faith confirmation. */
export function ReportForm(props: ReportFormProps) {
  const { t, draft, onDraftChange, preview, askGoodFaith, sending, onSubmit, cancel } = props;
  const id = useId();
  const [problem, setProblem] = useState<Problem>(null);
  const firstReason = useRef<HTMLInputElement>(null);
  const goodFaithBox = useRef<HTMLInputElement>(null);
  const set = (change: Partial<ReportDraft>) => onDraftChange({ ...draft, ...change });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (sending) return;
    if (!draft.reason) {
      setProblem('reason');
      firstReason.current?.focus();
      return;
    }
    if (askGoodFaith && !draft.goodFaith) {
      setProblem('goodFaith');
      goodFaithBox.current?.focus();
      return;
    }
    setProblem(null);
    onSubmit();
  };

  return (
    <form className="yc-report__form" data-slot="report-form" onSubmit={submit} noValidate>
      <fieldset
        className="yc-report__reasons"
        data-slot="report-reasons"
        aria-describedby={problem === 'reason' ? `${id}-reason-error` : undefined}
        data-invalid={problem === 'reason' ? '' : undefined}
      >
        <legend className="yc-report__legend">{t.reasonLegend}</legend>
        {problem === 'reason' ? (
          <p id={`${id}-reason-error`} className="yc-report__error" role="alert">
            {t.reasonRequired}
          </p>
        ) : null}
        {REPORT_REASONS.map((reason, index) => (
          <label key={reason} className="yc-report__reason" data-slot="report-reason">
            <input
              ref={index === 0 ? firstReason : undefined}
              type="radio"
              name={`${id}-reason`}
              value={reason}
              checked={draft.reason === reason}
              aria-invalid={problem === 'reason' ? true : undefined}
              onChange={() => {
                set({ reason });
                if (problem === 'reason') setProblem(null);
              }}
            />
            <span>{t.reasons[reason]}</span>
          </label>
        ))}
      </fieldset>

      <div className="yc-report__field" data-slot="report-details">
        <label htmlFor={`${id}-details`} className="yc-report__label">
          {t.detailsLabel}
        </label>
        <p id={`${id}-details-hint`} className="yc-report__hint">
          {t.detailsHint}
        </p>
        <textarea
          id={`${id}-details`}
          className="yc-report__textarea"
          aria-describedby={`${id}-details-hint`}
          maxLength={REPORT_LIMITS.details}
          rows={3}
          value={draft.details}
          onChange={(event) => set({ details: event.target.value })}
        />
      </div>

      {preview !== null ? (
        <div className="yc-report__field" data-slot="report-copy">
          <label className="yc-report__check">
            <input
              type="checkbox"
              checked={draft.includeCopy}
              aria-describedby={`${id}-copy-hint`}
              onChange={(event) => set({ includeCopy: event.target.checked })}
            />
            <span>{t.includeMessage}</span>
          </label>
          <p id={`${id}-copy-hint`} className="yc-report__hint">
            {t.includeMessageHint}
          </p>
          {draft.includeCopy ? (
            <figure className="yc-report__preview" data-slot="report-preview">
              <figcaption className="yc-report__hint">{t.messagePreviewLabel}</figcaption>
              <blockquote className="yc-report__quote">{preview}</blockquote>
            </figure>
          ) : null}
        </div>
      ) : null}

      {askGoodFaith ? (
        <div className="yc-report__field" data-slot="report-good-faith">
          {problem === 'goodFaith' ? (
            <p id={`${id}-faith-error`} className="yc-report__error" role="alert">
              {t.goodFaithRequired}
            </p>
          ) : null}
          <label className="yc-report__check">
            <input
              ref={goodFaithBox}
              type="checkbox"
              required
              checked={draft.goodFaith}
              aria-invalid={problem === 'goodFaith' ? true : undefined}
              aria-describedby={problem === 'goodFaith' ? `${id}-faith-error` : undefined}
              onChange={(event) => {
                set({ goodFaith: event.target.checked });
                if (problem === 'goodFaith') setProblem(null);
              }}
            />
            <span>{t.goodFaith}</span>
          </label>
        </div>
      ) : null}

      <p className="yc-report__hint">{t.noContactNeeded}</p>
      <div className="yc-report__actions" data-slot="report-actions">
        {cancel}
        <button
          type="submit"
          className="yc-button"
          aria-disabled={sending || undefined}
          data-busy={sending ? '' : undefined}
        >
          {sending ? t.submitting : t.submit}
        </button>
      </div>
    </form>
  );
}
