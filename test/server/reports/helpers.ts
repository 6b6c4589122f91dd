import { randomUUID } from 'node:crypto';
import type { ReportReason } from '@youthchat/core';
import { type EscalationEvent, newReference, type ReportRecord } from '@youthchat/server';

export const SECRET = 'reports-test-secret-that-is-long-enough-0123456789';
export const MODERATOR_TOKEN = 'moderator-token-for-tests-0123456789abcdef';

let clock = Date.UTC(2026, 0, 1);

/** A report record with every field set to something distinguishable; `overrides` win. */
export function record(overrides: Partial<ReportRecord> = {}): ReportRecord {
  clock += 1000;
  const at = overrides.createdAt ?? clock;
  return {
    id: randomUUID(),
    reference: newReference(),
    clientReportId: randomUUID(),
    reason: 'bullying',
    severity: 'medium',
    status: 'received',
    band: 'teen13to15',
    bandVerified: true,
    source: 'message',
    details: 'They keep calling me names — “every day” 😢',
    excerpt: 'you are [name] and nobody likes you',
    messageId: 'msg-1',
    messageRole: 'user',
    conversationId: 'conv-1',
    locale: 'en-GB',
    goodFaith: false,
    subject: 'subject-hash',
    escalated: false,
    createdAt: at,
    updatedAt: at,
    preserveUntil: null,
    statements: [],
    appealAt: null,
    appealText: null,
    ...overrides,
  };
}

export function escalationFor(report: ReportRecord, overrides: Partial<EscalationEvent> = {}): EscalationEvent {
  return {
    id: randomUUID(),
    source: 'report',
    category: report.reason as ReportReason,
    severity: 'high',
    band: report.band,
    subject: report.subject,
    createdAt: new Date(report.createdAt).toISOString(),
    reportId: report.id,
    ...overrides,
  };
}

export function chatEvent(overrides: Partial<EscalationEvent> = {}): EscalationEvent {
  return {
    id: randomUUID(),
    source: 'chat',
    category: 'self-harm',
    severity: 'high',
    band: 'under13',
    subject: 'chat-subject',
    createdAt: new Date().toISOString(),
    ...overrides,
  };
}

export function statement(
  reference: string,
  decidedAt: number,
  action: 'no-action' | 'remove-content' = 'remove-content',
) {
  return {
    reference,
    decidedAt: new Date(decidedAt).toISOString(),
    decision: { action, scope: 'message' as const, territorialScope: 'worldwide', endsAt: null },
    facts: 'The message insults the reporter by name.',
    basedOnNotice: true as const,
    automatedMeans: { detection: false, decision: false },
    ground:
      action === 'no-action'
        ? { type: 'none' as const, explanation: 'Nothing against the rules.' }
        : { type: 'terms-of-service' as const, clause: '4.2 Bullying', explanation: 'Insults aimed at a person.' },
    redress: {
      internalComplaint: {
        howTo: 'Ask us to look again.',
        deadline: new Date(decidedAt + 183 * 86_400_000).toISOString(),
      },
      outOfCourt: 'An out-of-court body.',
      judicial: 'The courts.',
    },
  };
}
