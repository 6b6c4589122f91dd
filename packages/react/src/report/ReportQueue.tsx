import {
  formatMessage,
  type ModeratorReport,
  pickMessages,
  REPORT_REASONS,
  type ReportQueueMessages,
  type ReportReason,
  type ReportSeverity,
  type ReportStatus,
  reportMessages,
  reportQueueMessages,
} from '@youthchat/core';
import { clsx } from 'clsx';
import {
  type ComponentPropsWithoutRef,
  type FormEvent,
  useCallback,
  useEffect,
  useId,
  useMemo,
  useRef,
  useState,
} from 'react';
import { DecisionForm } from './DecisionForm.js';
import { type DecisionBody, type QueueFilters, QueueRequestError, queueApi } from './queue-api.js';
import { StatementView } from './StatementView.js';
import { SubjectRisk } from './SubjectRisk.js';

export interface ReportQueueProps extends Omit<ComponentPropsWithoutRef<'section'>, 'children'> {
  /** The moderator token (`MODERATOR_TOKEN`), sent as a Bearer token. Keep it out of pages children can reach. */
  token: string;
  /** Where the youthchat routes are mounted. @default '/api' */
  serverUrl?: string;
  /** Replaces the global `fetch`. */
  fetch?: typeof fetch;
  /** Language of the interface. @default 'en' */
  locale?: string;
  /** Reports per page. @default 25 */
  pageSize?: number;
  /** Filters applied at first. @default { status: 'received' } */
  defaultFilters?: QueueFilters;
  /** Level of the heading. @default 2 */
  headingLevel?: 1 | 2 | 3 | 4 | 5;
  /** Replaces some of the strings. */
  messages?: Partial<ReportQueueMessages>;
}

/**
 * What a failed call means for the moderator, in their language. A refusal
 * the queue knows is explained; anything else keeps the server's message.
 */
function refusal(error: unknown, t: ReportQueueMessages): string {
  if (!(error instanceof QueueRequestError)) return t.unreachable;
  if (error.status === 401) return t.unauthorized;
  if (error.code === 'already_decided') return t.alreadyDecided;
  if (error.status === 429) return t.rateLimited;
  if (error.status >= 500) return t.unavailable;
  return formatMessage(t.error, { message: error.message });
}

const STATUSES: ReportStatus[] = ['received', 'appealed', 'decided'];
const SEVERITIES: ReportSeverity[] = ['high', 'medium', 'low'];

/**
 * A small work queue for moderators over the moderator routes: list and
 * filter reports, open one, record a decision with its statement of reasons.
 * It does not need `YouthSafetyProvider`.
 *
 * @example
 * <ReportQueue token={moderatorToken} serverUrl="/api" />
 */
