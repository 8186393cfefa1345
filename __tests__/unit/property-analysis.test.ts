import { describe, expect, it } from 'vitest';
import {
  analyzeProperty,
  FALSE_FAILURE_RATE_MAX_PERCENT,
  falsifyingExamples,
  MAX_FALSIFYING,
  MAX_FALSIFYING_LENGTH,
  PROPERTY_RESULTS_SCHEMA,
  propertyResultsArtifact,
  REQUIRED_PASSES,
  selectPropertyTests,
  type PropertyOptions,
} from '../../src/analysis/property.js';
import { extendHistory, HISTORY_SCHEMA, type History } from '../../src/analysis/history.js';
import type { Marker, Outcome, TestCase } from '../../src/model/tests.js';

const OPTIONS: PropertyOptions = {
  requiredPasses: REQUIRED_PASSES,
  runtimeThresholdMs: 1000,
  seed: { value: '42', source: 'TPR_SEED' },
};

const tc = (id: string, outcome: Outcome = 'passed', extra: Partial<TestCase> = {}): TestCase => ({
  id,
  name: id.split('::').pop()!,
  classname: 'K',
  outcome,
  duration: 0.01,
  ...extra,
});
const marked = (id: string, ...names: string[]): TestCase =>
  tc(id, 'passed', { markers: names.map((name): Marker => ({ name, kind: 'property' })) });

/**
 * A window from letters per test (oldest first) and, optionally, milliseconds per run and a commit
 * per run (default: a different commit each run).
 */
function window(
  tests: Record<string, { outcomes: string; ms?: (number | null)[] }>,
  commits?: (string | null)[],
  failedPerRun?: number[],
): History {
  const n = Object.values(tests)[0]!.outcomes.length;
  return {
    schema: HISTORY_SCHEMA,
    window: Math.max(30, n),
    runs: Array.from({ length: n }, (_, i) => ({
      run_id: String(1000 + i),
      attempt: 1,
      commit: commits ? commits[i]! : `c${i}`,
      date: '2026-01-01',
      tests: 10,
      failed: failedPerRun?.[i] ?? 0,
      coverage: null,
    })),
    signatures: [],
    tests: Object.entries(tests)
      .map(([id, t]) => ({
        id,
        outcomes: t.outcomes,
        durations: (t.ms ?? Array.from({ length: n }, () => 10))
          .map((v) => (v === null ? '' : String(v)))
          .join(','),
      }))
      .sort((a, b) => (a.id < b.id ? -1 : 1)),
  };
}

const only = (id: string, h: History, c: TestCase = tc(id), options = OPTIONS) =>
  analyzeProperty(selectPropertyTests([c], [id]), h, [], options).tests[0]!;

describe('selectPropertyTests', () => {
  it('selects by exact id, by glob (quarantine semantics) and by the marker property in any case', () => {
    const cases = [
      tc('tests/test_a.py::test_x'),
      tc('tests/test_a.py::test_y'),
      tc('tests/sub/test_b.py::test_z'),
      marked('other::test_m', 'Property'),
      marked('other::test_n', 'properties'),
      tc('tests/test_a.py::test_x'),
    ];
    const s = selectPropertyTests(cases, [
      'tests/*.py::test_x',
      'tests/**::test_z',
      'nothing::here',
      'tests/test_a.py::test_y',
    ]);
    expect(s.tests.map((t) => [t.case.id, t.by])).toEqual([
      ['tests/test_a.py::test_x', ['pattern']],
      ['tests/test_a.py::test_y', ['pattern']],
      ['tests/sub/test_b.py::test_z', ['pattern']],
      ['other::test_m', ['marker']],
    ]);
    expect(s.patterns).toEqual([
      { pattern: 'tests/*.py::test_x', matches: 1 },
      { pattern: 'tests/**::test_z', matches: 1 },
      { pattern: 'nothing::here', matches: 0 },
      { pattern: 'tests/test_a.py::test_y', matches: 1 },
    ]);
    // `*` does not cross `/`; regex characters in ids are literal.
    expect(selectPropertyTests([tc('tests/sub/x.py::test_x')], ['tests/*.py::test_x']).tests).toEqual([]);
    expect(selectPropertyTests([tc('a.b::c')], ['a?b::c']).tests).toHaveLength(1);
    expect(selectPropertyTests([tc('axb::c(')], ['a.b::c(']).tests).toHaveLength(0);
  });

  it('a test both matched and marked says both; __proto__ ids are data', () => {
    const s = selectPropertyTests(
      [marked('__proto__', 'property'), tc('constructor')],
      ['__proto__', 'constructor'],
    );
    expect(s.tests.map((t) => [t.case.id, t.by])).toEqual([
      ['__proto__', ['pattern', 'marker']],
      ['constructor', ['pattern']],
    ]);
  });
});

