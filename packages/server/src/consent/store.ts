import { type AgeAssurance, type AgeBand, type ConsentScope, isAgeAssurance, isAgeBand } from '@youthchat/core';
import type { PgPool } from '../reports/postgres.js';
import { tableNames } from '../reports/sql.js';
import type { SqliteDriver } from '../sqlite-file.js';
import { openPostgresDb, openSqliteDb, type SqlDb, type SqlTx } from './sql-db.js';

/** A request sent to a parent. Times are epoch ms. The address is kept only while the link is open. */
export interface ConsentRequestRow {
  id: string;
  /** Keyed hash of the child's age session. */
  child: string;
  /** SHA-256 of the link's token. */
  linkHash: string;
  parentEmail: string | null;
  /** Keyed hash of the address, for the limit per address. */
  emailHash: string | null;
  locale: string;
  band: AgeBand;
  country: string | null;
  /** What a vendor's signed result must carry, so it cannot be used for another request. */
  nonce: string;
  createdAt: number;
  expiresAt: number;
  usedAt: number | null;
  failures: number;
  state: 'open' | 'used' | 'burnt';
}

/** Where consent stands for one child; the authority every request reads. */
export interface ConsentRecord {
  child: string;
  status: 'pending' | 'granted' | 'denied';
  scopes: ConsentScope[];
  method: string | null;
  decidedAt: number | null;
  band: AgeBand;
  country: string | null;
  locale: string;
  /**
   * The child's age group as the parent confirmed it, and the assurance the
   * parent's method gives it (null when the parent confirmed nothing new).
   */
  ageBand: AgeBand | null;
  ageAssurance: AgeAssurance | null;
  manageHash: string | null;
  manageExpiresAt: number | null;
  /** When the email-plus confirmation is due, and where it goes (kept only until it is sent). */
  confirmAt: number | null;
  confirmEmail: string | null;
  /** The child's age tokens seen, denied when the parent deletes the data. */
  tokens: { id: string; expiresAt: number }[];
  createdAt: number;
  updatedAt: number;
  /** Deleted by the purge after this time. */
  keepUntil: number;
}

export type DecideOutcome =
  | { outcome: 'decided'; record: ConsentRecord; request: ConsentRequestRow; parentEmail: string | null }
  | { outcome: 'unknown' | 'used' | 'expired' };

export interface ConsentStore {
  readonly kind: 'sqlite' | 'postgres';
  getRecord(child: string): Promise<ConsentRecord | null>;
  /**
   * Opens a request, replacing (deleting) any open one of the same child,
   * and marks the child pending unless a parent already decided.
   */
  openRequest(request: ConsentRequestRow, token: { id: string; expiresAt: number }): Promise<void>;
  getRequest(linkHash: string): Promise<ConsentRequestRow | null>;
  /** Deletes a request whose mail could not be sent (and the pending mark it made). */
  cancelRequest(linkHash: string): Promise<void>;
  /** Replaces the manage link's hash (a new link was sent). */
  renewManage(child: string, manageHash: string, expiresAt: number): Promise<void>;
  /** Uses a link once: the first call that finds it open and unexpired records the decision. */
  decide(
    linkHash: string,
    now: number,
    decision: Pick<ConsentRecord, 'status' | 'scopes' | 'method' | 'manageHash' | 'manageExpiresAt'> &
      Partial<Pick<ConsentRecord, 'ageBand' | 'ageAssurance'>> & {
        confirmAt: number | null;
        /** Kept for the email-plus confirmation only. */
        keepEmail: boolean;
      },
  ): Promise<DecideOutcome>;
  /** Counts a failed verification; at `max` the link is burnt. Returns the count. */
  failVerification(linkHash: string, max: number): Promise<number>;
  findByManage(manageHash: string): Promise<ConsentRecord | null>;
  /** Takes scopes away; with no `use` left the status becomes denied. */
  revoke(child: string, scopes: readonly ConsentScope[], now: number): Promise<ConsentRecord | null>;
  /** Remembers an age token of the child, so a deletion can deny it. */
  addToken(child: string, token: { id: string; expiresAt: number }): Promise<void>;
  /** Reports and escalations the report store holds for a subject (the keyed hash reports use). */
  countHeld(subject: string): Promise<{ reports: number; escalations: number }>;
  listEscalations(
    subject: string,
  ): Promise<{ category: string; severity: string; createdAt: string; source: string }[]>;
  /**
   * Deletes the child's consent records, requests, reports and delivered
   * escalations; returns counts, what was kept, and the tokens to deny. A
   * report under a preservation hold (`preserveUntil` after `now`, as for
   * child sexual exploitation) and an escalation not yet delivered are kept:
   * the purge removes them once the hold ends or delivery is done.
   */
  erase(
    child: string,
    subject: string,
    now: number,
  ): Promise<{
    reports: number;
    consentRecords: number;
    escalations: number;
    kept: { reports: number; escalations: number };
    tokens: { id: string; expiresAt: number }[];
  }>;
  /** Email-plus confirmations that are due. */
  dueConfirmations(now: number, limit: number): Promise<ConsentRecord[]>;
  /** Forgets the confirmation address once the mail is sent. */
  markConfirmed(child: string): Promise<void>;
  /** Deletes addresses of expired requests, old requests, and records past `keepUntil`. */
  purge(now: number): Promise<{ addresses: number; requests: number; records: number }>;
  close(): Promise<void>;
}

