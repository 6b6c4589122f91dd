import { type DisclosureStore, loadedDisclosureUiMessages, pickMessages } from '@youthchat/core';
import { clsx } from 'clsx';
import {
  type ComponentPropsWithRef,
  cloneElement,
  isValidElement,
  type MouseEvent,
  type ReactElement,
  type Ref,
  type RefCallback,
} from 'react';
import { useYouthSafety } from '../provider/context.js';
import { useDisclosureLocale } from './use-disclosure-locale.js';
import { useDisclosureStore } from './useAIDisclosure.js';

/** The element to give focus back to when a disclosure opened by a trigger closes. */
export const returnFocusTo = new WeakMap<DisclosureStore, HTMLElement>();

export interface AIDisclosureTriggerProps extends ComponentPropsWithRef<'button'> {
  /** Renders your own element (a link, an icon button) instead of the button, with the trigger's behaviour. */
  asChild?: boolean;
}

type ChildProps = {
  className?: string;
  onClick?: (event: MouseEvent<HTMLElement>) => void;
  ref?: Ref<HTMLElement>;
};

function mergeRefs<T>(...refs: (Ref<T> | undefined)[]): RefCallback<T> {
  return (node) => {
    for (const ref of refs) {
      if (typeof ref === 'function') ref(node);
      else if (ref) ref.current = node;
    }
  };
}

/**
 * Opens the AI disclosure again ("About this AI"). Works anywhere inside
 * `YouthSafetyProvider`, with or without `AIDisclosure` next to it; focus
 * comes back here when the disclosure closes.
 *
 * @example
 * <AIDisclosure.Trigger />
 * <AIDisclosure.Trigger asChild><a href="#about">What is this?</a></AIDisclosure.Trigger>
 */
export function AIDisclosureTrigger(props: AIDisclosureTriggerProps) {
  const { asChild = false, children, className, onClick, ref, ...rest } = props;
  const { band, locale } = useYouthSafety('AIDisclosure.Trigger');
  const store = useDisclosureStore('AIDisclosure.Trigger');
  useDisclosureLocale(locale);
  const label = pickMessages(loadedDisclosureUiMessages, locale, band).trigger;

  const open = (event: MouseEvent<HTMLElement>) => {
    if (event.defaultPrevented) return;
    returnFocusTo.set(store, event.currentTarget);
    store.open();
  };

  const shared = { 'aria-haspopup': 'dialog' as const, 'data-slot': 'disclosure-trigger' };

  if (asChild && isValidElement(children)) {
    const child = children as ReactElement<ChildProps>;
    return cloneElement(child, {
      ...rest,
      ...shared,
      className: clsx(className, child.props.className),
      ref: mergeRefs(ref as Ref<HTMLElement> | undefined, child.props.ref),
      onClick: (event: MouseEvent<HTMLElement>) => {
        child.props.onClick?.(event);
        onClick?.(event as MouseEvent<HTMLButtonElement>);
        open(event);
      },
    } as ChildProps);
  }

  return (
    <button
      type="button"
      data-variant="secondary"
      {...rest}
      {...shared}
      ref={ref}
      className={clsx('yc-button', className)}
      onClick={(event) => {
        onClick?.(event);
        open(event);
      }}
    >
      {children ?? label}
    </button>
  );
}
