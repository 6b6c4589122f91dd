// Runs the built packages (dist) on whichever Node executes this file: the
// published code paths users hit, without the test toolchain.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { definePolicy, getDisclosure, resolveAge, screenText, scrubPII } from '@youthchat/core';
import { createYouthchatHandler } from '@youthchat/server';
import { createEnginePool, serve } from '@youthchat/server/node';

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
console.log(`compat ${process.version}: ok`);
