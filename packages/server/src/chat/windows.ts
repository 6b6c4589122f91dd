/** How the streamed reply is cut for moderation. */
export interface WindowOptions {
  /**
   * Shortest window, in characters, unless the reply ends first: very short
   * sentences are judged together with the next ones. @default 24
   */
  minChars: number;
  /** Longest window; a run-on passage is cut at a space before this. @default 400 */
  maxChars: number;
  /**
   * How much of the reply's text before a window it is judged with, so that a
   * phrase split across two windows is judged whole. @default 300
   */
  contextChars: number;
  /**
   * The first window is a short first clause, so the child sees the reply
   * begin as soon as it passes: it ends at the first clause or sentence
   * boundary (`,` `;` `:` `—` `–` or a sentence end, followed by white
   * space; or a line break), or, when none comes within this many
   * characters, at the last space before them. `minChars` does not apply to
   * it; `maxChars` still does. 0 cuts the first window like the others. @default 48
   */
  firstChars: number;
  /**
   * Most windows being judged at once. While they are judged the model keeps
   * streaming and the next windows are cut and judged too; windows are always
   * released in order, each only once it and every window before it passed.
   * When all are busy, the sentences that arrive meanwhile wait and go out
   * together as one window. @default 4
   */
  maxInFlight: number;
}

export const DEFAULT_WINDOW_OPTIONS: WindowOptions = {
  minChars: 24,
  maxChars: 400,
  contextChars: 300,
  firstChars: 48,
  maxInFlight: 4,
};

/** A window ready to judge: `text` is new, `context` is the reply's text just before it. */
export interface OutputWindow {
  text: string;
  context: string;
}

// A sentence ends at . ! ? … (and their CJK forms), closing quotes or brackets,
// then white space; or at a line break. Punctuation at the very end of the
// buffer does not count yet: "3." may be "3.14".
const SENTENCE_END = /[.!?…。！？]+["'”’)\]]*\s+|\n+/g;
// The first clause also ends at a comma, semicolon, colon or dash (and their CJK forms) before white space.
const CLAUSE_END = /(?:[.!?…。！？]+["'”’)\]]*|[,;:—–，；：、])\s+|\n+/;

/**
 * Cuts streamed text into windows: a short first clause, then sentences.
 * Each window carries the text just before it as context, whether or not
 * that text has been judged yet, so windows can be judged while earlier ones
 * still are (a window is only released after every window before it passed,
 * so the context it was judged with is always text the child sees first).
 * When judging is slower than the model, several finished sentences wait and
 * go out as one window, so a slow moderation call costs one wait, not one per
 * sentence.
 */
export class OutputWindower {
  private pending = '';
  private taken = '';
  private first = true;
  private readonly options: WindowOptions;

  constructor(options: Partial<WindowOptions> = {}) {
    this.options = { ...DEFAULT_WINDOW_OPTIONS, ...options };
    if (this.options.minChars > this.options.maxChars) this.options.minChars = this.options.maxChars;
    this.options.maxInFlight = Math.max(1, Math.floor(this.options.maxInFlight));
  }

  /** The options in force, defaults filled in. */
  get settings(): Readonly<WindowOptions> {
    return this.options;
  }

  /** Adds streamed text. */
  push(text: string): void {
    this.pending += text;
  }

  /** Characters streamed but not yet cut into a window. */
  get pendingLength(): number {
    return this.pending.length;
  }

  /**
   * The next window, or null when more text is needed. `final`: the reply has
   * ended, so whatever is left is taken.
   */
  take(final: boolean): OutputWindow | null {
    if (this.pending.length === 0) return null;
    const end = this.first && this.options.firstChars > 0 ? this.firstCutAt(final) : this.cutAt(final);
    if (end === null) return null;
    const text = this.pending.slice(0, end);
    this.pending = this.pending.slice(end);
    // White space alone is no clause: the first clause is still to come.
    if (text.trim() !== '') this.first = false;
    const context = this.context();
    this.taken = (this.taken + text).slice(-(this.options.contextChars * 2 + 1));
    return { text, context };
  }

  /**
   * Marks a window as passed. Windows already carry the text taken before
   * them as context, so this changes nothing; kept so that callers written
   * for judging one window at a time still work.
   */
  release(_text: string): void {}

  /** The first clause: up to its boundary, or the last space before `firstChars`. */
  private firstCutAt(final: boolean): number | null {
    const limit = Math.min(this.options.firstChars, this.options.maxChars);
    const lead = this.pending.length - this.pending.trimStart().length;
    const match = CLAUSE_END.exec(this.pending.slice(lead));
    if (match && match.index > 0) {
      const end = lead + match.index + match[0].length;
      if (end <= limit) return end;
    }
    if (this.pending.length >= limit) return this.forcedCut(limit, 1);
    return final ? this.pending.length : null;
  }

  private cutAt(final: boolean): number | null {
    const { minChars, maxChars } = this.options;
    let best = -1;
    SENTENCE_END.lastIndex = 0;
    for (let match = SENTENCE_END.exec(this.pending); match; match = SENTENCE_END.exec(this.pending)) {
      const end = match.index + match[0].length;
      if (end > maxChars) break;
      if (end >= minChars) best = end;
    }
    if (best > 0) return best;
    if (this.pending.length >= maxChars) return this.forcedCut(maxChars, this.options.minChars);
    return final ? this.pending.length : null;
  }

  /** No boundary in reach: cut at the last space before `limit` (and at or after `floor`), or at `limit`. */
  private forcedCut(limit: number, floor: number): number {
    const head = this.pending.slice(0, limit);
    const space = Math.max(head.lastIndexOf(' '), head.lastIndexOf('\t'));
    let end = space >= floor ? space + 1 : limit;
    // Never split a surrogate pair.
    const code = this.pending.charCodeAt(end - 1);
    if (code >= 0xd800 && code <= 0xdbff) end -= 1;
    return Math.max(end, 1);
  }

  /** The last `contextChars` of the text taken before, starting at a word. */
  private context(): string {
    const { contextChars } = this.options;
    if (contextChars <= 0) return '';
    if (this.taken.length <= contextChars) return this.taken;
    const tail = this.taken.slice(-contextChars);
    const space = tail.search(/\s/);
    return space >= 0 && space < contextChars / 2 ? tail.slice(space + 1) : tail;
  }
}