export function ReportQueue(props: ReportQueueProps) {
  const {
    token,
    serverUrl = '/api',
    fetch: fetchProp,
    locale = 'en',
    pageSize = 25,
    defaultFilters = { status: 'received' },
    headingLevel = 2,
    messages,
    className,
    ...rest
  } = props;
  const t = useMemo(() => ({ ...pickMessages(reportQueueMessages, locale), ...messages }), [locale, messages]);
  const reasons = pickMessages(reportMessages, locale, 'adult').reasons;
  const api = useMemo(
    () => queueApi(serverUrl, token, fetchProp ?? globalThis.fetch.bind(globalThis)),
    [serverUrl, token, fetchProp],
  );
  const id = useId();
  const Heading = `h${headingLevel}` as const;
  const Sub = `h${headingLevel + 1}` as 'h3';
  const [filters, setFilters] = useState<QueueFilters>(defaultFilters);
  const [draftFilters, setDraftFilters] = useState<QueueFilters>(defaultFilters);
  const [reports, setReports] = useState<ModeratorReport[]>([]);
  const [cursor, setCursor] = useState<string | null>(null);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<string | null>(null);
  const [openId, setOpenId] = useState<string | null>(null);
  const [deciding, setDeciding] = useState(false);
  const detailHeading = useRef<HTMLHeadingElement>(null);
  const lastOpener = useRef<string | null>(null);
  const date = useMemo(() => new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }), [locale]);

  const load = useCallback(
    async (append: string | null) => {
      setLoading(true);
      setError(null);
      try {
        const page = await api.list(filters, pageSize, append);
        setReports((current) => (append ? [...current, ...page.reports] : page.reports));
        setCursor(page.nextCursor);
      } catch (e) {
        setError(refusal(e, t));
      } finally {
        setLoading(false);
      }
    },
    [api, filters, pageSize, t],
  );

  useEffect(() => {
    void load(null);
  }, [load]);

  const open = reports.find((r) => r.id === openId) ?? null;
  useEffect(() => {
    if (openId) detailHeading.current?.focus();
    else if (lastOpener.current) document.getElementById(lastOpener.current)?.focus();
  }, [openId]);

  const applyFilters = (event: FormEvent) => {
    event.preventDefault();
    setFilters({ ...draftFilters });
  };

  const decide = async (decision: DecisionBody) => {
    if (!open) return;
    setDeciding(true);
    setError(null);
    try {
      const { report } = await api.decide(open.id, decision);
      setReports((current) => current.map((r) => (r.id === report.id ? report : r)));
    } catch (e) {
      setError(refusal(e, t));
    } finally {
      setDeciding(false);
    }
  };

  const select = <K extends keyof QueueFilters>(
    key: K,
    label: string,
    values: readonly NonNullable<QueueFilters[K]>[],
    names: Record<string, string>,
  ) => (
    <div className="yc-queue__row">
      <label htmlFor={`${id}-${key}`}>{label}</label>
      <select
        id={`${id}-${key}`}
        value={draftFilters[key] ?? ''}
        onChange={(e) => setDraftFilters({ ...draftFilters, [key]: e.target.value || undefined })}
      >
        <option value="">{t.any}</option>
        {values.map((v) => (
          <option key={v} value={v}>
            {names[v]}
          </option>
        ))}
      </select>
    </div>
  );

  return (
    <section
      data-yc-root=""
      {...rest}
      className={clsx('yc-queue', className)}
      data-slot="queue"
      aria-labelledby={`${id}-heading`}
      lang={locale}
    >
      <Heading id={`${id}-heading`} className="yc-queue__heading">
        {t.heading}
      </Heading>
      <p id={`${id}-status`} className="yc-queue__status" role="status" data-slot="queue-status">
        {error ??
          (loading
            ? t.loading
            : open
              ? ''
              : reports.length === 0
                ? t.empty
                : formatMessage(t.count, { count: reports.length }))}
      </p>
      {open ? (
        <article
          className="yc-queue__detail"
          data-slot="queue-detail"
          data-status={open.status}
          aria-labelledby={`${id}-detail`}
        >
          <button type="button" className="yc-button" data-variant="secondary" onClick={() => setOpenId(null)}>
            {t.back}
          </button>
          <Sub id={`${id}-detail`} ref={detailHeading} tabIndex={-1} className="yc-queue__subheading">
            {open.reference}
          </Sub>
          <dl className="yc-queue__facts">
            <dt>{t.columnReason}</dt>
            <dd>{reasons[open.reason]}</dd>
            <dt>{t.columnSeverity}</dt>
            <dd>{t.severities[open.severity]}</dd>
            <dt>{t.columnBand}</dt>
            <dd>{t.bands[open.band]}</dd>
            <dt>{t.columnStatus}</dt>
            <dd>{t.statuses[open.status]}</dd>
            <dt>{t.columnReceived}</dt>
            <dd>{date.format(new Date(open.createdAt))}</dd>
            <dt>{t.details}</dt>
            <dd>{open.details ?? t.none}</dd>
            <dt>{t.excerpt}</dt>
            <dd>{open.excerpt ? <blockquote className="yc-report__quote">{open.excerpt}</blockquote> : t.none}</dd>
            {open.appeal ? (
              <>
                <dt>{t.appeal}</dt>
                <dd>{open.appeal.text ?? t.none}</dd>
              </>
            ) : null}
          </dl>
          <SubjectRisk api={api} subject={open.subject} t={t} locale={locale} headingLevel={headingLevel + 1} />
          {open.statement ? (
            <StatementView
              statement={open.statement}
              t={t}
              heading={<Sub className="yc-queue__subheading">{t.statementHeading}</Sub>}
            />
          ) : null}
          {open.status !== 'decided' ? (
            <DecisionForm
              key={`${open.id}-${open.previousStatements.length}`}
              t={t}
              busy={deciding}
              onDecide={(d) => void decide(d)}
              headingLevel={headingLevel + 1}
            />
          ) : null}
        </article>
      ) : (
        <>
          <form className="yc-queue__filters" data-slot="queue-filters" aria-label={t.filters} onSubmit={applyFilters}>
            {select('status', t.statusFilter, STATUSES, t.statuses)}
            {select('reason', t.reasonFilter, REPORT_REASONS as readonly ReportReason[], reasons)}
            {select('severity', t.severityFilter, SEVERITIES, t.severities)}
            <button type="submit" className="yc-button">
              {t.apply}
            </button>
          </form>
          {reports.length > 0 ? (
            // On a narrow screen the table scrolls inside its own region, never widening the page.
            <div
              className="yc-queue__scroll"
              data-slot="queue-scroll"
              role="region"
              // Named "Reports, 3 shown": apart from the queue's own region.
              aria-labelledby={`${id}-heading ${id}-status`}
              // biome-ignore lint/a11y/noNoninteractiveTabindex: the region scrolls, so keyboard users must be able to reach it
              tabIndex={0}
            >
              <table className="yc-queue__table" data-slot="queue-table">
                <thead>
                  <tr>
                    <th scope="col">{t.columnReference}</th>
                    <th scope="col">{t.columnReason}</th>
                    <th scope="col">{t.columnSeverity}</th>
                    <th scope="col">{t.columnBand}</th>
                    <th scope="col">{t.columnStatus}</th>
                    <th scope="col">{t.columnReceived}</th>
                  </tr>
                </thead>
                <tbody>
                  {reports.map((r) => (
                    <tr key={r.id} data-severity={r.severity} data-status={r.status}>
                      <th scope="row">
                        <button
                          id={`${id}-open-${r.id}`}
                          type="button"
                          className="yc-queue__open"
                          aria-label={formatMessage(t.open, { reference: r.reference })}
                          onClick={() => {
                            lastOpener.current = `${id}-open-${r.id}`;
                            setOpenId(r.id);
                          }}
                        >
                          {r.reference}
                        </button>
                      </th>
                      <td>{reasons[r.reason]}</td>
                      <td>{t.severities[r.severity]}</td>
                      <td>{t.bands[r.band]}</td>
                      <td>{t.statuses[r.status]}</td>
                      <td>{date.format(new Date(r.createdAt))}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          ) : null}
          {cursor ? (
            <button
              type="button"
              className="yc-button"
              data-variant="secondary"
              onClick={() => void load(cursor)}
              disabled={loading}
            >
              {t.loadMore}
            </button>
          ) : null}
        </>
      )}
    </section>
  );
}
