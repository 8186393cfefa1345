import { describe, expect, it } from 'vitest';
import {
  DEFAULT_FLAKE_OPTIONS,
  FLAKE_METHOD,
  flakeReport,
  flakeReportArtifact,
  flakeScan,
  flakeSummary,
  INFRA_FAILURE_SHARE,
  judge,
  type FlakeOptions,
} from '../../src/analysis/flakes.js';
import { HISTORY_SCHEMA, type History, type HistoryRun } from '../../src/analysis/history.js';

/** A history from runs [commit, tests, failed] and tests id → letters. */
function history(runs: [string | null, number, number][], tests: Record<string, string>): History {
  return {
    schema: HISTORY_SCHEMA,
    window: 30,
    runs: runs.map(([commit, total, failed], i): HistoryRun => ({
      run_id: `r${i + 1}`,
      coverage: null,
      attempt: 1,
      commit,
      date: '2026-01-01',
      tests: total,
      failed,
    })),
    signatures: [],
    tests: Object.entries(tests).map(([id, outcomes]) => ({
      id,
      outcomes,
      durations: ','.repeat(Math.max(0, outcomes.length - 1)),
    })),
  };
}

/** n healthy runs, each on its own commit. */
const healthy = (n: number): [string | null, number, number][] =>
  Array.from({ length: n }, (_, i) => [`c${i + 1}`, 100, 1]);

/** One test's verdict over healthy runs on distinct commits. */
function verdictOf(letters: string, options: FlakeOptions = DEFAULT_FLAKE_OPTIONS) {
  const r = judge(
    letters,
    [...letters].map(() => true),
    [...letters].map((_, i) => `c${i}`),
    options,
  );
  return { verdict: r.verdict, signals: r.signals };
}

