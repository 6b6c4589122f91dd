import type { AgeBand } from '../age/band.js';
import type { Policy } from '../policy/types.js';
import type { PIIFinding, PIIType, ScreenResult } from '../safety/types.js';

/** What one hook decides about an outgoing message. */
export type HookDecision =
  | { action: 'allow' }
  | { action: 'block'; reason: string }
  | { action: 'escalate'; category: string }
  | { action: 'transform'; text: string; removed?: PIIFinding[] };

export interface ModerationContext {
  band: AgeBand;
  /** BCP 47 tag for the child's language; picks the catalogue. @default 'en' */
  locale?: string;
  /** Per-band rules. @default DEFAULT_POLICY */
  policy?: Policy;
  /**
   * The child's earlier messages in this conversation, oldest first, so the
   * screen can see risk that shows only across turns. Never stored.
   */
  history?: readonly string[];
}

/** What the built-in checks found in a message, for the app's hooks. */
export interface ModerationFindings {
  /** Personal information the scrubber took out (offsets index `text`), then what earlier hooks removed. */
  pii: readonly PIIFinding[];
  /** The screen's result on the child's own words; absent when the band's policy does not screen. */
  screen?: ScreenResult;
  /** Screening categories found so far, and categories earlier hooks escalated. */
  categories: readonly string[];
}

/** Everything a hook is told about the message it checks. */
export interface ModerationHookInput extends ModerationContext {
  /** The message as the child typed it, before any scrubbing: match links and words here. */
  text: string;
  /**
   * The message as it would be sent now: personal information replaced with
   * placeholders (when the band scrubs) and earlier hooks' transformations
   * applied. The same string as the hook's first argument.
   */
  scrubbedText: string;
  /** What the built-in checks (and earlier hooks) found. */
  findings: ModerationFindings;
}

/**
 * An app's own check on outgoing messages. The first argument is the text
 * as the hooks before it left it (already scrubbed when PII scrubbing is on);
 * the second has the band and locale, the original `text`, the `scrubbedText`
 * and the `findings`. Sync or async; throwing or rejecting blocks the message.
 *
 * @example
 * const noInvites: ModerationHook = (_scrubbed, { text, band }) =>
 *   band !== 'adult' && /discord\.gg\/|t\.me\//i.test(text)
 *     ? { action: 'block', reason: 'Invites to other chats are not allowed here.' }
 *     : { action: 'allow' };
 */
export type ModerationHook = (message: string, input: ModerationHookInput) => HookDecision | Promise<HookDecision>;

/** One kind of personal information taken out, in words for the child. */
export interface RemovedItem {
  type: PIIType;
  count: number;
  /** In words, e.g. "your phone number" / "tu número de teléfono", for the band and locale. */
  label: string;
}

/**
 * The pipeline's decision, strongest first: block > escalate > transform >
 * allow; except that a risk the screen found is escalated even when the
 * message also holds blocked words or a hook blocks it, so that help is shown
 * and the server, which keeps such content from the model, raises the escalation.
 */
export type OutgoingAction = 'allow' | 'block' | 'escalate' | 'transform';

/** What the UI needs after the pipeline has run. */
export interface ModerationOutcome {
  /** The strongest decision: block > escalate > transform > allow. */
  action: OutgoingAction;
  /** What may be sent: the original or the transformed text (escalate keeps the transformation); '' when blocked. */
  text: string;
  original: string;
  transformed: boolean;
  /** What was taken out, by kind, in the order first seen. */
  removed: RemovedItem[];
  /** Screening categories found, and categories hooks escalated. */
  categories: string[];
  /** One short sentence for the child, from the catalogue, for the band and locale. Absent when allowed. */
  explanation?: string;
  /** Why the message was blocked: the hook's own reason, or the catalogue sentence. */
  reason?: string;
  /**
   * Whether the language packs could read the message. A minor's message
   * read less than fully is sent only for the server's checks to pass or
   * hold; nothing treats it as safe on the device.
   */
  coverage?: 'full' | 'partial' | 'none';
}

export interface ModerateOptions extends ModerationContext {
  /** The app's hooks, run in order after the built-in PII and screening hooks. @default [] */
  hooks?: ModerationHook[];
}
