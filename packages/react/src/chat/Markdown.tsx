// biome-ignore-all lint/suspicious/noArrayIndexKey: a parsed text has no ids; position is its identity, and a streaming reply only grows at the end
import { type ReactNode, useMemo } from 'react';
import { type Block, type Inline, parseMarkdown } from './markdown-parse.js';

interface RenderOptions {
  /** Read after each link's text by screen readers. */
  newTabLabel: string;
}

function renderInline(nodes: Inline[], options: RenderOptions): ReactNode[] {
  return nodes.map((node, i) => {
    switch (node.type) {
      case 'text':
        return node.text;
      case 'break':
        return <br key={i} />;
      case 'code':
        return <code key={i}>{node.text}</code>;
      case 'strong':
        return <strong key={i}>{renderInline(node.children, options)}</strong>;
      case 'em':
        return <em key={i}>{renderInline(node.children, options)}</em>;
      case 'del':
        return <del key={i}>{renderInline(node.children, options)}</del>;
      case 'link':
        return (
          <a key={i} href={node.href} target="_blank" rel="noopener noreferrer nofollow">
            {renderInline(node.children, options)}
            <span className="yc-visually-hidden"> {options.newTabLabel}</span>
          </a>
        );
      default:
        return null;
    }
  });
}

function renderBlocks(blocks: Block[], options: RenderOptions): ReactNode[] {
  return blocks.map((block, i) => {
    switch (block.type) {
      case 'paragraph':
        return <p key={i}>{renderInline(block.children, options)}</p>;
      case 'heading':
        // Shown as emphasised text: a reply must not add headings to the page's outline.
        return (
          <p key={i} className="yc-md-heading" data-level={block.level}>
            <strong>{renderInline(block.children, options)}</strong>
          </p>
        );
      case 'code':
        return (
          <pre key={i} className="yc-md-code" data-lang={block.lang || undefined}>
            <code>{block.text}</code>
          </pre>
        );
      case 'quote':
        return <blockquote key={i}>{renderBlocks(block.children, options)}</blockquote>;
      case 'list': {
        const items = block.items.map((item, j) => <li key={j}>{renderBlocks(item, options)}</li>);
        return block.ordered ? (
          <ol key={i} start={block.start === 1 ? undefined : block.start}>
            {items}
          </ol>
        ) : (
          <ul key={i}>{items}</ul>
        );
      }
      case 'rule':
        return <hr key={i} />;
      default:
        return null;
    }
  });
}

export interface MarkdownProps {
  /** Markdown text; any HTML in it is shown as text. */
  text: string;
  /** Screen-reader note after each link: links open in a new tab. */
  newTabLabel: string;
}

/**
 * Markdown rendered as React elements, never as an HTML string. Links go only
 * to `http:`, `https:` and `mailto:` targets, in a new tab with
 * `rel="noopener noreferrer nofollow"`.
 *
 * @example
 * <Markdown text={'**Volcanoes** are openings in the crust. See https://example.org'} newTabLabel="(opens in a new tab)" />
 */
export function Markdown({ text, newTabLabel }: MarkdownProps) {
  const content = useMemo(() => renderBlocks(parseMarkdown(text), { newTabLabel }), [text, newTabLabel]);
  return <div className="yc-markdown">{content}</div>;
}
