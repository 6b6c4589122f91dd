export {
  createReportsHandler,
  type Limit,
  type ReportsHandlerOptions,
  type ReportsRateLimits,
} from './handler.js';
export { hasModeratorToken } from './moderator.js';
export { type PgPool, type PostgresReportStoreOptions, postgresReportStore } from './postgres.js';
export { newReference, normalizeReference } from './reference.js';
export { DEFAULT_RETENTION, purgeReports, type RetentionOptions } from './retention.js';
export { type SqliteReportStoreOptions, sqliteReportStore } from './sqlite.js';
export { type AppealOptions, DEFAULT_APPEAL_WINDOW_DAYS } from './statement.js';
export {
  type DecisionUpdate,
  type EscalationOutboxItem,
  type EscalationOutboxStats,
  ReportConflictError,
  type ReportQuery,
  type ReportRecord,
  type ReportStore,
} from './types.js';
export { WITHHELD_TEXT } from './withheld.js';
