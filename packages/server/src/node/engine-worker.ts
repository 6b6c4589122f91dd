/**
 * One of the safety engine's worker threads (see `createEnginePool`): loads
 * every shipped language pack once, then runs scrub and screen jobs.
 */
import { loadLanguages, SHIPPED_LANGUAGES } from '@youthchat/core';
import { type EngineJob, runEngineJob } from '../chat/engine.js';
import { warmScrubber } from './warm-scrubber.js';

// A failed load leaves those languages unread, and so a minor's message in them held: the same as in-process.
await loadLanguages(SHIPPED_LANGUAGES).catch(() => undefined);
// The scrubber's tables are built now, so a worker's first scrub job does not spend its time budget on them.
try {
  warmScrubber();
} catch {
  // Then the first job builds them, as it would have.
}

export default function run(job: EngineJob): ReturnType<typeof runEngineJob> {
  return runEngineJob(job);
}
