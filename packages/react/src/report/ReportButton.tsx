import * as Dialog from '@radix-ui/react-dialog';
import {
  pickMessages,
  REPORT_LIMITS,
  type ReportMessages,
  type ReportOutboxEntry,
  type ReportSubmission,
  reportMessages,
  scrubPII,
  showsCrisisResources,
} from '@youthchat/core';
import { clsx } from 'clsx';
import { type ComponentPropsWithoutRef, useCallback, useMemo, useRef, useState } from 'react';
import { useYouthSafety } from '../provider/context.js';
import { type ReportDraft, ReportForm } from './ReportForm.js';
import { ReportResult } from './ReportResult.js';
import { useReportOutbox } from './use-report-outbox.js';

export interface ReportButtonProps extends Omit<ComponentPropsWithoutRef<'button'>, 'children' | 'onSubmit'> {
  /** Id of the reported chat message. Without `messageId` and `excerpt` the button is the general "Report a problem" entry. */
  messageId?: string;
  /** The reported message's text, offered as an optional copy. Personal information is scrubbed on the device first. */
  excerpt?: string;
  /** Who wrote the reported message. */
  messageRole?: 'user' | 'assistant';
  /** Id of the conversation, passed on to moderators. */
  conversationId?: string;
  /**
   * The trigger's content. @default on a message, a flag icon named "Report this message" (the catalogue's
   * `messageTrigger`); otherwise the words "Report a problem"
   */
  children?: React.ReactNode;
  /** Whether the dialog is open (controlled). */
  open?: boolean;
  /** Whether the dialog starts open (uncontrolled). @default false */
  defaultOpen?: boolean;
  onOpenChange?: (open: boolean) => void;
  /** Called once the report is kept: sent (`entry.receipt` has the reference) or queued on the device. */
  onReported?: (entry: ReportOutboxEntry) => void;
  /** Country for the crisis lines. @default the provider's country */
  country?: string;
  /** Replaces some of the catalogue's words. */
  messages?: Partial<ReportMessages>;
}

/** The report affordance on a message: a flag drawn by CSS (a mask), named by the button's `aria-label`. */
function FlagIcon() {
  return <span className="yc-report__icon" aria-hidden="true" />;
}

const EMPTY: ReportDraft = { reason: null, details: '', includeCopy: true, goodFaith: false };

/**
 * "Report this": one click from a chat message, or the general "Report a
 * problem" entry. Opens a dialog with reasons in the band's words, optional
 * details and an optional, scrubbed copy of the message; adults also confirm
 * good faith. The answer is a reference number and what happens next, with
 * crisis lines at once for self-harm, grooming and sexual content. A report
 * that cannot be sent waits on the device and is retried with the same id,
 * so it is never lost and never stored twice.
 *
 * @example
 * <ReportButton messageId={message.id} messageRole="assistant" excerpt={message.content} />
 * <ReportButton />  // "Report a problem"
 */