describe('analyzeProperty: consecutive passes', () => {
  it('counts P back from this run; R, F and E end the count; S and absent neither count nor end it', () => {
    expect(only('t', window({ t: { outcomes: 'PPPP' } })).consecutive_passes).toBe(4);
    expect(only('t', window({ t: { outcomes: 'PPFPP' } })).consecutive_passes).toBe(2);
    expect(only('t', window({ t: { outcomes: 'PPEPP' } })).consecutive_passes).toBe(2);
    expect(only('t', window({ t: { outcomes: 'PPRPP' } })).consecutive_passes).toBe(2);
    expect(only('t', window({ t: { outcomes: 'FPS-PSP' } })).consecutive_passes).toBe(3);
    const r = only('t', window({ t: { outcomes: 'PPRPP' } }));
    expect(r.streak_ended_by).toEqual({ run_id: '1002', attempt: 1, outcome: 'R' });
    expect(r.needs_runs).toBe(REQUIRED_PASSES - 2);
    expect(only('t', window({ t: { outcomes: 'PP' } })).streak_ended_by).toBeNull();
  });

  it('runs_seen counts the runs it ran in; skipped and absent are not runs', () => {
    expect(only('t', window({ t: { outcomes: 'P-SRFEP' } })).runs_seen).toBe(5);
  });

  it('30 passes in a row need no more runs; 29 need 1', () => {
    expect(only('t', window({ t: { outcomes: 'P'.repeat(30) } }))).toMatchObject({
      consecutive_passes: 30,
      needs_runs: 0,
      status: 'passing',
    });
    expect(only('t', window({ t: { outcomes: `F${'P'.repeat(29)}` } }))).toMatchObject({
      consecutive_passes: 29,
      needs_runs: 1,
      status: 'needs-runs',
    });
  });

  it('an infrastructure-failure run (over 80 % of tests failed) neither counts nor ends the count', () => {
    const h = window({ t: { outcomes: 'PPFPP' } }, undefined, [0, 0, 9, 0, 0]);
    const r = only('t', h);
    expect(r.consecutive_passes).toBe(4);
    expect(r.runs_seen).toBe(4);
  });
});

