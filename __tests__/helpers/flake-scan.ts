import { flakeScan, type FlakeScan } from '../../src/analysis/flakes.js';
import { HISTORY_SCHEMA, type History } from '../../src/analysis/history.js';

/**
 * The flake scan of `runs` healthy runs on distinct commits: `flaky` tests passed on retry in the
 * last run, `steady` tests passed every time; `extra` adds tests with outcome strings of their own.
 */
export function scanOf(
  runs: number,
  flaky: number,
  steady: number,
  extra: Record<string, string> = {},
): FlakeScan {
  const pass = 'P'.repeat(runs);
  const tests: Record<string, string> = { ...extra };
  for (let i = 0; i < flaky; i++) tests[`f${String(i).padStart(2, '0')}`] = `${pass.slice(1)}R`;
  for (let i = 0; i < steady; i++) tests[`s${i}`] = pass;
  const h: History = {
    schema: HISTORY_SCHEMA,
    window: 30,
    runs: Array.from({ length: runs }, (_, i) => ({
      run_id: `r${i + 1}`,
      coverage: null,
      attempt: 1,
      commit: `c${i + 1}`,
      date: '2026-01-01',
      tests: 100,
      failed: 0,
    })),
    signatures: [],
    tests: Object.entries(tests).map(([id, outcomes]) => ({ id, outcomes, durations: ','.repeat(runs - 1) })),
  };
  return flakeScan(h);
}
