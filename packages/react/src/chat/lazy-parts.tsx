import { type ComponentProps, useSyncExternalStore } from 'react';

type Parts = typeof import('./parts.js');

let parts: Parts | null = null;
let pending: Promise<Parts> | null = null;
const listeners = new Set<() => void>();

/** Loads the chat's on-demand parts once; a failed load is tried again on the next call. */
export function loadChatParts(): Promise<Parts> {
  if (!pending) {
    pending = import('./parts.js').then(
      (loaded) => {
        parts = loaded;
        for (const listener of listeners) listener();
        return loaded;
      },
      (error: unknown) => {
        pending = null;
        throw error;
      },
    );
  }
  return pending;
}

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};
const getParts = () => parts;

/** The on-demand parts once loaded, else null (re-renders when they arrive). */
export function useChatParts(): Parts | null {
  return useSyncExternalStore(subscribe, getParts, getParts);
}

/** Markdown once its renderer has loaded; until then the text as it is, lines kept. */
export function LazyMarkdown(props: ComponentProps<Parts['Markdown']>) {
  const loaded = useChatParts();
  if (loaded) return <loaded.Markdown {...props} />;
  return <p className="yc-message__text">{props.text}</p>;
}

/** Help lines once loaded; until then an empty, busy region in their place. */
export function LazyCrisisResources(props: ComponentProps<Parts['CrisisResources']>) {
  const loaded = useChatParts();
  if (loaded) return <loaded.CrisisResources {...props} />;
  return <div className="yc-crisis" data-slot="crisis" aria-busy="true" />;
}

/** A report button once loaded; until then nothing (no message can be sent before it loads). */
export function LazyReportButton(props: ComponentProps<Parts['ReportButton']>) {
  const loaded = useChatParts();
  return loaded ? <loaded.ReportButton {...props} /> : null;
}

/** Markdown as plain text for announcements; the text as it is until the parser has loaded. */
export function plainText(markdown: string): string {
  return parts ? parts.markdownToText(markdown) : markdown;
}