/** How long a used or expired request's row (without any address) stays, so its link answers "used"/"expired". */
const REQUEST_TOMBSTONE_MS = 30 * 24 * 60 * 60 * 1000;
/** How long a record is kept after the child's last token runs out. */
export const RECORD_GRACE_MS = 30 * 24 * 60 * 60 * 1000;

type Row = Record<string, unknown>;
const num = (v: unknown): number | null => (v === null || v === undefined ? null : Number(v));
const str = (v: unknown): string | null => (v === null || v === undefined ? null : String(v));
const scopesOf = (v: unknown): ConsentScope[] =>
  String(v ?? '')
    .split(',')
    .filter((s): s is ConsentScope => s === 'use' || s === 'ai-provider');

function toRequest(row: Row): ConsentRequestRow {
  return {
    id: String(row.id),
    child: String(row.child),
    linkHash: String(row.link_hash),
    parentEmail: str(row.parent_email),
    emailHash: str(row.email_hash),
    locale: String(row.locale),
    band: String(row.band) as AgeBand,
    country: str(row.country),
    nonce: String(row.nonce),
    createdAt: Number(row.created_at),
    expiresAt: Number(row.expires_at),
    usedAt: num(row.used_at),
    failures: Number(row.failures),
    state: String(row.state) as ConsentRequestRow['state'],
  };
}

/** Both or neither: a band without its assurance (or a value this version does not know) counts as none. */
function parentAgeOf(row: Row): Pick<ConsentRecord, 'ageBand' | 'ageAssurance'> {
  return isAgeBand(row.age_band) && isAgeAssurance(row.age_assurance)
    ? { ageBand: row.age_band, ageAssurance: row.age_assurance }
    : { ageBand: null, ageAssurance: null };
}

function toRecord(row: Row): ConsentRecord {
  let tokens: ConsentRecord['tokens'] = [];
  try {
    tokens = JSON.parse(String(row.tokens ?? '[]'));
  } catch {
    tokens = [];
  }
  return {
    child: String(row.child),
    status: String(row.status) as ConsentRecord['status'],
    scopes: scopesOf(row.scopes),
    method: str(row.method),
    decidedAt: num(row.decided_at),
    band: String(row.band) as AgeBand,
    country: str(row.country),
    locale: String(row.locale),
    ...parentAgeOf(row),
    manageHash: str(row.manage_hash),
    manageExpiresAt: num(row.manage_expires_at),
    confirmAt: num(row.confirm_at),
    confirmEmail: str(row.confirm_email),
    tokens,
    createdAt: Number(row.created_at),
    updatedAt: Number(row.updated_at),
    keepUntil: Number(row.keep_until),
  };
}