describe('judge: one test over the window', () => {
  const cases: [string, string, string, string[]][] = [
    // [what, letters, verdict, signals]
    ['always passing', 'PPPPPPPPPP', 'stable', []],
    ['skips and absences are not outcomes', 'PSP-PSP', 'stable', []],
    ['passed after a retry in this run', 'PPPPR', 'flaky', ['passed-on-retry']],
    ['passed after a retry earlier in the window', 'PRPPP', 'flaky', ['passed-on-retry']],
    // 3 flips over 11 outcomes: 3 / 10 = 0.3 exactly, at the threshold.
    ['flip rate exactly 0.3', 'PPPFPPPPPFP', 'flaky', ['flip-rate']],
    // 2 flips over 11 outcomes: 0.2.
    ['flip rate 0.2 is below it', 'PPPFPPPPPPP', 'stable', []],
    ['flip rate 0.6 with 4 outcomes: too few runs for a verdict', 'PFPF', 'stable', []],
    ['the same flips over 5 outcomes', 'PFPFP', 'flaky', ['flip-rate']],
    ['failed in each of the last 3', 'PPPPPPPFFF', 'broken', ['failed-last-runs', 'pass-to-fail']],
    // 4 of 5: 80 % exactly, at the threshold; the last run passed, so not the last k.
    ['failed in exactly 80 % of 5', 'FFFFP', 'broken', ['fail-share']],
    ['79 %: 15 failures of 19, last passing, 0.3 flip rate not reached', 'FFFFFFFFFFFFFFFPPPP', 'stable', []],
    ['never passed (1 run)', 'F', 'broken', ['never-passed']],
    ['never passed (2 runs, one an error)', 'FE', 'broken', ['never-passed']],
    ['pass → fail at the end', 'PPPPPPPPPF', 'regression', ['pass-to-fail']],
    ['pass → fail, two failures at the end', 'PPPPPPPPFF', 'regression', ['pass-to-fail']],
    ['pass → fail with one run of evidence before', 'PF', 'regression', ['pass-to-fail']],
    ['pass → fail, skips between', 'PSPS-F', 'regression', ['pass-to-fail']],
    ['fail → pass at the end is recovered, not a regression', 'FFPPPPPPPP', 'stable', []],
    [
      'broken outranks flaky: retried long ago, failing now',
      'PRPPPPPFFF',
      'broken',
      ['passed-on-retry', 'failed-last-runs', 'pass-to-fail'],
    ],
    ['a retry now outranks broken', 'FFFFFFFFFR', 'flaky', ['passed-on-retry', 'fail-share']],
  ];
  for (const [what, letters, verdict, signals] of cases) {
    it(`${what}: ${letters} → ${verdict}`, () => {
      expect(verdictOf(letters)).toEqual({ verdict, signals });
    });
  }

  it('evidence: counts, rates, trailing failures; "needs ≥ N runs" instead of 0 % below min-runs', () => {
    expect(
      judge('PPSF', [true, true, true, true], ['a', 'b', 'c', 'd'], DEFAULT_FLAKE_OPTIONS).evidence,
    ).toEqual({
      runs: 3,
      passed: 2,
      failed: 1,
      retried: 0,
      flips: 1,
      flip_rate: null,
      fail_rate: null,
      needs_runs: 5,
      trailing_failures: 1,
      same_commit: null,
      outcomes: 'PPSF',
    });
    expect(
      judge('PRFPPF', Array(6).fill(true) as boolean[], ['a', 'b', 'c', 'd', 'e', 'f'], DEFAULT_FLAKE_OPTIONS)
        .evidence,
    ).toEqual({
      runs: 6,
      passed: 4,
      failed: 2,
      retried: 1,
      flips: 3,
      flip_rate: 0.6,
      fail_rate: 2 / 6,
      needs_runs: null,
      trailing_failures: 1,
      same_commit: null,
      outcomes: 'PRFPPF',
    });
  });

  it('thresholds come from the options', () => {
    const strict: FlakeOptions = { flipRate: 0.1, minRuns: 3, failShare: 0.5, lastRuns: 2 };
    expect(verdictOf('PPPFPPPPPPP', strict).verdict).toBe('flaky'); // 0.2 ≥ 0.1
    expect(verdictOf('PPPPPPPPFF', strict).verdict).toBe('broken'); // last 2
    expect(verdictOf('FFP', strict)).toEqual({ verdict: 'broken', signals: ['flip-rate', 'fail-share'] });
  });
});

