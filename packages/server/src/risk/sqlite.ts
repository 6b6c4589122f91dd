import type { SqliteDatabase } from '../sqlite-file.js';
import { applyAddition, countKey, orderAdditions, recordTablesDdl, rowToCount, rowToRisk } from './sql.js';
import { type CountEntry, dayOf, type SafetyRecordStore } from './types.js';

type Row = Record<string, unknown>;

/**
 * Risk scores and counters in the report store's SQLite file. `write` is the
 * store's group-commit queue (one transaction), `read` its reader.
 */
export function sqliteRecords(
  db: SqliteDatabase,
  names: { risk: string; counts: string },
  write: <T>(run: () => T) => Promise<T>,
  read: <T>(run: () => T) => Promise<T>,
): SafetyRecordStore & {
  /** Adds to a counter inside a transaction already open (a report's, say). */
  bump(entry: CountEntry, at: number): void;
  /** Deletes scores not changed since `before`; returns how many. */
  purge(before: number): number;
} {
  db.exec(
    `${recordTablesDdl(names.risk, names.counts, names, { real: 'REAL', int: 'INTEGER', bool: 'INTEGER' }).join(';\n')};`,
  );
  const lockRow = db.prepare(
    // A write first, so the transaction holds the write lock before it reads the row it will change.
    `INSERT INTO ${names.risk} (subject, category, band, score, updated_at, raised_at, above) VALUES (?, ?, ?, 0, ?, ?, 0)
     ON CONFLICT (subject, category) DO NOTHING`,
  );
  const readRow = db.prepare(`SELECT * FROM ${names.risk} WHERE subject = ? AND category = ?`);
  const writeRow = db.prepare(
    `UPDATE ${names.risk} SET band = ?, score = ?, updated_at = ?, raised_at = ?, above = ? WHERE subject = ? AND category = ?`,
  );
  const bySubject = db.prepare(`SELECT * FROM ${names.risk} WHERE subject = ? ORDER BY category`);
  const bumpCount = db.prepare(
    `INSERT INTO ${names.counts} (day, metric, source, category, severity, n) VALUES (?, ?, ?, ?, ?, 1)
     ON CONFLICT (day, metric, source, category, severity) DO UPDATE SET n = n + 1`,
  );
  const countsIn = db.prepare(
    `SELECT * FROM ${names.counts} WHERE day >= ? AND day <= ? ORDER BY day, metric, source, category, severity`,
  );
  const purgeRisk = db.prepare(`DELETE FROM ${names.risk} WHERE updated_at < ?`);
  const bump = (entry: CountEntry, at: number) => {
    bumpCount.run(dayOf(at), ...countKey(entry));
  };

  return {
    addRisk: (input) =>
      write(() =>
        orderAdditions(input.additions).map((addition) => {
          // A fresh row starts at zero, "raised" now; applyAddition sets the real values.
          lockRow.run(input.subject, addition.category, input.band, input.now, input.now);
          const row = readRow.get(input.subject, addition.category) as Row | undefined;
          const existing = row && Number(row.score) > 0 ? row : undefined;
          const { change, state } = applyAddition(existing, addition, input);
          writeRow.run(
            input.band,
            state.score,
            state.updatedAt,
            state.raisedAt,
            state.above ? 1 : 0,
            input.subject,
            addition.category,
          );
          return change;
        }),
      ),
    readRisk: (subject) => read(() => (bySubject.all(subject) as Row[]).map(rowToRisk)),
    countEvent: (entry, at) => write(() => bump(entry, at)),
    readCounts: ({ from, to }) => read(() => (countsIn.all(from, to) as Row[]).map(rowToCount)),
    bump,
    purge: (before) => Number(purgeRisk.run(before).changes),
  };
}
