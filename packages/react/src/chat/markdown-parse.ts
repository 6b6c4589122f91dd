/**
 * A small markdown reader for assistant replies. It produces a tree of plain
 * data that `Markdown` turns into React elements, so no HTML string is ever
 * built: raw HTML in a reply stays visible text, and links keep only
 * `http:`, `https:` and `mailto:` targets.
 *
 * Supported: paragraphs, line breaks, headings, bullet and numbered lists,
 * block quotes, fenced code, rules, `code`, **strong**, *emphasis*,
 * ~~strike~~, [links](https://…), <https://…> and bare https:// links.
 * Images show their description only (no image is fetched).
 */

export type Inline =
  | { type: 'text'; text: string }
  | { type: 'break' }
  | { type: 'code'; text: string }
  | { type: 'strong' | 'em' | 'del'; children: Inline[] }
  | { type: 'link'; href: string; children: Inline[] };

export type Block =
  | { type: 'paragraph'; children: Inline[] }
  | { type: 'heading'; level: number; children: Inline[] }
  | { type: 'code'; text: string; lang: string }
  | { type: 'quote'; children: Block[] }
  | { type: 'list'; ordered: boolean; start: number; items: Block[][] }
  | { type: 'rule' };

/** Deeper nesting than this is shown as text: a reply cannot make the reader recurse without end. */
const MAX_BLOCK_DEPTH = 4;
const MAX_INLINE_DEPTH = 6;

const SAFE_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);

/** The URL to link to, or null when it is not an absolute `http:`, `https:` or `mailto:` URL. */
export function safeHref(raw: string): string | null {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    return null;
  }
  return SAFE_PROTOCOLS.has(url.protocol) ? url.href : null;
}

const FENCE = /^ {0,3}(`{3,}|~{3,})\s*([\w+-]*)/;
const HEADING = /^ {0,3}(#{1,6})(?:\s+(.*?))?\s*#*\s*$/;
const RULE = /^ {0,3}([-*_])(?:\s*\1){2,}\s*$/;
const QUOTE = /^ {0,3}>\s?(.*)$/;
const ITEM = /^(\s*)([-*+]|\d{1,9}[.)])\s+(.*)$/;

function isBlockStart(line: string): boolean {
  return FENCE.test(line) || HEADING.test(line) || RULE.test(line) || QUOTE.test(line) || ITEM.test(line);
}

/** Reads markdown into blocks. */
export function parseMarkdown(source: string, depth = 0): Block[] {
  const lines = source.replace(/\r\n?/g, '\n').split('\n');
  const blocks: Block[] = [];
  let i = 0;
  while (i < lines.length) {
    const line = lines[i] ?? '';
    if (line.trim() === '') {
      i += 1;
      continue;
    }
    const fence = FENCE.exec(line);
    if (fence) {
      const marker = fence[1] ?? '```';
      const body: string[] = [];
      i += 1;
      while (i < lines.length && !(lines[i] ?? '').trimStart().startsWith(marker)) body.push(lines[i++] ?? '');
      i += 1; // the closing fence (or past the end while a reply is still streaming)
      blocks.push({ type: 'code', text: body.join('\n'), lang: fence[2] ?? '' });
      continue;
    }
    const heading = HEADING.exec(line);
    if (heading) {
      blocks.push({ type: 'heading', level: heading[1]?.length ?? 1, children: parseInline(heading[2] ?? '') });
      i += 1;
      continue;
    }
    if (RULE.test(line)) {
      blocks.push({ type: 'rule' });
      i += 1;
      continue;
    }
    if (depth < MAX_BLOCK_DEPTH && QUOTE.test(line)) {
      const body: string[] = [];
      while (i < lines.length && QUOTE.test(lines[i] ?? '')) body.push(QUOTE.exec(lines[i++] ?? '')?.[1] ?? '');
      blocks.push({ type: 'quote', children: parseMarkdown(body.join('\n'), depth + 1) });
      continue;
    }
    const item = ITEM.exec(line);
    if (depth < MAX_BLOCK_DEPTH && item) {
      i = readList(lines, i, depth, blocks);
      continue;
    }
    const text: string[] = [];
    while (i < lines.length && (lines[i] ?? '').trim() !== '' && (text.length === 0 || !isBlockStart(lines[i] ?? ''))) {
      text.push((lines[i++] ?? '').trim());
    }
    blocks.push({ type: 'paragraph', children: parseInline(text.join('\n')) });
  }
  return blocks;
}