describe('flakeScan', () => {
  it('passed and failed on the same commit is flaky; on different commits it is a regression', () => {
    const h = history(
      [
        ['c1', 10, 1],
        ['c1', 10, 0],
        ['c2', 10, 1],
        ['c3', 10, 0],
      ],
      { flip: 'FPPP', change: 'PPPF', steady: 'PPPP' },
    );
    const scan = flakeScan(h);
    expect(scan.verdicts).toEqual([
      {
        id: 'change',
        verdict: 'regression',
        signals: ['pass-to-fail'],
        now: 'F',
        evidence: {
          runs: 4,
          passed: 3,
          failed: 1,
          retried: 0,
          flips: 1,
          flip_rate: null,
          fail_rate: null,
          needs_runs: 5,
          trailing_failures: 1,
          same_commit: null,
          outcomes: 'PPPF',
        },
      },
      {
        id: 'flip',
        verdict: 'flaky',
        signals: ['both-outcomes-same-commit'],
        now: 'P',
        evidence: {
          runs: 4,
          passed: 3,
          failed: 1,
          retried: 0,
          flips: 1,
          flip_rate: null,
          fail_rate: null,
          needs_runs: 5,
          trailing_failures: 0,
          same_commit: 'c1',
          outcomes: 'FPPP',
        },
      },
    ]);
    expect(scan.counts).toEqual({ stable: 1, flaky: 1, broken: 0, regression: 1, tests: 3 });
    expect(scan.flake_rate).toEqual({
      value: 1 / 3,
      flaky: 1,
      ran: 3,
      runs_seen: 4,
      needs_runs: 5,
      summary:
        '33.33 % (1 of 3 tests that ran) over 4 runs: a lower bound; needs ≥ 5 runs to see flakes across runs',
    });
    expect(scan.method).toBe(FLAKE_METHOD);
  });

  it('a re-run attempt of the same commit is evidence like any run', () => {
    const h = history(
      [
        ['c9', 10, 1],
        ['c9', 10, 0],
      ],
      { a: 'FP' },
    );
    expect(flakeScan(h).verdicts.map((v) => [v.id, v.verdict, v.evidence.same_commit])).toEqual([
      ['a', 'flaky', 'c9'],
    ]);
  });

  it('an error counts as the failing side; skipped and absent are not outcomes', () => {
    const h = history(
      [
        ['c1', 10, 0],
        ['c1', 10, 1],
        ['c1', 10, 0],
      ],
      { err: 'PEP', skip: 'PSP', absent: 'P-P' },
    );
    expect(flakeScan(h).verdicts.map((v) => v.id)).toEqual(['err']);
  });

  it('an infrastructure failure (over 80 % failing, or nothing read) is not evidence', () => {
    const h = history(
      [
        ['c1', 10, 9],
        ['c1', 10, 0],
        ['c1', 0, 0],
        ['c1', 10, 0],
      ],
      { a: 'FPFP', b: 'FRRP' },
    );
    const r = flakeScan(h);
    expect(r.excluded_runs).toEqual([
      { run_id: 'r1', attempt: 1, reason: '9 of 10 tests failed (over 80 %): an infrastructure failure' },
      { run_id: 'r3', attempt: 1, reason: 'no test was read' },
    ]);
    expect(r.runs_seen).toBe(2);
    // a's failures were in excluded runs; b's retry in r2 still counts, its R in r3 does not.
    expect(r.verdicts.map((v) => [v.id, v.verdict, v.evidence.runs, v.evidence.retried])).toEqual([
      ['b', 'flaky', 2, 1],
    ]);
  });

  it('exactly 80 % failing is still evidence', () => {
    expect(INFRA_FAILURE_SHARE).toBe(0.8);
    const h = history(
      [
        ['c1', 10, 8],
        ['c1', 10, 0],
      ],
      { a: 'FP' },
    );
    const r = flakeScan(h);
    expect([r.excluded_runs, r.verdicts.map((f) => f.id)]).toEqual([[], ['a']]);
  });

  it('this run being an infrastructure failure: its retries are not evidence either', () => {
    const h = history(
      [
        ['c1', 10, 0],
        ['c2', 10, 10],
      ],
      { a: 'PR' },
    );
    expect(flakeScan(h).verdicts).toEqual([]);
  });

  it('runs without a commit are not evidence of a same-commit flip', () => {
    const h = history(
      [
        [null, 10, 1],
        [null, 10, 0],
      ],
      { a: 'FP' },
    );
    expect(flakeScan(h).verdicts).toEqual([]);
  });

  it('flake rate: flaky tests that ran in this run over tests that ran in it (skipped and absent excluded)', () => {
    const h = history(
      [
        ['c1', 10, 1],
        ['c1', 10, 1],
      ],
      { a: 'FP', b: 'PF', c: 'PS', d: 'F-', e: 'PP', f: 'PP', g: '-S' },
    );
    const r = flakeScan(h);
    // a and b flipped on c1; c (passed, then skipped) and d (failed, then absent) did not.
    expect(r.verdicts.map((f) => [f.id, f.verdict])).toEqual([
      ['d', 'broken'],
      ['a', 'flaky'],
      ['b', 'flaky'],
    ]);
    // Ran now: a, b, e, f.
    expect([r.flake_rate.flaky, r.flake_rate.ran, r.flake_rate.value]).toEqual([2, 4, 0.5]);
    const withSkipped = history(
      [
        ['c1', 10, 1],
        ['c1', 10, 1],
        ['c1', 10, 0],
      ],
      { a: 'FPS', e: 'PPP' },
    );
    // `a` is flaky but was skipped in this run: 0 of the 1 test that ran.
    const s = flakeScan(withSkipped);
    expect([s.verdicts.map((f) => f.id), s.flake_rate.value]).toEqual([['a'], 0]);
  });

  it('no test ran in this run: the rate is null', () => {
    expect(flakeScan(history([['c1', 1, 0]], { a: 'S' })).flake_rate).toEqual({
      value: null,
      flaky: 0,
      ran: 0,
      runs_seen: 1,
      needs_runs: 5,
      summary: 'no test ran in this run',
    });
    expect(flakeScan(history([], {})).flake_rate.value).toBeNull();
  });

  it('with enough runs the rate is stated without a caveat', () => {
    const h = history(healthy(5), { a: 'PPPPR', b: 'PPPPP', c: 'PPPPP', d: 'PPPPP' });
    expect(flakeScan(h).flake_rate).toEqual({
      value: 0.25,
      flaky: 1,
      ran: 4,
      runs_seen: 5,
      needs_runs: null,
      summary: '25 % (1 of 4 tests that ran) over 5 runs',
    });
  });

  it('lists broken, then regressions, then flaky tests, each by id; ids are data', () => {
    const h = history(healthy(5), {
      ['__proto__']: 'PPPPR',
      'z\n::error::x': 'FFFFF',
      '<b>a</b>': 'PPPPF',
      constructor: 'PPPPR',
    });
    expect(flakeScan(h).verdicts.map((v) => [v.id, v.verdict])).toEqual([
      ['z\n::error::x', 'broken'],
      ['<b>a</b>', 'regression'],
      ['__proto__', 'flaky'],
      ['constructor', 'flaky'],
    ]);
  });
});