function ddl(q: string, r: string, prefix: string, int: string): string[] {
  return [
    `CREATE TABLE IF NOT EXISTS ${q} (
      id TEXT PRIMARY KEY,
      child TEXT NOT NULL,
      link_hash TEXT NOT NULL UNIQUE,
      parent_email TEXT,
      email_hash TEXT,
      locale TEXT NOT NULL,
      band TEXT NOT NULL,
      country TEXT,
      nonce TEXT NOT NULL,
      created_at ${int} NOT NULL,
      expires_at ${int} NOT NULL,
      used_at ${int},
      failures INTEGER NOT NULL DEFAULT 0,
      state TEXT NOT NULL
    )`,
    `CREATE INDEX IF NOT EXISTS ${prefix}consent_requests_child ON ${q} (child)`,
    `CREATE INDEX IF NOT EXISTS ${prefix}consent_requests_expiry ON ${q} (expires_at)`,
    `CREATE TABLE IF NOT EXISTS ${r} (
      child TEXT PRIMARY KEY,
      status TEXT NOT NULL,
      scopes TEXT NOT NULL DEFAULT '',
      method TEXT,
      decided_at ${int},
      band TEXT NOT NULL,
      country TEXT,
      locale TEXT NOT NULL,
      manage_hash TEXT UNIQUE,
      manage_expires_at ${int},
      confirm_at ${int},
      confirm_email TEXT,
      tokens TEXT NOT NULL DEFAULT '[]',
      created_at ${int} NOT NULL,
      updated_at ${int} NOT NULL,
      keep_until ${int} NOT NULL,
      age_band TEXT,
      age_assurance TEXT
    )`,
    `CREATE INDEX IF NOT EXISTS ${prefix}consent_records_confirm ON ${r} (confirm_at)`,
  ];
}

function mergeTokens(list: ConsentRecord['tokens'], token: { id: string; expiresAt: number }): ConsentRecord['tokens'] {
  if (list.some((t) => t.id === token.id)) return list;
  // A child has one token per declaration; the list stays short, the newest kept.
  return [...list, token].slice(-20);
}

