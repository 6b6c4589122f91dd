import {
  type AgeGateMessages,
  type AgeGateQuestionMessages,
  type AgeSignal,
  ageGateLocaleLoaded,
  type ConsentStatus,
  type ConsentStepMessages,
  loadAgeGateLocale,
  loadedAgeGateMessages,
  pickMessages,
} from '@youthchat/core';
import {
  type ComponentPropsWithoutRef,
  type FormEvent,
  lazy,
  Suspense,
  useEffect,
  useId,
  useRef,
  useState,
} from 'react';
import { type AgeResult, useYouthSafetyWithoutPolicy } from '../provider/context.js';
import { dateFieldOrder } from './fields.js';
import type { AgeGateErrorKey, DateField, DateInput, DayMode } from './validate.js';

export interface AgeGateProps extends Omit<ComponentPropsWithoutRef<'div'>, 'children' | 'onSubmit'> {
  /**
   * Whether to ask for the day of birth. Month and year are always asked.
   * Without a day, age is counted from the month's last day, so it is never overstated.
   * @default 'required'
   */
  day?: DayMode;
  /**
   * Age ranges from a platform age API or an age-assurance vendor. Where they
   * and the answer disagree, the younger band wins (they are also sent to the
   * server, so the signed token carries that band).
   * @example [{ min: 13, max: 15, source: 'apple-declared-age-range' }]
   */
  ageSignals?: readonly AgeSignal[];
  /** Called once the question is settled: `{ band, consent, expiresAt }`. Check `consent` before going on. */
  onComplete?: (result: AgeResult) => void;
  /** Called when the country's age of digital consent is above the user's age. Start your parental-consent flow here. */
  onParentalConsentRequired?: (result: AgeResult) => void;
  /** Replaces some of the catalogue's words. Keep the question neutral. */
  messages?: Partial<AgeGateMessages>;
  /** Level of the gate's heading. @default 2 */
  headingLevel?: 1 | 2 | 3 | 4 | 5 | 6;
  /**
   * Whether the gate shows the parental-consent step (ask a parent here or
   * by email, wait, move on) when a parent has to agree. Turn it off to run
   * your own flow from `onParentalConsentRequired`.
   * @default true
   */
  consentStep?: boolean;
  /** Replaces some of the consent step's words (see `consentStepMessages`). */
  consentMessages?: Partial<ConsentStepMessages>;
  /** First wait between checks of `GET /age` while a parent is asked, in ms; it grows to 30 s. @default 3000 */
  consentPollInterval?: number;
  /** Called when a parent's consent arrives while the gate is shown. */
  onConsentGranted?: (result: AgeResult) => void;
}

/** The consent step loads only when a parent has to agree, so the gate's first load stays small. */
const ConsentSteps = lazy(() => import('../consent/ConsentSteps.js').then((m) => ({ default: m.ConsentSteps })));

/**
 * Checking and sending the answer load on demand: when the form is first
 * focused, so they are there by the time it is sent. A failed load reads as a
 * network error and the next try loads again.
 */
let answerModule: Promise<typeof import('./answer.js')> | undefined;
/** The answer module once it has loaded: an error it reports is shown in its words. */
let answerLoaded: typeof import('./answer.js') | undefined;
function loadAnswer(): Promise<typeof import('./answer.js')> {
  answerModule ??= import('./answer.js').then(
    (loaded) => (answerLoaded = loaded),
    (error: unknown) => {
      answerModule = undefined;
      throw error;
    },
  );
  return answerModule;
}
const preloadAnswer = () => {
  loadAnswer().catch(() => {});
};

/** Statuses where the child waits for a parent. */
const WAITING: readonly ConsentStatus[] = ['required', 'pending', 'denied'];

const EMPTY: DateInput = { day: '', month: '', year: '' };

/**
 * A neutral date-of-birth question (FTC COPPA guidance): nothing pre-filled,
 * every age accepted, no hint of which answers are turned away. The server
 * signs the answer; once given it stays given on this device (reload, new tab,
 * Back) until the app calls `useYouthSafety().resetAge()`.
 *
 * @example
 * <YouthSafetyProvider country="ES" locale="es">
 *   <AgeGate onComplete={({ band }) => start(band)} onParentalConsentRequired={askForConsent} />
 * </YouthSafetyProvider>
 */