describe('the report shapes', () => {
  const h = history(healthy(2), { a: 'FF', b: 'PR', c: 'PF' });
  const h2 = { ...h, runs: h.runs.map((r) => ({ ...r, commit: 'same' })) };

  it('flakeSummary: the flaky tests with their first flaky signal, and the rate (the renderers’ view)', () => {
    expect(flakeSummary(flakeScan(h2))).toEqual({
      method: FLAKE_METHOD,
      runsSeen: 2,
      excludedRuns: [],
      flaky: [
        { id: 'b', evidence: 'passed-on-retry', outcomes: 'PR' },
        { id: 'c', evidence: 'both-outcomes-same-commit', outcomes: 'PF' },
      ],
      flakeRate: 2 / 3,
    });
    expect(flakeReport(h2)).toEqual(flakeSummary(flakeScan(h2)));
  });

  it('flakeReportArtifact: thresholds, window, rate, counts, verdicts and signatures', () => {
    const scan = flakeScan(h);
    const group = {
      signature: 'f'.repeat(32),
      normalized: 'AssertionError: <n> != <n>',
      test_count: 1,
      tests: ['c'],
      status: 'new' as const,
      seen_in_runs: 0,
      of_runs: 1,
      summary: 'new in this run (not in the last 1 run)',
      first_seen: null,
      earlier_test_count: 0,
      earlier_tests: [],
    };
    expect(flakeReportArtifact(scan, [group])).toEqual({
      schema: 'test-ladder/flake-report@2',
      method: FLAKE_METHOD,
      thresholds: {
        flip_rate: 0.3,
        min_runs: 5,
        fail_share: 0.8,
        last_runs: 3,
        infrastructure_failure_share: 0.8,
      },
      window: { runs: 2, runs_seen: 2, excluded_runs: [] },
      flake_rate: scan.flake_rate,
      counts: { stable: 0, flaky: 1, broken: 1, regression: 1, tests: 3 },
      verdicts: scan.verdicts,
      signatures: { groups: 1, new: 1, list: [group] },
    });
    expect(scan.verdicts.map((v) => [v.id, v.verdict])).toEqual([
      ['a', 'broken'],
      ['c', 'regression'],
      ['b', 'flaky'],
    ]);
  });
});
