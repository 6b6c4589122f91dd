import { type AgeBand, addRisk } from '@youthchat/core';
import type { CountEntry, CountMetric, CountRow, RiskAddition, RiskChange, StoredRisk } from './types.js';

/** Names of the risk and counter tables, with the store's (already checked) prefix. */
export function recordTableNames(prefix: string): { risk: string; counts: string } {
  if (!/^[a-z_][a-z0-9_]{0,40}$/.test(prefix)) {
    throw new Error(`The table prefix must be lower-case letters, digits and underscores; got "${prefix}".`);
  }
  return { risk: `${prefix}risk`, counts: `${prefix}counts` };
}

/** The tables, for SQLite (`real`: REAL, `int`: INTEGER) or PostgreSQL (DOUBLE PRECISION, BIGINT). */
export function recordTablesDdl(
  risk: string,
  counts: string,
  names: { risk: string; counts: string },
  types: { real: string; int: string; bool: string },
): string[] {
  return [
    `CREATE TABLE IF NOT EXISTS ${risk} (
      subject TEXT NOT NULL,
      category TEXT NOT NULL,
      band TEXT NOT NULL,
      score ${types.real} NOT NULL,
      updated_at ${types.int} NOT NULL,
      raised_at ${types.int} NOT NULL,
      above ${types.bool} NOT NULL,
      PRIMARY KEY (subject, category)
    )`,
    `CREATE INDEX IF NOT EXISTS ${names.risk}_updated ON ${risk} (updated_at)`,
    `CREATE TABLE IF NOT EXISTS ${counts} (
      day TEXT NOT NULL,
      metric TEXT NOT NULL,
      source TEXT NOT NULL,
      category TEXT NOT NULL,
      severity TEXT NOT NULL,
      n ${types.int} NOT NULL,
      PRIMARY KEY (day, metric, source, category, severity)
    )`,
  ];
}

type Row = Record<string, unknown>;

export function rowToRisk(row: Row): StoredRisk {
  return {
    category: String(row.category),
    band: String(row.band) as AgeBand,
    score: Number(row.score),
    updatedAt: Number(row.updated_at),
    raisedAt: Number(row.raised_at),
    above: row.above === true || Number(row.above) === 1,
  };
}

export function rowToCount(row: Row): CountRow {
  return {
    day: String(row.day),
    metric: String(row.metric) as CountMetric,
    source: String(row.source),
    category: String(row.category),
    severity: String(row.severity),
    count: Number(row.n),
  };
}

/** A counter's key columns, empty strings where a dimension does not apply. */
export function countKey(entry: CountEntry): [string, string, string, string] {
  return [entry.metric, entry.source ?? '', entry.category ?? '', entry.severity ?? ''];
}

/** Additions merged per category (the largest amount wins) and sorted, so rows are always locked in one order. */
export function orderAdditions(additions: readonly RiskAddition[]): RiskAddition[] {
  const byCategory = new Map<string, RiskAddition>();
  for (const addition of additions) {
    if (!(addition.amount > 0) || !Number.isFinite(addition.amount)) continue;
    const previous = byCategory.get(addition.category);
    if (!previous || addition.amount > previous.amount) byCategory.set(addition.category, addition);
  }
  return [...byCategory.values()].sort((a, b) => (a.category < b.category ? -1 : a.category > b.category ? 1 : 0));
}

/** Applies one addition to a row read under lock; the caller writes `state` back. */
export function applyAddition(
  row: Row | undefined,
  addition: RiskAddition,
  input: { now: number; threshold: number; rearmRatio: number },
): { change: RiskChange; state: ReturnType<typeof addRisk>['state'] } {
  const previous = row ? rowToRisk(row) : undefined;
  const { state, crossed } = addRisk(previous, addition.amount, input.now, {
    halfLifeMs: addition.halfLifeMs,
    threshold: input.threshold,
    rearmRatio: input.rearmRatio,
  });
  return { change: { category: addition.category, score: state.score, crossed }, state };
}