describe('analyzeProperty: flake events', () => {
  it('a pass on retry is an event in its run; a failure its commit later passed is one too', () => {
    const h = window({ t: { outcomes: 'PRFPP' } }, ['a', 'b', 'c', 'c', 'd']);
    expect(only('t', h).flake_events).toEqual([
      { run_id: '1001', attempt: 1, commit: 'b', kind: 'passed-on-retry', passed_run_id: null },
      {
        run_id: '1002',
        attempt: 1,
        commit: 'c',
        kind: 'failed-then-passed-same-commit',
        passed_run_id: '1003',
      },
    ]);
    expect(only('t', h).status).toBe('flaky');
  });

  it('a failure on a commit that never passed again, or with no commit, is not an event', () => {
    expect(only('t', window({ t: { outcomes: 'PFP' } }, ['a', 'b', 'c'])).flake_events).toEqual([]);
    expect(only('t', window({ t: { outcomes: 'PFP' } }, [null, null, null])).flake_events).toEqual([]);
    // A pass before the failure on the same commit is not "followed by a pass".
    expect(only('t', window({ t: { outcomes: 'PF' } }, ['a', 'a'])).flake_events).toEqual([]);
  });

  it('carries the flake scan verdict, stable when the scan lists none', () => {
    const h = window({ t: { outcomes: 'PP' }, u: { outcomes: 'PP' } });
    const a = analyzeProperty(
      selectPropertyTests([tc('t'), tc('u')], ['t', 'u']),
      h,
      [{ id: 'u', verdict: 'flaky' }],
      OPTIONS,
    );
    expect(a.tests.map((t) => [t.id, t.flake_verdict])).toEqual([
      ['t', 'stable'],
      ['u', 'flaky'],
    ]);
  });
});

describe('analyzeProperty: runtime', () => {
  it('mean, p95 (nearest rank), max over the runs it ran in; skipped runs and missing times left out', () => {
    const ms = [100, 200, 9000, null, 300, 400];
    const r = only('t', window({ t: { outcomes: 'PPSPPP', ms } }));
    expect(r.runtime).toEqual({
      runs_timed: 4,
      mean_ms: 250,
      p95_ms: 400,
      max_ms: 400,
      threshold_ms: 1000,
      below_threshold: true,
    });
  });

  it('a mean at the threshold is not below it: too slow', () => {
    const r = only('t', window({ t: { outcomes: 'PP', ms: [999, 1001] } }));
    expect(r.runtime.mean_ms).toBe(1000);
    expect(r.runtime.below_threshold).toBe(false);
    expect(r.status).toBe('too-slow');
    expect(only('t', window({ t: { outcomes: 'PP', ms: [999, 1000] } })).runtime.below_threshold).toBe(true);
  });

  it('no time in any run: unknown, never invented', () => {
    const r = only('t', window({ t: { outcomes: 'PP', ms: [null, null] } }));
    expect(r.runtime).toMatchObject({ runs_timed: 0, mean_ms: null, below_threshold: null });
  });
});

