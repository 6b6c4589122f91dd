import {
  type ConsentScope,
  formatMessage,
  type ParentConsentMessages,
  parentConsentMessages,
  pickMessages,
} from '@youthchat/core';
import { clsx } from 'clsx';
import { type ComponentPropsWithoutRef, useEffect, useId, useRef, useState } from 'react';
import { useYouthSafetyWithoutPolicy } from '../provider/context.js';
import { type ChildHoldings, deleteChildData, fetchHoldings, revokeConsent, tokenFromLink } from './api.js';

export interface ParentDataRightsProps extends Omit<ComponentPropsWithoutRef<'div'>, 'children'> {
  /** The manage link's token. @default read from the page's address: `?manage=`, else the last path segment */
  token?: string;
  /** Replaces some of the catalogue's words. */
  messages?: Partial<ParentConsentMessages>;
  /** Level of the page's heading. @default 1 */
  headingLevel?: 1 | 2 | 3 | 4 | 5;
}

type State =
  | { kind: 'loading' }
  | { kind: 'error'; code: string }
  | { kind: 'ready'; holdings: ChildHoldings }
  | { kind: 'deleted' };

function formatDate(iso: string | undefined, locale: string): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  try {
    return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'short' }).format(date);
  } catch {
    return date.toISOString();
  }
}

/**
 * The parent's manage page (COPPA §312.6): what the kit holds about the
 * child, a download of it, revoking consent (all of it, or only sharing
 * with the AI provider), and deleting everything. Mount it at the path of
 * the manage link (`/parent/manage/:token`).
 *
 * @example
 * <YouthSafetyProvider locale="en">
 *   <ParentDataRights />
 * </YouthSafetyProvider>
 */
