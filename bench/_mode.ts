// How large a bench run is, from the environment:
// - full (default): every size the goals are set at;
// - quick (BENCH_QUICK=1): the small sizes only;
// - smoke (BENCH_SMOKE=1): one tiny size and few rounds, to check that every bench still runs to
//   its end (a baseline that disagrees with the library stops its bench); its figures mean nothing.
//   `test/bench/smoke.test.ts` runs it in CI.
export type BenchMode = 'full' | 'quick' | 'smoke';

export const MODE: BenchMode =
  process.env['BENCH_SMOKE'] === '1'
    ? 'smoke'
    : process.env['BENCH_QUICK'] === '1'
      ? 'quick'
      : 'full';

/** The value for the run's mode. */
export function byMode<T>(full: T, quick: T, smoke: T): T {
  return MODE === 'smoke' ? smoke : MODE === 'quick' ? quick : full;
}