function createStore(db: SqlDb, names: { q: string; r: string; reports: string; escalations: string }): ConsentStore {
  const { q, r } = names;
  const subjectOf = db.dialect === 'postgres' ? `event->>'subject'` : `json_extract(event, '$.subject')`;
  const getRecordIn = async (tx: SqlTx, child: string) => {
    const row = await tx.get<Row>(`SELECT * FROM ${r} WHERE child = ?`, [child]);
    return row ? toRecord(row) : null;
  };
  const keepFor = (tokens: ConsentRecord['tokens'], now: number) =>
    Math.max(now, ...tokens.map((t) => t.expiresAt)) + RECORD_GRACE_MS;
  const writeRecord = (tx: SqlTx, rec: ConsentRecord) =>
    tx.run(
      `INSERT INTO ${r} (child, status, scopes, method, decided_at, band, country, locale, manage_hash, manage_expires_at,
         confirm_at, confirm_email, tokens, created_at, updated_at, keep_until, age_band, age_assurance)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT (child) DO UPDATE SET status = excluded.status, scopes = excluded.scopes, method = excluded.method,
         decided_at = excluded.decided_at, band = excluded.band, country = excluded.country, locale = excluded.locale,
         age_band = excluded.age_band, age_assurance = excluded.age_assurance, manage_hash = excluded.manage_hash, manage_expires_at = excluded.manage_expires_at,
         confirm_at = excluded.confirm_at, confirm_email = excluded.confirm_email, tokens = excluded.tokens,
         updated_at = excluded.updated_at, keep_until = excluded.keep_until`,
      [
        rec.child,
        rec.status,
        rec.scopes.join(','),
        rec.method,
        rec.decidedAt,
        rec.band,
        rec.country,
        rec.locale,
        rec.manageHash,
        rec.manageExpiresAt,
        rec.confirmAt,
        rec.confirmEmail,
        JSON.stringify(rec.tokens),
        rec.createdAt,
        rec.updatedAt,
        rec.keepUntil,
        rec.ageBand,
        rec.ageAssurance,
      ],
    );

  return {
    kind: db.dialect,
    getRecord: (child) => getRecordIn(db, child),
    openRequest: (request, token) =>
      db.tx(async (tx) => {
        await tx.run(`DELETE FROM ${q} WHERE child = ? AND state = 'open'`, [request.child]);
        await tx.run(
          `INSERT INTO ${q} (id, child, link_hash, parent_email, email_hash, locale, band, country, nonce, created_at,
             expires_at, used_at, failures, state) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, 0, 'open')`,
          [
            request.id,
            request.child,
            request.linkHash,
            request.parentEmail,
            request.emailHash,
            request.locale,
            request.band,
            request.country,
            request.nonce,
            request.createdAt,
            request.expiresAt,
          ],
        );
        const existing = await getRecordIn(tx, request.child);
        const tokens = mergeTokens(existing?.tokens ?? [], token);
        const now = request.createdAt;
        await writeRecord(tx, {
          child: request.child,
          status: existing?.status === 'granted' ? 'granted' : 'pending',
          scopes: existing?.scopes ?? [],
          method: existing?.method ?? null,
          decidedAt: existing?.decidedAt ?? null,
          band: request.band,
          country: request.country,
          locale: request.locale,
          ageBand: existing?.ageBand ?? null,
          ageAssurance: existing?.ageAssurance ?? null,
          manageHash: existing?.manageHash ?? null,
          manageExpiresAt: existing?.manageExpiresAt ?? null,
          confirmAt: existing?.confirmAt ?? null,
          confirmEmail: existing?.confirmEmail ?? null,
          tokens,
          createdAt: existing?.createdAt ?? now,
          updatedAt: now,
          keepUntil: keepFor(tokens, now),
        });
      }),
    async getRequest(linkHash) {
      const row = await db.get<Row>(`SELECT * FROM ${q} WHERE link_hash = ?`, [linkHash]);
      return row ? toRequest(row) : null;
    },
    cancelRequest: (linkHash) =>
      db.tx(async (tx) => {
        const row = await tx.get<Row>(`SELECT child FROM ${q} WHERE link_hash = ?`, [linkHash]);
        await tx.run(`DELETE FROM ${q} WHERE link_hash = ?`, [linkHash]);
        if (row) await tx.run(`DELETE FROM ${r} WHERE child = ? AND status = 'pending'`, [String(row.child)]);
      }),
    async renewManage(child, manageHash, expiresAt) {
      await db.run(`UPDATE ${r} SET manage_hash = ?, manage_expires_at = ? WHERE child = ?`, [
        manageHash,
        expiresAt,
        child,
      ]);
    },
    decide: (linkHash, now, decision) =>
      db.tx(async (tx): Promise<DecideOutcome> => {
        const row = await tx.get<Row>(
          `SELECT * FROM ${q} WHERE link_hash = ?${db.dialect === 'postgres' ? ' FOR UPDATE' : ''}`,
          [linkHash],
        );
        if (!row) return { outcome: 'unknown' };
        const request = toRequest(row);
        if (request.state !== 'open') return { outcome: 'used' };
        if (request.expiresAt <= now) return { outcome: 'expired' };
        // The address goes with the decision, except for the one email-plus confirmation still to send.
        await tx.run(`UPDATE ${q} SET state = 'used', used_at = ?, parent_email = NULL WHERE link_hash = ?`, [
          now,
          linkHash,
        ]);
        const existing = await getRecordIn(tx, request.child);
        const tokens = existing?.tokens ?? [];
        const record: ConsentRecord = {
          child: request.child,
          status: decision.status,
          scopes: decision.scopes,
          method: decision.method,
          decidedAt: now,
          band: request.band,
          country: request.country,
          locale: request.locale,
          // A new decision without a confirmation keeps an earlier one (a parent asked again after revoking).
          ageBand: decision.ageBand !== undefined ? decision.ageBand : (existing?.ageBand ?? null),
          ageAssurance: decision.ageAssurance !== undefined ? decision.ageAssurance : (existing?.ageAssurance ?? null),
          manageHash: decision.manageHash,
          manageExpiresAt: decision.manageExpiresAt,
          confirmAt: decision.confirmAt,
          confirmEmail: decision.keepEmail ? request.parentEmail : null,
          tokens,
          createdAt: existing?.createdAt ?? now,
          updatedAt: now,
          keepUntil: keepFor(tokens, now),
        };
        await writeRecord(tx, record);
        return { outcome: 'decided', record, request, parentEmail: request.parentEmail };
      }),
    failVerification: (linkHash, max) =>
      db.tx(async (tx) => {
        await tx.run(`UPDATE ${q} SET failures = failures + 1 WHERE link_hash = ? AND state = 'open'`, [linkHash]);
        const row = await tx.get<Row>(`SELECT failures FROM ${q} WHERE link_hash = ?`, [linkHash]);
        const failures = Number(row?.failures ?? 0);
        if (failures >= max) {
          await tx.run(`UPDATE ${q} SET state = 'burnt', parent_email = NULL WHERE link_hash = ?`, [linkHash]);
        }
        return failures;
      }),
    async findByManage(manageHash) {
      const row = await db.get<Row>(`SELECT * FROM ${r} WHERE manage_hash = ?`, [manageHash]);
      return row ? toRecord(row) : null;
    },
    revoke: (child, scopes, now) =>
      db.tx(async (tx) => {
        const record = await getRecordIn(tx, child);
        if (!record) return null;
        const takesUse = scopes.includes('use');
        const left = takesUse ? [] : record.scopes.filter((s) => !scopes.includes(s));
        const next: ConsentRecord = {
          ...record,
          scopes: left,
          status: left.includes('use') ? 'granted' : 'denied',
          updatedAt: now,
          // Nothing left to confirm once consent is withdrawn.
          ...(left.length === 0 ? { confirmAt: null, confirmEmail: null } : {}),
        };
        await writeRecord(tx, next);
        return next;
      }),
    addToken: (child, token) =>
      db.tx(async (tx) => {
        const record = await getRecordIn(tx, child);
        if (!record || record.tokens.some((t) => t.id === token.id)) return;
        const tokens = mergeTokens(record.tokens, token);
        await writeRecord(tx, { ...record, tokens, keepUntil: keepFor(tokens, record.updatedAt) });
      }),
    async countHeld(subject) {
      const reports = await db.get<Row>(`SELECT COUNT(*) AS n FROM ${names.reports} WHERE subject = ?`, [subject]);
      const escalations = await db.get<Row>(`SELECT COUNT(*) AS n FROM ${names.escalations} WHERE ${subjectOf} = ?`, [
        subject,
      ]);
      return { reports: Number(reports?.n ?? 0), escalations: Number(escalations?.n ?? 0) };
    },
    async listEscalations(subject) {
      const rows = await db.all<Row>(
        `SELECT event FROM ${names.escalations} WHERE ${subjectOf} = ? ORDER BY created_at`,
        [subject],
      );
      return rows.map((row) => {
        const event = (typeof row.event === 'string' ? JSON.parse(row.event) : row.event) as Record<string, string>;
        // Category, severity, time and where it came from; never text.
        return {
          category: String(event.category),
          severity: String(event.severity),
          createdAt: String(event.createdAt),
          source: String(event.source),
        };
      });
    },
    erase: (child, subject, now) =>
      db.tx(async (tx) => {
        const record = await getRecordIn(tx, child);
        const reports = await tx.run(
          `DELETE FROM ${names.reports} WHERE subject = ? AND (preserve_until IS NULL OR preserve_until <= ?)`,
          [subject, now],
        );
        const escalations = await tx.run(
          `DELETE FROM ${names.escalations} WHERE ${subjectOf} = ? AND delivered_at IS NOT NULL`,
          [subject],
        );
        const left = await tx.get<Row>(`SELECT COUNT(*) AS n FROM ${names.reports} WHERE subject = ?`, [subject]);
        const waiting = await tx.get<Row>(`SELECT COUNT(*) AS n FROM ${names.escalations} WHERE ${subjectOf} = ?`, [
          subject,
        ]);
        await tx.run(`DELETE FROM ${q} WHERE child = ?`, [child]);
        const consentRecords = await tx.run(`DELETE FROM ${r} WHERE child = ?`, [child]);
        return {
          reports,
          consentRecords,
          escalations,
          kept: { reports: Number(left?.n ?? 0), escalations: Number(waiting?.n ?? 0) },
          tokens: record?.tokens ?? [],
        };
      }),
    async dueConfirmations(now, limit) {
      const rows = await db.all<Row>(
        `SELECT * FROM ${r} WHERE confirm_at IS NOT NULL AND confirm_at <= ? AND confirm_email IS NOT NULL LIMIT ?`,
        [now, limit],
      );
      return rows.map(toRecord);
    },
    async markConfirmed(child) {
      await db.run(`UPDATE ${r} SET confirm_at = NULL, confirm_email = NULL WHERE child = ?`, [child]);
    },
    purge: (now) =>
      db.tx(async (tx) => {
        const addresses = await tx.run(
          `UPDATE ${q} SET parent_email = NULL, email_hash = NULL WHERE expires_at <= ? AND (parent_email IS NOT NULL OR email_hash IS NOT NULL)`,
          [now],
        );
        const requests = await tx.run(`DELETE FROM ${q} WHERE expires_at <= ?`, [now - REQUEST_TOMBSTONE_MS]);
        // A child nobody decided for, whose every request has expired, is no longer pending.
        await tx.run(
          `DELETE FROM ${r} WHERE status = 'pending' AND NOT EXISTS (SELECT 1 FROM ${q} WHERE ${q}.child = ${r}.child AND ${q}.state = 'open' AND ${q}.expires_at > ?)`,
          [now],
        );
        const records = await tx.run(`DELETE FROM ${r} WHERE keep_until <= ?`, [now]);
        return { addresses, requests, records };
      }),
    close: () => db.close(),
  };
}