export function ParentDataRights(props: ParentDataRightsProps) {
  const { token: givenToken, messages, headingLevel = 1, className, ...rest } = props;
  const ctx = useYouthSafetyWithoutPolicy('ParentDataRights');
  const t = { ...pickMessages(parentConsentMessages, ctx.locale), ...messages };
  const [token] = useState(
    () => givenToken ?? (typeof window === 'undefined' ? '' : tokenFromLink(window.location.href, 'manage')),
  );
  const [state, setState] = useState<State>({ kind: 'loading' });
  const [reload, setReload] = useState(0);
  const [busy, setBusy] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [note, setNote] = useState('');
  const [failed, setFailed] = useState(false);
  const id = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const confirmRef = useRef<HTMLHeadingElement>(null);
  const deleteRef = useRef<HTMLButtonElement>(null);
  const H1 = `h${headingLevel}` as const;
  const H2 = `h${headingLevel + 1}` as 'h2';

  // biome-ignore lint/correctness/useExhaustiveDependencies: `reload` asks for a fresh read after a change.
  useEffect(() => {
    let live = true;
    if (!token) {
      setState({ kind: 'error', code: 'manage_link_unknown' });
      return;
    }
    void fetchHoldings(ctx.fetch, ctx.serverUrl, token).then((outcome) => {
      if (!live) return;
      setState(outcome.ok ? { kind: 'ready', holdings: outcome.holdings } : { kind: 'error', code: outcome.code });
    });
    return () => {
      live = false;
    };
  }, [ctx.fetch, ctx.serverUrl, token, reload]);

  useEffect(() => {
    if (confirming) confirmRef.current?.focus();
  }, [confirming]);

  const rootProps = {
    ...rest,
    className: clsx('yc-parent', className),
    'data-yc-root': '',
    'data-slot': 'parent-data-rights',
    'data-state': state.kind,
  };

  if (state.kind === 'loading') {
    return (
      <div {...rootProps} aria-busy="true">
        <p role="status">{t.loading}</p>
      </div>
    );
  }

  if (state.kind === 'error' || state.kind === 'deleted') {
    const [title, body] =
      state.kind === 'deleted'
        ? [t.deletedTitle, t.deletedBody]
        : state.code === 'manage_link_expired'
          ? [t.manageExpiredTitle, t.manageExpiredBody]
          : state.code === 'manage_link_unknown'
            ? [t.manageUnknownTitle, t.manageUnknownBody]
            : [t.errorNetworkTitle, state.code === 'rate_limited' ? t.errorRateLimited : t.errorNetworkBody];
    const retry = state.kind === 'error' && !state.code.startsWith('manage_link');
    return (
      <div {...rootProps}>
        <section aria-labelledby={`${id}-title`}>
          <H1 id={`${id}-title`} ref={headingRef} tabIndex={-1} className="yc-parent__title">
            {title}
          </H1>
          <p className="yc-parent__section">{body}</p>
          {retry ? (
            <button type="button" className="yc-button" onClick={() => setReload((n) => n + 1)}>
              {t.retry}
            </button>
          ) : null}
        </section>
      </div>
    );
  }

  const { holdings } = state;
  const scopeName = (scope: ConsentScope) => (scope === 'use' ? t.scopeUse : t.scopeAiProvider);
  const status =
    holdings.consent.status === 'granted'
      ? t.statusGranted
      : holdings.consent.status === 'pending'
        ? t.statusPending
        : t.statusDenied;
  const granted = holdings.consent.status === 'granted';

  async function act(kind: string, run: () => Promise<{ ok: boolean; code?: string }>) {
    if (busy) return;
    setBusy(kind);
    setNote('');
    setFailed(false);
    const outcome = await run();
    setBusy(null);
    if (!outcome.ok) {
      if (outcome.code?.startsWith('manage_link')) return setState({ kind: 'error', code: outcome.code });
      return setFailed(true);
    }
    if (kind === 'delete') {
      setState({ kind: 'deleted' });
      requestAnimationFrame(() => headingRef.current?.focus());
      return;
    }
    setNote(t.revoked);
    setReload((n) => n + 1);
  }

  return (
    <div {...rootProps}>
      <article aria-labelledby={`${id}-title`}>
        <H1 id={`${id}-title`} ref={headingRef} tabIndex={-1} className="yc-parent__title">
          {t.manageTitle}
        </H1>
        <p className="yc-parent__hint">{t.manageIntro}</p>
        <section aria-labelledby={`${id}-status`}>
          <H2 id={`${id}-status`} className="yc-parent__subtitle">
            {t.statusHeading}
          </H2>
          <dl className="yc-parent__facts">
            {holdings.child.band ? (
              <>
                <dt>{t.ageGroupLabel}</dt>
                <dd>
                  {holdings.child.confirmedByParent
                    ? formatMessage(t.ageConfirmedByYou, { band: holdings.child.label ?? holdings.child.band })
                    : (holdings.child.label ?? holdings.child.band)}
                </dd>
              </>
            ) : null}
            <dt>{t.statusLabel}</dt>
            <dd>{status}</dd>
            <dt>{t.scopesLabel}</dt>
            <dd>{holdings.consent.scopes.length > 0 ? holdings.consent.scopes.map(scopeName).join(', ') : t.none}</dd>
            {holdings.consent.method ? (
              <>
                <dt>{t.methodLabel}</dt>
                <dd>
                  {holdings.consent.method === 'email-plus'
                    ? t.methodEmailPlus
                    : holdings.consent.method === 'vendor'
                      ? t.methodVendor
                      : holdings.consent.method}
                </dd>
              </>
            ) : null}
            {holdings.consent.decidedAt ? (
              <>
                <dt>{t.decidedLabel}</dt>
                <dd>{formatDate(holdings.consent.decidedAt, ctx.locale)}</dd>
              </>
            ) : null}
          </dl>
          {granted ? (
            <>
              <p className="yc-parent__hint">{t.revokeHint}</p>
              <div className="yc-parent__actions">
                {holdings.consent.scopes.includes('ai-provider') ? (
                  <button
                    type="button"
                    className="yc-button"
                    data-variant="secondary"
                    aria-disabled={busy !== null || undefined}
                    onClick={() =>
                      act('revoke-ai', () => revokeConsent(ctx.fetch, ctx.serverUrl, token, ['ai-provider']))
                    }
                  >
                    {t.revokeAiProvider}
                  </button>
                ) : null}
                <button
                  type="button"
                  className="yc-button"
                  data-variant="secondary"
                  aria-disabled={busy !== null || undefined}
                  onClick={() => act('revoke', () => revokeConsent(ctx.fetch, ctx.serverUrl, token))}
                >
                  {t.revokeAll}
                </button>
              </div>
            </>
          ) : null}
        </section>
        <section aria-labelledby={`${id}-holdings`}>
          <H2 id={`${id}-holdings`} className="yc-parent__subtitle">
            {t.holdingsHeading}
          </H2>
          <dl className="yc-parent__facts">
            <dt>{t.holdingsConsentRecords}</dt>
            <dd>{holdings.holdings.consentRecords}</dd>
            <dt>{t.holdingsReports}</dt>
            <dd>{holdings.holdings.reports}</dd>
            <dt>{t.holdingsRiskScores}</dt>
            <dd>{holdings.holdings.riskScores}</dd>
            <dt>{t.holdingsEscalations}</dt>
            <dd>{holdings.holdings.escalations}</dd>
          </dl>
          <p className="yc-parent__hint">{t.exportHint}</p>
          <div className="yc-parent__actions">
            <a
              className="yc-button"
              data-variant="secondary"
              href={`${ctx.serverUrl}/parent/${encodeURIComponent(token)}/export`}
              download
            >
              {t.exportData}
            </a>
          </div>
          <p className="yc-parent__hint" style={{ marginTop: 'var(--yc-space-m)' }}>
            {t.deleteHint}
          </p>
          {confirming ? (
            <div role="group" aria-labelledby={`${id}-confirm`} className="yc-parent__fieldset">
              <H2 id={`${id}-confirm`} ref={confirmRef} tabIndex={-1} className="yc-parent__section-heading">
                {t.deleteConfirmTitle}
              </H2>
              <p className="yc-parent__hint">{t.deleteConfirmBody}</p>
              <div className="yc-parent__actions">
                <button
                  type="button"
                  className="yc-button yc-parent__danger"
                  aria-disabled={busy !== null || undefined}
                  onClick={() => act('delete', () => deleteChildData(ctx.fetch, ctx.serverUrl, token))}
                >
                  {t.deleteConfirm}
                </button>
                <button
                  type="button"
                  className="yc-button"
                  data-variant="secondary"
                  onClick={() => {
                    setConfirming(false);
                    requestAnimationFrame(() => deleteRef.current?.focus());
                  }}
                >
                  {t.cancel}
                </button>
              </div>
            </div>
          ) : (
            <div className="yc-parent__actions">
              <button
                ref={deleteRef}
                type="button"
                className="yc-button yc-parent__danger"
                onClick={() => setConfirming(true)}
              >
                {t.deleteData}
              </button>
            </div>
          )}
        </section>
        <p className="yc-parent__error" role="alert">
          {failed ? t.actionFailed : null}
        </p>
        <p role="status" className="yc-consent__note">
          {note}
        </p>
      </article>
    </div>
  );
}
