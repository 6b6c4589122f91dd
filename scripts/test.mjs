// `pnpm test`: everything CI checks, stopping at the first failing stage.
// Type check, lint, build, package checks, every Vitest project (unit, server, browser, storybook), then
// the packed packages in fresh Vite and Next.js apps outside the workspace (scripts/fresh-apps.mjs).
// `pnpm test <stage>…` runs the stages whose names start with the words given (e.g. `pnpm test fresh`).
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';

const stages = [
  ['type check', 'pnpm', ['exec', 'tsc', '-b', 'tsconfig.json']],
  ['lint', 'pnpm', ['exec', 'biome', 'check', '.']],
  ['build', 'pnpm', ['run', 'build']],
  ['package checks (publint, attw)', 'node', ['scripts/check-packages.mjs']],
  ['built packages on Node 20, 22 and 24', 'node', ['scripts/node-compat.mjs']],
  [
    'tests (unit, server, browser, storybook)',
    'pnpm',
    ['exec', 'vitest', 'run', '--reporter=default', '--reporter=json', '--outputFile.json=test-results/vitest.json'],
  ],
  ['fresh apps from the packed packages (Vite, Next.js)', 'node', ['scripts/fresh-apps.mjs']],
];

const only = process.argv.slice(2);
for (const [name, command, args] of stages) {
  if (only.length > 0 && !only.some((o) => name.startsWith(o))) continue;
  console.log(`\n▶ ${name}`);
  if (name.startsWith('tests')) rmSync('test-results/vitest.json', { force: true });
  const started = Date.now();
  const result = spawnSync(command, args, { stdio: 'inherit', env: process.env });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (name.startsWith('tests') && existsSync('test-results/vitest.json')) {
    const report = JSON.parse(readFileSync('test-results/vitest.json', 'utf8'));
    const skipped = report.numPendingTests + report.numTodoTests;
    console.log(`\nvitest: ${report.numPassedTests} passed, ${report.numFailedTests} failed, ${skipped} skipped`);
    if (report.numTotalTests === 0) {
      console.error('✖ no test ran');
      process.exit(1);
    }
  }
  if (result.status !== 0) {
    console.error(`✖ ${name} failed (${seconds}s)`);
    process.exit(result.status ?? 1);
  }
  console.log(`✔ ${name} (${seconds}s)`);
}
