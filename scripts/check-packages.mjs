// publint and arethetypeswrong on every published package, from its built dist.
import { spawnSync } from 'node:child_process';

const packages = ['packages/core', 'packages/react', 'packages/server'];
// Entry points that are not JavaScript (and so have no types to check).
const nonCode = { 'packages/react': ['./styles.css'] };
let failed = false;
for (const dir of packages) {
  for (const [tool, args] of [
    ['publint', ['exec', 'publint', '--strict', dir]],
    [
      'attw',
      [
        'exec',
        'attw',
        '--pack',
        dir,
        '--profile',
        'esm-only',
        '--format',
        'ascii',
        ...(nonCode[dir] ? ['--exclude-entrypoints', ...nonCode[dir]] : []),
      ],
    ],
  ]) {
    console.log(`\n${tool} ${dir}`);
    const result = spawnSync('pnpm', args, { stdio: 'inherit' });
    if (result.status !== 0) failed = true;
  }
}
process.exit(failed ? 1 : 0);
