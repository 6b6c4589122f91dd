import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type EngineJob, inProcessEngine, type SafetyEngine } from '@youthchat/server';
import { createAppFromConfig, loadServerConfig, serve } from '@youthchat/server/node';
import { afterAll, describe, expect, it } from 'vitest';

const MODERATOR_TOKEN = 'moderator-token-0123456789abcdef';
const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

/** An app on its own data folder with `engine`, serving until `use` returns. */
async function withApp(engine: SafetyEngine, use: (url: string) => Promise<void>): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'youthchat-report-engine-'));
  dirs.push(dir);
  const config = loadServerConfig({
    YOUTHCHAT_DATA_DIR: dir,
    MODERATOR_TOKEN,
    YOUTHCHAT_SECURE_COOKIES: '0',
  });
  const app = await createAppFromConfig(config, { engine });
  const server = await serve(app.handler, { port: 0 });
  try {
    await use(server.url);
  } finally {
    await server.close();
    await app.close();
  }
}

async function report(url: string, details: string): Promise<Response> {
  return fetch(`${url}/api/reports`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ reason: 'bullying', details }),
  });
}

async function storedDetails(url: string, id: string): Promise<{ details: string | null; textWithheld?: boolean }> {
  const answer = await fetch(`${url}/api/reports/${id}`, { headers: { authorization: `Bearer ${MODERATOR_TOKEN}` } });
  expect(answer.status).toBe(200);
  return ((await answer.json()) as { report: { details: string | null; textWithheld?: boolean } }).report;
}

describe('the app scrubs reports on its safety engine', () => {
  it("sends a report's text to the engine, and stores what the engine gave back", async () => {
    const jobs: EngineJob[] = [];
    const counting: SafetyEngine = {
      run(job, signal) {
        jobs.push(job);
        return inProcessEngine.run(job, signal);
      },
    };
    await withApp(counting, async (url) => {
      const answer = await report(url, 'They keep calling my phone, 07700 900123, to be mean');
      expect(answer.status).toBe(201);
      const { id } = (await answer.json()) as { id: string };
      expect(jobs).toContainEqual(
        expect.objectContaining({ kind: 'scrub', texts: [expect.stringContaining('07700')] }),
      );
      const stored = await storedDetails(url, id);
      expect(stored.details).not.toContain('07700 900123');
      expect(stored.details).toContain('to be mean');
    });
  });

  it('keeps the report with its text withheld when the engine cannot answer', async () => {
    const failing: SafetyEngine = {
      async run(job, signal) {
        if (job.kind === 'scrub') throw new Error('engine_timeout');
        return inProcessEngine.run(job, signal);
      },
    };
    await withApp(failing, async (url) => {
      const answer = await report(url, 'My number is 07700 900123 and they share it');
      expect(answer.status).toBe(201);
      const body = (await answer.json()) as { id: string; textWithheld?: boolean };
      expect(body.textWithheld).toBe(true);
      const stored = await storedDetails(url, body.id);
      expect(stored.textWithheld).toBe(true);
      expect(stored.details ?? '').not.toContain('07700');
    });
  });

  it('scrubs reports sent together in shared jobs, each report keeping its own text', async () => {
    const jobs: EngineJob[] = [];
    // As slow as a busy worker, so reports arrive while the first jobs are out.
    const slow: SafetyEngine = {
      async run(job, signal) {
        jobs.push(job);
        await new Promise((resolve) => setTimeout(resolve, 100));
        return inProcessEngine.run(job, signal);
      },
    };
    await withApp(slow, async (url) => {
      const sent = Array.from(
        { length: 12 },
        (_, i) => `Report ${i}: they posted my number 07700 9001${String(i).padStart(2, '0')} everywhere`,
      );
      const answers = await Promise.all(sent.map((details) => report(url, details)));
      const ids: string[] = [];
      for (const answer of answers) {
        expect(answer.status).toBe(201);
        const body = (await answer.json()) as { id: string; textWithheld?: boolean };
        expect(body.textWithheld).toBeUndefined();
        ids.push(body.id);
      }
      const scrubs = jobs.filter((job) => job.kind === 'scrub');
      // Every text went to the engine once, and some went together.
      expect(scrubs.flatMap((job) => job.texts).sort()).toEqual([...sent].sort());
      expect(scrubs.length).toBeLessThan(sent.length);
      for (const [i, id] of ids.entries()) {
        const stored = await storedDetails(url, id);
        expect(stored.details).toBe(`Report ${i}: they posted my number [phone] everywhere`);
      }
    });
  });

  it('withholds the text of every report in a shared job the engine fails, and keeps each report', async () => {
    let scrubJobs = 0;
    const failing: SafetyEngine = {
      async run(job, signal) {
        if (job.kind === 'scrub') {
          scrubJobs++;
          await new Promise((resolve) => setTimeout(resolve, 100));
          throw new Error('engine_timeout');
        }
        return inProcessEngine.run(job, signal);
      },
    };
    await withApp(failing, async (url) => {
      const answers = await Promise.all(
        Array.from({ length: 6 }, (_, i) => report(url, `My number is 07700 90012${i} and they share it`)),
      );
      expect(scrubJobs).toBeLessThan(6);
      for (const answer of answers) {
        expect(answer.status).toBe(201);
        const body = (await answer.json()) as { id: string; textWithheld?: boolean };
        expect(body.textWithheld).toBe(true);
        const stored = await storedDetails(url, body.id);
        expect(stored.details ?? '').not.toContain('07700');
      }
    });
  });
});
