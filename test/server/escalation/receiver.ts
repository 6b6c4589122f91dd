import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Delivery {
  body: string;
  headers: IncomingMessage['headers'];
}

export interface Receiver {
  url: string;
  port: number;
  deliveries: Delivery[];
  /** Answers for the next requests, in order; 200 once they run out. */
  answers: { status: number; headers?: Record<string, string>; delayMs?: number }[];
  start(): Promise<void>;
  stop(): Promise<void>;
}

/** A webhook receiver on loopback that can be taken down and brought back on the same port. */
export async function createReceiver(): Promise<Receiver> {
  // Reserve a free port, then let it go: the receiver starts "down".
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise<void>((resolve) => probe.close(() => resolve()));

  const deliveries: Delivery[] = [];
  const answers: Receiver['answers'] = [];
  let server: Server | undefined;
  return {
    url: `http://127.0.0.1:${port}/hooks/youthchat`,
    port,
    deliveries,
    answers,
    async start() {
      server = createServer((req, res) => {
        const chunks: Buffer[] = [];
        req.on('data', (c: Buffer) => chunks.push(c));
        req.on('end', () => {
          deliveries.push({ body: Buffer.concat(chunks).toString('utf8'), headers: req.headers });
          const answer = answers.shift() ?? { status: 200 };
          setTimeout(() => res.writeHead(answer.status, answer.headers).end(), answer.delayMs ?? 0);
        });
      });
      await new Promise<void>((resolve, reject) => {
        server?.once('error', reject);
        server?.listen(port, '127.0.0.1', () => resolve());
      });
    },
    async stop() {
      const s = server;
      server = undefined;
      if (!s) return;
      await new Promise<void>((resolve) => {
        s.close(() => resolve());
        s.closeAllConnections();
      });
    },
  };
}

/** Polls `check` until it is true, at most `timeoutMs`. */
export async function waitFor(
  check: () => boolean | Promise<boolean>,
  timeoutMs = 20_000,
  what = 'condition',
): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error(`Timed out waiting for ${what}.`);
}
