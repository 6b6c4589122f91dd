import type { ReportReason, ReportReceipt, ReportSubmission, StatementOfReasons } from '@youthchat/core';
import { createReportOutbox, REPORT_REASONS } from '@youthchat/core';
import type { ReportButtonProps, ReportQueueProps } from '@youthchat/react';
import type { EscalationHook, ReportStore } from '@youthchat/server';
import { createReportsHandler, postgresReportStore, sqliteReportStore } from '@youthchat/server';
import type { App } from '@youthchat/server/node';
import { expectTypeOf } from 'vitest';

// The contract's reasons, exactly.
expectTypeOf<ReportReason>().toEqualTypeOf<
  'self-harm' | 'sexual' | 'grooming' | 'bullying' | 'violence' | 'personal-info' | 'scary' | 'other'
>();
expectTypeOf(REPORT_REASONS).toMatchTypeOf<readonly ReportReason[]>();

// The contract's body: only `reason` is required.
expectTypeOf<{ reason: 'other' }>().toMatchTypeOf<ReportSubmission>();
expectTypeOf<ReportSubmission['clientReportId']>().toEqualTypeOf<string | undefined>();
// @ts-expect-error the reason is required
const noReason: ReportSubmission = { details: 'x' };
void noReason;
expectTypeOf<ReportReceipt>().toMatchTypeOf<{ id: string; status: 'received' }>();

// The statement of reasons carries every DSA Art. 17(3) fact.
expectTypeOf<StatementOfReasons>().toHaveProperty('decision');
expectTypeOf<StatementOfReasons>().toHaveProperty('facts');
expectTypeOf<StatementOfReasons>().toHaveProperty('automatedMeans');
expectTypeOf<StatementOfReasons>().toHaveProperty('ground');
expectTypeOf<StatementOfReasons>().toHaveProperty('redress');

// Stores share one interface; the handler is fetch-style; the app exposes the chat's escalation hook.
expectTypeOf(sqliteReportStore).returns.resolves.toEqualTypeOf<ReportStore>();
expectTypeOf(postgresReportStore).returns.resolves.toEqualTypeOf<ReportStore>();
expectTypeOf(createReportsHandler).returns.toEqualTypeOf<(request: Request) => Promise<Response>>();
expectTypeOf<App['escalate']>().toEqualTypeOf<EscalationHook>();

// What SafeChat passes to the button.
expectTypeOf<{ messageId: string; excerpt: string }>().toMatchTypeOf<ReportButtonProps>();
expectTypeOf<ReportQueueProps['token']>().toEqualTypeOf<string>();
expectTypeOf(createReportOutbox({ url: '/api/reports' }).submit).returns.resolves.toHaveProperty('clientReportId');
