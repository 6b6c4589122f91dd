// `pnpm test`: everything CI checks, stopping at the first failing stage.
// Type check, lint, build, package checks, every Vitest project (unit, unit-fresh, server, browser, storybook, e2e), then
// the packed packages in fresh Vite and Next.js apps outside the workspace (scripts/fresh-apps.mjs).
// `pnpm test <stage>…` runs the stages whose names start with the words given (e.g. `pnpm test fresh`).
//
// The Vitest projects run as two processes side by side: the browser ones (browser, storybook, e2e), which mostly
// wait on Chromium and the demo's servers, and the Node ones (unit, unit-fresh, server), which mostly compute. Vitest gives
// one process a single worker on a two-core machine, so one process leaves a core idle (and two workers in the
// second process, beside the first, made the run no faster). The tests that time themselves (growth in time, one
// client waiting behind another, sockets closed promptly) then run alone. The unit and server files share one
// module graph per project (vitest.config.ts), which takes the Node process from about 670 s to about 260 s alone.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';

const stages = [
  ['type check', 'pnpm', ['exec', 'tsc', '-b', 'tsconfig.json']],
  ['lint', 'pnpm', ['exec', 'biome', 'check', '.']],
  ['build', 'pnpm', ['run', 'build']],
  ['package checks (publint, attw)', 'node', ['scripts/check-packages.mjs']],
  ['built packages on Node 20, 22 and 24', 'node', ['scripts/node-compat.mjs']],
  ['tests (unit, server, browser, storybook, e2e)', 'vitest', []],
  ['fresh apps from the packed packages (Vite, Next.js)', 'node', ['scripts/fresh-apps.mjs']],
];

/** Test files that measure time: they run alone, after the rest, so no other test takes their core. */
const TIMED = [
  'test/core/safety/screen-growth.test.ts',
  'test/core/safety/scrub-growth.test.ts',
  'test/server/chat/isolation.test.ts',
  'test/server/chat/overlap.test.ts',
  'test/server/chat/streaming.test.ts',
  'test/server/node/engine-inline.test.ts',
  'test/server/node/engine-pool.test.ts',
  'test/server/node/hygiene.test.ts',
];
const REPORT = 'test-results/vitest.json';

/** Runs Vitest with a JSON report in `json`; `log` takes its output instead of the terminal. */
function vitest(args, json, log, env = {}) {
  const all = ['exec', 'vitest', 'run', ...args, '--reporter=default', '--reporter=json', `--outputFile.json=${json}`];
  return new Promise((resolve) => {
    const child = spawn('pnpm', all, {
      stdio: log ? ['ignore', 'pipe', 'pipe'] : 'inherit',
      env: { ...process.env, ...env },
    });
    const out = [];
    if (log) {
      child.stdout.on('data', (chunk) => out.push(chunk));
      child.stderr.on('data', (chunk) => out.push(chunk));
    }
    child.on('close', (code, signal) => {
      if (log) writeFileSync(log, Buffer.concat(out));
      resolve(code ?? (signal ? 1 : 0));
    });
  });
}

/** Every Vitest project, in the three runs above; writes one report of them all to `REPORT`. */
async function tests() {
  mkdirSync('test-results', { recursive: true });
  const parts = ['browser', 'node', 'timed'].map((name) => `test-results/vitest-${name}.json`);
  for (const file of [REPORT, ...parts]) rmSync(file, { force: true });
  const nodeLog = 'test-results/vitest-node.log';
  const exclude = TIMED.map((file) => `--exclude=${file}`);
  const [browser, node] = await Promise.all([
    vitest(['--project', 'browser', '--project', 'storybook', '--project', 'e2e'], parts[0]),
    vitest(['--project', 'unit', '--project', 'unit-fresh', '--project', 'server', ...exclude], parts[1], nodeLog),
  ]);
  console.log('\n▸ unit and server projects, run beside the browser ones:\n');
  process.stdout.write(readFileSync(nodeLog));
  console.log('\n▸ tests that time themselves, alone:\n');
  // Each in a module graph and heap of its own (vitest.config.ts), as they were written to be timed.
  const timed = await vitest(['--project', 'unit-fresh', '--project', 'server', ...TIMED], parts[2], undefined, {
    YOUTHCHAT_TEST_ISOLATE: '1',
  });
  const reports = parts.filter((file) => existsSync(file)).map((file) => JSON.parse(readFileSync(file, 'utf8')));
  const sum = (key) => reports.reduce((total, report) => total + (report[key] ?? 0), 0);
  const merged = {
    numTotalTests: sum('numTotalTests'),
    numPassedTests: sum('numPassedTests'),
    numFailedTests: sum('numFailedTests'),
    numPendingTests: sum('numPendingTests'),
    numTodoTests: sum('numTodoTests'),
    success: reports.length === parts.length && reports.every((report) => report.success),
    testResults: reports.flatMap((report) => report.testResults ?? []),
  };
  writeFileSync(REPORT, JSON.stringify(merged));
  if (reports.length < parts.length) console.error(`✖ ${parts.length - reports.length} Vitest run(s) wrote no report`);
  return browser || node || timed || (reports.length < parts.length ? 1 : 0);
}

const only = process.argv.slice(2);
for (const [name, command, args] of stages) {
  if (only.length > 0 && !only.some((o) => name.startsWith(o))) continue;
  console.log(`\n▶ ${name}`);
  const started = Date.now();
  const status =
    command === 'vitest'
      ? await tests()
      : (spawnSync(command, args, { stdio: 'inherit', env: process.env }).status ?? 1);
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (command === 'vitest' && existsSync(REPORT)) {
    const report = JSON.parse(readFileSync(REPORT, 'utf8'));
    const skipped = report.numPendingTests + report.numTodoTests;
    console.log(`\nvitest: ${report.numPassedTests} passed, ${report.numFailedTests} failed, ${skipped} skipped`);
    if (report.numTotalTests === 0) {
      console.error('✖ no test ran');
      process.exit(1);
    }
  }
  if (status !== 0) {
    console.error(`✖ ${name} failed (${seconds}s)`);
    process.exit(status);
  }
  console.log(`✔ ${name} (${seconds}s)`);
}
