import { describe, expect, it } from 'vitest';
import { flakeReport, INFRA_FAILURE_SHARE } from '../../src/analysis/flakes.js';
import { HISTORY_SCHEMA, type History, type HistoryRun } from '../../src/analysis/history.js';

const METHOD =
  'passed on retry within a run, or passed and failed on the same commit; runs with over 80 % failing excluded';

/** A history from runs [commit, tests, failed] and tests id → letters. */
function history(runs: [string | null, number, number][], tests: Record<string, string>): History {
  return {
    schema: HISTORY_SCHEMA,
    window: 30,
    runs: runs.map(([commit, total, failed], i): HistoryRun => ({
      run_id: `r${i + 1}`,
      attempt: 1,
      commit,
      date: '2026-01-01',
      tests: total,
      failed,
    })),
    tests: Object.entries(tests).map(([id, outcomes]) => ({
      id,
      outcomes,
      last_duration: null,
    })),
  };
}

describe('flakeReport', () => {
  it('passed and failed on the same commit is flaky; on different commits it is not', () => {
    const h = history(
      [
        ['c1', 10, 1],
        ['c1', 10, 0],
        ['c2', 10, 1],
        ['c3', 10, 0],
      ],
      { flip: 'FPPP', change: 'PPFP', steady: 'PPPP' },
    );
    expect(flakeReport(h, [])).toEqual({
      method: METHOD,
      runsSeen: 4,
      excludedRuns: [],
      flaky: [{ id: 'flip', evidence: 'both-outcomes-same-commit', outcomes: 'FPPP' }],
      flakeRate: 1 / 3,
    });
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
    expect(flakeReport(h, []).flaky.map((f) => f.id)).toEqual(['err']);
  });

  it('passed on retry in this run is flaky whatever the history', () => {
    const h = history([['c1', 2, 0]], { a: 'P', b: 'P' });
    expect(flakeReport(h, ['b']).flaky).toEqual([{ id: 'b', evidence: 'passed-on-retry', outcomes: 'P' }]);
  });

  it('an infrastructure failure (over 80 % failing, or nothing read) is not evidence', () => {
    const h = history(
      [
        ['c1', 10, 9],
        ['c1', 10, 0],
        ['c1', 0, 0],
      ],
      { a: 'FPP' },
    );
    const r = flakeReport(h, []);
    expect(r.excludedRuns).toEqual(['r1', 'r3']);
    expect(r.runsSeen).toBe(1);
    expect(r.flaky).toEqual([]);
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
    const r = flakeReport(h, []);
    expect([r.excludedRuns, r.flaky.map((f) => f.id)]).toEqual([[], ['a']]);
  });

  it('runs without a commit are not evidence of a same-commit flip', () => {
    const h = history(
      [
        [null, 10, 1],
        [null, 10, 0],
      ],
      { a: 'FP' },
    );
    expect(flakeReport(h, []).flaky).toEqual([]);
  });

  it('flake rate: flaky tests that ran in this run over tests that ran in it (skipped and absent excluded)', () => {
    const h = history(
      [
        ['c1', 10, 1],
        ['c1', 10, 1],
      ],
      { a: 'FP', b: 'PF', c: 'PS', d: 'F-', e: 'PP', f: 'PP', g: '-S' },
    );
    const r = flakeReport(h, []);
    // a and b flipped on c1; c (passed, then skipped) and d (failed, then absent) did not.
    expect(r.flaky.map((f) => f.id)).toEqual(['a', 'b']);
    // Ran now: a, b, e, f.
    expect(r.flakeRate).toBe(2 / 4);
    const withSkipped = history(
      [
        ['c1', 10, 1],
        ['c1', 10, 1],
        ['c1', 10, 0],
      ],
      { a: 'FPS', e: 'PPP' },
    );
    // `a` is flaky but was skipped in this run: 0 of the 1 test that ran.
    const s = flakeReport(withSkipped, []);
    expect([s.flaky.map((f) => f.id), s.flakeRate]).toEqual([['a'], 0]);
  });

  it('no test ran in this run: the rate is null', () => {
    expect(flakeReport(history([['c1', 1, 0]], { a: 'S' }), []).flakeRate).toBeNull();
    expect(flakeReport(history([], {}), []).flakeRate).toBeNull();
  });
});
