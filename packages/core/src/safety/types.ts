import type { AgeBand } from '../age/band.js';
import type { Policy, ScreenAction, ScreenCategory } from '../policy/types.js';

/** Kinds of personal information the scrubber finds; each is replaced by `[type]`. */
export type PIIType =
  | 'name'
  | 'email'
  | 'phone'
  | 'address'
  | 'school'
  | 'handle'
  | 'url'
  | 'birthdate'
  | 'id_number'
  | 'card'
  | 'ip'
  | 'geo';

/** One piece of personal information: its kind and where it is in the input (`end` exclusive). */
export interface PIIFinding {
  type: PIIType;
  start: number;
  end: number;
}

export interface ScrubOptions {
  /**
   * BCP 47 tag of the writer's language. English cues are always looked for,
   * and the cues of every pack loaded with `loadLanguages`, whatever the
   * locale (children mix languages). @default 'en'
   */
  locale?: string;
}

export interface ScrubResult {
  /** The input with every finding replaced by a placeholder such as `[phone]`. */
  text: string;
  /** What was found, in order, never overlapping; offsets index the input. */
  findings: PIIFinding[];
}

export interface ScreenContext {
  band: AgeBand;
  /**
   * BCP 47 tag of the writer's language. Its pack always reads the message,
   * with the packs of any other language found in it. @default 'en'
   */
  locale?: string;
  /** Where per-band actions come from. @default DEFAULT_POLICY */
  policy?: Policy;
  /**
   * The child's earlier messages in this conversation, oldest first. Read for
   * signals that add up across turns (an older online "friend" earlier,
   * secrecy now); never stored. The last 10 are read, each up to 2,000 characters.
   */
  history?: readonly string[];
  /**
   * Also read the message with each language's learned model (see
   * docs/language-packs.md). The server turns it off for the model's own
   * replies, which are not what it learned from. @default true
   */
  learned?: boolean;
}

export interface ScreenResult {
  /** The strongest action any found category asks for in this band: escalate > block > allow. */
  action: ScreenAction;
  /** Every category found, in a stable order, including ones the band allows. */
  categories: ScreenCategory[];
  /**
   * Whether the loaded language packs could read the message: `none` for a
   * language without a loaded pack, `partial` when part of it is in one. A
   * minor's message read less than fully must pass the server's checks
   * before it reaches a model.
   */
  coverage?: 'full' | 'partial' | 'none';
  /** Ids of the language-pack rules that matched (`<locale>.<rule id>`), for moderators and tests. */
  signals?: string[];
}
