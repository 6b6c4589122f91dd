import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const cli = fileURLToPath(new URL('../../../packages/server/src/cli.ts', import.meta.url));
const tsconfig = fileURLToPath(new URL('../reports/fixtures/tsconfig.json', import.meta.url));

export interface CliServer {
  url: string;
  /** What the server has printed so far. */
  readonly stdout: string;
  stop(): Promise<void>;
}

function start(env: Record<string, string>): { child: ChildProcess; stdout: () => string; stderr: () => string } {
  const child = spawn(process.execPath, ['--import', 'tsx', cli], {
    env: {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? '',
      TSX_TSCONFIG_PATH: tsconfig,
      PORT: '0',
      YOUTHCHAT_ENGINE_THREADS: '1',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  child.stdout?.on('data', (chunk: Buffer) => {
    out += chunk.toString();
  });
  child.stderr?.on('data', (chunk: Buffer) => {
    err = (err + chunk.toString()).slice(-8000);
  });
  return { child, stdout: () => out, stderr: () => err };
}

/** Runs `youthchat-server` (its TypeScript source, through tsx) and waits until it listens. */
export async function startCli(env: Record<string, string>): Promise<CliServer> {
  const { child, stdout, stderr } = start(env);
  const url = await new Promise<string>((resolve, reject) => {
    const onData = () => {
      const match = /listening on (http:\/\/\S+)/.exec(stdout());
      // The notes follow the URL line; wait for the whole start-up message.
      if (match?.[1] && stdout().includes('client addresses:')) {
        child.stdout?.off('data', onData);
        resolve(match[1]);
      }
    };
    child.stdout?.on('data', onData);
    child.once('exit', (code) => reject(new Error(`youthchat-server exited with ${code}: ${stderr()}`)));
  });
  return {
    url,
    get stdout() {
      return stdout();
    },
    async stop() {
      if (child.exitCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    },
  };
}

/** Runs `youthchat-server` expecting it to refuse to start; answers its exit code and error output. */
export async function failingCli(env: Record<string, string>): Promise<{ code: number | null; stderr: string }> {
  const { child, stderr } = start(env);
  const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
  return { code, stderr: stderr() };
}
