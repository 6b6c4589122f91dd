import type { AgeBand } from '@youthchat/core';
import type { EscalationEvent } from '../escalation/types.js';

/** One category's addition to a subject's risk score. */
export interface RiskAddition {
  category: string;
  /** Weight added (after decay of what is stored). */
  amount: number;
  /** The category's half-life, in milliseconds. */
  halfLifeMs: number;
}

/** What an addition did to one category's score. */
export interface RiskChange {
  category: string;
  /** The score right after the addition. */
  score: number;
  /** This addition took the score to the threshold from below (escalate once). */
  crossed: boolean;
}

/** A subject's stored score for one category (no text, no raw id). Times are epoch milliseconds. */
export interface StoredRisk {
  category: string;
  /** The band last seen for the subject (its threshold applies). */
  band: AgeBand;
  /** Score as of `updatedAt`; decay it to read the current value. */
  score: number;
  updatedAt: number;
  /** When a finding last raised it. */
  raisedAt: number;
  /** Escalated, and not yet fallen below the re-arm level. */
  above: boolean;
}

/**
 * What the counters for regulators count (SB 243), per UTC day: no subject,
 * no text. `source` and `category`/`severity` are empty where they do not apply.
 */
export type CountMetric = 'crisis_resources_shown' | 'escalations' | 'reports' | 'decisions';

export interface CountEntry {
  metric: CountMetric;
  /** For escalations: `chat`, `report` or `accumulated-risk`. */
  source?: string;
  /** Escalation category, report reason, or decision action. */
  category?: string;
  severity?: string;
}

/** One stored counter: a UTC day (`YYYY-MM-DD`) and a count. */
export interface CountRow {
  day: string;
  metric: CountMetric;
  source: string;
  category: string;
  severity: string;
  count: number;
}

/**
 * Per-subject risk scores and counters for regulators, kept beside the
 * reports (SQLite and PostgreSQL), purged with them.
 */
export interface SafetyRecordStore {
  /**
   * Decays each category's stored score to `now`, adds the amount and writes
   * it back, atomically (one transaction, the rows locked), so instances
   * sharing a database never lose an addition.
   */
  addRisk(input: {
    subject: string;
    band: AgeBand;
    now: number;
    threshold: number;
    rearmRatio: number;
    additions: readonly RiskAddition[];
  }): Promise<RiskChange[]>;
  /** A subject's stored scores, one per category (not decayed). */
  readRisk(subject: string): Promise<StoredRisk[]>;
  /** Adds one to a counter in the bucket of `at`'s UTC day. */
  countEvent(entry: CountEntry, at: number): Promise<void>;
  /** Counters for the UTC days from `from` to `to` (both `YYYY-MM-DD`, inclusive). */
  readCounts(range: { from: string; to: string }): Promise<CountRow[]>;
}

/** The escalation count an outbox event stands for. */
export function escalationCount(event: EscalationEvent): CountEntry {
  return {
    metric: 'escalations',
    source: event.trigger === 'accumulated-risk' ? 'accumulated-risk' : event.source,
    category: event.category,
    severity: event.severity,
  };
}

/** The UTC day of an epoch-ms time, `YYYY-MM-DD`. */
export function dayOf(at: number): string {
  // Reports come in runs on the same day: its string is made once.
  const day = Math.floor(at / 86_400_000);
  if (day !== lastDay.day) lastDay = { day, text: new Date(at).toISOString().slice(0, 10) };
  return lastDay.text;
}

let lastDay = { day: Number.NaN, text: '' };
