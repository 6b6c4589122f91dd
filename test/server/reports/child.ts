import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const tsconfig = fileURLToPath(new URL('./fixtures/tsconfig.json', import.meta.url));
const script = fileURLToPath(new URL('./fixtures/report-server.ts', import.meta.url));

export interface ChildServer {
  url: string;
  process: ChildProcess;
  /** Resolves with the exit code or signal once the process has ended. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** True while the process is running. */
  alive(): boolean;
  /** What the process wrote to stderr (for failure messages). */
  stderr(): string;
}

/** Starts `fixtures/report-server.ts` in its own Node process (TypeScript through tsx) and waits until it listens. */
export async function startChildServer(env: Record<string, string>): Promise<ChildServer> {
  // tsx as a loader inside one Node process (not the tsx CLI, which runs the script in a second
  // process): a SIGKILL must hit the server itself.
  const child = spawn(process.execPath, ['--import', 'tsx', script], {
    cwd: root,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', TSX_TSCONFIG_PATH: tsconfig, PORT: '0', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let err = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    err = (err + chunk.toString()).slice(-8000);
  });
  let running = true;
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => {
    child.once('exit', (code, signal) => {
      running = false;
      resolve({ code, signal });
    });
  });
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`The report server did not start in time.\n${err}`)), 30_000);
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const line = out.split('\n').find((l) => l.startsWith('{'));
      if (line) {
        clearTimeout(timer);
        resolve((JSON.parse(line) as { url: string }).url);
      }
    });
    void exited.then(({ code, signal }) => {
      clearTimeout(timer);
      reject(new Error(`The report server exited (${code ?? signal}) before listening.\n${err}`));
    });
  });
  return { url, process: child, exited, alive: () => running, stderr: () => err };
}
