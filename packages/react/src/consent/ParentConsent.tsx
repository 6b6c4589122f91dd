import {
  AGE_BANDS,
  type AgeBand,
  type ConsentScope,
  formatMessage,
  type ParentConsentMessages,
  parentConsentMessages,
  pickMessages,
} from '@youthchat/core';
import { clsx } from 'clsx';
import {
  type ComponentPropsWithoutRef,
  type FormEvent,
  useCallback,
  useEffect,
  useId,
  useLayoutEffect,
  useRef,
  useState,
} from 'react';
import { useYouthSafetyWithoutPolicy } from '../provider/context.js';
import {
  type ConsentNotice,
  fetchNotice,
  type ManageLink,
  type NoticeMethod,
  postDecision,
  tokenFromLink,
} from './api.js';

/** What a verification hook gets: the notice's nonce (the signed result must carry it) and what is being granted. */
export interface ParentVerificationContext {
  /** The id of the server's method, e.g. `'vendor'`. */
  method: string;
  nonce: string;
  scopes: ConsentScope[];
  locale: string;
  /** Aborted when the page goes away. */
  signal: AbortSignal;
}

/**
 * Runs a verification method (a vendor's widget, a card check, an ID check)
 * and resolves with its signed result, which the server verifies against
 * the vendor's JWKS. Reject (throw) when the parent gave up or the check failed.
 */
export type ParentVerifier = (context: ParentVerificationContext) => Promise<{ jwt: string }>;

/** The outcome `onDecided` receives. */
export interface ParentDecision {
  consent: 'granted' | 'denied';
  scopes: ConsentScope[];
  method?: string;
  manage?: ManageLink;
  /** The child's age group, when the parent's confirmation was recorded (the child's age record then says `parent`). */
  childBand?: AgeBand;
}

export interface ParentConsentProps extends Omit<ComponentPropsWithoutRef<'div'>, 'children'> {
  /** The link's token. @default read from the page's address: `?consent=`, else the last path segment */
  token?: string;
  /**
   * Hooks for the methods that need a signed result (the server lists them
   * with `evidence: 'jwt'`), by method id. A method without a hook is not
   * offered. Email plus needs none.
   * @example
   * <ParentConsent verifiers={{ vendor: ({ nonce }) => openVendorWidget({ nonce }) }} />
   */
  verifiers?: Readonly<Record<string, ParentVerifier>>;
  /** Called once the decision is recorded. */
  onDecided?: (decision: ParentDecision) => void;
  /** Where the manage link points. @default the URL the server answers with */
  manageHref?: (manage: ManageLink) => string;
  /** Replaces some of the catalogue's words. */
  messages?: Partial<ParentConsentMessages>;
  /** Level of the page's heading (sections are one level below). @default 1 */
  headingLevel?: 1 | 2 | 3 | 4 | 5;
}

type State =
  | { kind: 'loading' }
  | { kind: 'error'; code: string }
  | { kind: 'ready'; notice: ConsentNotice }
  | { kind: 'decided'; notice: ConsentNotice; decision: ParentDecision };

type FormError =
  | 'errorNoScope'
  | 'errorNoMethod'
  | 'errorMethodNotAllowed'
  | 'errorVerificationFailed'
  | 'errorSubmit'
  | 'errorRateLimited'
  | 'errorAgeNeedsCheck';

const LINK_ERRORS = new Set(['consent_link_unknown', 'consent_link_used', 'consent_link_expired']);

function formatDate(iso: string | undefined, locale: string): string | null {
  if (!iso) return null;
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return null;
  try {
    return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'short' }).format(date);
  } catch {
    return date.toISOString();
  }
}

/**
 * The page a parent's link opens: the direct notice (what is collected, why,
 * who else receives it, how long it is kept, the parent's rights), a
 * decision per scope (`use`, `ai-provider`), a verification method, and the
 * outcome with the link to manage the child's data. Mount it at the path of
 * the link in the message (`/parent/consent/:token`); it reads the token
 * from the page's address unless given one.
 *
 * @example
 * <YouthSafetyProvider locale="en">
 *   <ParentConsent verifiers={{ vendor: ({ nonce }) => kid.verifyParent({ nonce }) }} />
 * </YouthSafetyProvider>
 */
