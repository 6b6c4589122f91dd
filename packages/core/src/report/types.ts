import type { AgeBand } from '../age/band.js';
import type { ReportReason, ReportSeverity } from './reasons.js';

/** The body of `POST /api/reports`. Every field but `reason` is optional; contact details are never asked for. */
export interface ReportSubmission {
  reason: ReportReason;
  /** The reporter's own words. */
  details?: string;
  /** Id of the chat message reported, when a message is reported. */
  messageId?: string;
  /** Who wrote the reported message. */
  messageRole?: 'user' | 'assistant';
  /** A copy of the reported message, scrubbed of personal information on the device. */
  excerpt?: string;
  /** Id of the conversation the message belongs to. */
  conversationId?: string;
  /** Random id made on the device; sending the same one again never makes a second report. */
  clientReportId?: string;
  /** Whether the report came from a message's button or the general "Report a problem" entry. */
  source?: 'message' | 'general';
  /** BCP 47 locale the reporter reads, for the reply. */
  locale?: string;
  /** The reporter confirmed in good faith that the report is accurate and complete (asked of adults, DSA Art. 16(2)(d)). */
  goodFaith?: boolean;
}

/** The answer to `POST /api/reports` (201). */
export interface ReportReceipt {
  id: string;
  status: 'received';
  /** The number the reporter keeps to ask for the outcome, e.g. `YC-7K3M-Q9TX`. */
  reference: string;
}

/** Where a report is: waiting for a person, decided, or decided and contested by the reporter. */
export type ReportStatus = 'received' | 'decided' | 'appealed';

/** What a moderator decided to do. */
export type ModerationAction =
  | 'no-action'
  | 'remove-content'
  | 'restrict-content'
  | 'warn-account'
  | 'suspend-account'
  | 'terminate-account';

export const MODERATION_ACTIONS: readonly ModerationAction[] = [
  'no-action',
  'remove-content',
  'restrict-content',
  'warn-account',
  'suspend-account',
  'terminate-account',
];

/** What part of the service a decision covers. */
export type DecisionScope = 'message' | 'conversation' | 'account';

/** The ground a decision rests on: a law, the terms of service, or none (nothing wrong found). */
export type DecisionGround =
  | { type: 'illegal-content'; legalGround: string; explanation: string }
  | { type: 'terms-of-service'; clause: string; explanation: string }
  | { type: 'none'; explanation: string };

/**
 * A statement of reasons, with the facts DSA Art. 17(3) asks for: what was
 * decided and its scope (a), the facts relied on and that a notice prompted
 * it (b), whether automated means were used (c), the ground (d, e) and how to
 * contest it (f).
 */
export interface StatementOfReasons {
  reference: string;
  decidedAt: string;
  decision: {
    action: ModerationAction;
    scope: DecisionScope;
    /** Where the restriction applies, e.g. `worldwide` or `EU`. */
    territorialScope: string;
    /** ISO time the restriction ends, or null when it does not (or nothing was restricted). */
    endsAt: string | null;
  };
  facts: string;
  /** Always true here: the decision answers a report (a notice under DSA Art. 16). */
  basedOnNotice: true;
  automatedMeans: {
    /** Automated means found or flagged the content. */
    detection: boolean;
    /** The decision itself was taken by automated means. */
    decision: boolean;
  };
  ground: DecisionGround;
  redress: {
    /** How to ask for a review (internal complaint, DSA Art. 20), and until when. */
    internalComplaint: { howTo: string; deadline: string };
    /** Out-of-court dispute settlement (DSA Art. 21). */
    outOfCourt: string;
    /** Courts. */
    judicial: string;
  };
}

/** What the reporter can read with their reference number (`GET /api/reports/:reference/status`). */
export interface ReportOutcome {
  reference: string;
  status: ReportStatus;
  receivedAt: string;
  statement: StatementOfReasons | null;
  appealedAt: string | null;
}

/** A report as moderators see it (`GET /api/reports`). */
export interface ModeratorReport {
  id: string;
  reference: string;
  reason: ReportReason;
  severity: ReportSeverity;
  status: ReportStatus;
  band: AgeBand;
  /** The band came from a valid age token rather than the youngest-band default. */
  bandVerified: boolean;
  source: 'message' | 'general';
  details: string | null;
  excerpt: string | null;
  messageId: string | null;
  messageRole: 'user' | 'assistant' | null;
  conversationId: string | null;
  locale: string | null;
  goodFaith: boolean;
  /** Keyed hash linking reports from one age session (or one address when there is no token). */
  subject: string;
  /** An escalation event was queued for this report. */
  escalated: boolean;
  createdAt: string;
  updatedAt: string;
  /** Kept until at least this time whatever the retention setting. */
  preserveUntil: string | null;
  statement: StatementOfReasons | null;
  /** Earlier statements, oldest first, when a decision was reviewed after an appeal. */
  previousStatements: StatementOfReasons[];
  appeal: { at: string; text: string | null } | null;
  /**
   * A text of this report (details, excerpt or appeal) could not be checked
   * for personal details, so it was not kept: it reads as a note saying so.
   * Review by the reason and context. Absent from servers older than this field.
   */
  textWithheld?: boolean;
}
