import type { ModeratorReport, ReportOutcome } from '@youthchat/core';
import type { ReportRecord } from './types.js';
import { hasWithheldText } from './withheld.js';

const iso = (ms: number) => new Date(ms).toISOString();

/** A stored report as the moderator routes show it. */
export function toModeratorReport(record: ReportRecord): ModeratorReport {
  const statements = record.statements;
  return {
    id: record.id,
    reference: record.reference,
    reason: record.reason,
    severity: record.severity,
    status: record.status,
    band: record.band,
    bandVerified: record.bandVerified,
    source: record.source,
    details: record.details,
    excerpt: record.excerpt,
    messageId: record.messageId,
    messageRole: record.messageRole,
    conversationId: record.conversationId,
    locale: record.locale,
    goodFaith: record.goodFaith,
    subject: record.subject,
    escalated: record.escalated,
    createdAt: iso(record.createdAt),
    updatedAt: iso(record.updatedAt),
    preserveUntil: record.preserveUntil === null ? null : iso(record.preserveUntil),
    statement: statements.at(-1) ?? null,
    previousStatements: statements.slice(0, -1),
    appeal: record.appealAt === null ? null : { at: iso(record.appealAt), text: record.appealText },
    textWithheld: hasWithheldText(record),
  };
}

/** What the reporter may read: where the report is and the statement of reasons, nothing they did not send. */
export function toOutcome(record: ReportRecord): ReportOutcome {
  return {
    reference: record.reference,
    status: record.status,
    receivedAt: iso(record.createdAt),
    statement: record.statements.at(-1) ?? null,
    appealedAt: record.appealAt === null ? null : iso(record.appealAt),
  };
}

/** Opaque page cursor: the last row's creation time and id. */
export function encodeCursor(record: ReportRecord): string {
  return Buffer.from(`${record.createdAt}:${record.id}`).toString('base64url');
}

export function decodeCursor(cursor: string): { createdAt: number; id: string } | undefined {
  const text = Buffer.from(cursor, 'base64url').toString('utf8');
  const match = /^(\d{1,16}):([\w-]{1,64})$/.exec(text);
  if (!match?.[1] || !match[2]) return undefined;
  return { createdAt: Number(match[1]), id: match[2] };
}
