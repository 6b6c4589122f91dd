import {
  formatMessage,
  type GuardianNoticeMessages,
  type GuardianStatus,
  guardianNoticeMessages,
  pickMessages,
} from '@youthchat/core';
import { clsx } from 'clsx';
import { type ComponentPropsWithoutRef, type FormEvent, useCallback, useEffect, useId, useMemo, useState } from 'react';
import { useYouthSafetyWithoutPolicy } from '../provider/context.js';
import { guardianApi } from './api.js';

export interface GuardianNoticeProps extends Omit<ComponentPropsWithoutRef<'section'>, 'children'> {
  /**
   * Show the form that asks a guardian to link when none is linked.
   * @default true
   */
  allowRequest?: boolean;
  /** The guardian's language for the email. @default the provider's locale */
  guardianLocale?: string;
  /** Change it to read the status again (after an escalation in the chat, say). */
  refreshKey?: unknown;
  /** Level of the heading. @default 2 */
  headingLevel?: 2 | 3 | 4 | 5 | 6;
  /** Replaces some of the catalogue's words. */
  messages?: Partial<GuardianNoticeMessages>;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/**
 * The teen's side of a guardian link (13–17 only; nothing for other bands):
 * whether a guardian is linked, what they can and cannot see, quiet hours,
 * chat time left today, and when an alert was sent, in the band's words.
 * With no guardian it offers to send one a link.
 *
 * @example
 * <GuardianNotice refreshKey={escalations} />
 */
export function GuardianNotice(props: GuardianNoticeProps) {
  const { allowRequest = true, guardianLocale, refreshKey, headingLevel = 2, messages, className, ...rest } = props;
  const { band, locale, serverUrl, fetch: boundFetch } = useYouthSafetyWithoutPolicy('GuardianNotice');
  const teen = band === 'teen13to15' || band === 'teen16to17';
  const t = { ...pickMessages(guardianNoticeMessages, locale, band), ...messages };
  const api = useMemo(() => guardianApi(serverUrl, boundFetch), [serverUrl, boundFetch]);
  const [status, setStatus] = useState<GuardianStatus | null>(null);
  const [email, setEmail] = useState('');
  const [invalid, setInvalid] = useState(false);
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);
  const headingId = useId();
  const inputId = useId();
  const hintId = useId();
  const errorId = useId();
  const Heading = `h${headingLevel}` as const;

  const load = useCallback(() => {
    api.status().then(setStatus, () => setFailed(true));
  }, [api]);

  // biome-ignore lint/correctness/useExhaustiveDependencies: refreshKey is the caller's signal to read again
  useEffect(() => {
    if (teen) load();
  }, [teen, load, refreshKey]);

  if (!teen || !status) return null;

  async function send(event: FormEvent) {
    event.preventDefault();
    const address = email.trim();
    if (!EMAIL.test(address)) {
      setInvalid(true);
      return;
    }
    setInvalid(false);
    setBusy(true);
    setFailed(false);
    try {
      setStatus(await api.request(address, guardianLocale ?? locale));
      setEmail('');
    } catch {
      setFailed(true);
    } finally {
      setBusy(false);
    }
  }

  async function withdraw() {
    setBusy(true);
    try {
      setStatus(await api.withdraw());
    } catch {
      setFailed(true);
    } finally {
      setBusy(false);
    }
  }

  const date = (iso: string) => {
    try {
      return new Intl.DateTimeFormat(locale, { dateStyle: 'long' }).format(new Date(iso));
    } catch {
      return iso;
    }
  };

  return (
    <section
      data-yc-root=""
      {...rest}
      aria-labelledby={headingId}
      className={clsx('yc-guardian-notice', className)}
      data-slot="guardian-notice"
      data-band={band}
      data-state={status.status}
    >
      <Heading id={headingId} className="yc-guardian-notice__title">
        {t.title}
      </Heading>
      {status.status === 'none' ? (
        <>
          <p>{t.none}</p>
          {allowRequest ? (
            <form className="yc-guardian-notice__form" onSubmit={send} noValidate>
              <label htmlFor={inputId} className="yc-guardian__label">
                {t.emailLabel}
              </label>
              <p id={hintId} className="yc-guardian__hint">
                {t.emailHint}
              </p>
              <div className="yc-guardian__row">
                <input
                  id={inputId}
                  className="yc-guardian__input"
                  type="email"
                  autoComplete="off"
                  value={email}
                  aria-invalid={invalid || undefined}
                  aria-describedby={invalid ? `${hintId} ${errorId}` : hintId}
                  onChange={(e) => setEmail(e.currentTarget.value)}
                />
                <button type="submit" className="yc-button" disabled={busy}>
                  {busy ? t.sending : t.request}
                </button>
              </div>
              {invalid ? (
                <p id={errorId} className="yc-guardian__problem">
                  {t.invalidEmail}
                </p>
              ) : null}
            </form>
          ) : null}
        </>
      ) : null}
      {status.status === 'pending' ? (
        <>
          <p role="status">{t.pending}</p>
          <button type="button" className="yc-button" data-variant="secondary" onClick={withdraw} disabled={busy}>
            {t.withdraw}
          </button>
        </>
      ) : null}
      {status.status === 'linked' ? (
        <>
          <p>{t.linked}</p>
          {status.settings.quietHours || status.settings.dailyLimitMinutes !== null ? (
            <ul className="yc-guardian__facts">
              {status.settings.quietHours ? (
                <li>
                  {formatMessage(t.quietHours, {
                    start: status.settings.quietHours.start,
                    end: status.settings.quietHours.end,
                  })}
                </li>
              ) : null}
              {status.settings.dailyLimitMinutes !== null ? (
                <li>
                  {status.usedMinutesToday >= status.settings.dailyLimitMinutes
                    ? t.timeUsedUp
                    : formatMessage(t.timeLeft, {
                        minutes: status.settings.dailyLimitMinutes - status.usedMinutesToday,
                      })}
                </li>
              ) : null}
            </ul>
          ) : null}
          {status.lastAlertAt ? (
            <p className="yc-guardian-notice__alert" data-slot="guardian-alert-sent">
              {formatMessage(t.alertSent, { date: date(status.lastAlertAt) })}
            </p>
          ) : null}
        </>
      ) : null}
      {failed ? (
        <p className="yc-guardian__problem" role="alert">
          {t.error}
        </p>
      ) : null}
    </section>
  );
}
