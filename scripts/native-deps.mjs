// Runs after `pnpm install` (the root `postinstall`): builds better-sqlite3's native part, which the tests
// and the demo use on Node 20 (Node 22.13 and newer have SQLite built in). pnpm is told not to build it
// (pnpm-workspace.yaml) so that this script can do what its own install script cannot on a machine
// that cannot download: it tries the prebuilt binary, then a build against Node's headers downloaded
// by node-gyp, and when that download fails, a build against the headers installed beside this Node
// (<prefix>/include/node, as Node's own tarballs and most distributions' packages have them).
// Nothing to set in the environment; npm_config_nodedir, when set, is still honoured.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { delimiter, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const require = createRequire(join(root, 'package.json'));

let dir;
try {
  dir = dirname(require.resolve('better-sqlite3/package.json'));
} catch {
  process.exit(0); // Installed without dev dependencies: nothing to build.
}

const works = () =>
  spawnSync(process.execPath, ['-e', "new (require('better-sqlite3'))(':memory:').close()"], {
    cwd: dir,
    stdio: 'ignore',
  }).status === 0;

if (works()) process.exit(0);

const logs = [];
/** Runs one way of getting the binary; its output is shown only if every way fails. */
const run = (label, command, args, env = {}) => {
  console.log(`better-sqlite3: ${label}`);
  const result = spawnSync(command, args, {
    cwd: dir,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    env: { ...process.env, ...env },
  });
  logs.push(`--- ${label}\n${result.stdout ?? ''}${result.stderr ?? ''}${result.error ? String(result.error) : ''}`);
  return result.status === 0 && works();
};

const fromDependency = (pkg, bin) => {
  try {
    return join(dirname(createRequire(join(dir, 'package.json')).resolve(`${pkg}/package.json`)), bin);
  } catch {
    return undefined;
  }
};

/** node-gyp: the one the package manager provides, else npm's own. */
function nodeGyp() {
  const fromEnv = process.env.npm_config_node_gyp;
  if (fromEnv && existsSync(fromEnv)) return [process.execPath, fromEnv];
  for (const folder of (process.env.PATH ?? '').split(delimiter)) {
    if (folder && existsSync(join(folder, 'node-gyp'))) return [join(folder, 'node-gyp')];
  }
  const prefix = dirname(dirname(process.execPath));
  for (const candidate of [
    join(prefix, 'lib', 'node_modules', 'npm', 'node_modules', 'node-gyp', 'bin', 'node-gyp.js'),
    join(dirname(process.execPath), 'node_modules', 'npm', 'node_modules', 'node-gyp', 'bin', 'node-gyp.js'),
  ]) {
    if (existsSync(candidate)) return [process.execPath, candidate];
  }
  return undefined;
}

const prebuild = fromDependency('prebuild-install', 'bin.js');
if (prebuild && run('trying the prebuilt binary', process.execPath, [prebuild])) process.exit(0);

const gyp = nodeGyp();
if (!gyp) {
  console.error('better-sqlite3: no node-gyp found to build it; install npm, or run Node 22.13 or newer.');
  process.exit(1);
}
const [command, ...first] = gyp;
const build = ['rebuild', '--release'];
if (run('building from source (a minute or two)', command, [...first, ...build])) process.exit(0);

// The headers could not be downloaded: use the ones installed with this Node, when they are there.
const prefix = dirname(dirname(process.execPath));
if (!process.env.npm_config_nodedir && existsSync(join(prefix, 'include', 'node', 'node.h'))) {
  if (
    run(`building from source against the headers in ${join(prefix, 'include', 'node')}`, command, [
      ...first,
      ...build,
      `--nodedir=${prefix}`,
    ])
  )
    process.exit(0);
}
console.error(logs.join('\n'));
const builtin = typeof process.getBuiltinModule?.('node:sqlite')?.DatabaseSync === 'function';
console.error(
  `better-sqlite3 could not be built. ${builtin ? 'The demo runs without it on this Node (SQLite is built in); some tests open it directly.' : 'The tests and the demo need it on this Node (Node 22.13 and newer have SQLite built in).'}`,
);
process.exit(builtin ? 0 : 1);
