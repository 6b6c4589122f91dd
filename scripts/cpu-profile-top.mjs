// Prints the frames with the most self time in a V8 CPU profile (`node --cpu-prof`), as shares of the busy time:
//   node scripts/cpu-profile-top.mjs CPU.*.cpuprofile [count]
import { readFileSync } from 'node:fs';

const [file, count = '30'] = process.argv.slice(2);
if (!file) {
  console.error('usage: node scripts/cpu-profile-top.mjs <file.cpuprofile> [count]');
  process.exit(2);
}
const profile = JSON.parse(readFileSync(file, 'utf8'));
const byId = new Map(profile.nodes.map((node) => [node.id, node]));
const self = new Map();
const gaps = profile.timeDeltas;
for (let i = 0; i < profile.samples.length; i++) {
  const node = byId.get(profile.samples[i]);
  const { functionName, url, lineNumber } = node.callFrame;
  const name = `${functionName || '(anonymous)'} ${url.split('/').slice(-2).join('/')}:${lineNumber + 1}`;
  self.set(name, (self.get(name) ?? 0) + (gaps[i] ?? 0));
}
const total = [...self.values()].reduce((a, b) => a + b, 0);
const idle = [...self.entries()].filter(([name]) => name.startsWith('(idle)')).reduce((a, [, v]) => a + v, 0);
console.log(`total ${(total / 1000).toFixed(0)} ms, busy ${((total - idle) / 1000).toFixed(0)} ms`);
for (const [name, us] of [...self.entries()]
  .filter(([name]) => !name.startsWith('(idle)'))
  .sort((a, b) => b[1] - a[1])
  .slice(0, Number(count))) {
  console.log(
    `${((100 * us) / (total - idle || 1)).toFixed(1).padStart(5)}%  ${(us / 1000).toFixed(0).padStart(6)} ms  ${name}`,
  );
}
