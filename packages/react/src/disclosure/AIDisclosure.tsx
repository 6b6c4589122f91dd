import * as Dialog from '@radix-ui/react-dialog';
import {
  type AgeBand,
  type DisclosureConfig,
  type DisclosureUiMessages,
  loadedDisclosureUiMessages,
  pickMessages,
  resolveLoadedDisclosure,
} from '@youthchat/core';
import { clsx } from 'clsx';
import {
  type ComponentPropsWithoutRef,
  type ReactElement,
  useEffect,
  useId,
  useLayoutEffect,
  useRef,
  useSyncExternalStore,
} from 'react';
import { useYouthSafety } from '../provider/context.js';
import { AIDisclosurePanel } from './AIDisclosurePanel.js';
import { AIDisclosureTrigger, returnFocusTo } from './AIDisclosureTrigger.js';
import { coordinatorFor } from './coordinator.js';
import { type AIDisclosureSlots, DisclosureSections, Paragraphs } from './DisclosureSections.js';
import { useWaitingForParent } from './use-consent-wait.js';
import { useDisclosureState, useDisclosureStore } from './useAIDisclosure.js';

/** Why the dialog is open: first time (must acknowledge), read again, or the periodic reminder. */
export type AIDisclosureMode = 'required' | 'reopened' | 'reminder';

type ContentProps = Omit<
  ComponentPropsWithoutRef<typeof Dialog.Content>,
  'children' | 'title' | 'asChild' | 'forceMount'
>;

export interface AIDisclosureProps extends ContentProps {
  /**
   * Your customisation of the text per band and locale (see
   * `defineDisclosures`). @default the provider's `disclosures`
   */
  disclosures?: DisclosureConfig;
  /** Replaces some of the buttons' and reminder's words. */
  messages?: Partial<DisclosureUiMessages>;
  /**
   * An "About this AI" trigger rendered where `AIDisclosure` is: `true` for
   * the default button, or your own element (used as the trigger, `asChild`).
   * `AIDisclosure.Trigger` does the same from anywhere in the tree.
   * @default false
   */
  trigger?: boolean | ReactElement;
  /** Your own header, section layout and footer. */
  slots?: AIDisclosureSlots;
  /** Called when the child acknowledges the disclosure. */
  onAcknowledge?: (acknowledgement: { band: AgeBand; version: string }) => void;
  /**
   * Called when the child chooses to take a break from the reminder. Without
   * it, the reminder only offers to keep chatting; with it, your app can
   * pause or close the chat.
   */
  onTakeBreak?: () => void;
  /** Called whenever the dialog opens or closes, with why it opened. */
  onOpenChange?: (open: boolean, mode: AIDisclosureMode | null) => void;
  /** Element to render the dialog into. @default the provider's portal container, inside its themed wrapper */
  container?: HTMLElement | null;
}

/**
 * The AI disclosure as a modal dialog (Radix Dialog). It opens by itself
 * until the child acknowledges it for the current band and text version, and
 * again whenever either changes; it shows a "this is an AI, not a person"
 * reminder with a break prompt after the policy's interval of use (at most 3
 * hours for minors); and it reopens from an "About this AI" trigger. Where
 * a parent has to agree first (the gate's answer is `required`, `pending` or
 * `denied`), it waits, and opens once the parent has granted `use`.
 *
 * @example
 * <YouthSafetyProvider>
 *   <AIDisclosure trigger onTakeBreak={() => navigate('/')} />
 *   <SafeChat />
 * </YouthSafetyProvider>
 */
const useIsomorphicLayoutEffect = typeof document === 'undefined' ? useEffect : useLayoutEffect;

/**
 * Only one disclosure dialog on a page opens (an app's own before the one
 * `SafeChat` renders); the others stay closed and keep out of the version the
 * chat's gate reads, so acknowledging the one shown lets the child chat.
 */