function readList(lines: string[], from: number, depth: number, blocks: Block[]): number {
  const first = ITEM.exec(lines[from] ?? '');
  const indent = first?.[1]?.length ?? 0;
  const ordered = /\d/.test(first?.[2] ?? '');
  const items: string[][] = [];
  let i = from;
  while (i < lines.length) {
    const line = lines[i] ?? '';
    const match = ITEM.exec(line);
    if (match && (match[1]?.length ?? 0) <= indent) {
      if (/\d/.test(match[2] ?? '') !== ordered) break;
      items.push([match[3] ?? '']);
      i += 1;
      continue;
    }
    const current = items[items.length - 1];
    if (!current) break;
    // A blank line followed by an indented line continues the item; otherwise the list ends.
    if (line.trim() === '') {
      const next = lines[i + 1] ?? '';
      if (next.trim() !== '' && next.length - next.trimStart().length > indent) {
        current.push('');
        i += 1;
        continue;
      }
      break;
    }
    if (line.length - line.trimStart().length > indent || !isBlockStart(line)) {
      current.push(line.slice(Math.min(indent + 2, line.length - line.trimStart().length)));
      i += 1;
      continue;
    }
    break;
  }
  blocks.push({
    type: 'list',
    ordered,
    start: ordered ? Number.parseInt(first?.[2] ?? '1', 10) || 1 : 1,
    items: items.map((item) => parseMarkdown(item.join('\n'), depth + 1)),
  });
  return i;
}

const DELIMITERS = [
  { marker: '**', type: 'strong' },
  { marker: '__', type: 'strong' },
  { marker: '~~', type: 'del' },
  { marker: '*', type: 'em' },
  { marker: '_', type: 'em' },
] as const;

// Sticky (`y`) patterns match at `lastIndex` without copying the rest of the text.
const BARE_URL = /(?:https?:\/\/|mailto:)[^\s<>"]{1,2048}/iy;
const AUTOLINK = /<((?:https?:\/\/|mailto:)[^\s<>]{1,2048})>/iy;
const BACKTICKS = /`+/y;
/** `(url)` or `(url "title")` after a link's text; one level of parentheses allowed in the URL. */
const LINK_TARGET = /\(\s*<?([^\s()<>]{0,2048}(?:\([^\s()<>]*\)[^\s()<>]*)?)>?(?:\s+"[^"\n]{0,500}")?\s*\)/y;
/** Longest link text looked at, so a reply full of `[` stays cheap to read. */
const MAX_LABEL = 500;

function matchAt(pattern: RegExp, source: string, index: number): RegExpExecArray | null {
  pattern.lastIndex = index;
  return pattern.exec(source);
}
const TRAILING_PUNCTUATION = /[.,:;!?'")\]]+$/;

/** Reads inline markdown. Unmatched markers stay as text. */
export function parseInline(source: string, depth = 0): Inline[] {
  const out: Inline[] = [];
  let text = '';
  // Markers with no closer later in this text: searching again would make the reader quadratic.
  const noCloser = new Set<string>();
  const flush = () => {
    if (text) out.push({ type: 'text', text });
    text = '';
  };
  let i = 0;
  while (i < source.length) {
    const ch = source[i] ?? '';
    if (ch === '\\' && i + 1 < source.length && /[\\`*_{}[\]()#+\-.!~<>|]/.test(source[i + 1] ?? '')) {
      text += source[i + 1];
      i += 2;
      continue;
    }
    if (ch === '\n') {
      flush();
      out.push({ type: 'break' });
      i += 1;
      continue;
    }
    if (ch === '`') {
      const run = matchAt(BACKTICKS, source, i)?.[0] ?? '`';
      const close = noCloser.has(run) ? -1 : source.indexOf(run, i + run.length);
      if (close !== -1) {
        flush();
        out.push({ type: 'code', text: source.slice(i + run.length, close).replace(/\n/g, ' ') });
        i = close + run.length;
        continue;
      }
      noCloser.add(run);
      text += run;
      i += run.length;
      continue;
    }
    if (depth < MAX_INLINE_DEPTH && (ch === '[' || source.startsWith('![', i))) {
      const image = ch === '!';
      const link = readLink(source, image ? i + 1 : i, noCloser);
      if (link) {
        flush();
        const label = parseInline(link.label, depth + 1);
        const href = image ? null : safeHref(link.url);
        // An image shows its description; a link with an unsafe target shows its text only.
        if (href) out.push({ type: 'link', href, children: label });
        else out.push(...label);
        i = link.end;
        continue;
      }
    }
    if (ch === '<') {
      const auto = matchAt(AUTOLINK, source, i);
      const href = auto ? safeHref(auto[1] ?? '') : null;
      if (auto && href) {
        flush();
        out.push({ type: 'link', href, children: [{ type: 'text', text: auto[1] ?? '' }] });
        i += auto[0].length;
        continue;
      }
    }
    if ((ch === 'h' || ch === 'H' || ch === 'm' || ch === 'M') && !/\w/.test(source[i - 1] ?? '')) {
      const bare = matchAt(BARE_URL, source, i);
      if (bare) {
        const url = bare[0].replace(TRAILING_PUNCTUATION, '');
        const href = safeHref(url);
        if (href) {
          flush();
          out.push({ type: 'link', href, children: [{ type: 'text', text: url }] });
          i += url.length;
          continue;
        }
      }
    }
    const delimiter = depth < MAX_INLINE_DEPTH ? DELIMITERS.find((d) => source.startsWith(d.marker, i)) : undefined;
    if (delimiter && !noCloser.has(delimiter.marker)) {
      const close = findCloser(source, i + delimiter.marker.length, delimiter.marker);
      if (close > i + delimiter.marker.length) {
        flush();
        const inner = source.slice(i + delimiter.marker.length, close);
        out.push({ type: delimiter.type, children: parseInline(inner, depth + 1) });
        i = close + delimiter.marker.length;
        continue;
      }
      if (close === -1) noCloser.add(delimiter.marker);
    }
    text += delimiter ? delimiter.marker : ch;
    i += delimiter ? delimiter.marker.length : 1;
  }
  flush();
  return out;
}

