import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sqliteReportStore } from '@youthchat/server';
import { describeReportStore } from './store-suite.ts';

describeReportStore('SQLite', () => {
  const dir = mkdtempSync(join(tmpdir(), 'youthchat-store-'));
  const filename = join(dir, 'reports.sqlite');
  return {
    open: () => sqliteReportStore({ filename }),
    reopen: () => sqliteReportStore({ filename }),
    cleanup: async () => rmSync(dir, { recursive: true, force: true }),
  };
});