function useOwnsDialog(builtIn: boolean): boolean {
  const coordinator = coordinatorFor(useYouthSafety('AIDisclosure').disclosureScope);
  const id = useId();
  useIsomorphicLayoutEffect(() => coordinator.register(id, builtIn), [coordinator, id, builtIn]);
  const owner = useSyncExternalStore(coordinator.subscribe, coordinator.getOwner, () => null);
  return owner === id;
}

function AIDisclosureRoot(props: AIDisclosureProps & { builtIn?: boolean }) {
  const {
    builtIn = false,
    disclosures: disclosuresProp,
    messages,
    trigger = false,
    slots,
    onAcknowledge,
    onTakeBreak,
    onOpenChange,
    container,
    className,
    onOpenAutoFocus,
    onCloseAutoFocus,
    onEscapeKeyDown,
    onPointerDownOutside,
    onInteractOutside,
    ...contentProps
  } = props;
  const ctx = useYouthSafety('AIDisclosure');
  const { band, locale, portalContainer } = ctx;
  const disclosures = disclosuresProp ?? ctx.disclosures;
  const store = useDisclosureStore('AIDisclosure');
  // English until the locale's text has loaded: the state below loads it and re-renders once it has.
  const disclosure = resolveLoadedDisclosure(band, locale, disclosures);
  const state = useDisclosureState('AIDisclosure', disclosures, disclosure.version);
  const t = { ...pickMessages(loadedDisclosureUiMessages, locale, band), ...messages };
  const { ready } = state;
  const owns = useOwnsDialog(builtIn);
  const waiting = useWaitingForParent('AIDisclosure');

  useEffect(() => {
    if (ready && owns) store.setVersion(band, locale, disclosure.version);
  }, [store, band, locale, disclosure.version, ready, owns]);

  // Nothing opens until the text is in the reader's language, and only one dialog on the page opens.
  // While a parent has not agreed, it opens only when asked for: the gate's next step comes first.
  const mode: AIDisclosureMode | null =
    !ready || !owns
      ? null
      : waiting
        ? state.reopened
          ? 'reopened'
          : null
        : !state.acknowledged
          ? 'required'
          : state.reopened
            ? 'reopened'
            : state.reminderDue
              ? 'reminder'
              : null;
  // Keep the last content on screen while the dialog animates closed.
  const shown = useRef<AIDisclosureMode>('required');
  if (mode) shown.current = mode;
  const view = mode ?? shown.current;

  const previous = useRef<AIDisclosureMode | null>(null);
  useEffect(() => {
    if (previous.current !== mode) onOpenChange?.(mode !== null, mode);
    previous.current = mode;
  }, [mode, onOpenChange]);

  const opener = useRef<HTMLElement | null>(null);
  const contentRef = useRef<HTMLDivElement>(null);
  // Moving from the reminder to the full text replaces the focused button: keep focus in the dialog.
  const lastOpenView = useRef<AIDisclosureMode | null>(null);
  useEffect(() => {
    if (mode && lastOpenView.current && lastOpenView.current !== mode)
      contentRef.current?.focus({ preventScroll: true });
    lastOpenView.current = mode;
  }, [mode]);

  const close = () => {
    if (mode === 'reopened') store.close();
    else if (mode === 'reminder') state.dismissReminder();
  };
  const acknowledge = () => {
    state.acknowledge();
    onAcknowledge?.({ band, version: disclosure.version });
  };
  const blocking = mode === 'required';

  const content = (
    <Dialog.Root
      open={mode !== null}
      onOpenChange={(open) => {
        if (!open && !blocking) close();
      }}
    >
      <Dialog.Portal container={container ?? portalContainer}>
        <Dialog.Overlay
          className="yc-disclosure__overlay"
          data-slot="disclosure-overlay"
          data-yc-root=""
          data-band={band}
          data-mode={view}
        />
        <Dialog.Content
          {...contentProps}
          ref={contentRef}
          role={view === 'reminder' ? 'alertdialog' : 'dialog'}
          lang={disclosure.locale}
          className={clsx('yc-disclosure', className)}
          data-slot="disclosure"
          data-yc-root=""
          data-band={band}
          data-mode={view}
          data-version={disclosure.version}
          onOpenAutoFocus={(event) => {
            onOpenAutoFocus?.(event);
            if (event.defaultPrevented) return;
            // Start at the top, so screen readers read the title and description first.
            event.preventDefault();
            opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
            contentRef.current?.focus({ preventScroll: true });
          }}
          onCloseAutoFocus={(event) => {
            onCloseAutoFocus?.(event);
            if (event.defaultPrevented) return;
            event.preventDefault();
            const target = returnFocusTo.get(store) ?? opener.current;
            returnFocusTo.delete(store);
            if (target?.isConnected) target.focus();
          }}
          onEscapeKeyDown={(event) => {
            onEscapeKeyDown?.(event);
            if (blocking) event.preventDefault();
          }}
          onPointerDownOutside={(event) => {
            onPointerDownOutside?.(event);
            if (blocking) event.preventDefault();
          }}
          onInteractOutside={(event) => {
            onInteractOutside?.(event);
            if (blocking) event.preventDefault();
          }}
        >
          {slots?.header}
          {view === 'reminder' ? (
            <>
              <Dialog.Title className="yc-disclosure__title">{t.reminderTitle}</Dialog.Title>
              <Dialog.Description asChild>
                <div className="yc-disclosure__body" data-slot="disclosure-body">
                  <Paragraphs text={t.reminderBody} />
                </div>
              </Dialog.Description>
              {slots?.footer}
              <div className="yc-disclosure__actions" data-slot="disclosure-actions">
                <Dialog.Close className="yc-button">{t.keepChatting}</Dialog.Close>
                {onTakeBreak ? (
                  <button
                    type="button"
                    className="yc-button"
                    data-variant="secondary"
                    onClick={() => {
                      state.dismissReminder();
                      onTakeBreak();
                    }}
                  >
                    {t.takeBreak}
                  </button>
                ) : null}
                <button
                  type="button"
                  className="yc-button"
                  data-variant="secondary"
                  onClick={() => {
                    state.dismissReminder();
                    store.open();
                  }}
                >
                  {t.readAgain}
                </button>
              </div>
            </>
          ) : (
            <>
              <Dialog.Title className="yc-disclosure__title">{disclosure.title}</Dialog.Title>
              <DisclosureSections
                sections={disclosure.sections}
                slots={slots}
                headingLevel={3}
                describe={(body) => <Dialog.Description asChild>{body}</Dialog.Description>}
              />
              {slots?.footer}
              <div className="yc-disclosure__actions" data-slot="disclosure-actions">
                {view === 'required' ? (
                  <button type="button" className="yc-button" onClick={acknowledge}>
                    {t.acknowledge}
                  </button>
                ) : (
                  <Dialog.Close className="yc-button">{t.close}</Dialog.Close>
                )}
              </div>
            </>
          )}
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );

  if (trigger === false) return content;
  return (
    <>
      {trigger === true ? (
        <AIDisclosureTrigger>{t.trigger}</AIDisclosureTrigger>
      ) : (
        <AIDisclosureTrigger asChild>{trigger}</AIDisclosureTrigger>
      )}
      {content}
    </>
  );
}

/**
 * `AIDisclosure` with its parts: `AIDisclosure.Trigger` (reopens it from
 * anywhere) and `AIDisclosure.Panel` (the same text on a page).
 */
export const AIDisclosure = Object.assign(AIDisclosureRoot, {
  Trigger: AIDisclosureTrigger,
  Panel: AIDisclosurePanel,
});

/** The dialog `SafeChat` renders: it gives way to an `AIDisclosure` the app renders itself. */
export function ChatDisclosure() {
  return <AIDisclosureRoot builtIn />;
}
