/**
 * CPU times of a run on a small and on a large input, for tests that tell
 * linear growth from quadratic.
 *
 * Each input runs `rounds` times and the best time is kept. CPU time rather
 * than wall time: on a busy machine a long run is interrupted more often than
 * a short one, which would read as growth. A burst of load (another test
 * file, the collector) can still land on the large runs alone, so when the
 * large time is over `bound(small)` the pair is measured again, up to
 * `attempts` times in all, and the attempt that grew least is returned. A
 * run that really grows faster than its input fails every attempt.
 *
 * @example
 * const { small, large } = leastGrowth(() => f(text20k), () => f(text80k), (s) => 8 * s);
 * expect(large).toBeLessThan(8 * small);
 */
export function leastGrowth(
  runSmall: () => void,
  runLarge: () => void,
  bound: (small: number) => number,
  { rounds = 5, attempts = 3 }: { rounds?: number; attempts?: number } = {},
): { small: number; large: number } {
  runSmall();
  let least: { small: number; large: number } | undefined;
  for (let attempt = 0; attempt < attempts; attempt++) {
    const small = best(runSmall, rounds);
    const large = best(runLarge, rounds);
    if (!least || large / bound(small) < least.large / bound(least.small)) least = { small, large };
    if (large < bound(small)) break;
  }
  return least as { small: number; large: number };
}

/** The best of `rounds` runs' CPU time, in milliseconds. */
function best(run: () => void, rounds: number): number {
  let fastest = Number.POSITIVE_INFINITY;
  for (let i = 0; i < rounds; i++) {
    const started = process.cpuUsage();
    run();
    const { user, system } = process.cpuUsage(started);
    fastest = Math.min(fastest, (user + system) / 1000);
  }
  return fastest;
}
