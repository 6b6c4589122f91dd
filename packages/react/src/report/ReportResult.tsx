import { Title } from '@radix-ui/react-dialog';
import { formatMessage, type ReportMessages, type ReportOutboxEntry, type ReportReason } from '@youthchat/core';
import { type ReactNode, useEffect, useRef } from 'react';
import { CrisisResources } from '../crisis/CrisisResources.js';

interface ReportResultProps {
  t: ReportMessages;
  entry: ReportOutboxEntry;
  reason: ReportReason;
  /** Show crisis resources at once (self-harm, grooming, sexual). */
  crisis: boolean;
  country: string | undefined;
  locale: string;
  onTryAgain: () => void;
  close: ReactNode;
}

/** The catalogue's words for a refusal: the server's message is English, for developers. */
function rejectedText(t: ReportMessages, code: string | undefined): string {
  if (code === 'body_too_large') return t.rejectedTooLong;
  if (code === 'outbox_full') return t.rejectedDeviceFull;
  return t.rejectedBody;
}

/** What the reporter sees once the report is kept: the reference and what happens next, or why it was refused. */
export function ReportResult(props: ReportResultProps) {
  const { t, entry, reason, crisis, country, locale, onTryAgain, close } = props;
  const titleRef = useRef<HTMLHeadingElement>(null);
  const state = entry.state === 'sent' ? 'sent' : entry.state === 'pending' ? 'queued' : 'rejected';

  // Move focus to the new heading so a screen reader reads the outcome.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs again whenever the outcome changes.
  useEffect(() => {
    titleRef.current?.focus();
  }, [state]);

  return (
    <div className="yc-report__result" data-slot="report-result" data-state={state}>
      <Title ref={titleRef} tabIndex={-1} className="yc-report__title">
        {state === 'sent' ? t.sentTitle : state === 'queued' ? t.queuedTitle : t.rejectedTitle}
      </Title>
      {state === 'sent' && entry.receipt ? (
        <>
          <p>{t.sentBody}</p>
          <p className="yc-report__reference" data-slot="report-reference">
            {t.referenceLabel}:{' '}
            <strong className="yc-report__code" translate="no">
              {entry.receipt.reference}
            </strong>
          </p>
          <p>{t.nextSteps}</p>
        </>
      ) : null}
      {state === 'queued' ? (
        <p role="status" data-slot="report-queued">
          {t.queuedBody}
        </p>
      ) : null}
      {state === 'rejected' ? (
        <p className="yc-report__error" data-slot="report-rejected">
          {formatMessage(rejectedText(t, entry.error?.code), { message: entry.error?.message ?? '' })}
        </p>
      ) : null}
      {crisis ? (
        <div className="yc-report__crisis" data-slot="report-crisis">
          <p>{t.crisisIntro}</p>
          <CrisisResources
            headingLevel={3}
            intro={false}
            categories={[reason]}
            locale={locale}
            {...(country ? { country } : {})}
          />
        </div>
      ) : null}
      <div className="yc-report__actions" data-slot="report-actions">
        {state === 'rejected' ? (
          <button type="button" className="yc-button" data-variant="secondary" onClick={onTryAgain}>
            {t.tryAgain}
          </button>
        ) : null}
        {close}
      </div>
    </div>
  );
}