export function AgeGate(props: AgeGateProps) {
  const {
    day: dayMode = 'required',
    ageSignals,
    onComplete,
    onParentalConsentRequired,
    messages,
    headingLevel = 2,
    consentStep = true,
    consentMessages,
    consentPollInterval,
    onConsentGranted,
    className,
    ...rest
  } = props;
  const ctx = useYouthSafetyWithoutPolicy('AgeGate');
  const { age, locale } = ctx;
  // Words other than English load on demand; until they have (or if they cannot), nothing flashes in English.
  const [textFailed, setTextFailed] = useState<string | null>(null);
  const [, setTextLoaded] = useState(0);
  const textReady = ageGateLocaleLoaded(locale) || textFailed === locale;
  useEffect(() => {
    if (textReady) return;
    let live = true;
    loadAgeGateLocale(locale).then(
      () => live && setTextLoaded((n) => n + 1),
      () => live && setTextFailed(locale),
    );
    return () => {
      live = false;
    };
  }, [locale, textReady]);
  // What the gate says about a checked answer comes with the checking: English's in the answer module, the
  // other locales' with their words.
  const t: Partial<AgeGateMessages> & AgeGateQuestionMessages = {
    ...answerLoaded?.englishAgeGateErrors,
    ...pickMessages(loadedAgeGateMessages, locale, age?.band),
    ...messages,
  };
  const id = useId();
  const [input, setInput] = useState<DateInput>(EMPTY);
  const [error, setError] = useState<{ key: AgeGateErrorKey; fields: DateField[] } | null>(null);
  const [submitting, setSubmitting] = useState(false);
  const [justAnswered, setJustAnswered] = useState(false);
  const busy = useRef(false);
  const mounted = useRef(true);
  const fieldRefs = useRef<Partial<Record<DateField, HTMLInputElement | HTMLSelectElement | null>>>({});
  const headingRef = useRef<HTMLHeadingElement>(null);
  const Heading = `h${headingLevel}` as const;

  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  // A reset from the app empties the form; nothing typed before is kept.
  useEffect(() => {
    if (age === null) {
      setInput(EMPTY);
      setJustAnswered(false);
    }
  }, [age]);

  useEffect(() => {
    const first = error?.fields[0];
    if (first) fieldRefs.current[first]?.focus();
  }, [error]);

  // Whether this gate showed the consent step: a grant then gets its own screen, not "already answered".
  const waiting = age !== null && WAITING.includes(age.consent);
  const [consentFlowShown, setConsentFlowShown] = useState(waiting);
  useEffect(() => {
    if (waiting) setConsentFlowShown(true);
    else if (age === null) setConsentFlowShown(false);
  }, [waiting, age]);

  const answered = age !== null;
  useEffect(() => {
    // Focus follows the form when it is replaced by the answer, never on first load.
    if (answered && justAnswered) headingRef.current?.focus();
  }, [answered, justAnswered]);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy.current || age !== null) return;
    busy.current = true;
    let answer: Awaited<ReturnType<typeof loadAnswer>>;
    try {
      answer = await loadAnswer();
    } catch {
      busy.current = false;
      if (mounted.current) setError({ key: 'errorNetwork', fields: [] });
      return;
    }
    const timeZone = answer.localTimeZone();
    const checked = answer.validateDateInput(input, dayMode);
    if (!checked.ok) {
      busy.current = false;
      if (mounted.current) setError({ key: checked.error, fields: checked.fields });
      return;
    }
    setSubmitting(true);
    setError(null);
    const outcome = await answer.declareAge(ctx.fetch, ctx.serverUrl, {
      birthDate: checked.birthDate,
      ...(ctx.country ? { country: ctx.country } : {}),
      ...(timeZone ? { timeZone } : {}),
      ...(ageSignals && ageSignals.length > 0 ? { signals: ageSignals } : {}),
    });
    busy.current = false;
    if (!mounted.current) {
      // The answer still counts when the gate was unmounted meanwhile.
      if (outcome.ok) ctx.setAge(outcome.result);
      return;
    }
    setSubmitting(false);
    if (!outcome.ok) {
      setError({ key: outcome.error, fields: [] });
      return;
    }
    setInput(EMPTY);
    setJustAnswered(!outcome.earlier);
    ctx.setAge(outcome.result);
    onComplete?.(outcome.result);
    if (WAITING.includes(outcome.result.consent)) onParentalConsentRequired?.(outcome.result);
  }

  const state = age
    ? WAITING.includes(age.consent)
      ? `consent-${age.consent}`
      : age.consent === 'granted' && (consentFlowShown || waiting)
        ? 'consent-granted'
        : justAnswered
          ? 'done'
          : 'locked'
    : submitting
      ? 'submitting'
      : error
        ? 'invalid'
        : 'idle';
  const rootProps = {
    ...rest,
    // A plain join: className is a string here, and the gate's first load stays small.
    className: className ? `yc-age-gate ${className}` : 'yc-age-gate',
    'data-yc-root': '',
    'data-slot': 'age-gate',
    'data-state': state,
    ...(age ? { 'data-band': age.band } : {}),
  };

  if (!textReady) return <div {...rootProps} aria-busy="true" data-state="loading" />;

  if (age) {
    const consentShown = consentStep && (waiting || state === 'consent-granted');
    const result = (title: string, body: string) => (
      <section className="yc-age-gate__result" data-slot="age-gate-result" aria-labelledby={`${id}-title`}>
        <Heading id={`${id}-title`} ref={headingRef} tabIndex={-1} className="yc-age-gate__title">
          {title}
        </Heading>
        <p className="yc-age-gate__body">{body}</p>
      </section>
    );
    if (consentShown) {
      return (
        <div {...rootProps}>
          <Suspense fallback={result(t.consentTitle, t.consentBody)}>
            <ConsentSteps
              ctx={ctx}
              age={age}
              headingLevel={headingLevel}
              messages={consentMessages}
              pollInterval={consentPollInterval}
              onConsentGranted={onConsentGranted}
              focusOnMount={justAnswered}
            />
          </Suspense>
        </div>
      );
    }
    const [title, body] = waiting
      ? [t.consentTitle, t.consentBody]
      : state === 'done' || state === 'consent-granted'
        ? [t.doneTitle, t.doneBody]
        : [t.lockedTitle, t.lockedBody];
    return <div {...rootProps}>{result(title, body)}</div>;
  }

  const errorId = `${id}-error`;
  const invalid = (field: DateField) =>
    error?.fields.includes(field) ? { 'aria-invalid': true as const, 'aria-describedby': errorId } : {};
  const change = (field: DateField) => (event: { currentTarget: { value: string } }) => {
    const value = event.currentTarget.value;
    setInput((previous) => ({ ...previous, [field]: value }));
  };
  const fieldProps = (field: DateField) => ({
    id: `${id}-${field}`,
    name: `bday-${field}`,
    autoComplete: `bday-${field}`,
    value: input[field],
    onChange: change(field),
    required: field !== 'day' || dayMode === 'required',
    ref: (element: HTMLInputElement | HTMLSelectElement | null) => {
      fieldRefs.current[field] = element;
    },
    ...invalid(field),
  });
  const order = dateFieldOrder(locale).filter((field) => field !== 'day' || dayMode !== 'omit');

  return (
    <div {...rootProps}>
      <form
        className="yc-age-gate__form"
        data-slot="age-gate-form"
        aria-labelledby={`${id}-title`}
        aria-busy={submitting || undefined}
        noValidate
        onFocus={preloadAnswer}
        onSubmit={submit}
      >
        <fieldset className="yc-age-gate__fieldset" aria-describedby={`${id}-hint`}>
          <legend className="yc-age-gate__legend">
            <Heading id={`${id}-title`} className="yc-age-gate__title">
              {t.title}
            </Heading>
          </legend>
          <p id={`${id}-hint`} className="yc-age-gate__hint">
            {t.hint}
          </p>
          <div className="yc-age-gate__fields">
            {order.map((field) => (
              <div key={field} className="yc-age-gate__field" data-slot="age-gate-field" data-field={field}>
                <label htmlFor={`${id}-${field}`} className="yc-age-gate__label">
                  {t[field]}
                </label>
                {field === 'month' ? (
                  <select className="yc-age-gate__select" {...fieldProps(field)}>
                    <option value="">{t.monthEmpty}</option>
                    {t.monthNames.map((name, index) => (
                      <option key={name} value={String(index + 1)}>
                        {name}
                      </option>
                    ))}
                  </select>
                ) : (
                  <input
                    className="yc-age-gate__input"
                    type="text"
                    inputMode="numeric"
                    maxLength={field === 'day' ? 2 : 4}
                    {...fieldProps(field)}
                  />
                )}
              </div>
            ))}
          </div>
        </fieldset>
        <p id={errorId} className="yc-age-gate__error" role="alert">
          {error ? t[error.key] : null}
        </p>
        {/* aria-disabled, not disabled: a disabled button would drop keyboard focus mid-request. */}
        <button type="submit" className="yc-button yc-age-gate__submit" aria-disabled={submitting || undefined}>
          {submitting ? t.submitting : t.submit}
        </button>
      </form>
    </div>
  );
}
