import {
  formatMessage,
  pickMessages,
  type ReportMessages,
  type ReportOutboxEntry,
  reportMessages,
} from '@youthchat/core';
import { clsx } from 'clsx';
import { type ComponentPropsWithoutRef, useId, useMemo } from 'react';
import { useYouthSafety } from '../provider/context.js';
import { useReportOutbox } from './use-report-outbox.js';

export interface MyReportsProps extends Omit<ComponentPropsWithoutRef<'section'>, 'children'> {
  /** Level of the heading. @default 2 */
  headingLevel?: 2 | 3 | 4 | 5 | 6;
  /** Replaces some of the catalogue's words. */
  messages?: Partial<ReportMessages>;
}

function newestFirst(a: ReportOutboxEntry, b: ReportOutboxEntry): number {
  return b.createdAt - a.createdAt;
}

/**
 * "My reports": the reports sent from this device, newest first, with their
 * reference numbers, so a child never has to write one down. The numbers
 * come from the report outbox `ReportButton` keeps (the last 20 sent), with
 * reports still waiting for the connection.
 *
 * @example
 * <MyReports headingLevel={3} />
 */
export function MyReports(props: MyReportsProps) {
  const { headingLevel = 2, messages, className, ...rest } = props;
  const { band, locale } = useYouthSafety('MyReports');
  const { entries } = useReportOutbox('MyReports');
  const t = { ...pickMessages(reportMessages, locale, band), ...messages };
  const headingId = useId();
  const Heading = `h${headingLevel}` as const;
  const sorted = useMemo(() => [...entries].sort(newestFirst), [entries]);
  const date = useMemo(() => {
    try {
      return new Intl.DateTimeFormat(locale, { dateStyle: 'medium' });
    } catch {
      return new Intl.DateTimeFormat('en', { dateStyle: 'medium' });
    }
  }, [locale]);

  return (
    <section
      data-yc-root=""
      {...rest}
      aria-labelledby={headingId}
      className={clsx('yc-my-reports', className)}
      data-slot="my-reports"
      data-band={band}
    >
      <Heading id={headingId} className="yc-my-reports__heading">
        {t.myReportsTitle}
      </Heading>
      {sorted.length === 0 ? (
        <p data-slot="my-reports-empty">{t.myReportsEmpty}</p>
      ) : (
        <>
          <p className="yc-my-reports__intro">{t.myReportsIntro}</p>
          <ul className="yc-my-reports__list" data-slot="my-reports-list">
            {sorted.map((entry) => (
              <li key={entry.clientReportId} data-slot="my-report" data-state={entry.state}>
                <p className="yc-my-reports__reason">{t.reasons[entry.report.reason]}</p>
                {entry.receipt ? (
                  <p className="yc-report__reference" data-slot="report-reference">
                    {t.referenceLabel}:{' '}
                    <strong className="yc-report__code" translate="no">
                      {entry.receipt.reference}
                    </strong>
                  </p>
                ) : null}
                <p className="yc-my-reports__state">
                  {entry.state === 'sent'
                    ? formatMessage(t.myReportsSent, { date: date.format(entry.createdAt) })
                    : entry.state === 'pending'
                      ? t.myReportsWaiting
                      : t.myReportsRefused}
                </p>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
