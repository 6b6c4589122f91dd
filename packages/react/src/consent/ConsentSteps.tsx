import {
  type ConsentScope,
  type ConsentStepMessages,
  consentStepMessages,
  formatMessage,
  pickMessages,
} from '@youthchat/core';
import { type FormEvent, useEffect, useId, useLayoutEffect, useRef, useState } from 'react';
import type { AgeResult, YouthSafetyContextValue } from '../provider/context.js';
import { type ConsentState, requestConsent } from './api.js';
import { useConsentWatch } from './use-consent-watch.js';

export interface ConsentStepsProps {
  /** The provider's value, passed by the gate (so this chunk, loaded on demand, shares no code with it). */
  ctx: Pick<YouthSafetyContextValue, 'fetch' | 'serverUrl' | 'locale' | 'setAge'>;
  /** The gate's answer (consent `required`, `pending`, `denied`, or `granted` right after it arrived). */
  age: AgeResult;
  headingLevel: 1 | 2 | 3 | 4 | 5 | 6;
  messages?: Partial<ConsentStepMessages> | undefined;
  /** First wait between checks while a parent is asked (ms). */
  pollInterval?: number | undefined;
  /** Called once when a parent's consent arrives. */
  onConsentGranted?: ((result: AgeResult) => void) | undefined;
  /** Moves focus to the step's heading when it first shows (right after the age question). */
  focusOnMount?: boolean | undefined;
}

type Mode = 'choose' | 'here' | 'email';

/** A plain address check; the server checks again. */
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

const ERRORS: Record<string, keyof ConsentStepMessages> = {
  invalid_request: 'errorEmailInvalid',
  parent_email_rejected: 'errorEmailInvalid',
  rate_limited: 'errorRateLimited',
  age_token_invalid: 'errorSession',
  consent_already_decided: 'errorAlreadyDecided',
};

function formatDate(iso: string | undefined, locale: string): string | null {
  if (!iso) return null;
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return null;
  try {
    return new Intl.DateTimeFormat(locale, { dateStyle: 'long' }).format(date);
  } catch {
    return date.toDateString();
  }
}

/**
 * The age gate's next step when a parent has to agree: ask a parent who is
 * here (hand the device over) or by email, then wait, moving on by itself
 * when the parent answers. Every screen has a way on: back, send again,
 * another address, check again. Arrivals are announced in a live region.
 */
