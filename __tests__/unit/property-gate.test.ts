import { describe, expect, it } from 'vitest';
import {
  analyzeProperty,
  REQUIRED_PASSES,
  selectPropertyTests,
  type PropertyOptions,
} from '../../src/analysis/property.js';
import { HISTORY_SCHEMA, type History } from '../../src/analysis/history.js';
import { judgeProperty } from '../../src/gates/property.js';
import type { Outcome, TestCase } from '../../src/model/tests.js';

const OPTIONS: PropertyOptions = {
  requiredPasses: REQUIRED_PASSES,
  runtimeThresholdMs: 1000,
  seed: { value: '7', source: 'TPR_SEED' },
};

const tc = (id: string, outcome: Outcome = 'passed', extra: Partial<TestCase> = {}): TestCase => ({
  id,
  name: id,
  classname: 'K',
  outcome,
  duration: 0.01,
  ...extra,
});

function window(tests: Record<string, { outcomes: string; ms?: number }>, commits?: string[]): History {
  const n = Object.values(tests)[0]!.outcomes.length;
  return {
    schema: HISTORY_SCHEMA,
    window: Math.max(30, n),
    runs: Array.from({ length: n }, (_, i) => ({
      run_id: `r${i}`,
      attempt: 1,
      commit: commits?.[i] ?? `c${i}`,
      date: '2026-01-01',
      tests: 10,
      failed: 0,
      coverage: null,
    })),
    signatures: [],
    tests: Object.entries(tests).map(([id, t]) => ({
      id,
      outcomes: t.outcomes,
      durations: Array.from({ length: n }, () => String(t.ms ?? 10)).join(','),
    })),
  };
}

const P30 = 'P'.repeat(30);
const judge = (cases: TestCase[], patterns: string[], h: History) =>
  judgeProperty(analyzeProperty(selectPropertyTests(cases, patterns), h, [], OPTIONS));
const codes = (v: ReturnType<typeof judgeProperty>) => v.reasons.map((r) => r.code);

