import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scanOf } from '../helpers/flake-scan.js';
import { extendHistory } from '../../src/analysis/history.js';
import {
  dropTolerance,
  failfastSince,
  ROLLBACK_ACTIONS,
  rollbackEntry,
  rollbackTriggers,
  riskTriggerEvent,
  type CoverageDropInput,
  type FlakeSpikeInput,
} from '../../src/analysis/rollback.js';
import { parseTpr } from '../../src/config/tpr.js';
import { judgeFlakes } from '../../src/gates/flakes.js';

const none = { coverage: null, flakes: null, property: null };
const cov = (over: Partial<CoverageDropInput> = {}): CoverageDropInput => ({
  metric: 'line',
  current: 70,
  base: null,
  baseline: null,
  tolerance: { value: 1, source: 'default' },
  ...over,
});

const flakes = (over: Partial<FlakeSpikeInput> = {}): FlakeSpikeInput => ({
  scan: scanOf(5, 3, 47),
  threshold: { value: 2, source: 'TPR_FLAKE_RATE_THRESHOLD' },
  mode: 'off',
  runs: [
    { run_id: 'r1', attempt: 1, date: '2026-01-01' },
    { run_id: 'r2', attempt: 1, date: '2026-01-02', failfast: 'off' },
    { run_id: 'r3', attempt: 2, date: '2026-01-03', failfast: 'soft' },
    { run_id: 'r4', attempt: 1, date: '2026-01-04', failfast: 'off' },
    { run_id: 'r5', attempt: 1, date: '2026-01-05', failfast: 'off' },
  ],
  runId: 'r5',
  ...over,
});

describe('COVERAGE_DROP', () => {
  it('against the base run when there is one, with every figure and the tolerance’s source', () => {
    expect(rollbackTriggers({ ...none, coverage: cov({ current: 70, base: 72.5, baseline: 60 }) })).toEqual([
      {
        code: 'COVERAGE_DROP',
        message:
          'line coverage 70.00 % dropped 2.50 pp against the base run 72.50 %, more than the tolerance 1.00 pp (default)',
        evidence: {
          metric: 'line',
          current: 70,
          reference: 72.5,
          against: 'base-run',
          drop: 2.5,
          tolerance: 1,
          tolerance_source: 'default',
        },
        actions: ROLLBACK_ACTIONS,
      },
    ]);
  });

  it('else against the baseline', () => {
    const [t] = rollbackTriggers({
      ...none,
      coverage: cov({
        metric: 'branch',
        current: 50,
        baseline: 55,
        tolerance: { value: 3, source: 'test-ladder.yml' },
      }),
    });
    expect(t!.evidence).toMatchObject({
      against: 'baseline',
      reference: 55,
      drop: 5,
      tolerance_source: 'test-ladder.yml',
    });
    expect(t!.message).toBe(
      'branch coverage 50.00 % dropped 5.00 pp against the baseline 55.00 %, more than the tolerance 3.00 pp (test-ladder.yml)',
    );
  });

  it('a drop of exactly the tolerance, a rise, no reference or nothing measured: no trigger', () => {
    expect(rollbackTriggers({ ...none, coverage: cov({ current: 70, base: 71 }) })).toEqual([]);
    expect(rollbackTriggers({ ...none, coverage: cov({ current: 80.1, base: 80.1 + 1 }) })).toEqual([]);
    expect(rollbackTriggers({ ...none, coverage: cov({ current: 75, base: 70 }) })).toEqual([]);
    expect(rollbackTriggers({ ...none, coverage: cov({ current: 70 }) })).toEqual([]);
    expect(rollbackTriggers({ ...none, coverage: cov({ current: null, base: 90 }) })).toEqual([]);
  });

  it('property: fires exactly when reference − current exceeds the tolerance', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10_000 }),
        fc.integer({ min: 0, max: 10_000 }),
        fc.integer({ min: 0, max: 1_000 }),
        fc.boolean(),
        (current, reference, tol, againstBase) => {
          const input = cov({
            current: current / 100,
            base: againstBase ? reference / 100 : null,
            baseline: againstBase ? null : reference / 100,
            tolerance: { value: tol / 100, source: 'default' },
          });
          const fired = rollbackTriggers({ ...none, coverage: input }).length === 1;
          expect(fired).toBe(reference - current > tol);
        },
      ),
    );
  });

  it('the tolerance: test-ladder.yml, else TPR_COVERAGE_TOLERANCE_DROP, else the plan’s 1 point', () => {
    expect(dropTolerance(0, parseTpr({ TPR_COVERAGE_TOLERANCE_DROP: '3' }).coverageToleranceDrop)).toEqual({
      value: 0,
      source: 'test-ladder.yml',
    });
    expect(dropTolerance(null, parseTpr({ TPR_COVERAGE_TOLERANCE_DROP: '3' }).coverageToleranceDrop)).toEqual(
      {
        value: 3,
        source: 'TPR_COVERAGE_TOLERANCE_DROP',
      },
    );
    expect(dropTolerance(null, parseTpr({}).coverageToleranceDrop)).toEqual({ value: 1, source: 'default' });
  });
});