describe('falsifying examples and examples run', () => {
  const failing = (message: string, extra: Partial<TestCase> = {}) =>
    tc('t', 'failed', { message, ...extra });

  it('Hypothesis: the call across pytest E-prefixed lines, balanced, quoted parentheses kept', () => {
    const msg = [
      'assert 1 <= 0',
      'Falsifying example: test_boundary(',
      '    x=1,',
      "    s=')(',",
      ')',
      'E       Falsifying example: test_boundary(',
      'E           x=1,',
      "E           s=')(',",
      'E       )',
      'test_props.py:26: AssertionError',
    ].join('\n');
    expect(falsifyingExamples(failing(msg))).toEqual([
      { tool: 'hypothesis', example: "test_boundary(x=1, s=')(',)" },
    ]);
    expect(falsifyingExamples(failing('Falsifying explicit example: test_x(\n    n=0,\n)'))).toEqual([
      { tool: 'hypothesis', example: 'test_x(n=0,)' },
    ]);
  });

  it('fast-check counterexample and proptest minimal input, to the end of the line', () => {
    const fc =
      'Property failed after 3 tests\n{ seed: 42, path: "2:0", endOnFailure: true }\nCounterexample: [0,""]\nShrunk 4 time(s)';
    expect(falsifyingExamples(failing(fc))).toEqual([{ tool: 'fast-check', example: '[0,""]' }]);
    const pt = 'Test failed: assertion failed: a < b; minimal failing input: a = 0, b = 0\n\tsuccesses: 7';
    expect(falsifyingExamples(failing(pt))).toEqual([{ tool: 'proptest', example: 'a = 0, b = 0' }]);
  });

  it('reads failed retries too; distinct; capped in number and length; control characters blanked', () => {
    const long = `Counterexample: ${'x'.repeat(5000)}`;
    const ex = falsifyingExamples(
      failing('Counterexample: [1]', {
        attempts: [
          { outcome: 'failed', duration: 0, message: 'Counterexample: [2]\x1b[31m' },
          { outcome: 'failed', duration: 0, message: 'Counterexample: [1]' },
          { outcome: 'failed', duration: 0, message: long },
        ],
      }),
    );
    expect(ex.map((e) => e.example)).toEqual([
      '[1]',
      '[2] [31m',
      `${'x'.repeat(MAX_FALSIFYING_LENGTH - 1)}…`,
    ]);
    const many = Array.from({ length: 20 }, (_, i) => `Counterexample: [${i}]`).join('\n');
    expect(falsifyingExamples(failing(many))).toHaveLength(MAX_FALSIFYING);
    expect(falsifyingExamples(tc('t'))).toEqual([]);
  });

  it('an unterminated Hypothesis call is cut, never read past the cap', () => {
    const ex = falsifyingExamples(failing(`Falsifying example: f(${'('.repeat(100_000)}`));
    expect(ex[0]!.example.length).toBeLessThanOrEqual(MAX_FALSIFYING_LENGTH);
  });

  it('examples run: from the report (Hypothesis statistics, fast-check text), else null', () => {
    const h = window({ t: { outcomes: 'F' } });
    const stats = { run: 48, passing: 18, failing: 22, invalid: 8, source: 'hypothesis-statistics' as const };
    expect(only('t', h, failing('x', { examples: stats })).examples).toEqual(stats);
    expect(only('t', h, failing('Property failed after 17 tests\nCounterexample: [0]')).examples).toEqual({
      run: 17,
      passing: null,
      failing: null,
      invalid: null,
      source: 'fast-check-message',
    });
    expect(only('t', h, failing('AssertionError')).examples).toBeNull();
  });

  it('a failure with an example is falsified; without one, failed', () => {
    const h = window({ t: { outcomes: 'PF' } });
    expect(only('t', h, failing('Counterexample: [0]')).status).toBe('falsified');
    expect(only('t', h, failing('boom')).status).toBe('failed');
    expect(only('t', h, tc('t', 'error', { message: 'Falsifying example: t(x=0)' })).status).toBe(
      'falsified',
    );
  });
});

