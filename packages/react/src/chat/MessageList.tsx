import { useVirtualizer } from '@tanstack/react-virtual';
import type { ChatMessage } from '@youthchat/core';
import { memo, type ReactNode, type RefObject } from 'react';

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

/**
 * The settled messages. A long conversation is virtualised: only messages near
 * the visible part of the log are in the page, so it costs no more to show, or
 * to stream into, than a short one. Streaming never re-renders this list: the
 * reply in progress is drawn after it.
 */
export const MessageList = memo(function MessageList({
  messages,
  scrollRef,
  renderMessage,
  virtualizeFrom,
  estimateSize = 96,
}: MessageListProps) {
  const enabled = messages.length >= virtualizeFrom;
  const virtualizer = useVirtualizer({
    enabled,
    count: messages.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => estimateSize,
    getItemKey: (index) => messages[index]?.id ?? index,
    overscan: 6,
  });
  if (!enabled) {
    return (
      <div className="yc-chat__rows" data-slot="chat-rows">
        {messages.map((message) => (
          <div key={message.id} className="yc-chat__row">
            {renderMessage(message)}
          </div>
        ))}
      </div>
    );
  }
  const items = virtualizer.getVirtualItems();
  return (
    <div className="yc-chat__rows" data-slot="chat-rows" data-virtual="" style={{ height: virtualizer.getTotalSize() }}>
      {items.map((item) => {
        const message = messages[item.index];
        if (!message) return null;
        return (
          <div
            key={item.key}
            ref={virtualizer.measureElement}
            data-index={item.index}
            className="yc-chat__row"
            style={{ transform: `translateY(${item.start}px)` }}
          >
            {renderMessage(message)}
          </div>
        );
      })}
    </div>
  );
});