describe('FLAKE_RATE_SPIKE', () => {
  it('fail-fast recorded on in the window: fires, saying since which run', () => {
    const [t] = rollbackTriggers({ ...none, flakes: flakes() });
    expect(t!.code).toBe('FLAKE_RATE_SPIKE');
    expect(t!.message).toBe(
      'flake rate 6 % (3 of 50 tests that ran) is above the threshold 2 % (TPR_FLAKE_RATE_THRESHOLD) with fail-fast on since run r3 (attempt 2)',
    );
    expect(t!.evidence).toEqual({
      rate: 0.06,
      rate_percent: 6,
      flaky: 3,
      ran: 50,
      runs_seen: 5,
      threshold: 2,
      source: 'TPR_FLAKE_RATE_THRESHOLD',
      failfast_mode: 'off',
      failfast_since: 'r3',
      failfast_since_attempt: 2,
      failfast_since_date: '2026-01-03',
    });
    expect(t!.tests).toEqual(['f00', 'f01', 'f02']);
    expect(t!.actions.map((a) => a.order)).toEqual([1, 2, 3]);
  });

  it('fail-fast on in this run only: since this run', () => {
    const runs = flakes().runs.map((r) => ({
      ...r,
      failfast: r.run_id === 'r5' ? ('hard' as const) : undefined,
    }));
    const [t] = rollbackTriggers({ ...none, flakes: flakes({ mode: 'hard', runs }) });
    expect(t!.evidence).toMatchObject({ failfast_mode: 'hard', failfast_since: 'r5' });
    // This run not yet in the window given: still since this run.
    expect(failfastSince('soft', [], 'r9')).toEqual({ run_id: 'r9', attempt: 1, date: null });
  });

  it('fail-fast never on (older runs without the field count as unknown, not as on): it still fires, and says there is nothing to disable', () => {
    const runs = flakes().runs.map((r) => ({ run_id: r.run_id, attempt: r.attempt, date: r.date }));
    expect(failfastSince('off', runs, 'r5')).toBeNull();
    const [t] = rollbackTriggers({ ...none, flakes: flakes({ runs, mode: 'off' }) });
    expect(t!.message).toMatch(/with fail-fast never on in the history window \(nothing to disable\)$/);
    expect(t!.evidence).toMatchObject({
      failfast_mode: 'off',
      failfast_since: null,
      failfast_since_attempt: null,
    });
  });

  it('at or below the threshold, or nothing ran: no trigger', () => {
    expect(rollbackTriggers({ ...none, flakes: flakes({ scan: scanOf(5, 1, 49) }) })).toEqual([]);
    expect(rollbackTriggers({ ...none, flakes: flakes({ scan: scanOf(5, 0, 0) }) })).toEqual([]);
  });

  it('the rate is judged like the flakes gate: fires exactly when the gate fails on the rate (fail-fast on)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 12 }),
        fc.integer({ min: 0, max: 40 }),
        fc.integer({ min: 0, max: 100 }),
        (f, s, max10) => {
          const scan = scanOf(5, f, s);
          const max = max10 / 10;
          const fired = rollbackTriggers({
            ...none,
            flakes: flakes({ scan, threshold: { value: max, source: 'default' } }),
          });
          expect(fired.length === 1).toBe(judgeFlakes(scan, max).status === 'fail');
        },
      ),
      { numRuns: 60 },
    );
  });

  it('from a real history: extendHistory records the mode, and a later off run still sees it', () => {
    const tc = (id: string, outcome: 'passed' | 'failed') => ({
      id,
      name: id,
      classname: 'K',
      outcome,
      duration: 1,
    });
    let h = extendHistory(null, {
      runId: 'a',
      attempt: 1,
      commit: 'c',
      date: '2026-02-01',
      cases: [tc('x', 'passed')],
      flakyIds: [],
      failfast: 'off',
    });
    h = extendHistory(h, {
      runId: 'b',
      attempt: 1,
      commit: 'c',
      date: '2026-02-02',
      cases: [tc('x', 'passed')],
      flakyIds: [],
      failfast: 'soft',
    });
    h = extendHistory(h, {
      runId: 'c',
      attempt: 1,
      commit: 'c',
      date: '2026-02-03',
      cases: [tc('x', 'passed')],
      flakyIds: ['x'],
      failfast: 'off',
    });
    expect(failfastSince('off', h.runs, 'c')).toEqual({ run_id: 'b', attempt: 1, date: '2026-02-02' });
  });
});

