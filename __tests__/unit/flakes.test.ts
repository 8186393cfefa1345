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
    expect(scan.counts).toEqual({ stable: 1, flaky: 1, broken: 0, regression: 1, recovered: 0, tests: 3 });
    expect(scan.flake_rate).toEqual({
      value: 1 / 3,
      flaky: 1,
      ran: 3,
      runs_seen: 4,
      needs_runs: 5,
      recovered: 0,
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
      recovered: 0,
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
      recovered: 0,
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
        recover_after_passes: 10,
        recover_after_days: 14,
        infrastructure_failure_share: 0.8,
      },
      window: { runs: 2, runs_seen: 2, excluded_runs: [] },
      flake_rate: scan.flake_rate,
      counts: { stable: 0, flaky: 1, broken: 1, regression: 1, recovered: 0, tests: 3 },
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

describe('recovery: a flag clears after k passes in a row or a quiet period', () => {
  /** A window of runs r1…rn on distinct commits (so only flips and retries flag), dated as given. */
  function dated(tests: Record<string, string>, dates?: readonly string[]): History {
    const n = Math.max(...Object.values(tests).map((t) => t.length));
    const h = history(healthy(n), tests);
    return { ...h, runs: h.runs.map((r, i) => ({ ...r, date: dates?.[i] ?? r.date })) };
  }
  const only = (scan: ReturnType<typeof flakeScan>) => scan.verdicts.map((v) => [v.id, v.verdict]);
  // 6 flips over 16 outcomes: 0.4, flaky by flip rate; the last failure is in run r6.
  const FLIPPY = 'PFPFPF';

  it('defaults: 10 passes, 14 days, justified in the option docs', () => {
    expect(DEFAULT_FLAKE_OPTIONS.recoverAfterPasses).toBe(10);
    expect(DEFAULT_FLAKE_OPTIONS.recoverAfterDays).toBe(14);
  });

  it('10 passes in a row since the last failure: recovered, naming the run and the passes', () => {
    const scan = flakeScan(dated({ t: `${FLIPPY}${'P'.repeat(10)}` }));
    expect(scan.verdicts).toHaveLength(1);
    const v = scan.verdicts[0]!;
    expect(v.verdict).toBe('recovered');
    // The evidence that flagged it stays on record.
    expect(v.signals).toEqual(['flip-rate']);
    expect(v.evidence.flip_rate).toBe(6 / 15);
    expect(v.recovery).toEqual({
      was: 'flaky',
      by: 'passes',
      passes: 10,
      since_run: 'r6',
      since_attempt: 1,
      since_date: '2026-01-01',
      since_outcome: 'F',
      days: 0,
      summary: 'recovered after 10 passes since run r6 (2026-01-01)',
    });
    expect(scan.counts).toMatchObject({ flaky: 0, recovered: 1 });
  });

  it('9 passes are not enough; one new failure ends a recovery at once', () => {
    expect(only(flakeScan(dated({ t: `${FLIPPY}${'P'.repeat(9)}` })))).toEqual([['t', 'flaky']]);
    const relapsed = flakeScan(dated({ t: `${FLIPPY}${'P'.repeat(10)}F` }));
    expect(only(relapsed)).toEqual([['t', 'flaky']]);
    expect(relapsed.verdicts[0]!.recovery).toBeUndefined();
  });

  it('a pass on retry is flake evidence: the passes count from it, and one now is flaky', () => {
    const v = flakeScan(dated({ t: `PR${'P'.repeat(10)}` })).verdicts[0]!;
    expect([v.verdict, v.recovery?.since_run, v.recovery?.since_outcome, v.recovery?.passes]).toEqual([
      'recovered',
      'r2',
      'R',
      10,
    ]);
    expect(only(flakeScan(dated({ t: `PR${'P'.repeat(10)}R` })))).toEqual([['t', 'flaky']]);
  });

  it('skips and absences neither count as passes nor break the run of them', () => {
    expect(only(flakeScan(dated({ t: `${FLIPPY}PPSPP-PPSPP` })))).toEqual([['t', 'flaky']]); // 8 passes
    const v = flakeScan(dated({ t: `${FLIPPY}PPSPP-PPSPPPP` })).verdicts[0]!;
    expect([v.verdict, v.recovery?.passes, v.now]).toEqual(['recovered', 10, 'P']);
  });

  it('a failure in an infrastructure run is not evidence: it does not reset the passes', () => {
    const letters = `${FLIPPY}PPPPPFPPPPP`;
    const h = dated({ t: letters });
    // Run r12 (index 11) had 90 of 100 tests failing.
    const runs = h.runs.map((r, i) => (i === 11 ? { ...r, failed: 90 } : r));
    const v = flakeScan({ ...h, runs }).verdicts[0]!;
    expect([v.verdict, v.recovery?.since_run, v.recovery?.passes]).toEqual(['recovered', 'r6', 10]);
    expect(only(flakeScan(h))).toEqual([['t', 'flaky']]);
  });

  it('a quiet period: 14 days after the last failure with a pass since, however few the passes', () => {
    // Passed and failed on one commit (flaky), then a nightly job passes it twice.
    const tests = { t: 'FPP' };
    const same = (h: History): History => ({ ...h, runs: h.runs.map((r) => ({ ...r, commit: 'c' })) });
    const at = (last: string) => flakeScan(same(dated(tests, ['2026-01-01', '2026-01-08', last])));
    expect(only(at('2026-01-14'))).toEqual([['t', 'flaky']]); // 13 days
    const v = at('2026-01-15').verdicts[0]!; // 14 days
    expect(v.verdict).toBe('recovered');
    expect(v.recovery).toEqual({
      was: 'flaky',
      by: 'quiet-period',
      passes: 2,
      since_run: 'r1',
      since_attempt: 1,
      since_date: '2026-01-01',
      since_outcome: 'F',
      days: 14,
      summary:
        'recovered after 14 days without a failure or retry since run r1 (2026-01-01) (2 passes since)',
    });
  });

  it('a quiet period needs a pass: a test only skipped since stays flagged', () => {
    const h = dated({ t: 'PRSS' }, ['2026-01-01', '2026-01-02', '2026-02-01', '2026-03-01']);
    expect(only(flakeScan(h))).toEqual([['t', 'flaky']]);
  });

  it('dates that are not YYYY-MM-DD never make a quiet period (hostile history)', () => {
    const h = dated({ t: 'PRP' }, ['2026-01-01', 'yesterday', '2027-01-01']);
    const v = flakeScan(h).verdicts[0]!;
    expect(v.verdict).toBe('flaky');
    const byPasses = flakeScan(dated({ t: `PR${'P'.repeat(10)}` }, ['x', '2026-02-30'])).verdicts[0]!;
    expect([byPasses.verdict, byPasses.recovery?.days, byPasses.recovery?.since_date]).toEqual([
      'recovered',
      null,
      '2026-02-30',
    ]);
  });

  it('a broken test recovers too (by its failure share), and says it was broken', () => {
    // 4 of 5 failed: broken by fail share; then passes only.
    const v = judge(
      'FFFFP',
      Array(5).fill(true) as boolean[],
      ['a', 'b', 'c', 'd', 'e'],
      { ...DEFAULT_FLAKE_OPTIONS, recoverAfterPasses: 1 },
      ['1', '2', '3', '4', '5'].map((n) => ({ run_id: n, attempt: 1, date: `2026-01-0${n}` })),
    );
    expect([v.verdict, v.signals, v.recovery?.was, v.recovery?.summary]).toEqual([
      'recovered',
      ['fail-share'],
      'broken',
      'recovered after 1 pass since run 4 (2026-01-04)',
    ]);
  });

  it('what fails now never recovers: failing in the last runs, never passed, a regression', () => {
    const dates = ['2026-01-01', '2026-01-02', '2026-03-01', '2026-06-01'];
    const h = dated({ last: 'PFFF', never: 'FFFF', change: 'PPPF' }, dates);
    expect(only(flakeScan(h))).toEqual([
      ['last', 'broken'],
      ['never', 'broken'],
      ['change', 'regression'],
    ]);
  });

  it('each way can be turned off with 0, and the thresholds come from the options', () => {
    const letters = `${FLIPPY}${'P'.repeat(10)}`;
    expect(
      only(flakeScan(dated({ t: letters }), { ...DEFAULT_FLAKE_OPTIONS, recoverAfterPasses: 0 })),
    ).toEqual([['t', 'flaky']]);
    expect(
      only(flakeScan(dated({ t: `${FLIPPY}PPP` }), { ...DEFAULT_FLAKE_OPTIONS, recoverAfterPasses: 3 })),
    ).toEqual([['t', 'recovered']]);
    const quiet = dated({ t: 'PRP' }, ['2026-01-01', '2026-01-01', '2026-02-01']);
    expect(only(flakeScan(quiet))).toEqual([['t', 'recovered']]);
    expect(only(flakeScan(quiet, { ...DEFAULT_FLAKE_OPTIONS, recoverAfterDays: 0 }))).toEqual([
      ['t', 'flaky'],
    ]);
    expect(only(flakeScan(quiet, { ...DEFAULT_FLAKE_OPTIONS, recoverAfterDays: 40 }))).toEqual([
      ['t', 'flaky'],
    ]);
  });

  it('options written before recovery existed get the recovery defaults', () => {
    const old: FlakeOptions = { flipRate: 0.3, minRuns: 5, failShare: 0.8, lastRuns: 3 };
    const scan = flakeScan(dated({ t: `${FLIPPY}${'P'.repeat(10)}` }), old);
    expect(scan.options).toEqual(DEFAULT_FLAKE_OPTIONS);
    expect(only(scan)).toEqual([['t', 'recovered']]);
  });

  it('judge without the runs: recovers by passes only and names the run by its place', () => {
    const letters = `${FLIPPY}${'P'.repeat(10)}`;
    const r = judge(
      letters,
      [...letters].map(() => true),
      [...letters].map((_, i) => `c${i}`),
      DEFAULT_FLAKE_OPTIONS,
    );
    expect([r.verdict, r.recovery?.since_run, r.recovery?.days]).toEqual([
      'recovered',
      '#6 of the window',
      null,
    ]);
  });

  it('the flake rate does not count a recovered test, and says so; renderers list only the flaky', () => {
    const h = dated({
      healed: `${FLIPPY}${'P'.repeat(10)}`,
      flaky: `${'P'.repeat(15)}R`,
      steady: 'P'.repeat(16),
      gone: `${FLIPPY}${'P'.repeat(9)}-`,
    });
    const scan = flakeScan(h);
    expect(only(scan)).toEqual([
      ['flaky', 'flaky'],
      ['gone', 'flaky'],
      ['healed', 'recovered'],
    ]);
    expect(scan.counts).toEqual({ stable: 1, flaky: 2, broken: 0, regression: 0, recovered: 1, tests: 4 });
    expect(scan.flake_rate).toMatchObject({ flaky: 1, ran: 3, recovered: 1, value: 1 / 3 });
    expect(scan.flake_rate.summary).toBe(
      '33.33 % (1 of 3 tests that ran) over 16 runs; 1 recovered test is not counted',
    );
    expect(flakeSummary(scan).flaky.map((f) => f.id)).toEqual(['flaky', 'gone']);
    const artifact = flakeReportArtifact(scan, []);
    expect(artifact['counts']).toMatchObject({ recovered: 1 });
    expect(
      (artifact['verdicts'] as { id: string; recovery?: unknown }[]).find((v) => v.id === 'healed')?.recovery,
    ).toMatchObject({ by: 'passes', passes: 10, since_run: 'r6' });
  });
});