describe('the property gate', () => {
  it('skipped (NO_PROPERTY_TESTS) with no reports, or nothing configured and no marked test', () => {
    expect(judgeProperty(null)).toEqual({
      gate: 'property',
      status: 'skipped',
      reasons: [
        {
          code: 'NO_PROPERTY_TESTS',
          message: 'no JUnit reports were given: there are no property tests to judge',
          evidence: { tests: 0, patterns: 0 },
        },
      ],
    });
    expect(judge([tc('a')], [], window({ a: { outcomes: 'P' } }))).toEqual({
      gate: 'property',
      status: 'skipped',
      reasons: [
        {
          code: 'NO_PROPERTY_TESTS',
          message: 'no property tests: tests.property is not set and no test carries the marker property',
          evidence: { tests: 0, patterns: 0 },
        },
      ],
    });
  });

  it('warns PROPERTY_SELECTOR_MATCHES_NOTHING for configured patterns that match no test', () => {
    const v = judge([tc('a')], ['x::*', 'y'], window({ a: { outcomes: 'P' } }));
    expect(v.status).toBe('warn');
    expect(v.reasons).toEqual([
      {
        code: 'PROPERTY_SELECTOR_MATCHES_NOTHING',
        message: '2 patterns in tests.property match no test of this run: "x::*", "y"',
        evidence: { patterns: 2, unmatched: 2, first: 'x::*', selected: 0 },
      },
    ]);
    // One pattern that matches, one that does not: still warned, alongside the rest.
    const w = judge([tc('a')], ['a', 'gone'], window({ a: { outcomes: P30 } }));
    expect(w.status).toBe('warn');
    expect(codes(w)).toEqual(['PROPERTY_SELECTOR_MATCHES_NOTHING']);
  });

  it('passes when every property test has 30 passes in a row under the threshold', () => {
    expect(judge([tc('a')], ['a'], window({ a: { outcomes: P30, ms: 999 } }))).toEqual({
      gate: 'property',
      status: 'pass',
      reasons: [],
    });
  });

  it('warns PROPERTY_NEEDS_RUNS with the largest number of runs still needed', () => {
    const h = window({
      a: { outcomes: `${'F'.repeat(18)}${'P'.repeat(12)}` },
      b: { outcomes: `F${'P'.repeat(29)}` },
    });
    const v = judge([tc('a'), tc('b')], ['a', 'b'], h);
    expect(v).toEqual({
      gate: 'property',
      status: 'warn',
      reasons: [
        {
          code: 'PROPERTY_NEEDS_RUNS',
          message: 'needs 18 more runs: 2 property tests of 2 have fewer than 30 passes in a row (a: 12)',
          evidence: {
            needs_runs: 18,
            tests: 2,
            of: 2,
            required_passes: 30,
            test: 'a',
            consecutive_passes: 12,
          },
        },
      ],
    });
    expect(judge([tc('b')], ['b'], h).reasons[0]!.message).toBe(
      'needs 1 more run: 1 property test of 1 has fewer than 30 passes in a row (b: 29)',
    );
  });

  it('fails PROPERTY_FALSIFIED with the example and the seed', () => {
    const failed = tc('a', 'failed', { message: 'Falsifying example: test_a(\n    x=1,\n)' });
    const v = judge([failed], ['a'], window({ a: { outcomes: 'PPF' } }));
    expect(v.status).toBe('fail');
    expect(v.reasons[0]).toEqual({
      code: 'PROPERTY_FALSIFIED',
      message: '1 property test failed with a falsifying example: a (hypothesis: test_a(x=1,))',
      evidence: { tests: 1, first: 'a', tool: 'hypothesis', example: 'test_a(x=1,)', seed: '7' },
    });
    expect(codes(v)).toEqual(['PROPERTY_FALSIFIED', 'PROPERTY_NEEDS_RUNS']);
  });

  it('fails PROPERTY_FAILED for a failure or error without an example', () => {
    const v = judge([tc('a', 'error', { message: 'boom' })], ['a'], window({ a: { outcomes: 'PE' } }));
    expect(v.status).toBe('fail');
    expect(v.reasons[0]).toEqual({
      code: 'PROPERTY_FAILED',
      message: '1 property test failed in this run without a falsifying example in the report: a',
      evidence: { tests: 1, first: 'a', outcome: 'error', seed: '7' },
    });
  });

  it('fails PROPERTY_FLAKE for a retry or a failure its commit then passed, anywhere in the window', () => {
    const v = judge([tc('a')], ['a'], window({ a: { outcomes: `R${'P'.repeat(30)}` } }));
    expect(v.status).toBe('fail');
    expect(v.reasons).toEqual([
      {
        code: 'PROPERTY_FLAKE',
        message:
          '1 property test flaked in the last 31 runs (1 flake event: a pass on retry, or a failure its commit then passed): a (passed-on-retry in run r0)',
        evidence: { tests: 1, events: 1, first: 'a', kind: 'passed-on-retry', run_id: 'r0' },
      },
    ]);
    const same = judge([tc('a')], ['a'], window({ a: { outcomes: 'FP' } }, ['x', 'x']));
    expect(same.reasons[0]!.evidence).toMatchObject({ kind: 'failed-then-passed-same-commit', run_id: 'r0' });
  });

  it('fails PROPERTY_TOO_SLOW at a mean runtime at or above the threshold', () => {
    const v = judge(
      [tc('a'), tc('b')],
      ['a', 'b'],
      window({ a: { outcomes: P30, ms: 1000 }, b: { outcomes: P30, ms: 1500 } }),
    );
    expect(v).toEqual({
      gate: 'property',
      status: 'fail',
      reasons: [
        {
          code: 'PROPERTY_TOO_SLOW',
          message:
            '2 property tests have a mean runtime at or above 1000 ms: a (mean 1000 ms over 30 runs); b (mean 1500 ms over 30 runs)',
          evidence: { tests: 2, threshold_ms: 1000, slowest: 'b', mean_ms: 1500, p95_ms: 1500, max_ms: 1500 },
        },
      ],
    });
  });

  it('warns PROPERTY_RUNTIME_UNKNOWN when no run gave a time', () => {
    const h = window({ a: { outcomes: P30 } });
    const untimed: History = { ...h, tests: h.tests.map((t) => ({ ...t, durations: ','.repeat(29) })) };
    const v = judge([tc('a')], ['a'], untimed);
    expect(v.status).toBe('warn');
    expect(codes(v)).toEqual(['PROPERTY_RUNTIME_UNKNOWN']);
  });

  it('names at most 5 tests, counts all, and selects by the marker without any pattern', () => {
    const ids = Array.from({ length: 7 }, (_, i) => `t${i}`);
    const cases = ids.map((id) =>
      tc(id, 'failed', { message: 'x', markers: [{ name: 'PROPERTY', kind: 'property' }] }),
    );
    const tests: Record<string, { outcomes: string }> = {};
    for (const id of ids) tests[id] = { outcomes: 'F' };
    const v = judge(cases, [], window(tests));
    expect(v.reasons[0]!.message).toBe(
      '7 property tests failed in this run without a falsifying example in the report: t0; t1; t2; t3; t4; and 2 more',
    );
  });
});