/** Columns added after the first release, made on open where missing. */
const PARENT_AGE_COLUMNS = ['age_band', 'age_assurance'] as const;

export interface ConsentStoreOptions {
  /** Prefix of every table name (the report store's, whose tables a deletion reaches). @default 'youthchat_' */
  tablePrefix?: string;
}

/** Consent requests and records in a SQLite file (the report store's file, through a connection of its own). */
export async function sqliteConsentStore(
  options: ConsentStoreOptions & { filename: string; driver?: SqliteDriver },
): Promise<ConsentStore> {
  const prefix = options.tablePrefix ?? 'youthchat_';
  const t = tableNames(prefix);
  const db = await openSqliteDb(options.filename, options.driver);
  const q = `${prefix}consent_requests`;
  const r = `${prefix}consent_records`;
  await db.tx(async (tx) => {
    for (const statement of ddl(q, r, prefix, 'INTEGER')) await tx.run(statement);
    // Files made before a parent could confirm the child's age.
    const columns = await tx.all<Row>(`SELECT name FROM pragma_table_info('${r}')`);
    for (const column of PARENT_AGE_COLUMNS) {
      if (!columns.some((c) => c.name === column)) await tx.run(`ALTER TABLE ${r} ADD COLUMN ${column} TEXT`);
    }
  });
  return createStore(db, { q, r, reports: t.reports, escalations: t.escalations });
}

