import { applyAddition, countKey, orderAdditions, recordTablesDdl, rowToCount, rowToRisk } from './sql.js';
import { type CountEntry, dayOf, type SafetyRecordStore } from './types.js';

type Row = Record<string, unknown>;
interface Client {
  query(text: string, values?: unknown[]): Promise<{ rows: unknown[]; rowCount: number | null }>;
}

/** The statements that create the risk and counter tables in `schema`. */
export function postgresRecordsDdl(schema: string, names: { risk: string; counts: string }): string[] {
  return recordTablesDdl(`"${schema}".${names.risk}`, `"${schema}".${names.counts}`, names, {
    real: 'DOUBLE PRECISION',
    int: 'BIGINT',
    bool: 'BOOLEAN',
  });
}

/**
 * Risk scores and counters in the report store's PostgreSQL schema.
 * `transaction` is the store's (BEGIN … COMMIT on one pooled client).
 */
export function postgresRecords(
  pool: Client,
  schema: string,
  names: { risk: string; counts: string },
  transaction: <T>(run: (client: Client) => Promise<T>) => Promise<T>,
): SafetyRecordStore & {
  bump(client: Client, entry: CountEntry, at: number): Promise<void>;
  purge(before: number): Promise<number>;
} {
  const R = `"${schema}".${names.risk}`;
  const C = `"${schema}".${names.counts}`;
  const bump = async (client: Client, entry: CountEntry, at: number) => {
    await client.query(
      `INSERT INTO ${C} (day, metric, source, category, severity, n) VALUES ($1, $2, $3, $4, $5, 1)
       ON CONFLICT (day, metric, source, category, severity) DO UPDATE SET n = ${C}.n + 1`,
      [dayOf(at), ...countKey(entry)],
    );
  };
  return {
    addRisk: (input) =>
      transaction(async (client) => {
        const changes = [];
        for (const addition of orderAdditions(input.additions)) {
          // Inserts the row or locks the existing one (and reads it as last committed) in one statement.
          const { rows } = await client.query(
            `INSERT INTO ${R} AS r (subject, category, band, score, updated_at, raised_at, above)
             VALUES ($1, $2, $3, 0, $4, $4, false)
             ON CONFLICT (subject, category) DO UPDATE SET band = r.band
             RETURNING *`,
            [input.subject, addition.category, input.band, input.now],
          );
          const row = rows[0] as Row | undefined;
          const existing = row && Number(row.score) > 0 ? row : undefined;
          const { change, state } = applyAddition(existing, addition, input);
          await client.query(
            `UPDATE ${R} SET band = $1, score = $2, updated_at = $3, raised_at = $4, above = $5
             WHERE subject = $6 AND category = $7`,
            [input.band, state.score, state.updatedAt, state.raisedAt, state.above, input.subject, addition.category],
          );
          changes.push(change);
        }
        return changes;
      }),
    async readRisk(subject) {
      const { rows } = await pool.query(`SELECT * FROM ${R} WHERE subject = $1 ORDER BY category`, [subject]);
      return (rows as Row[]).map(rowToRisk);
    },
    countEvent: (entry, at) => bump(pool, entry, at),
    async readCounts({ from, to }) {
      const { rows } = await pool.query(
        `SELECT * FROM ${C} WHERE day >= $1 AND day <= $2 ORDER BY day, metric, source, category, severity`,
        [from, to],
      );
      return (rows as Row[]).map(rowToCount);
    },
    bump,
    async purge(before) {
      return (await pool.query(`DELETE FROM ${R} WHERE updated_at < $1`, [before])).rowCount ?? 0;
    },
  };
}
