/** One row of the `pnpm bench` table. */
export interface BenchRow {
  /** What area the row is about, e.g. `size`, `safety`, `chat`, `reports`. */
  group: string;
  /** What was measured. */
  name: string;
  /** The figure, already rounded for display. */
  value: string;
  /** Budget, aim or comparison, and whether it holds. */
  note?: string;
}

/** Each `bench/*.bench.ts` default-exports one of these. */
export type Bench = () => Promise<BenchRow[]>;
