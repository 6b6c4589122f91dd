// `pnpm pack:all`: builds the three packages and writes their tarballs to one folder (.packs/ unless
// given another), for installing the kit from the repository before it is published:
//   npm install /path/to/youthchat/.packs/youthchat-{core,react,server}-0.1.0.tgz
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
export const PACKAGES = ['core', 'react', 'server'];

/** Builds (unless `build` is false) and packs every package into `dir`; answers the tarballs' paths by package. */
export function packAll(dir, { build = true, quiet = false } = {}) {
  const stdio = quiet ? 'ignore' : 'inherit';
  if (build && spawnSync('pnpm', ['run', 'build'], { cwd: root, stdio }).status !== 0) {
    throw new Error('pnpm run build failed');
  }
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const name of PACKAGES) {
    const result = spawnSync('pnpm', ['pack', '--pack-destination', dir], {
      cwd: join(root, 'packages', name),
      stdio: quiet ? 'ignore' : ['ignore', 'ignore', 'inherit'],
    });
    if (result.status !== 0) throw new Error(`pnpm pack failed in packages/${name}`);
  }
  const files = readdirSync(dir);
  return Object.fromEntries(
    PACKAGES.map((name) => {
      const file = files.find((f) => f.startsWith(`youthchat-${name}-`) && f.endsWith('.tgz'));
      if (!file) throw new Error(`no tarball for @youthchat/${name} in ${dir}`);
      return [name, join(dir, file)];
    }),
  );
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const dir = resolve(process.argv[2] ?? join(root, '.packs'));
  const tarballs = packAll(dir);
  console.log(`\nTarballs in ${dir}:`);
  for (const path of Object.values(tarballs)) console.log(`  ${path}`);
  console.log(`\nIn your app:\n  npm install ${Object.values(tarballs).join(' ')}`);
}
