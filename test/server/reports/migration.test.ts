import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { postgresReportStore, type ReportStore, sqliteReportStore } from '@youthchat/server';
import Database from 'better-sqlite3';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { record } from './helpers.ts';
import { dropSchema, pgUrl, uniqueSchema } from './postgres.ts';

/** The reports table as version 1 made it: `client_report_id` unique across every report. */
const V1_REPORTS = (table: string, json: 'TEXT' | 'JSONB', bool: 'INTEGER' | 'BOOLEAN', int: 'INTEGER' | 'BIGINT') => `
CREATE TABLE ${table} (
  id TEXT PRIMARY KEY,
  reference TEXT NOT NULL UNIQUE,
  client_report_id TEXT UNIQUE,
  reason TEXT NOT NULL,
  severity TEXT NOT NULL,
  status TEXT NOT NULL,
  band TEXT NOT NULL,
  band_verified ${bool} NOT NULL,
  source TEXT NOT NULL,
  details TEXT,
  excerpt TEXT,
  message_id TEXT,
  message_role TEXT,
  conversation_id TEXT,
  locale TEXT,
  good_faith ${bool} NOT NULL,
  subject TEXT NOT NULL,
  escalated ${bool} NOT NULL,
  created_at ${int} NOT NULL,
  updated_at ${int} NOT NULL,
  preserve_until ${int},
  statements ${json} NOT NULL DEFAULT '[]',
  appeal_at ${int},
  appeal_text TEXT
)`;

const V1_ROW = `INSERT INTO youthchat_reports
  (id, reference, client_report_id, reason, severity, status, band, band_verified, source, details, subject,
   good_faith, escalated, created_at, updated_at)`;

/** What every migrated store must show: old rows kept, and the client id unique per sender only. */
async function expectMigrated(store: ReportStore, old: { id: string; clientReportId: string; subject: string }) {
  const kept = await store.getReport(old.id);
  expect(kept).toMatchObject({ id: old.id, clientReportId: old.clientReportId, details: 'kept across the upgrade' });
  const again = await store.insertReport(record({ clientReportId: old.clientReportId, subject: old.subject }));
  expect(again.created).toBe(false);
  expect(again.report.id).toBe(old.id);
  const other = await store.insertReport(record({ clientReportId: old.clientReportId, subject: 'another-sender' }));
  expect(other.created).toBe(true);
  expect(other.report.id).not.toBe(old.id);
  const tokenId = randomUUID();
  await store.revokeAgeToken(tokenId, Date.UTC(2040, 0, 1));
  expect(await store.isAgeTokenRevoked(tokenId, Date.UTC(2039, 0, 1))).toBe(true);
}

describe('SQLite file from version 1', () => {
  const dir = mkdtempSync(join(tmpdir(), 'youthchat-migrate-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('is upgraded in place on open, keeping every report', async () => {
    const filename = join(dir, 'v1.sqlite');
    const old = { id: randomUUID(), clientReportId: randomUUID(), subject: 'sender-one' };
    const v1 = new Database(filename);
    v1.pragma('journal_mode = WAL');
    v1.exec(V1_REPORTS('youthchat_reports', 'TEXT', 'INTEGER', 'INTEGER'));
    v1.exec('CREATE INDEX youthchat_reports_created ON youthchat_reports (created_at, id)');
    v1.exec('CREATE TABLE youthchat_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)');
    v1.exec(`INSERT INTO youthchat_meta (key, value) VALUES ('schema_version', '1')`);
    v1.prepare(`${V1_ROW} VALUES (?, 'YC-AAAAA-AAAAA', ?, 'bullying', 'medium', 'received', 'under13', 0,
      'general', 'kept across the upgrade', ?, 0, 0, 1, 1)`).run(old.id, old.clientReportId, old.subject);
    v1.close();

    const store = await sqliteReportStore({ filename });
    await expectMigrated(store, old);
    await store.close();

    const check = new Database(filename, { readonly: true });
    expect(check.prepare(`SELECT value FROM youthchat_meta WHERE key = 'schema_version'`).get()).toEqual({
      value: '2',
    });
    check.close();
    // Opening again finds nothing left to do.
    const reopened = await sqliteReportStore({ filename });
    expect(await reopened.getReport(old.id)).not.toBeNull();
    await reopened.close();
  });
});

describe.skipIf(!pgUrl)('PostgreSQL tables from version 1', () => {
  const schema = uniqueSchema('migrate');
  afterAll(() => dropSchema(schema));

  it('are upgraded in place on open, keeping every report', async () => {
    const old = { id: randomUUID(), clientReportId: randomUUID(), subject: 'sender-one' };
    const client = new pg.Client({ connectionString: pgUrl });
    await client.connect();
    try {
      await client.query(`CREATE SCHEMA "${schema}"`);
      await client.query(`SET search_path TO "${schema}"`);
      await client.query(V1_REPORTS('youthchat_reports', 'JSONB', 'BOOLEAN', 'BIGINT'));
      await client.query('CREATE TABLE youthchat_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)');
      await client.query(`INSERT INTO youthchat_meta (key, value) VALUES ('schema_version', '1')`);
      await client.query(
        `${V1_ROW} VALUES ($1, 'YC-AAAAA-AAAAA', $2, 'bullying', 'medium', 'received', 'under13', false,
          'general', 'kept across the upgrade', $3, false, false, 1, 1)`,
        [old.id, old.clientReportId, old.subject],
      );
    } finally {
      await client.end();
    }

    const store = await postgresReportStore({ connectionString: pgUrl as string, schema });
    await expectMigrated(store, old);
    await store.close();

    const reopened = await postgresReportStore({ connectionString: pgUrl as string, schema });
    expect(await reopened.getReport(old.id)).not.toBeNull();
    await reopened.close();
    const after = new pg.Client({ connectionString: pgUrl });
    await after.connect();
    try {
      const { rows } = await after.query(`SELECT value FROM "${schema}".youthchat_meta WHERE key = 'schema_version'`);
      expect(rows).toEqual([{ value: '2' }]);
    } finally {
      await after.end();
    }
  });
});

describe('SQLite files', () => {
  const dir = mkdtempSync(join(tmpdir(), 'youthchat-modes-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('are readable and writable by their owner only, with their -wal and -shm files', async () => {
    const filename = join(dir, 'private.sqlite');
    const previous = process.umask(0o022);
    try {
      const store = await sqliteReportStore({ filename });
      await store.insertReport(record());
      for (const file of [filename, `${filename}-wal`, `${filename}-shm`]) {
        expect((statSync(file).mode & 0o777).toString(8), file).toBe('600');
      }
      await store.close();
    } finally {
      process.umask(previous);
    }
  });
});
