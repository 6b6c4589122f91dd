import type { CountRow, SafetyRecordStore } from './types.js';

export type CountPeriod = 'day' | 'month' | 'year';

/** One period's counts. Every number is a count of events; nothing names a person. */
export interface PeriodCounts {
  /** `YYYY-MM-DD`, `YYYY-MM` or `YYYY` (UTC). */
  period: string;
  /** Replies in which the server told the child's app to show crisis resources (help lines). */
  crisisResourcesShown: number;
  escalations: {
    total: number;
    /** `source`: `chat` (one message), `report`, or `accumulated-risk` (risk that added up). */
    rows: { source: string; category: string; severity: string; count: number }[];
  };
  reports: { total: number; rows: { reason: string; severity: string; count: number }[] };
  decisions: { total: number; rows: { action: string; count: number }[] };
}

/** The export of `GET /api/moderation/counts` and `youthchat-server counts`. */
export interface CountsExport {
  from: string;
  to: string;
  period: CountPeriod;
  periods: PeriodCounts[];
  totals: Omit<PeriodCounts, 'period'>;
}

const DAY_MS = 86_400_000;

/** Longest range in days an export covers. */
export const MAX_COUNT_RANGE_DAYS = 3660;

function periodOf(day: string, period: CountPeriod): string {
  return period === 'day' ? day : period === 'month' ? day.slice(0, 7) : day.slice(0, 4);
}

/** Every period from `from` to `to` (UTC days, inclusive), in order, so an empty period still shows zero. */
function periodsBetween(from: string, to: string, period: CountPeriod): string[] {
  const out: string[] = [];
  for (let at = Date.parse(`${from}T00:00:00Z`); at <= Date.parse(`${to}T00:00:00Z`); at += DAY_MS) {
    const key = periodOf(new Date(at).toISOString().slice(0, 10), period);
    if (out.at(-1) !== key) out.push(key);
  }
  return out;
}

function empty(): Omit<PeriodCounts, 'period'> {
  return {
    crisisResourcesShown: 0,
    escalations: { total: 0, rows: [] },
    reports: { total: 0, rows: [] },
    decisions: { total: 0, rows: [] },
  };
}

function add(target: Omit<PeriodCounts, 'period'>, row: CountRow): void {
  const bump = <T extends { count: number }>(rows: T[], match: (r: T) => boolean, make: () => T) => {
    const found = rows.find(match);
    if (found) found.count += row.count;
    else rows.push({ ...make(), count: row.count });
  };
  switch (row.metric) {
    case 'crisis_resources_shown':
      target.crisisResourcesShown += row.count;
      break;
    case 'escalations':
      target.escalations.total += row.count;
      bump(
        target.escalations.rows,
        (r) => r.source === row.source && r.category === row.category && r.severity === row.severity,
        () => ({ source: row.source, category: row.category, severity: row.severity, count: 0 }),
      );
      break;
    case 'reports':
      target.reports.total += row.count;
      bump(
        target.reports.rows,
        (r) => r.reason === row.category && r.severity === row.severity,
        () => ({ reason: row.category, severity: row.severity, count: 0 }),
      );
      break;
    case 'decisions':
      target.decisions.total += row.count;
      bump(
        target.decisions.rows,
        (r) => r.action === row.category,
        () => ({ action: row.category, count: 0 }),
      );
      break;
  }
}

/** Daily counters summed per period, with totals. */
export function summariseCounts(
  rows: readonly CountRow[],
  range: { from: string; to: string; period: CountPeriod },
): CountsExport {
  const periods = new Map(
    periodsBetween(range.from, range.to, range.period).map((p) => [p, { period: p, ...empty() }]),
  );
  const totals = empty();
  for (const row of rows) {
    const target = periods.get(periodOf(row.day, range.period));
    if (!target) continue;
    add(target, row);
    add(totals, row);
  }
  return { from: range.from, to: range.to, period: range.period, periods: [...periods.values()], totals };
}

/** Reads and sums a store's counters. */
export async function exportCounts(
  store: SafetyRecordStore,
  range: { from: string; to: string; period: CountPeriod },
): Promise<CountsExport> {
  return summariseCounts(await store.readCounts(range), range);
}

const CSV_HEADER = 'period,metric,source,category,severity,count';

/**
 * The export as CSV, one row per counter and period
 * (`period,metric,source,category,severity,count`); `crisis_resources_shown`
 * has a row for every period, zero included.
 */
export function countsToCsv(data: CountsExport): string {
  const cell = (value: string) => (/[",\n\r]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);
  const lines = [CSV_HEADER];
  const row = (...values: (string | number)[]) => lines.push(values.map((v) => cell(String(v))).join(','));
  for (const p of data.periods) {
    row(p.period, 'crisis_resources_shown', '', '', '', p.crisisResourcesShown);
    for (const r of p.escalations.rows) row(p.period, 'escalations', r.source, r.category, r.severity, r.count);
    for (const r of p.reports.rows) row(p.period, 'reports', '', r.reason, r.severity, r.count);
    for (const r of p.decisions.rows) row(p.period, 'decisions', '', r.action, '', r.count);
  }
  return `${lines.join('\r\n')}\r\n`;
}

/** Checks an export range; returns a problem to show, or undefined. */
export function countRangeProblem(from: string, to: string): string | undefined {
  const valid = (d: string) => /^\d{4}-\d{2}-\d{2}$/.test(d) && new Date(`${d}T00:00:00Z`).toISOString().startsWith(d);
  const isValid = (d: string) => {
    try {
      return valid(d);
    } catch {
      return false;
    }
  };
  if (!isValid(from)) return 'from: must be a date, like 2026-01-01';
  if (!isValid(to)) return 'to: must be a date, like 2026-12-31';
  const days = (Date.parse(to) - Date.parse(from)) / DAY_MS;
  if (days < 0) return 'to: must not be before from';
  if (days >= MAX_COUNT_RANGE_DAYS) return `to: the range may cover at most ${MAX_COUNT_RANGE_DAYS} days`;
  return undefined;
}