export function ParentConsent(props: ParentConsentProps) {
  const {
    token: givenToken,
    verifiers = {},
    onDecided,
    manageHref,
    messages,
    headingLevel = 1,
    className,
    ...rest
  } = props;
  const ctx = useYouthSafetyWithoutPolicy('ParentConsent');
  const [token] = useState(
    () => givenToken ?? (typeof window === 'undefined' ? '' : tokenFromLink(window.location.href)),
  );
  const [state, setState] = useState<State>({ kind: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const [scopes, setScopes] = useState<ConsentScope[]>([]);
  const [method, setMethod] = useState('');
  const [childBand, setChildBand] = useState<AgeBand | null>(null);
  const [error, setError] = useState<FormError | null>(null);
  const [busy, setBusy] = useState<'verifying' | 'grant' | 'deny' | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const moveFocus = useRef(false);
  const abort = useRef<AbortController | null>(null);
  const id = useId();
  const locale = state.kind === 'ready' || state.kind === 'decided' ? state.notice.locale : ctx.locale;
  const t = { ...pickMessages(parentConsentMessages, locale), ...messages };
  const H1 = `h${headingLevel}` as const;
  const H2 = `h${headingLevel + 1}` as 'h2';
  const H3 = `h${Math.min(headingLevel + 2, 6)}` as 'h3';

  useEffect(() => {
    let live = true;
    if (!token) {
      setState({ kind: 'error', code: 'consent_link_unknown' });
      return;
    }
    setState({ kind: 'loading' });
    void fetchNotice(ctx.fetch, ctx.serverUrl, token).then((outcome) => {
      if (!live) return;
      if (attempt > 0) moveFocus.current = true;
      setState(outcome.ok ? { kind: 'ready', notice: outcome.notice } : { kind: 'error', code: outcome.code });
    });
    return () => {
      live = false;
    };
  }, [ctx.fetch, ctx.serverUrl, token, attempt]);

  useEffect(() => () => abort.current?.abort(), []);

  // Before paint, so the heading is focused as soon as it shows.
  useLayoutEffect(() => {
    if (!moveFocus.current) return;
    moveFocus.current = false;
    headingRef.current?.focus();
  });

  const usable = useCallback(
    (m: NoticeMethod) => m.evidence === 'none' || typeof verifiers[m.id] === 'function',
    [verifiers],
  );

  const rootProps = {
    ...rest,
    className: clsx('yc-parent', className),
    'data-yc-root': '',
    'data-slot': 'parent-consent',
  };

  if (state.kind === 'loading') {
    return (
      <div {...rootProps} data-state="loading" aria-busy="true">
        <p role="status">{t.loading}</p>
      </div>
    );
  }

  if (state.kind === 'error') {
    const [title, body] =
      state.code === 'consent_link_used'
        ? [t.errorUsedTitle, t.errorUsedBody]
        : state.code === 'consent_link_expired'
          ? [t.errorExpiredTitle, t.errorExpiredBody]
          : state.code === 'consent_link_unknown'
            ? [t.errorUnknownTitle, t.errorUnknownBody]
            : [t.errorNetworkTitle, state.code === 'rate_limited' ? t.errorRateLimited : t.errorNetworkBody];
    return (
      <div {...rootProps} data-state="error" data-error={state.code}>
        <section aria-labelledby={`${id}-title`}>
          <H1 id={`${id}-title`} ref={headingRef} tabIndex={-1} className="yc-parent__title">
            {title}
          </H1>
          <p className="yc-parent__section">{body}</p>
          {LINK_ERRORS.has(state.code) ? null : (
            <button type="button" className="yc-button" onClick={() => setAttempt((n) => n + 1)}>
              {t.retry}
            </button>
          )}
        </section>
      </div>
    );
  }

  const { notice } = state;
  const scopeTitle = (scope: ConsentScope) =>
    notice.scopes.find((s) => s.id === scope)?.title || (scope === 'use' ? t.scopeUse : t.scopeAiProvider);

  if (state.kind === 'decided') {
    const { decision } = state;
    const granted = decision.consent === 'granted';
    return (
      <div {...rootProps} lang={notice.locale} data-state={decision.consent}>
        <section aria-labelledby={`${id}-title`}>
          <H1 id={`${id}-title`} ref={headingRef} tabIndex={-1} className="yc-parent__title">
            {granted ? t.grantedTitle : t.deniedTitle}
          </H1>
          <p className="yc-parent__section">{granted ? t.grantedBody : t.deniedBody}</p>
          {granted ? (
            <p className="yc-parent__section">
              {formatMessage(t.grantedScopes, { scopes: decision.scopes.map(scopeTitle).join(', ') })}
            </p>
          ) : null}
          {granted && decision.childBand ? (
            <p className="yc-parent__section">
              {formatMessage(t.grantedAge, {
                band: notice.childAge?.bands.find((b) => b.id === decision.childBand)?.label ?? decision.childBand,
              })}
            </p>
          ) : null}
          {decision.manage ? (
            <p className="yc-parent__section">
              <a className="yc-parent__link" href={manageHref ? manageHref(decision.manage) : decision.manage.url}>
                {t.manageLink}
              </a>
            </p>
          ) : null}
        </section>
      </div>
    );
  }

  const methods = notice.methods.filter(usable);
  const grantable = (scope: ConsentScope) => methods.some((m) => m.scopes.includes(scope));
  const chosen = methods.find((m) => m.id === method);
  const childAge = notice.childAge;
  const confirmedBand = childBand ?? childAge?.band;
  // An older group than the child gave needs a method that verifies the parent.
  const raises =
    childAge !== undefined &&
    confirmedBand !== undefined &&
    AGE_BANDS.indexOf(confirmedBand) > AGE_BANDS.indexOf(childAge.band);

  function toggle(scope: ConsentScope, on: boolean) {
    setError(null);
    setScopes((previous) => {
      let next = on ? [...new Set([...previous, scope])] : previous.filter((s) => s !== scope);
      // Sharing with the model provider means nothing without use; use goes with it, and leaves with... only itself.
      if (on && scope === 'ai-provider' && !next.includes('use')) next = ['use', ...next];
      if (!on && scope === 'use') next = [];
      return next;
    });
  }

  async function decide(decision: 'grant' | 'deny') {
    if (busy || state.kind !== 'ready') return;
    setError(null);
    let evidence: Record<string, unknown> | undefined;
    if (decision === 'grant') {
      if (!scopes.includes('use')) return setError('errorNoScope');
      if (!chosen) return setError('errorNoMethod');
      if (!scopes.every((s) => chosen.scopes.includes(s))) return setError('errorMethodNotAllowed');
      if (raises && !childAge.raiseMethods.includes(chosen.id)) return setError('errorAgeNeedsCheck');
      const verifier = verifiers[chosen.id];
      if (chosen.evidence === 'jwt' && verifier) {
        setBusy('verifying');
        abort.current = new AbortController();
        try {
          const result = await verifier({
            method: chosen.id,
            nonce: notice.nonce,
            scopes,
            locale: notice.locale,
            signal: abort.current.signal,
          });
          evidence = { jwt: result.jwt };
        } catch {
          setBusy(null);
          return setError('errorVerificationFailed');
        }
      }
    }
    setBusy(decision);
    const outcome = await postDecision(
      ctx.fetch,
      ctx.serverUrl,
      token,
      decision === 'grant'
        ? {
            decision,
            scopes,
            method: chosen?.id ?? '',
            ...(evidence ? { evidence } : {}),
            ...(confirmedBand ? { childAge: { band: confirmedBand } } : {}),
          }
        : { decision },
    );
    setBusy(null);
    if (!outcome.ok) {
      if (LINK_ERRORS.has(outcome.code)) {
        moveFocus.current = true;
        return setState({ kind: 'error', code: outcome.code });
      }
      return setError(
        outcome.code === 'consent_verification_failed'
          ? 'errorVerificationFailed'
          : outcome.code === 'consent_method_not_allowed'
            ? 'errorMethodNotAllowed'
            : outcome.code === 'rate_limited'
              ? 'errorRateLimited'
              : 'errorSubmit',
      );
    }
    const result: ParentDecision = {
      consent: outcome.consent === 'granted' ? 'granted' : 'denied',
      scopes: outcome.scopes,
      ...(decision === 'grant' && chosen ? { method: chosen.id } : {}),
      ...(outcome.manage ? { manage: outcome.manage } : {}),
      ...(outcome.childBand ? { childBand: outcome.childBand } : {}),
    };
    moveFocus.current = true;
    setState({ kind: 'decided', notice, decision: result });
    onDecided?.(result);
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    void decide('grant');
  }

  const expires = formatDate(notice.expiresAt, notice.locale);
  const errorId = `${id}-error`;
  const scopeNames = (m: NoticeMethod) => m.scopes.map(scopeTitle).join(', ');

  return (
    <div {...rootProps} lang={notice.locale} data-state={busy ? 'submitting' : 'ready'}>
      <article aria-labelledby={`${id}-title`}>
        <H1 id={`${id}-title`} ref={headingRef} tabIndex={-1} className="yc-parent__title">
          {notice.title}
        </H1>
        <p className="yc-parent__meta">
          {[notice.service.name, notice.service.operator, notice.service.contact].filter(Boolean).join(' · ')}
          {expires ? (
            <>
              <br />
              {formatMessage(t.linkExpires, { date: expires })}
            </>
          ) : null}
        </p>
        <section aria-labelledby={`${id}-notice`}>
          <H2 id={`${id}-notice`} className="yc-parent__subtitle">
            {t.noticeHeading}
          </H2>
          {notice.sections.map((section) => (
            <section key={section.id || section.heading} className="yc-parent__section" data-section={section.id}>
              <H3 className="yc-parent__section-heading">{section.heading}</H3>
              <p>{section.body}</p>
              {section.id === 'third-parties' && notice.thirdParties.length > 0 ? (
                <ul>
                  {notice.thirdParties.map((party) => (
                    <li key={party.name}>
                      <strong>{party.name}</strong>:{' '}
                      {/[.!?]$/.test(party.purpose) ? party.purpose : `${party.purpose}.`}
                      {party.scope ? ` ${formatMessage(t.thirdPartyScope, { scope: scopeTitle(party.scope) })}` : ''}
                    </li>
                  ))}
                </ul>
              ) : null}
            </section>
          ))}
        </section>
        <section aria-labelledby={`${id}-decision`}>
          <H2 id={`${id}-decision`} className="yc-parent__subtitle">
            {t.decisionHeading}
          </H2>
          <form aria-labelledby={`${id}-decision`} noValidate onSubmit={submit} aria-busy={busy !== null || undefined}>
            <fieldset className="yc-parent__fieldset" aria-describedby={error === 'errorNoScope' ? errorId : undefined}>
              <legend className="yc-parent__legend">{t.scopesLegend}</legend>
              {notice.scopes.map((scope) => {
                const available = grantable(scope.id);
                const inputId = `${id}-scope-${scope.id}`;
                return (
                  <div key={scope.id} className="yc-parent__choice" data-scope={scope.id}>
                    <input
                      id={inputId}
                      type="checkbox"
                      name="scopes"
                      value={scope.id}
                      checked={scopes.includes(scope.id)}
                      disabled={!available}
                      aria-describedby={`${inputId}-hint`}
                      onChange={(event) => toggle(scope.id, event.currentTarget.checked)}
                    />
                    <label htmlFor={inputId}>{scope.title}</label>
                    <p id={`${inputId}-hint`} className="yc-parent__choice-hint">
                      {scope.description}
                      {scope.id === 'use' && notice.scopes.length > 1 ? ` ${t.scopeUseRequired}` : ''}
                      {available ? '' : ` ${t.scopeUnavailable}`}
                    </p>
                  </div>
                );
              })}
            </fieldset>
            <fieldset
              className="yc-parent__fieldset"
              aria-describedby={error === 'errorNoMethod' || error === 'errorMethodNotAllowed' ? errorId : undefined}
            >
              <legend className="yc-parent__legend">{t.methodLegend}</legend>
              {methods.map((m) => {
                const inputId = `${id}-method-${m.id}`;
                const limited = notice.scopes.some((s) => !m.scopes.includes(s.id));
                return (
                  <div key={m.id} className="yc-parent__choice" data-method={m.id}>
                    <input
                      id={inputId}
                      type="radio"
                      name="method"
                      value={m.id}
                      checked={method === m.id}
                      aria-describedby={`${inputId}-hint`}
                      onChange={() => {
                        setError(null);
                        setMethod(m.id);
                      }}
                    />
                    <label htmlFor={inputId}>{m.label}</label>
                    <p id={`${inputId}-hint`} className="yc-parent__choice-hint">
                      {m.description}
                      {limited ? ` ${formatMessage(t.methodOnlyFor, { scopes: scopeNames(m) })}` : ''}
                    </p>
                  </div>
                );
              })}
            </fieldset>
            {childAge ? (
              <fieldset
                className="yc-parent__fieldset"
                data-slot="parent-child-age"
                aria-describedby={`${id}-age-hint${error === 'errorAgeNeedsCheck' ? ` ${errorId}` : ''}`}
              >
                <legend className="yc-parent__legend">{t.ageLegend}</legend>
                <p id={`${id}-age-hint`} className="yc-parent__fieldset-hint">
                  {formatMessage(t.ageHint, { band: childAge.label })}
                </p>
                {childAge.bands.map((b) => {
                  const inputId = `${id}-age-${b.id}`;
                  return (
                    <div key={b.id} className="yc-parent__choice" data-band={b.id}>
                      <input
                        id={inputId}
                        type="radio"
                        name="childAge"
                        value={b.id}
                        checked={confirmedBand === b.id}
                        onChange={() => {
                          setError(null);
                          setChildBand(b.id);
                        }}
                      />
                      <label htmlFor={inputId}>{b.label}</label>
                    </div>
                  );
                })}
              </fieldset>
            ) : null}
            <p id={errorId} className="yc-parent__error" role="alert">
              {error ? t[error] : null}
            </p>
            <div className="yc-parent__actions">
              <button type="submit" className="yc-button" aria-disabled={busy !== null || undefined}>
                {busy === 'verifying' ? t.verifying : busy === 'grant' ? t.submitting : t.grant}
              </button>
              <button
                type="button"
                className="yc-button"
                data-variant="secondary"
                aria-disabled={busy !== null || undefined}
                onClick={() => void decide('deny')}
              >
                {busy === 'deny' ? t.submitting : t.deny}
              </button>
            </div>
          </form>
        </section>
      </article>
    </div>
  );
}
