import { formatMessage, type ReportQueueMessages } from '@youthchat/core';
import { useEffect, useId, useMemo, useState } from 'react';
import type { queueApi, SubjectRiskCategory } from './queue-api.js';

export interface SubjectRiskProps {
  api: ReturnType<typeof queueApi>;
  /** The report's keyed subject. */
  subject: string;
  t: ReportQueueMessages;
  locale: string;
  headingLevel: number;
}

type State = { kind: 'loading' } | { kind: 'error'; message: string } | { kind: 'ready'; rows: SubjectRiskCategory[] };

/**
 * The trend of a report's subject: per category the score now, the band's
 * threshold and when it was last raised. Every value is text; the bar beside
 * the score repeats it for sighted readers and is hidden from screen readers.
 */
export function SubjectRisk({ api, subject, t, locale, headingLevel }: SubjectRiskProps) {
  const id = useId();
  const [state, setState] = useState<State>({ kind: 'loading' });
  const Heading = `h${Math.min(headingLevel, 6)}` as 'h3';
  const date = useMemo(() => new Intl.DateTimeFormat(locale, { dateStyle: 'short', timeStyle: 'short' }), [locale]);
  const number = useMemo(() => new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }), [locale]);

  useEffect(() => {
    let live = true;
    setState({ kind: 'loading' });
    api.risk(subject).then(
      (body) => live && setState({ kind: 'ready', rows: body.categories }),
      (error: unknown) => live && setState({ kind: 'error', message: (error as Error).message }),
    );
    return () => {
      live = false;
    };
  }, [api, subject]);

  return (
    // A group, not a region of its own: the table's scrolling region carries the name.
    <div className="yc-risk" data-slot="queue-risk" data-state={state.kind}>
      <Heading id={`${id}-heading`} className="yc-queue__subheading">
        {t.riskHeading}
      </Heading>
      {state.kind === 'loading' ? (
        <p role="status">{t.riskLoading}</p>
      ) : state.kind === 'error' ? (
        <p role="alert">{formatMessage(t.riskError, { message: state.message })}</p>
      ) : state.rows.length === 0 ? (
        <p>{t.riskEmpty}</p>
      ) : (
        // On a narrow screen the table scrolls inside its own region, which keyboard users can reach.
        <div
          className="yc-queue__scroll"
          data-slot="queue-risk-scroll"
          role="region"
          aria-labelledby={`${id}-heading`}
          // biome-ignore lint/a11y/noNoninteractiveTabindex: the region scrolls, so keyboard users must be able to reach it
          tabIndex={0}
        >
          <table className="yc-queue__table yc-risk__table" aria-labelledby={`${id}-heading`}>
            <thead>
              <tr>
                <th scope="col">{t.riskColumnCategory}</th>
                <th scope="col">{t.riskColumnScore}</th>
                <th scope="col">{t.riskColumnRaised}</th>
                <th scope="col">{t.riskColumnTrend}</th>
              </tr>
            </thead>
            <tbody>
              {state.rows.map((row) => {
                const share = Math.min(1, row.score / row.threshold);
                const over = row.escalated;
                return (
                  <tr key={row.category} data-escalated={row.escalated ? '' : undefined}>
                    <th scope="row">{row.category}</th>
                    <td>
                      <span className="yc-risk__score">
                        {formatMessage(t.riskScore, {
                          score: number.format(row.score),
                          threshold: number.format(row.threshold),
                          percent: Math.round((row.score / row.threshold) * 100),
                        })}
                      </span>
                      <span className="yc-risk__bar" aria-hidden="true" data-over={over ? '' : undefined}>
                        <span style={{ inlineSize: `${Math.round(share * 100)}%` }} />
                      </span>
                    </td>
                    <td>{date.format(new Date(row.lastRaisedAt))}</td>
                    <td>
                      {row.scoreAtLastRaise - row.score >= 0.05
                        ? formatMessage(t.riskTrend, { score: number.format(row.scoreAtLastRaise) })
                        : null}
                      {row.scoreAtLastRaise - row.score >= 0.05 ? <br /> : null}
                      <span className="yc-risk__state">{row.escalated ? t.riskEscalated : t.riskBelow}</span>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
