import { percent, type FlakeScan } from '../analysis/flakes.js';
import type { Verdict } from '../model/verdict.js';

/** Default `tests.flake-rate.max`, percent of the tests that ran. */
export const DEFAULT_FLAKE_RATE_MAX = 2;

/**
 * The flakes gate: the run's flake rate (flaky tests that ran / tests that ran) may not be above
 * `maxPercent`. At or below it the gate passes; while the window holds too few runs to see flakes
 * across runs it still passes, with FLAKE_RATE_NEEDS_RUNS saying the rate is a lower bound.
 */
export function judgeFlakes(scan: FlakeScan | null, maxPercent: number): Verdict {
  if (scan === null)
    return {
      gate: 'flakes',
      status: 'skipped',
      reasons: [{ code: 'NO_TEST_REPORTS', message: 'no JUnit reports were given', evidence: {} }],
    };
  const r = scan.flake_rate;
  if (r.value === null)
    return {
      gate: 'flakes',
      status: 'skipped',
      reasons: [
        { code: 'NO_TESTS_RAN', message: 'no test ran in this run: there is no flake rate', evidence: {} },
      ],
    };
  const evidence = {
    flake_rate_percent: r.value * 100,
    max_percent: maxPercent,
    flaky: r.flaky,
    ran: r.ran,
    runs_seen: r.runs_seen,
  };
  // Compared in counts, not in floating percent: 1 of 50 at a 2 % maximum is exactly at it.
  if (r.flaky * 100 > maxPercent * r.ran)
    return {
      gate: 'flakes',
      status: 'fail',
      reasons: [
        {
          code: 'FLAKE_RATE_ABOVE_MAX',
          message: `flake rate ${percent(r.value)} (${r.flaky} of ${r.ran} tests that ran) is above the maximum ${maxPercent} %`,
          evidence,
        },
      ],
    };
  if (r.needs_runs !== null)
    return {
      gate: 'flakes',
      status: 'pass',
      reasons: [
        {
          code: 'FLAKE_RATE_NEEDS_RUNS',
          message: `flake rate ${percent(r.value)} over ${r.runs_seen} ${r.runs_seen === 1 ? 'run' : 'runs'} is a lower bound: needs ≥ ${r.needs_runs} runs to see flakes across runs`,
          evidence: { ...evidence, needs_runs: r.needs_runs },
        },
      ],
    };
  return { gate: 'flakes', status: 'pass', reasons: [] };
}
