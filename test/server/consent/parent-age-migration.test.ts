import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type ConsentStore, postgresConsentStore, sqliteConsentStore } from '@youthchat/server';
import Database from 'better-sqlite3';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { dropSchema, pgUrl, uniqueSchema } from '../reports/postgres.ts';

/** The consent records table as the first release made it, before a parent could confirm the child's age. */
const OLD_RECORDS = (name: string, int: string) => `CREATE TABLE ${name} (
  child TEXT PRIMARY KEY, status TEXT NOT NULL, scopes TEXT NOT NULL DEFAULT '', method TEXT, decided_at ${int},
  band TEXT NOT NULL, country TEXT, locale TEXT NOT NULL, manage_hash TEXT UNIQUE, manage_expires_at ${int},
  confirm_at ${int}, confirm_email TEXT, tokens TEXT NOT NULL DEFAULT '[]', created_at ${int} NOT NULL,
  updated_at ${int} NOT NULL, keep_until ${int} NOT NULL)`;

const OLD_ROW = [
  'child-1',
  'granted',
  'use',
  'email-plus',
  1,
  'under13',
  'US',
  'en',
  null,
  null,
  null,
  null,
  '[]',
  1,
  1,
  Date.now() + 86_400_000,
];

async function decideWithAge(store: ConsentStore) {
  // The record written before the upgrade reads as "nothing confirmed".
  expect(await store.getRecord('child-1')).toMatchObject({ status: 'granted', ageBand: null, ageAssurance: null });
  const now = Date.now();
  await store.openRequest(
    {
      id: 'request-2',
      child: 'child-2',
      linkHash: 'link-2',
      parentEmail: 'p@example.com',
      emailHash: 'h',
      locale: 'en',
      band: 'under13',
      country: 'US',
      nonce: 'n',
      createdAt: now,
      expiresAt: now + 60_000,
      usedAt: null,
      failures: 0,
      state: 'open',
    },
    { id: 'token-2', expiresAt: now + 60_000 },
  );
  const outcome = await store.decide('link-2', now, {
    status: 'granted',
    scopes: ['use'],
    method: 'vendor',
    manageHash: 'manage-2',
    manageExpiresAt: now + 60_000,
    confirmAt: null,
    keepEmail: false,
    ageBand: 'teen13to15',
    ageAssurance: 'verified',
  });
  expect(outcome.outcome).toBe('decided');
  expect(await store.getRecord('child-2')).toMatchObject({ ageBand: 'teen13to15', ageAssurance: 'verified' });
}

describe('consent records made before parents could confirm an age', () => {
  const dir = mkdtempSync(join(tmpdir(), 'youthchat-consent-migration-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('gains the columns when a SQLite file of the first release is opened', async () => {
    const filename = join(dir, 'old.sqlite');
    const old = new Database(filename);
    old.exec(OLD_RECORDS('youthchat_consent_records', 'INTEGER'));
    old.prepare(`INSERT INTO youthchat_consent_records VALUES (${OLD_ROW.map(() => '?').join(', ')})`).run(...OLD_ROW);
    old.close();
    const store = await sqliteConsentStore({ filename });
    try {
      await decideWithAge(store);
    } finally {
      await store.close();
    }
    // Opening again finds the columns there and changes nothing.
    const again = await sqliteConsentStore({ filename });
    expect(await again.getRecord('child-2')).toMatchObject({ ageBand: 'teen13to15' });
    await again.close();
  });

  it.skipIf(!pgUrl)('gains the columns when a PostgreSQL schema of the first release is opened', async () => {
    const schema = uniqueSchema('consent_migration');
    const client = new pg.Client({ connectionString: pgUrl });
    await client.connect();
    try {
      await client.query(`CREATE SCHEMA "${schema}"`);
      await client.query(OLD_RECORDS(`"${schema}".youthchat_consent_records`, 'BIGINT'));
      await client.query(
        `INSERT INTO "${schema}".youthchat_consent_records VALUES (${OLD_ROW.map((_, i) => `$${i + 1}`).join(', ')})`,
        OLD_ROW,
      );
      const store = await postgresConsentStore({ connectionString: pgUrl as string, schema });
      try {
        await decideWithAge(store);
      } finally {
        await store.close();
      }
    } finally {
      await client.end();
      await dropSchema(schema);
    }
  });
});
