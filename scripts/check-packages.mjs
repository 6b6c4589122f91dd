// publint and arethetypeswrong on every published package, from its built dist; then what each
// tarball holds: only package.json, README.md, LICENSE and built files (no build info, no source maps
// to sources that are not shipped, no tests), and no workspace: versions.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { packAll } from './pack.mjs';

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

console.log('\ntarball contents');
const dir = mkdtempSync(join(tmpdir(), 'youthchat-packs-'));
try {
  const tarballs = packAll(dir, { build: false, quiet: true });
  const allowed = /^package\/(package\.json|README\.md|LICENSE|dist\/.+\.(js|d\.ts|css))$/;
  for (const [name, tarball] of Object.entries(tarballs)) {
    const entries = spawnSync('tar', ['tzf', tarball], { encoding: 'utf8' }).stdout.split('\n').filter(Boolean);
    const problems = entries.filter((entry) => !allowed.test(entry) || /\.test\.|__tests__|\/test\//.test(entry));
    for (const needed of ['package/README.md', 'package/LICENSE', 'package/package.json']) {
      if (!entries.includes(needed)) problems.push(`${needed} missing`);
    }
    const manifest = spawnSync('tar', ['xzf', tarball, '-O', 'package/package.json'], { encoding: 'utf8' }).stdout;
    if (manifest.includes('workspace:')) problems.push('package.json has a workspace: version');
    const size = (readFileSync(tarball).length / 1024).toFixed(0);
    if (problems.length > 0) {
      failed = true;
      console.error(`✖ @youthchat/${name}: ${problems.join(', ')}`);
    } else {
      console.log(`✔ @youthchat/${name}: ${entries.length} files, ${size} KB packed`);
    }
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
process.exit(failed ? 1 : 0);
