export { MyReports, type MyReportsProps } from './MyReports.js';
export { ReportButton, type ReportButtonProps } from './ReportButton.js';
export { ReportQueue, type ReportQueueProps } from './ReportQueue.js';
export { type UseReportOutboxResult, useReportOutbox } from './use-report-outbox.js';
