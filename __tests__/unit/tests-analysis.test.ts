import { describe, expect, it } from 'vitest';
import { durationSummary, firstFailure, percentiles, testTotals } from '../../src/analysis/tests.js';
import { judgeTests } from '../../src/gates/tests.js';
import type { Outcome, TestCase } from '../../src/model/tests.js';

const tc = (id: string, outcome: Outcome, duration: number | null): TestCase => ({
  id,
  name: `name of ${id}`,
  classname: 'K',
  outcome,
  duration,
});
const range = (n: number) => Array.from({ length: n }, (_, i) => i + 1);

describe('percentiles (nearest rank)', () => {
  const cases: [string, number[], [number, number, number, number] | null][] = [
    ['1..10', range(10), [5, 9, 10, 10]],
    ['1..10 shuffled', [7, 3, 10, 1, 9, 2, 8, 4, 6, 5], [5, 9, 10, 10]],
    ['1..100', range(100), [50, 90, 95, 99]],
    ['1..20', range(20), [10, 18, 19, 20]],
    ['1..200', range(200), [100, 180, 190, 198]],
    ['one value', [4.2], [4.2, 4.2, 4.2, 4.2]],
    ['two values', [1, 2], [1, 2, 2, 2]],
    ['1..3', [1, 2, 3], [2, 3, 3, 3]],
    ['ties', [0, 0, 0, 5], [0, 5, 5, 5]],
    ['empty', [], null],
  ];
  for (const [what, values, want] of cases) {
    it(`${what} → ${want ? want.join(', ') : 'null'}`, () => {
      const p = percentiles(values);
      expect(p).toEqual({
        p50: want?.[0] ?? null,
        p90: want?.[1] ?? null,
        p95: want?.[2] ?? null,
        p99: want?.[3] ?? null,
        method: 'nearest-rank',
        samples: values.length,
      });
    });
  }

  it('sorts numerically, not as strings, and leaves the input alone', () => {
    const v = [10, 9, 100, 1];
    expect(percentiles(v).p50).toBe(9);
    expect(v).toEqual([10, 9, 100, 1]);
  });
});

describe('durationSummary', () => {
  it('skipped tests and tests without a time are left out; slowest first, ties by id', () => {
    const d = durationSummary(
      [
        tc('c', 'passed', 2),
        tc('s', 'skipped', 50),
        tc('n', 'passed', null),
        tc('a', 'failed', 2),
        tc('b', 'error', 3),
        tc('z', 'passed', 0),
      ],
      3,
    );
    expect(d).toEqual({
      percentiles: { p50: 2, p90: 3, p95: 3, p99: 3, method: 'nearest-rank', samples: 4 },
      total: 7,
      slowest: [
        { id: 'b', name: 'name of b', duration: 3 },
        { id: 'a', name: 'name of a', duration: 2 },
        { id: 'c', name: 'name of c', duration: 2 },
      ],
    });
  });

  it('keeps ten slowest by default', () => {
    expect(
      durationSummary(range(12).map((i) => tc(`t${i}`, 'passed', i))).slowest.map((s) => s.duration),
    ).toEqual([12, 11, 10, 9, 8, 7, 6, 5, 4, 3]);
  });
});

describe('firstFailure', () => {
  it('time up to and including the first failing test, and the share a stop there would save', () => {
    const run = {
      sources: [],
      cases: [
        tc('a', 'passed', 1),
        tc('b', 'skipped', null),
        tc('c', 'failed', 2),
        tc('d', 'error', 3),
        tc('e', 'passed', 4),
      ],
    };
    expect(firstFailure(run)).toEqual({ id: 'c', timeToFirstFailure: 3, totalTime: 10, savedShare: 0.7 });
  });

  it('an error is a failure; the last test failing saves nothing', () => {
    const run = { sources: [], cases: [tc('a', 'passed', 1), tc('b', 'error', 1)] };
    expect(firstFailure(run)).toEqual({ id: 'b', timeToFirstFailure: 2, totalTime: 2, savedShare: 0 });
  });

  it('no failure → null; no times → share 0', () => {
    expect(firstFailure({ sources: [], cases: [tc('a', 'passed', 1), tc('b', 'skipped', 1)] })).toBeNull();
    expect(firstFailure({ sources: [], cases: [tc('a', 'failed', null)] })).toEqual({
      id: 'a',
      timeToFirstFailure: 0,
      totalTime: 0,
      savedShare: 0,
    });
  });
});

describe('testTotals and judgeTests', () => {
  it('a run where every test was skipped fails: nothing was tested (NO_TESTS_RAN)', () => {
    expect(judgeTests({ total: 3, passed: 0, failed: 0, errors: 0, skipped: 3, flaky: 0 })).toEqual({
      gate: 'tests',
      status: 'fail',
      reasons: [
        {
          code: 'NO_TESTS_RAN',
          message: 'all 3 tests were skipped; nothing was tested',
          evidence: { total: 3, skipped: 3 },
        },
      ],
    });
  });

  it('counts each outcome; flaky counts distinct ids', () => {
    const cases = [
      tc('a', 'passed', 1),
      tc('b', 'failed', 1),
      tc('c', 'error', 1),
      tc('d', 'skipped', 1),
      tc('e', 'passed', 1),
    ];
    expect(testTotals(cases, ['a', 'e', 'a'])).toEqual({
      total: 5,
      passed: 2,
      failed: 1,
      errors: 1,
      skipped: 1,
      flaky: 2,
    });
  });

  it('no reports: skipped; no cases: fail; failures or errors: fail with counts; else pass', () => {
    expect(judgeTests(null)).toEqual({
      gate: 'tests',
      status: 'skipped',
      reasons: [{ code: 'NO_TEST_REPORTS', message: 'no JUnit reports were given', evidence: {} }],
    });
    const zero = { total: 0, passed: 0, failed: 0, errors: 0, skipped: 0, flaky: 0 };
    expect(judgeTests(zero)).toEqual({
      gate: 'tests',
      status: 'fail',
      reasons: [
        { code: 'NO_TESTS', message: 'the JUnit reports contain no test cases', evidence: { total: 0 } },
      ],
    });
    expect(judgeTests({ ...zero, total: 5, passed: 2, failed: 2, errors: 1 })).toEqual({
      gate: 'tests',
      status: 'fail',
      reasons: [
        {
          code: 'TESTS_FAILED',
          message: '2 failed and 1 errored of 5 tests; coverage measured in this run is a lower bound',
          evidence: { failed: 2, errors: 1, total: 5 },
        },
      ],
    });
    expect(judgeTests({ ...zero, total: 3, passed: 1, skipped: 2, flaky: 1 })).toEqual({
      gate: 'tests',
      status: 'pass',
      reasons: [],
    });
  });
});
