// Runs the built packages (dist) on whichever Node executes this file: the
// published code paths users hit, without the test toolchain.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { definePolicy, getDisclosure, resolveAge, screenText, scrubPII } from '@youthchat/core';
import { createYouthchatHandler } from '@youthchat/server';
import { createAppFromConfig, createEnginePool, loadServerConfig, serve } from '@youthchat/server/node';

const { band } = resolveAge({ birthDate: '2014-03-14' }, { now: new Date('2026-11-24T12:00:00Z'), timeZone: 'UTC' });
assert.equal(band, 'under13');
assert.equal(definePolicy().youngestBand, 'under13');
assert.ok(getDisclosure('under13', 'en').sections.length > 0);
assert.ok(scrubPII('email me at sam@example.com').findings.length > 0);
assert.equal(screenText('what is the capital of France?', { band: 'under13' }).action, 'allow');

const dir = mkdtempSync(join(tmpdir(), 'youthchat-compat-'));
const handler = createYouthchatHandler({ secret: 'x'.repeat(40) });
const server = await serve(handler, { port: 0 });
try {
  const declared = await fetch(`${server.url}/api/age`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ age: 14, country: 'GB' }),
  });
  assert.equal(declared.status, 200);
  const { token } = await declared.json();
  const read = await fetch(`${server.url}/api/age`, { headers: { 'x-youthchat-age': token } });
  assert.equal(read.status, 200);
  assert.equal((await read.json()).band, 'teen13to15');
  const bad = await fetch(`${server.url}/api/age`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: '{',
  });
  assert.equal(bad.status, 400);
} finally {
  await server.close();
  rmSync(dir, { recursive: true, force: true });
}
// The SQLite stores (reports, rate limits, the age-token deny-list) in a data folder, as youthchat-server
// opens them: node:sqlite where Node has it built in (22.13 and newer), better-sqlite3 otherwise.
const dataDir = mkdtempSync(join(tmpdir(), 'youthchat-compat-data-'));
const moderator = 'm'.repeat(40);
const app = await createAppFromConfig(
  loadServerConfig({ YOUTHCHAT_DATA_DIR: dataDir, MODERATOR_TOKEN: moderator, YOUTHCHAT_ENGINE_THREADS: '1' }),
);
const api = await serve(app.handler, { port: 0 });
try {
  const report = () =>
    fetch(`${api.url}/api/reports`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ reason: 'other', clientReportId: 'compat-1' }),
    });
  const first = await report();
  assert.equal(first.status, 201);
  // The same client id again answers with the first report (a unique index and a savepoint at work).
  const again = await report();
  assert.equal(again.status, 201);
  assert.deepEqual(await again.json(), await first.json());
  const listed = await fetch(`${api.url}/api/reports?clientReportId=compat-1`, {
    headers: { authorization: `Bearer ${moderator}` },
  });
  assert.equal((await listed.json()).reports.length, 1);
  assert.equal(statSync(join(dataDir, 'youthchat.sqlite')).mode & 0o777, 0o600);
} finally {
  await api.close();
  await app.close();
  rmSync(dataDir, { recursive: true, force: true });
}
const builtinSqlite = typeof process.getBuiltinModule?.('node:sqlite')?.DatabaseSync === 'function';

// The safety engine's worker threads, started from the built worker file.
const engine = createEnginePool({ threads: 1, timeoutMs: 10_000 });
try {
  await engine.ready();
  const [scrubbed] = await engine.run(
    { kind: 'scrub', texts: ['email me at sam@example.com'] },
    AbortSignal.timeout(10_000),
  );
  assert.equal(scrubbed, 'email me at [email]');
} finally {
  await engine.close();
}
console.log(`compat ${process.version}: ok (SQLite through ${builtinSqlite ? 'node:sqlite' : 'better-sqlite3'})`);
