import {
  formatMessage,
  type GuardianSettingsMessages,
  type GuardianSettingsValue,
  guardianSettingsMessages,
  pickMessages,
} from '@youthchat/core';
import { clsx } from 'clsx';
import { type ComponentPropsWithoutRef, type FormEvent, useEffect, useId, useMemo, useRef, useState } from 'react';
import { deviceTimeZone, GuardianApiError, type GuardianView, guardianApi } from './api.js';

export interface GuardianSettingsProps extends Omit<ComponentPropsWithoutRef<'section'>, 'children'> {
  /** The single-use token of the confirmation link (its `guardian=` query parameter). */
  confirmToken?: string;
  /** The guardian's settings credential, kept from an earlier confirmation. */
  credential?: string;
  /**
   * Called with the credential when the link is confirmed, and with null
   * after unlinking: keep it where only the guardian reaches it (their device's storage).
   */
  onCredentialChange?: (credential: string | null) => void;
  /** Where the youthchat routes are mounted. @default '/api' */
  serverUrl?: string;
  /** Replaces the global `fetch`. */
  fetch?: typeof fetch;
  /** Language of the page (the guardian's). @default 'en' */
  locale?: string;
  /** Level of the heading. @default 2 */
  headingLevel?: 1 | 2 | 3 | 4;
  /** Replaces some of the strings. */
  messages?: Partial<GuardianSettingsMessages>;
}

type Step = 'checking' | 'confirm' | 'loading' | 'settings' | 'unlinked' | 'error';

function zones(current: string): string[] {
  const all = (Intl as { supportedValuesOf?: (key: string) => string[] }).supportedValuesOf?.('timeZone') ?? [];
  return all.includes(current) ? all : [current, ...all];
}

/**
 * The guardian's page: confirms the link from the email (once), then sets
 * alerts on or off, quiet hours and a daily time limit, or unlinks. It talks
 * to the `/api/guardian` routes and does not need `YouthSafetyProvider`:
 * the guardian is an adult on their own device.
 *
 * @example
 * const token = new URLSearchParams(location.search).get('guardian') ?? undefined;
 * <GuardianSettings confirmToken={token} credential={saved} onCredentialChange={save} locale="es" />
 */
