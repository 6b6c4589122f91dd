import { parseArgs } from 'node:util';
import { openReportStore } from '../reports/from-config.js';
import { type CountPeriod, countRangeProblem, countsToCsv, exportCounts } from '../risk/counts.js';
import type { ServerConfig } from './config.js';

export const COUNTS_USAGE = `Usage: youthchat-server counts --from YYYY-MM-DD --to YYYY-MM-DD [--period day|month|year] [--format csv|json]

Prints the counts for regulators (crisis resources shown, escalations by category
and severity, reports, decisions) per period, from the store in DATABASE_URL.
No personal data. Days are UTC; --period defaults to year, --format to csv.`;

/** Parses `counts` arguments; a string is a problem to print with the usage. */
export function parseCountsArgs(
  args: string[],
): { from: string; to: string; period: CountPeriod; format: 'csv' | 'json' } | string {
  let values: Record<string, string | boolean | undefined>;
  try {
    values = parseArgs({
      args,
      options: {
        from: { type: 'string' },
        to: { type: 'string' },
        period: { type: 'string', default: 'year' },
        format: { type: 'string', default: 'csv' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
      allowPositionals: false,
    }).values;
  } catch (error) {
    return error instanceof Error ? error.message : 'invalid arguments';
  }
  if (values.help) return '';
  const from = String(values.from ?? '');
  const to = String(values.to ?? '');
  const period = String(values.period);
  const format = String(values.format);
  const range = countRangeProblem(from, to);
  if (range) return `--${range}`;
  if (period !== 'day' && period !== 'month' && period !== 'year') return '--period: must be day, month or year';
  if (format !== 'csv' && format !== 'json') return '--format: must be csv or json';
  return { from, to, period, format };
}

/** `youthchat-server counts …`: writes the export to `out`; returns the exit code. */
export async function runCountsCommand(
  args: string[],
  config: () => Pick<ServerConfig, 'databaseUrl' | 'sqliteDriver'>,
  io: { out: (text: string) => void; err: (text: string) => void } = {
    out: (text) => process.stdout.write(text),
    err: (text) => process.stderr.write(text),
  },
): Promise<number> {
  const parsed = parseCountsArgs(args);
  if (typeof parsed === 'string') {
    io.err(`${parsed ? `youthchat-server counts: ${parsed}\n\n` : ''}${COUNTS_USAGE}\n`);
    return parsed ? 2 : 0;
  }
  const store = await openReportStore(config());
  try {
    const data = await exportCounts(store, parsed);
    io.out(parsed.format === 'json' ? `${JSON.stringify(data, null, 2)}\n` : countsToCsv(data));
    return 0;
  } finally {
    await store.close();
  }
}
