import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** Server settings from the environment that would make the demo something other than its embedded default. */
const CLEARED = [
  'OPENAI_API_KEY',
  'OPENAI_BASE_URL',
  'DATABASE_URL',
  'YOUTHCHAT_SECRET',
  'YOUTHCHAT_ZDR',
  'MODERATOR_TOKEN',
  'ESCALATION_WEBHOOK_URL',
  'ESCALATION_WEBHOOK_SECRET',
  'HOST',
  'SMTP_URL',
  'YOUTHCHAT_PUBLIC_URL',
  'YOUTHCHAT_CONSENT_JWKS_URL',
  'YOUTHCHAT_CONSENT_JWT_ISSUER',
  'YOUTHCHAT_CONSENT_JWT_AUDIENCE',
];

export interface DemoProcess {
  /** The page's address, as the demo printed it. */
  url: string;
  /** Everything the demo printed so far (for failure messages). */
  output(): string;
  /** Sends SIGINT (Ctrl-C) and resolves with the exit code. */
  interrupt(timeoutMs?: number): Promise<number | null>;
  child: ChildProcess;
}

/**
 * Starts `node scripts/start.mjs` as a newcomer would (`pnpm start`), on free
 * ports, with its data in `dataDir` and no OpenAI key, and waits for the URL it prints.
 */
export async function startDemo(
  dataDir: string,
  timeoutMs = 150_000,
  /** Set after the defaults are cleared (a test's fake OpenAI, say). */
  extraEnv: NodeJS.ProcessEnv = {},
): Promise<DemoProcess> {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: '0',
    DEMO_PORT: '0',
    DEMO_HMR: '0',
    YOUTHCHAT_DATA_DIR: dataDir,
  };
  for (const name of CLEARED) delete env[name];
  Object.assign(env, extraEnv);
  const child = spawn(process.execPath, ['scripts/start.mjs'], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));

  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => fail(`no URL printed within ${timeoutMs / 1000} s`), timeoutMs);
    function fail(why: string) {
      clearTimeout(timer);
      reject(new Error(`The demo did not start: ${why}.\n${output}`));
    }
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /youthchat demo:\s+(http\S+)/.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    };
    child.stdout?.on('data', read);
    child.stderr?.on('data', read);
    child.once('exit', (code) => fail(`it exited with code ${code}`));
  });

  return {
    url,
    child,
    output: () => output,
    async interrupt(timeout = 30_000) {
      if (child.exitCode !== null) return child.exitCode;
      child.kill('SIGINT');
      const timer = setTimeout(() => child.kill('SIGKILL'), timeout);
      const code = await exited;
      clearTimeout(timer);
      return code;
    },
  };
}
