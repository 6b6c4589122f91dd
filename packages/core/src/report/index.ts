export { type ReportButtonLabels, reportButtonLabels } from './button-label.js';
export { type ReportMessages, reportMessages } from './messages.js';
export {
  createReportOutbox,
  newClientReportId,
  type ReportOutbox,
  type ReportOutboxEntry,
  type ReportOutboxOptions,
} from './outbox.js';
export { type ReportQueueMessages, reportQueueMessages } from './queue-messages.js';
export {
  CRISIS_REPORT_REASONS,
  isReportReason,
  PRESERVED_REPORT_REASONS,
  REPORT_LIMITS,
  REPORT_REASON_SEVERITY,
  REPORT_REASONS,
  type ReportReason,
  type ReportSeverity,
  showsCrisisResources,
} from './reasons.js';
export {
  type DecisionGround,
  type DecisionScope,
  MODERATION_ACTIONS,
  type ModerationAction,
  type ModeratorReport,
  type ReportOutcome,
  type ReportReceipt,
  type ReportStatus,
  type ReportSubmission,
  type StatementOfReasons,
} from './types.js';