/** The index of the closing marker, or -1. Emphasis must hug its text: `* not this *`. */
function findCloser(source: string, from: number, marker: string): number {
  if (/\s/.test(source[from] ?? ' ')) return -2;
  // Underscores inside words (snake_case) are not emphasis.
  if (marker[0] === '_' && /\w/.test(source[from - marker.length - 1] ?? '')) return -2;
  let at = source.indexOf(marker, from);
  while (at !== -1) {
    const single = marker.length === 1;
    const doubled = single && (source[at + 1] === marker || source[at - 1] === marker);
    const hugs = !/\s/.test(source[at - 1] ?? ' ');
    const wordAfter = marker[0] === '_' && /\w/.test(source[at + marker.length] ?? '');
    if (!doubled && hugs && !wordAfter) return at;
    at = source.indexOf(marker, at + 1);
  }
  return -1;
}

function readLink(
  source: string,
  open: number,
  noCloser: Set<string>,
): { label: string; url: string; end: number } | null {
  if (noCloser.has('](')) return null;
  // Find the matching `]`, allowing one level of brackets inside the label.
  let depth = 0;
  let close = -1;
  const limit = Math.min(source.length, open + MAX_LABEL);
  for (let j = open; j < limit; j++) {
    const c = source[j];
    if (c === '\\') j += 1;
    else if (c === '[') depth += 1;
    else if (c === ']') {
      depth -= 1;
      if (depth === 0) {
        close = j;
        break;
      }
    } else if (c === '\n' && source[j + 1] === '\n') break;
  }
  if (close === -1) {
    if (source.indexOf('](', open) === -1) noCloser.add('](');
    return null;
  }
  if (source[close + 1] !== '(') return null;
  const target = matchAt(LINK_TARGET, source, close + 1);
  if (!target) return null;
  return { label: source.slice(open + 1, close), url: target[1] ?? '', end: close + 1 + target[0].length };
}

function inlineText(nodes: Inline[]): string {
  return nodes.map((n) => (n.type === 'break' ? ' ' : 'text' in n ? n.text : inlineText(n.children))).join('');
}

function blocksText(blocks: Block[]): string[] {
  return blocks.flatMap((b) => {
    switch (b.type) {
      case 'paragraph':
      case 'heading':
        return [inlineText(b.children)];
      case 'code':
        return [b.text];
      case 'quote':
        return blocksText(b.children);
      case 'list':
        return b.items.flatMap(blocksText);
      default:
        return [];
    }
  });
}

/** The words of a markdown text without its markup, for screen-reader announcements. */
export function markdownToText(source: string): string {
  return blocksText(parseMarkdown(source)).join(' ').replace(/\s+/g, ' ').trim();
}