describe('false-failure rate over the last 30 runs', () => {
  it('retries and failures a later run on the same commit passed, over the outcomes of the property tests', () => {
    // 40 runs: the first 10 fall outside the last 30. In the last 30: t has one R and one F that its
    // commit then passed, and one F that stayed; u has 28 outcomes (2 skips).
    const commits = Array.from({ length: 40 }, (_, i) => `c${i}`);
    commits[20] = 'same';
    commits[21] = 'same';
    const t = `${'R'.repeat(10)}${'P'.repeat(5)}R${'P'.repeat(4)}FP${'P'.repeat(3)}F${'P'.repeat(14)}`;
    const u = `${'F'.repeat(10)}SS${'P'.repeat(28)}`;
    expect(t).toHaveLength(40);
    expect(u).toHaveLength(40);
    const h = window({ t: { outcomes: t }, u: { outcomes: u } }, commits);
    const a = analyzeProperty(selectPropertyTests([tc('t'), tc('u')], ['t', 'u']), h, [], OPTIONS);
    expect(a.false_failure_rate).toEqual({
      value: 2 / 58,
      false_failures: 2,
      retried: 1,
      not_reproduced: 1,
      outcomes: 58,
      runs: 30,
      max_percent: FALSE_FAILURE_RATE_MAX_PERCENT,
      above_max: true,
    });
  });

  it('exactly at 0.5 % is not above it; no outcome is no rate', () => {
    const ids = Array.from({ length: 7 }, (_, i) => `t${i}`);
    const tests: Record<string, { outcomes: string }> = {};
    // 7 tests × 30 runs = 210 outcomes, one retry: 0.476 %, below; with 200 outcomes and 1: exactly 0.5 %.
    for (const id of ids) tests[id] = { outcomes: 'P'.repeat(30) };
    tests['t0'] = { outcomes: `R${'P'.repeat(29)}` };
    const h = window(tests);
    const a = analyzeProperty(
      selectPropertyTests(
        ids.map((id) => tc(id)),
        ids,
      ),
      h,
      [],
      OPTIONS,
    );
    expect(a.false_failure_rate).toMatchObject({ false_failures: 1, outcomes: 210, above_max: false });
    const t2: Record<string, { outcomes: string }> = {};
    for (let i = 0; i < 10; i++) t2[`s${i}`] = { outcomes: `${'S'.repeat(10)}${'P'.repeat(20)}` };
    t2['s0'] = { outcomes: `${'S'.repeat(10)}R${'P'.repeat(19)}` };
    const ids2 = Object.keys(t2);
    const b = analyzeProperty(
      selectPropertyTests(
        ids2.map((id) => tc(id)),
        ids2,
      ),
      window(t2),
      [],
      OPTIONS,
    );
    expect(b.false_failure_rate).toMatchObject({
      false_failures: 1,
      outcomes: 200,
      value: 0.005,
      above_max: false,
    });
    const none = analyzeProperty(
      selectPropertyTests([tc('x', 'skipped')], ['x']),
      window({ x: { outcomes: 'SS' } }),
      [],
      OPTIONS,
    );
    expect(none.false_failure_rate).toMatchObject({ value: null, outcomes: 0, above_max: false });
  });
});

describe('the whole analysis and property.results.json', () => {
  it('built on a real extended history: counts, largest needs_runs, seed, schema id, sorted tests', () => {
    let h: History | null = null;
    const runs: TestCase[][] = [];
    for (let i = 0; i < 5; i++)
      runs.push([
        tc('b::p1'),
        tc('a::p2', i === 4 ? 'failed' : 'passed', i === 4 ? { message: 'Counterexample: [3]' } : {}),
        tc('c::plain'),
      ]);
    runs.forEach((cases, i) => {
      h = extendHistory(h, {
        runId: String(i + 1),
        attempt: 1,
        commit: `c${i}`,
        date: '2026-01-01',
        cases,
        flakyIds: [],
      });
    });
    const sel = selectPropertyTests(runs[4]!, ['*::p?']);
    const a = analyzeProperty(sel, h!, [], OPTIONS);
    expect(a.tests.map((t) => [t.id, t.status, t.consecutive_passes, t.needs_runs])).toEqual([
      ['a::p2', 'falsified', 0, 30],
      ['b::p1', 'needs-runs', 5, 25],
    ]);
    expect(a.counts).toEqual({
      tests: 2,
      passing: 0,
      needs_runs: 2,
      falsified: 1,
      failed: 1,
      flaky: 0,
      too_slow: 0,
    });
    expect(a.needs_runs).toBe(30);
    expect(a.window).toEqual({ runs: 5, runs_seen: 5 });
    const body = propertyResultsArtifact(a);
    expect(body['schema']).toBe(PROPERTY_RESULTS_SCHEMA);
    expect(body['seed']).toEqual({ value: '42', source: 'TPR_SEED' });
    expect(body['required_passes']).toBe(30);
    expect(body['runtime_threshold_ms']).toBe(1000);
    expect(JSON.parse(JSON.stringify(body))).toEqual(body);
  });

  it('a test missing from the window (no history given for it) has only this run', () => {
    const h = window({ other: { outcomes: 'PPP' } });
    const r = only('t', h, tc('t'));
    expect(r).toMatchObject({ now: 'P', consecutive_passes: 1, runs_seen: 1 });
  });
});
