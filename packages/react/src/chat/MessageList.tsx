import type { ChatMessage } from '@youthchat/core';
import { memo, type ReactNode, type RefObject, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';

export interface MessageListProps {
  messages: readonly ChatMessage[];
  /** The scrolling element (the log). */
  scrollRef: RefObject<HTMLElement | null>;
  renderMessage: (message: ChatMessage) => ReactNode;
  /**
   * From this many messages on, only those near the visible part are kept in
   * the page. Below it every message stays, so screen-reader users can browse
   * the whole conversation.
   */
  virtualizeFrom: number;
  /** Estimated height of a message before it is measured, in pixels. */
  estimateSize?: number;
}

/** Extra height drawn above and below the visible part, in viewport heights, so fast scrolling shows no gaps. */
const OVERSCAN = 1;

const useIsomorphicLayoutEffect = typeof document === 'undefined' ? useEffect : useLayoutEffect;

/** The first index whose row ends after `offset` (rows are sorted by start). */
function rowAt(starts: Float64Array, count: number, offset: number): number {
  let low = 0;
  let high = count - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if ((starts[mid] ?? 0) <= offset) low = mid;
    else high = mid - 1;
  }
  return low;
}

/**
 * The settled messages. A long conversation is virtualised: only messages near
 * the visible part of the log are in the page, so it costs no more to show, or
 * to stream into, than a short one. Streaming never re-renders this list: the
 * reply in progress is drawn after it.
 */
export const MessageList = memo(function MessageList(props: MessageListProps) {
  if (props.messages.length < props.virtualizeFrom) {
    return (
      <div className="yc-chat__rows" data-slot="chat-rows">
        {props.messages.map((message) => (
          <div key={message.id} className="yc-chat__row">
            {props.renderMessage(message)}
          </div>
        ))}
      </div>
    );
  }
  return <VirtualRows {...props} />;
});

function VirtualRows({ messages, scrollRef, renderMessage, estimateSize = 96 }: MessageListProps) {
  // Measured heights by message id; survive re-renders, and new messages start at the estimate.
  const sizes = useRef(new Map<string, number>());
  const [version, setVersion] = useState(0);
  const [view, setView] = useState({ top: 0, height: 0 });
  const rows = useRef(new Map<string, HTMLElement>());

  // Row starts, recomputed when the history or a measurement changes: never per token.
  // biome-ignore lint/correctness/useExhaustiveDependencies: `version` marks a change inside the `sizes` map
  const layout = useMemo(() => {
    const starts = new Float64Array(messages.length + 1);
    let y = 0;
    messages.forEach((message, i) => {
      starts[i] = y;
      y += sizes.current.get(message.id) ?? estimateSize;
    });
    starts[messages.length] = y;
    return { starts, total: y };
  }, [messages, version, estimateSize]);

  // Follow the scroll position and the log's height. A passive effect: the log's ref (a parent's) is only
  // attached after this component's layout effects have run.
  useEffect(() => {
    const log = scrollRef.current;
    if (!log) return;
    let frame = 0;
    const read = () => {
      frame = 0;
      setView((prev) =>
        prev.top === log.scrollTop && prev.height === log.clientHeight
          ? prev
          : { top: log.scrollTop, height: log.clientHeight },
      );
    };
    const onScroll = () => {
      if (!frame) frame = requestAnimationFrame(read);
    };
    read();
    log.addEventListener('scroll', onScroll, { passive: true });
    const observer = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(onScroll);
    observer?.observe(log);
    return () => {
      log.removeEventListener('scroll', onScroll);
      observer?.disconnect();
      if (frame) cancelAnimationFrame(frame);
    };
  }, [scrollRef]);

  const count = messages.length;
  // Before the log has a height (not laid out yet), draw the newest screenful by the estimate.
  const height = view.height || estimateSize * 8;
  const top = view.height ? view.top : Math.max(0, layout.total - height);
  const first = rowAt(layout.starts, count, Math.max(0, top - height * OVERSCAN));
  const last = rowAt(layout.starts, count, top + height * (1 + OVERSCAN));

  // Measure what was drawn before the browser paints it; rows above the view keep it steady when they change.
  const measure = () => {
    const log = scrollRef.current;
    let shift = 0;
    let changed = false;
    for (let i = first; i <= last; i++) {
      const message = messages[i];
      const element = message && rows.current.get(message.id);
      if (!message || !element) continue;
      const size = element.offsetHeight;
      const before = sizes.current.get(message.id) ?? estimateSize;
      if (size === 0 || size === before) continue;
      sizes.current.set(message.id, size);
      changed = true;
      if ((layout.starts[i] ?? 0) < top) shift += size - before;
    }
    if (!changed) return;
    if (log && shift) log.scrollTop += shift;
    setVersion((v) => v + 1);
  };
  useIsomorphicLayoutEffect(measure);

  // Rows change height later too (help lines opening, fonts, a narrower window).
  const measureLater = useRef(measure);
  measureLater.current = measure;
  const [resizeObserver] = useState(() =>
    typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(() => measureLater.current()),
  );
  useEffect(() => () => resizeObserver?.disconnect(), [resizeObserver]);

  // One stable ref callback per message, so rows are not re-observed on every render.
  const refs = useRef(new Map<string, (element: HTMLElement | null) => void>());
  const refFor = (id: string) => {
    let ref = refs.current.get(id);
    if (!ref) {
      ref = (element) => {
        const old = rows.current.get(id);
        if (old && old !== element) resizeObserver?.unobserve(old);
        if (element) {
          rows.current.set(id, element);
          resizeObserver?.observe(element);
        } else {
          rows.current.delete(id);
        }
      };
      refs.current.set(id, ref);
    }
    return ref;
  };

  const drawn: ReactNode[] = [];
  for (let i = first; i <= last && i < count; i++) {
    const message = messages[i];
    if (!message) continue;
    drawn.push(
      <div
        key={message.id}
        ref={refFor(message.id)}
        data-index={i}
        className="yc-chat__row"
        style={{ transform: `translateY(${layout.starts[i] ?? 0}px)` }}
      >
        {renderMessage(message)}
      </div>,
    );
  }
  return (
    <div className="yc-chat__rows" data-slot="chat-rows" data-virtual="" style={{ height: layout.total }}>
      {drawn}
    </div>
  );
}
