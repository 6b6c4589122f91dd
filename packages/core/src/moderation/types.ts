import type { AgeBand } from '../age/band.js';
import type { Policy } from '../policy/types.js';
import type { PIIFinding, PIIType } from '../safety/types.js';

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

/**
 * An app's own check on outgoing messages. It gets the text as the hooks
 * before it left it (already scrubbed when PII scrubbing is on). Sync or
 * async; throwing or rejecting blocks the message.
 */
export type ModerationHook = (message: string, context: ModerationContext) => HookDecision | Promise<HookDecision>;

/** One kind of personal information taken out, in words for the child. */
export interface RemovedItem {
  type: PIIType;
  count: number;
  /** e.g. "phone number" / "número de teléfono", for the band and locale. */
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