export function ReportButton(props: ReportButtonProps) {
  const {
    messageId,
    excerpt,
    messageRole,
    conversationId,
    children,
    open: openProp,
    defaultOpen = false,
    onOpenChange,
    onReported,
    country: countryProp,
    messages,
    className,
    ...rest
  } = props;
  const ctx = useYouthSafety('ReportButton');
  const { outbox, entries } = useReportOutbox('ReportButton');
  const t = useMemo(
    () => ({ ...pickMessages(reportMessages, ctx.locale, ctx.band), ...messages }),
    [ctx.locale, ctx.band, messages],
  );
  const [openState, setOpenState] = useState(defaultOpen);
  const open = openProp ?? openState;
  const [draft, setDraft] = useState<ReportDraft>(EMPTY);
  const [sending, setSending] = useState(false);
  const [sentId, setSentId] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const busy = useRef(false);
  const forMessage = messageId !== undefined || excerpt !== undefined;
  const scrub = ctx.bandPolicy.pii.scrub;

  const preview = useMemo(() => {
    if (!excerpt) return null;
    return scrubPII(excerpt, { locale: ctx.locale }).text.slice(0, REPORT_LIMITS.excerpt);
  }, [excerpt, ctx.locale]);

  const setOpen = useCallback(
    (next: boolean) => {
      if (openProp === undefined) setOpenState(next);
      onOpenChange?.(next);
      if (!next && !busy.current) {
        // Start afresh next time, once the dialog has gone.
        setDraft(EMPTY);
        setSentId(null);
        setFailure(null);
      }
    },
    [openProp, onOpenChange],
  );

  const submit = async () => {
    if (busy.current || !draft.reason) return;
    busy.current = true;
    setSending(true);
    const details = draft.details.trim();
    const report: ReportSubmission = {
      reason: draft.reason,
      source: forMessage ? 'message' : 'general',
      locale: ctx.locale,
      ...(details ? { details: scrub ? scrubPII(details, { locale: ctx.locale }).text : details } : {}),
      ...(messageId ? { messageId } : {}),
      ...(messageRole ? { messageRole } : {}),
      ...(conversationId ? { conversationId } : {}),
      ...(preview && draft.includeCopy ? { excerpt: preview } : {}),
      ...(ctx.band === 'adult' ? { goodFaith: draft.goodFaith } : {}),
    };
    try {
      const entry = await outbox.submit(report);
      setSentId(entry.clientReportId);
      if (entry.state !== 'rejected') onReported?.(entry);
    } catch (error) {
      setFailure(error instanceof Error ? error.message : String(error));
    } finally {
      busy.current = false;
      setSending(false);
    }
  };

  const tryAgain = () => {
    if (sentId) outbox.remove(sentId);
    setSentId(null);
    setFailure(null);
  };

  const entry: ReportOutboxEntry | undefined =
    sentId !== null
      ? entries.find((e) => e.clientReportId === sentId)
      : failure !== null && draft.reason
        ? {
            clientReportId: '',
            report: { reason: draft.reason, clientReportId: '' },
            state: 'rejected',
            attempts: 0,
            createdAt: 0,
            nextAttemptAt: 0,
            error: { code: 'outbox_full', message: failure },
          }
        : undefined;
  const step = entry ? (entry.state === 'sent' ? 'sent' : entry.state === 'pending' ? 'queued' : 'rejected') : 'form';
  const closeButton = (
    <Dialog.Close asChild>
      <button type="button" className="yc-button" data-variant="secondary">
        {step === 'form' ? t.cancel : t.close}
      </button>
    </Dialog.Close>
  );

  return (
    <Dialog.Root open={open} onOpenChange={setOpen}>
      <Dialog.Trigger asChild>
        <button
          type="button"
          data-variant="secondary"
          {...rest}
          className={clsx('yc-button yc-report__trigger', className)}
          data-slot="report-trigger"
          data-kind={forMessage ? 'message' : 'general'}
          data-icon={children === undefined && forMessage ? '' : undefined}
          aria-label={children === undefined && forMessage ? t.messageTrigger : rest['aria-label']}
        >
          {children ?? (forMessage ? <FlagIcon /> : t.generalTrigger)}
        </button>
      </Dialog.Trigger>
      <Dialog.Portal container={ctx.portalContainer}>
        <Dialog.Overlay className="yc-report__overlay" data-slot="report-overlay" />
        <Dialog.Content
          data-yc-root=""
          className="yc-report"
          data-slot="report"
          data-band={ctx.band}
          data-step={step}
          lang={ctx.locale}
          // The result steps have no description paragraph; their text follows the heading.
          {...(step === 'form' ? {} : { 'aria-describedby': undefined })}
        >
          {entry && draft.reason ? (
            <ReportResult
              t={t}
              entry={entry}
              reason={draft.reason}
              crisis={showsCrisisResources(draft.reason)}
              country={countryProp ?? ctx.country}
              locale={ctx.locale}
              onTryAgain={tryAgain}
              close={closeButton}
            />
          ) : (
            <>
              <Dialog.Title className="yc-report__title">{t.title}</Dialog.Title>
              <Dialog.Description className="yc-report__description">{t.description}</Dialog.Description>
              <ReportForm
                t={t}
                draft={draft}
                onDraftChange={setDraft}
                preview={preview}
                askGoodFaith={ctx.band === 'adult'}
                sending={sending}
                onSubmit={() => void submit()}
                cancel={closeButton}
              />
            </>
          )}
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
