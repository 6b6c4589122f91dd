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
   * How much already-checked text each window is judged with, so that a
   * phrase split across two windows is judged whole. @default 300
   */
  contextChars: number;
}

export const DEFAULT_WINDOW_OPTIONS: WindowOptions = { minChars: 24, maxChars: 400, contextChars: 300 };

/** A window ready to judge: `text` is new, `context` is the checked text just before it. */
export interface OutputWindow {
  text: string;
  context: string;
}

// A sentence ends at . ! ? … (and their CJK forms), closing quotes or brackets,
// then white space; or at a line break. Punctuation at the very end of the
// buffer does not count yet: "3." may be "3.14".
const SENTENCE_END = /[.!?…。！？]+["'”’)\]]*\s+|\n+/g;

/**
 * Cuts streamed text into sentence-sized windows. When judging is slower than
 * the model, several finished sentences wait and go out as one window, so a
 * slow moderation call costs one wait, not one per sentence.
 */
export class OutputWindower {
  private pending = '';
  private checked = '';
  private readonly options: WindowOptions;

  constructor(options: Partial<WindowOptions> = {}) {
    this.options = { ...DEFAULT_WINDOW_OPTIONS, ...options };
    if (this.options.minChars > this.options.maxChars) this.options.minChars = this.options.maxChars;
  }

  /** Adds streamed text. */
  push(text: string): void {
    this.pending += text;
  }

  /** Characters waiting to be judged. */
  get pendingLength(): number {
    return this.pending.length;
  }

  /**
   * The next window, or null when more text is needed. `final`: the reply has
   * ended, so whatever is left is taken.
   */
  take(final: boolean): OutputWindow | null {
    if (this.pending.length === 0) return null;
    const end = this.cutAt(final);
    if (end === null) return null;
    const text = this.pending.slice(0, end);
    this.pending = this.pending.slice(end);
    return { text, context: this.context() };
  }

  /** Marks a window as passed: it becomes context for the next. */
  release(text: string): void {
    this.checked = (this.checked + text).slice(-(this.options.contextChars * 2 + 1));
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
    if (this.pending.length >= maxChars) return this.forcedCut();
    return final ? this.pending.length : null;
  }

  /** No sentence end in reach: cut at the last space before maxChars, or at maxChars. */
  private forcedCut(): number {
    const { minChars, maxChars } = this.options;
    const head = this.pending.slice(0, maxChars);
    const space = Math.max(head.lastIndexOf(' '), head.lastIndexOf('\t'));
    let end = space >= minChars ? space + 1 : maxChars;
    // Never split a surrogate pair.
    const code = this.pending.charCodeAt(end - 1);
    if (code >= 0xd800 && code <= 0xdbff) end -= 1;
    return Math.max(end, 1);
  }

  /** The last `contextChars` of checked text, starting at a word. */
  private context(): string {
    const { contextChars } = this.options;
    if (contextChars <= 0) return '';
    if (this.checked.length <= contextChars) return this.checked;
    const tail = this.checked.slice(-contextChars);
    const space = tail.search(/\s/);
    return space >= 0 && space < contextChars / 2 ? tail.slice(space + 1) : tail;
  }
}
