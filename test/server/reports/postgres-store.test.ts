import { postgresReportStore } from '@youthchat/server';
import { describe } from 'vitest';
import { dropSchema, pgUrl, uniqueSchema } from './postgres.ts';
import { describeReportStore } from './store-suite.ts';

describe.skipIf(!pgUrl)('PostgreSQL', () => {
  describeReportStore('PostgreSQL', () => {
    const schema = uniqueSchema('store');
    const open = () => postgresReportStore({ connectionString: pgUrl as string, schema });
    return { open, reopen: open, cleanup: () => dropSchema(schema) };
  });
});