/** Consent requests and records in PostgreSQL, beside the report store's tables. */
export async function postgresConsentStore(
  options: ConsentStoreOptions & { connectionString?: string; pool?: PgPool; schema?: string },
): Promise<ConsentStore> {
  const prefix = options.tablePrefix ?? 'youthchat_';
  const schema = options.schema ?? 'public';
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(schema)) throw new Error(`Bad schema name "${schema}".`);
  const t = tableNames(prefix);
  const db = await openPostgresDb({
    ...(options.connectionString ? { connectionString: options.connectionString } : {}),
    ...(options.pool ? { pool: options.pool } : {}),
  });
  const q = `"${schema}".${prefix}consent_requests`;
  const r = `"${schema}".${prefix}consent_records`;
  try {
    await db.tx(async (tx) => {
      await tx.run(`SELECT pg_advisory_xact_lock(hashtext(?))`, [`youthchat-consent-schema:${q}`]);
      await tx.run(`CREATE SCHEMA IF NOT EXISTS "${schema}"`);
      for (const statement of ddl(q, r, prefix, 'BIGINT')) await tx.run(statement);
      for (const column of PARENT_AGE_COLUMNS) await tx.run(`ALTER TABLE ${r} ADD COLUMN IF NOT EXISTS ${column} TEXT`);
    });
  } catch (error) {
    await db.close().catch(() => {});
    throw error;
  }
  return createStore(db, { q, r, reports: `"${schema}".${t.reports}`, escalations: `"${schema}".${t.escalations}` });
}