export function ConsentSteps(props: ConsentStepsProps) {
  const { age, headingLevel, pollInterval, onConsentGranted } = props;
  const { ctx } = props;
  const { locale } = ctx;
  const t = { ...pickMessages(consentStepMessages, locale, age.band), ...props.messages };
  const id = useId();
  const Heading = `h${headingLevel}` as const;
  const [mode, setMode] = useState<Mode>('choose');
  const [email, setEmail] = useState('');
  /** The address last sent to: kept in memory only, for "Send it again". */
  const [sentTo, setSentTo] = useState<string | null>(null);
  const [expiresAt, setExpiresAt] = useState<string | undefined>(undefined);
  const [error, setError] = useState<keyof ConsentStepMessages | null>(null);
  const [busy, setBusy] = useState<'send' | 'resend' | 'check' | null>(null);
  const [note, setNote] = useState('');
  const [announcement, setAnnouncement] = useState('');
  const rootRef = useRef<HTMLDivElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  /** Set when a step changes: focus then follows to the new heading. */
  const moveFocus = useRef(props.focusOnMount === true);
  const scopes: readonly ConsentScope[] = age.consentScopes ?? [];

  const view =
    age.consent === 'granted'
      ? 'granted'
      : age.consent === 'denied'
        ? 'denied'
        : age.consent === 'pending' && mode === 'choose'
          ? 'waiting'
          : mode;

  function onChange(state: ConsentState) {
    const focusInside = rootRef.current?.contains(document.activeElement) ?? false;
    if (focusInside || document.activeElement === document.body) moveFocus.current = true;
    ctx.setAge({ ...age, consent: state.consent, consentScopes: state.scopes });
    if (state.consent === 'granted') {
      setAnnouncement(`${t.grantedTitle}. ${t.grantedBody}`);
      onConsentGranted?.({ ...age, consent: 'granted', consentScopes: state.scopes });
    } else if (state.consent === 'denied') {
      setAnnouncement(`${t.deniedTitle}. ${t.deniedBody}`);
    }
  }

  const check = useConsentWatch({
    fetch: ctx.fetch,
    serverUrl: ctx.serverUrl,
    consent: age.consent,
    scopes,
    onChange,
    poll: age.consent === 'pending',
    ...(pollInterval !== undefined ? { firstDelayMs: pollInterval } : {}),
  });

  useLayoutEffect(() => {
    if (!moveFocus.current) return;
    moveFocus.current = false;
    if (view === 'here' || view === 'email') inputRef.current?.focus();
    else headingRef.current?.focus();
  }, [view]);

  useEffect(() => {
    if (error === 'errorEmailEmpty' || error === 'errorEmailInvalid') inputRef.current?.focus();
  }, [error]);

  const go = (next: Mode) => {
    moveFocus.current = true;
    setError(null);
    setNote('');
    setMode(next);
  };

  async function send(address: string, kind: 'send' | 'resend') {
    if (busy) return;
    setBusy(kind);
    setError(null);
    setNote('');
    const outcome = await requestConsent(ctx.fetch, ctx.serverUrl, address, locale);
    setBusy(null);
    if (!outcome.ok) {
      setError(ERRORS[outcome.code] ?? 'errorNetwork');
      return;
    }
    setSentTo(address);
    setExpiresAt(outcome.expiresAt);
    setEmail('');
    if (kind === 'resend') setNote(t.resent);
    moveFocus.current = kind === 'send';
    setMode('choose');
    ctx.setAge({ ...age, consent: 'pending', consentScopes: [] });
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const address = email.trim();
    if (!address) return setError('errorEmailEmpty');
    if (address.length > 254 || !EMAIL.test(address)) return setError('errorEmailInvalid');
    void send(address, 'send');
  }

  async function checkNow() {
    if (busy) return;
    setBusy('check');
    setNote('');
    const changed = await check();
    setBusy(null);
    if (changed === null) setError('errorNetwork');
    else if (!changed) setNote(t.stillWaiting);
  }

  const title = {
    choose: t.chooseTitle,
    here: t.handoverTitle,
    email: t.emailTitle,
    waiting: t.waitingTitle,
    granted: t.grantedTitle,
    denied: t.deniedTitle,
  }[view];
  const titleId = `${id}-title`;
  const errorId = `${id}-error`;
  const hintId = `${id}-hint`;
  const expires = formatDate(expiresAt, locale);

  const heading = (
    <Heading id={titleId} ref={headingRef} tabIndex={-1} className="yc-age-gate__title">
      {title}
    </Heading>
  );
  const errorLine = (
    <p id={errorId} className="yc-age-gate__error" role="alert">
      {error ? t[error] : null}
    </p>
  );

  let body: React.ReactNode;
  if (view === 'choose') {
    body = (
      <>
        <p className="yc-age-gate__body">{t.chooseBody}</p>
        <ul className="yc-consent__options" aria-label={t.chooseLegend}>
          <li>
            <button
              type="button"
              className="yc-consent__option"
              onClick={() => go('here')}
              aria-describedby={`${id}-here`}
            >
              <span className="yc-consent__option-title">{t.optionHere}</span>
              <span id={`${id}-here`} className="yc-consent__option-hint">
                {t.optionHereHint}
              </span>
            </button>
          </li>
          <li>
            <button
              type="button"
              className="yc-consent__option"
              onClick={() => go('email')}
              aria-describedby={`${id}-email`}
            >
              <span className="yc-consent__option-title">{t.optionEmail}</span>
              <span id={`${id}-email`} className="yc-consent__option-hint">
                {t.optionEmailHint}
              </span>
            </button>
          </li>
        </ul>
      </>
    );
  } else if (view === 'here' || view === 'email') {
    const invalid = error === 'errorEmailEmpty' || error === 'errorEmailInvalid';
    body = (
      <form
        className="yc-consent__form"
        aria-labelledby={titleId}
        noValidate
        onSubmit={submit}
        aria-busy={busy === 'send' || undefined}
      >
        {view === 'here' ? <p className="yc-age-gate__body">{t.handoverBody}</p> : null}
        <div className="yc-consent__field">
          <label htmlFor={`${id}-address`} className="yc-age-gate__label">
            {view === 'here' ? t.handoverEmailLabel : t.emailLabel}
          </label>
          <input
            ref={inputRef}
            id={`${id}-address`}
            className="yc-age-gate__input yc-consent__input"
            type="email"
            name="parent-email"
            autoComplete={view === 'here' ? 'email' : 'off'}
            inputMode="email"
            spellCheck={false}
            maxLength={254}
            required
            value={email}
            onChange={(event) => setEmail(event.currentTarget.value)}
            aria-describedby={invalid ? `${errorId} ${hintId}` : hintId}
            {...(invalid ? { 'aria-invalid': true } : {})}
          />
          <p id={hintId} className="yc-consent__privacy">
            {t.emailPrivacy}
          </p>
        </div>
        {errorLine}
        <div className="yc-consent__actions">
          <button type="submit" className="yc-button" aria-disabled={busy === 'send' || undefined}>
            {busy === 'send' ? t.sending : t.send}
          </button>
          <button type="button" className="yc-button" data-variant="secondary" onClick={() => go('choose')}>
            {t.back}
          </button>
        </div>
      </form>
    );
  } else if (view === 'waiting') {
    body = (
      <>
        <p className="yc-age-gate__body">{t.waitingBody}</p>
        {sentTo ? <p className="yc-consent__detail">{formatMessage(t.waitingSentTo, { email: sentTo })}</p> : null}
        {expires ? <p className="yc-consent__detail">{formatMessage(t.waitingExpires, { date: expires })}</p> : null}
        {errorLine}
        <div className="yc-consent__actions">
          <button type="button" className="yc-button" onClick={checkNow} aria-disabled={busy === 'check' || undefined}>
            {busy === 'check' ? t.checking : t.checkNow}
          </button>
          <button
            type="button"
            className="yc-button"
            data-variant="secondary"
            aria-disabled={busy === 'resend' || undefined}
            onClick={() => (sentTo ? void send(sentTo, 'resend') : go('email'))}
          >
            {busy === 'resend' ? t.sending : t.resend}
          </button>
          <button type="button" className="yc-button" data-variant="secondary" onClick={() => go('email')}>
            {t.changeEmail}
          </button>
        </div>
      </>
    );
  } else if (view === 'granted') {
    body = (
      <>
        <p className="yc-age-gate__body">{t.grantedBody}</p>
        {!scopes.includes('ai-provider') ? <p className="yc-consent__detail">{t.grantedLimited}</p> : null}
      </>
    );
  } else {
    body = (
      <>
        <p className="yc-age-gate__body">{t.deniedBody}</p>
        {errorLine}
        <div className="yc-consent__actions">
          <button
            type="button"
            className="yc-button"
            data-variant="secondary"
            onClick={checkNow}
            aria-disabled={busy === 'check' || undefined}
          >
            {busy === 'check' ? t.checking : t.checkAgain}
          </button>
        </div>
      </>
    );
  }

  return (
    <div ref={rootRef} className="yc-consent" data-slot="consent-steps" data-state={view}>
      <section className="yc-age-gate__result" data-slot="age-gate-result" aria-labelledby={titleId}>
        {heading}
        {body}
      </section>
      {/* Polite: a parent's answer arriving while the child waits; notes after a check or a resend. */}
      <p className="yc-visually-hidden" role="status" aria-live="polite" aria-atomic="true">
        {announcement}
      </p>
      <p className="yc-consent__note" role="status" aria-live="polite">
        {note}
      </p>
    </div>
  );
}
