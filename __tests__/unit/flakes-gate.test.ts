import { describe, expect, it } from 'vitest';
import { scanOf } from '../helpers/flake-scan.js';
import type { FlakeScan } from '../../src/analysis/flakes.js';
import { DEFAULT_FLAKE_RATE_MAX, judgeFlakes } from '../../src/gates/flakes.js';
import { ROLLBACK_ACTIONS, rollbackTriggers, type RiskTrigger } from '../../src/analysis/rollback.js';

/** The flake trigger of a run with fail-fast on (soft) since its own run, at the gate's maximum. */
function flakeTrigger(scan: FlakeScan, maxPercent: number): RiskTrigger | null {
  return (
    rollbackTriggers({
      coverage: null,
      property: null,
      flakes: {
        scan,
        threshold: { value: maxPercent, source: 'default' },
        mode: 'soft',
        runs: [{ run_id: 'r5', attempt: 1, date: '2026-01-01' }],
        runId: 'r5',
      },
    })[0] ?? null
  );
}

describe('judgeFlakes', () => {
  it('the default maximum is 2 %', () => {
    expect(DEFAULT_FLAKE_RATE_MAX).toBe(2);
  });

  it('exactly at the maximum passes: 1 flaky of 50 at 2 %', () => {
    expect(judgeFlakes(scanOf(5, 1, 49), 2)).toEqual({ gate: 'flakes', status: 'pass', reasons: [] });
  });

  it('above it fails with the figures: 2 flaky of 50', () => {
    expect(judgeFlakes(scanOf(5, 2, 48), 2)).toEqual({
      gate: 'flakes',
      status: 'fail',
      reasons: [
        {
          code: 'FLAKE_RATE_ABOVE_MAX',
          message: 'flake rate 4 % (2 of 50 tests that ran) is above the maximum 2 %',
          evidence: { flake_rate_percent: 4, max_percent: 2, flaky: 2, ran: 50, runs_seen: 5 },
        },
      ],
    });
  });

  it('a fractional maximum: 1 of 40 (2.5 %) is at 2.5, above 2.4', () => {
    expect(judgeFlakes(scanOf(5, 1, 39), 2.5).status).toBe('pass');
    expect(judgeFlakes(scanOf(5, 1, 39), 2.4).status).toBe('fail');
  });

  it('too few runs: passes, saying the rate is a lower bound ("needs ≥ 5 runs")', () => {
    expect(judgeFlakes(scanOf(2, 0, 10), 2)).toEqual({
      gate: 'flakes',
      status: 'pass',
      reasons: [
        {
          code: 'FLAKE_RATE_NEEDS_RUNS',
          message: 'flake rate 0 % over 2 runs is a lower bound: needs ≥ 5 runs to see flakes across runs',
          evidence: { flake_rate_percent: 0, max_percent: 2, flaky: 0, ran: 10, runs_seen: 2, needs_runs: 5 },
        },
      ],
    });
  });

  it('too few runs still fails above the maximum: the flakes it saw are real', () => {
    expect(judgeFlakes(scanOf(1, 1, 9), 2).status).toBe('fail');
  });

  it('no reports: skipped; no test ran: skipped', () => {
    expect(judgeFlakes(null, 2)).toEqual({
      gate: 'flakes',
      status: 'skipped',
      reasons: [{ code: 'NO_TEST_REPORTS', message: 'no JUnit reports were given', evidence: {} }],
    });
    expect(judgeFlakes(scanOf(5, 0, 0, { s: 'PPPPS' }), 2)).toEqual({
      gate: 'flakes',
      status: 'skipped',
      reasons: [
        { code: 'NO_TESTS_RAN', message: 'no test ran in this run: there is no flake rate', evidence: {} },
      ],
    });
  });
});

describe('the flake-rate spike (rollback.ts FLAKE_RATE_SPIKE)', () => {
  it('a spike above the maximum: the trigger with the flaky tests that ran and the rollback actions in order', () => {
    const scan = scanOf(5, 3, 47, { gone: 'PPPR-' });
    expect(judgeFlakes(scan, 2).status).toBe('fail');
    expect(flakeTrigger(scan, 2)).toEqual({
      code: 'FLAKE_RATE_SPIKE',
      message:
        'flake rate 6 % (3 of 50 tests that ran) is above the threshold 2 % (default) with fail-fast on since run r5',
      evidence: {
        rate: 0.06,
        rate_percent: 6,
        flaky: 3,
        ran: 50,
        runs_seen: 5,
        threshold: 2,
        source: 'default',
        failfast_mode: 'soft',
        failfast_since: 'r5',
        failfast_since_attempt: 1,
        failfast_since_date: '2026-01-01',
      },
      tests: ['f00', 'f01', 'f02'],
      actions: [
        {
          order: 1,
          action: 'disable-failfast',
          detail:
            'set failfast-mode: off (or TPR_FAILFAST_MODE=off) so that a flaky failure cannot stop the run early and hide the other results',
        },
        {
          order: 2,
          action: 'rerun-baseline-seed-locked',
          detail:
            're-run the baseline (the base branch) with the seed locked (TPR_SEED set to one fixed integer) to tell flaky tests from a change in the code or the environment',
        },
        ROLLBACK_ACTIONS[2],
      ],
    });
    expect(ROLLBACK_ACTIONS.map((a) => a.action)).toEqual([
      'disable-failfast',
      'rerun-baseline-seed-locked',
      'reevaluate-ladder-targets',
    ]);
  });

  it('no trigger when the gate does not fail, and at most 20 tests named', () => {
    const calm = scanOf(5, 1, 99);
    expect(judgeFlakes(calm, 2).status).toBe('pass');
    expect(flakeTrigger(calm, 2)).toBeNull();
    const storm = scanOf(5, 30, 20);
    const t = flakeTrigger(storm, 2)!;
    expect([t.evidence['flaky'], t.tests!.length]).toEqual([30, 20]);
  });

  it('fires exactly when the flakes gate fails on the rate, at any maximum', () => {
    for (const [flaky, steady, max] of [
      [1, 49, 2],
      [2, 48, 2],
      [1, 39, 2.5],
      [1, 39, 2.4],
      [0, 10, 0],
      [1, 9, 0],
    ] as const) {
      const scan = scanOf(5, flaky, steady);
      expect(flakeTrigger(scan, max) !== null, `${flaky}/${flaky + steady} at ${max}`).toBe(
        judgeFlakes(scan, max).status === 'fail',
      );
    }
  });
});