export function GuardianSettings(props: GuardianSettingsProps) {
  const {
    confirmToken,
    credential: credentialProp,
    onCredentialChange,
    serverUrl = '/api',
    fetch: fetchProp,
    locale = 'en',
    headingLevel = 2,
    messages,
    className,
    ...rest
  } = props;
  const t = { ...pickMessages(guardianSettingsMessages, locale), ...messages };
  const api = useMemo(
    () => guardianApi(serverUrl, fetchProp ?? ((...args) => globalThis.fetch(...args))),
    [serverUrl, fetchProp],
  );
  const [credential, setCredential] = useState(credentialProp);
  const [step, setStep] = useState<Step>(credentialProp ? 'loading' : confirmToken ? 'checking' : 'error');
  const [problem, setProblem] = useState<string | null>(credentialProp || confirmToken ? null : t.linkUnknown);
  const [view, setView] = useState<GuardianView | null>(null);
  const [draft, setDraft] = useState<GuardianSettingsValue | null>(null);
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const [asking, setAsking] = useState(false);
  const headingId = useId();
  const hintId = useId();
  const questionRef = useRef<HTMLParagraphElement>(null);
  const unlinkRef = useRef<HTMLButtonElement>(null);
  const Heading = `h${headingLevel}` as const;

  const explain = (error: unknown) => {
    const code = error instanceof GuardianApiError ? error.code : 'error';
    if (code === 'guardian_link_expired') return t.linkExpired;
    if (code === 'guardian_link_unknown' || code === 'guardian_link_used') return t.linkUnknown;
    if (code === 'guardian_unauthorized') return t.unauthorized;
    return t.error;
  };

  // biome-ignore lint/correctness/useExhaustiveDependencies: load once per credential or link; the words may change without a reload
  useEffect(() => {
    let live = true;
    if (credential) {
      api.settings(credential).then(
        (loaded) => {
          if (!live) return;
          setView(loaded);
          setDraft(loaded.settings);
          setStep('settings');
        },
        (error: unknown) => {
          if (!live) return;
          setProblem(explain(error));
          setStep('error');
        },
      );
    } else if (confirmToken) {
      api.describeLink(confirmToken).then(
        () => live && setStep('confirm'),
        (error: unknown) => {
          if (!live) return;
          setProblem(explain(error));
          setStep('error');
        },
      );
    }
    return () => {
      live = false;
    };
  }, [api, credential, confirmToken]);

  useEffect(() => {
    if (asking) questionRef.current?.focus();
  }, [asking]);

  async function confirm() {
    if (!confirmToken) return;
    setBusy(true);
    try {
      const { manageToken } = await api.confirm(confirmToken, deviceTimeZone());
      onCredentialChange?.(manageToken);
      setStep('loading');
      setCredential(manageToken);
    } catch (error) {
      setProblem(explain(error));
      setStep('error');
    } finally {
      setBusy(false);
    }
  }

  async function save(event: FormEvent) {
    event.preventDefault();
    if (!credential || !draft) return;
    setBusy(true);
    setNotice(null);
    try {
      const saved = await api.save(credential, draft);
      setView(saved);
      setDraft(saved.settings);
      setNotice(t.saved);
    } catch (error) {
      setNotice(explain(error));
    } finally {
      setBusy(false);
    }
  }

  async function unlink() {
    if (!credential) return;
    setBusy(true);
    try {
      await api.unlink(credential);
      onCredentialChange?.(null);
      setCredential(undefined);
      setStep('unlinked');
    } catch (error) {
      setNotice(explain(error));
    } finally {
      setBusy(false);
      setAsking(false);
    }
  }

  const date = (iso: string) => {
    try {
      return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'short' }).format(new Date(iso));
    } catch {
      return iso;
    }
  };
  const update = (change: Partial<GuardianSettingsValue>) => setDraft((d) => (d ? { ...d, ...change } : d));
  type QuietHours = NonNullable<GuardianSettingsValue['quietHours']>;
  /** One end of the quiet hours: a time field that changes only its own end. */
  const quietTime = (quiet: QuietHours, end: keyof QuietHours, label: string) => (
    <label className="yc-guardian__field">
      <span>{label}</span>
      <input
        className="yc-guardian__input"
        type="time"
        required
        value={quiet[end]}
        onChange={(e) => update({ quietHours: { ...quiet, [end]: e.currentTarget.value } })}
      />
    </label>
  );

  return (
    <section
      data-yc-root=""
      {...rest}
      aria-labelledby={headingId}
      aria-busy={step === 'checking' || step === 'loading' || busy ? true : undefined}
      className={clsx('yc-guardian', className)}
      data-slot="guardian-settings"
      data-state={step}
    >
      <Heading id={headingId} className="yc-guardian__title">
        {t.title}
      </Heading>
      {step === 'checking' || step === 'loading' ? <p role="status">{t.loading}</p> : null}
      {step === 'error' ? (
        <p className="yc-guardian__problem" role="alert" data-slot="guardian-problem">
          {problem}
        </p>
      ) : null}
      {step === 'unlinked' ? (
        <p role="status" data-slot="guardian-unlinked">
          {t.unlinked}
        </p>
      ) : null}
      {step === 'confirm' ? (
        <div className="yc-guardian__confirm" data-slot="guardian-confirm">
          <p>{t.confirmIntro}</p>
          <p>{t.confirmGet}</p>
          <p className="yc-guardian__never">{t.confirmNever}</p>
          <button type="button" className="yc-button" onClick={confirm} disabled={busy}>
            {busy ? t.confirming : t.confirm}
          </button>
        </div>
      ) : null}
      {step === 'settings' && draft && view ? (
        <>
          <ul className="yc-guardian__facts" data-slot="guardian-facts">
            <li>{formatMessage(t.usedToday, { minutes: view.usedMinutesToday })}</li>
            <li>{view.lastAlertAt ? formatMessage(t.lastAlert, { date: date(view.lastAlertAt) }) : t.noAlerts}</li>
          </ul>
          <form className="yc-guardian__form" onSubmit={save} noValidate>
            <div className="yc-guardian__check">
              <input
                id={`${headingId}-alerts`}
                type="checkbox"
                checked={draft.alerts}
                aria-describedby={hintId}
                onChange={(e) => update({ alerts: e.currentTarget.checked })}
              />
              <label htmlFor={`${headingId}-alerts`}>{t.alerts}</label>
              <p id={hintId} className="yc-guardian__hint">
                {t.alertsHint}
              </p>
            </div>
            <fieldset className="yc-guardian__group">
              <legend>
                <span className="yc-guardian__check">
                  <input
                    id={`${headingId}-quiet`}
                    type="checkbox"
                    checked={draft.quietHours !== null}
                    onChange={(e) =>
                      update({ quietHours: e.currentTarget.checked ? { start: '21:00', end: '07:00' } : null })
                    }
                  />
                  <label htmlFor={`${headingId}-quiet`}>{t.quietHours}</label>
                </span>
              </legend>
              {draft.quietHours ? (
                <div className="yc-guardian__row">
                  {quietTime(draft.quietHours, 'start', t.quietFrom)}
                  {quietTime(draft.quietHours, 'end', t.quietUntil)}
                </div>
              ) : null}
            </fieldset>
            <fieldset className="yc-guardian__group">
              <legend>
                <span className="yc-guardian__check">
                  <input
                    id={`${headingId}-limit`}
                    type="checkbox"
                    checked={draft.dailyLimitMinutes !== null}
                    onChange={(e) => update({ dailyLimitMinutes: e.currentTarget.checked ? 60 : null })}
                  />
                  <label htmlFor={`${headingId}-limit`}>{t.dailyLimit}</label>
                </span>
              </legend>
              {draft.dailyLimitMinutes !== null ? (
                <label className="yc-guardian__field">
                  <span>{t.minutesPerDay}</span>
                  <input
                    className="yc-guardian__input"
                    type="number"
                    inputMode="numeric"
                    min={15}
                    max={1440}
                    step={5}
                    value={draft.dailyLimitMinutes}
                    onChange={(e) => {
                      const minutes = Math.round(Number(e.currentTarget.value));
                      update({
                        dailyLimitMinutes: Number.isFinite(minutes) ? Math.min(1440, Math.max(15, minutes)) : 60,
                      });
                    }}
                  />
                </label>
              ) : null}
            </fieldset>
            <label className="yc-guardian__field">
              <span>{t.timeZone}</span>
              <select
                className="yc-guardian__input"
                value={draft.timeZone}
                onChange={(e) => update({ timeZone: e.currentTarget.value })}
              >
                {zones(draft.timeZone).map((zone) => (
                  <option key={zone} value={zone}>
                    {zone.replace(/_/g, ' ')}
                  </option>
                ))}
              </select>
            </label>
            <div className="yc-guardian__actions">
              <button type="submit" className="yc-button" disabled={busy}>
                {busy && !asking ? t.saving : t.save}
              </button>
              <button
                ref={unlinkRef}
                type="button"
                className="yc-button"
                data-variant="secondary"
                aria-expanded={asking}
                onClick={() => setAsking(true)}
                disabled={busy}
              >
                {t.unlink}
              </button>
            </div>
            <p className="yc-guardian__notice" role="status" data-slot="guardian-notice">
              {notice}
            </p>
          </form>
          {asking ? (
            <div className="yc-guardian__unlink" data-slot="guardian-unlink">
              <p ref={questionRef} tabIndex={-1}>
                {t.unlinkQuestion}
              </p>
              <div className="yc-guardian__actions">
                <button type="button" className="yc-button" data-variant="danger" onClick={unlink} disabled={busy}>
                  {t.unlinkYes}
                </button>
                <button
                  type="button"
                  className="yc-button"
                  data-variant="secondary"
                  onClick={() => {
                    setAsking(false);
                    unlinkRef.current?.focus();
                  }}
                >
                  {t.cancel}
                </button>
              </div>
            </div>
          ) : null}
        </>
      ) : null}
    </section>
  );
}