describe('PROPERTY_FALSE_FAILURES', () => {
  it('above 0.5 % of the outcomes over the window fires; exactly 0.5 % does not', () => {
    expect(rollbackTriggers({ ...none, property: { falseFailures: 1, outcomes: 200, runs: 30 } })).toEqual(
      [],
    );
    expect(rollbackTriggers({ ...none, property: { falseFailures: 2, outcomes: 300, runs: 30 } })).toEqual([
      {
        code: 'PROPERTY_FALSE_FAILURES',
        message:
          'property tests failed falsely in 0.67 % of their outcomes (2 of 300 over the last 30 runs), above 0.5 %',
        evidence: {
          rate: 2 / 300,
          rate_percent: (2 / 300) * 100,
          false_failures: 2,
          outcomes: 300,
          runs: 30,
          window_runs: 30,
          max_percent: 0.5,
        },
        actions: ROLLBACK_ACTIONS,
      },
    ]);
    expect(rollbackTriggers({ ...none, property: { falseFailures: 0, outcomes: 0, runs: 0 } })).toEqual([]);
  });

  it('property: fires exactly when falseFailures / outcomes > 0.5 %', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 100_000 }), fc.nat(), (outcomes, k) => {
        const falseFailures = k % (outcomes + 1);
        const fired =
          rollbackTriggers({ ...none, property: { falseFailures, outcomes, runs: 30 } }).length === 1;
        expect(fired).toBe(falseFailures * 200 > outcomes);
      }),
    );
  });

  it('counts that are not counts are a bug of the caller, not a trigger', () => {
    expect(() => rollbackTriggers({ ...none, property: { falseFailures: 3, outcomes: 2, runs: 1 } })).toThrow(
      'property false failures: 3 false failures of 2 outcomes',
    );
    expect(() =>
      rollbackTriggers({ ...none, property: { falseFailures: -1, outcomes: 2, runs: 1 } }),
    ).toThrow('falseFailures is -1');
    expect(() =>
      rollbackTriggers({ ...none, property: { falseFailures: 0, outcomes: NaN, runs: 1 } }),
    ).toThrow('outcomes is NaN');
  });
});

describe('rollbackTriggers: all of them', () => {
  it('in the plan’s order, each with the same actions in order', () => {
    const fired = rollbackTriggers({
      property: { falseFailures: 9, outcomes: 100, runs: 30 },
      flakes: flakes(),
      coverage: cov({ current: 60, base: 70 }),
    });
    expect(fired.map((t) => t.code)).toEqual([
      'COVERAGE_DROP',
      'FLAKE_RATE_SPIKE',
      'PROPERTY_FALSE_FAILURES',
    ]);
    for (const t of fired)
      expect(t.actions.map((a) => a.action)).toEqual([
        'disable-failfast',
        'rerun-baseline-seed-locked',
        'reevaluate-ladder-targets',
      ]);
    expect(rollbackTriggers(none)).toEqual([]);
  });

  it('the event context and the checkpoint entry carry the evidence', () => {
    const [t] = rollbackTriggers({ ...none, flakes: flakes() });
    expect(riskTriggerEvent(t!)).toEqual({
      trigger: 'FLAKE_RATE_SPIKE',
      message: t!.message,
      evidence: t!.evidence,
      tests: ['f00', 'f01', 'f02'],
      recommended_actions: ROLLBACK_ACTIONS,
    });
    expect(rollbackEntry(t!)).toEqual({
      code: 'FLAKE_RATE_SPIKE',
      message: t!.message,
      evidence: t!.evidence,
      actions: ROLLBACK_ACTIONS.map((a) => a.detail),
    });
    const [c] = rollbackTriggers({ ...none, coverage: cov({ current: 1, base: 9 }) });
    expect(riskTriggerEvent(c!)).not.toHaveProperty('tests');
  });
});
