export { type ReplyRecords, replyRecords } from './chat.js';
export {
  type CountPeriod,
  type CountsExport,
  countRangeProblem,
  countsToCsv,
  exportCounts,
  MAX_COUNT_RANGE_DAYS,
  type PeriodCounts,
  summariseCounts,
} from './counts.js';
export { createModerationHandler, type ModerationHandlerOptions, type SubjectRiskCategory } from './handler.js';
export { type ReplyRisk, type ReplyRiskRecorder, replyRisk, riskPolicyFor, riskWeight } from './tracker.js';
export type {
  CountEntry,
  CountMetric,
  CountRow,
  RiskAddition,
  RiskChange,
  SafetyRecordStore,
  StoredRisk,
} from './types.js';
