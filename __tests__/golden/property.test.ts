import { describe, expect, it } from 'vitest';
import { extendHistory, type History } from '../../src/analysis/history.js';
import { markersUsage } from '../../src/analysis/markers.js';
import { analyzeProperty, REQUIRED_PASSES, selectPropertyTests } from '../../src/analysis/property.js';
import { testTotals } from '../../src/analysis/tests.js';
import { parseJunit } from '../../src/formats/tests/junit.js';
import { judgeProperty } from '../../src/gates/property.js';
import type { TestCase } from '../../src/model/tests.js';
import { read, readJson } from './helpers.js';

/**
 * Real pytest + Hypothesis JUnit XML (scripts/fixtures/generate-property.sh): three property tests
 * marked @pytest.mark.property, a conftest.py recording each test's markers with record_property,
 * --hypothesis-seed fixed, both JUnit families, and a run where Hypothesis falsifies test_boundary.
 */

const F = '__tests__/fixtures/junit/pytest-property';

interface Run {
  report: string;
  printed: Record<string, number>;
  printed_summary: string;
  hypothesis_statistics: Record<string, { passing: number; failing: number; invalid: number; run: number }>;
  falsifying_examples: string[];
}
const expected = readJson<{ seed: number; runs: Record<string, Run> }>(`${F}/expected.json`);
const parse = (name: string) => parseJunit(read(`${F}/${expected.runs[name]!.report}`), `${F}/${name}.xml`);
/** pytest's node id → the case its JUnit writer makes of it (module path dotted, no `.py`). */
const byNodeId = (cases: readonly TestCase[], nodeid: string) => {
  const [file, name] = nodeid.split('::') as [string, string];
  return cases.find((c) => c.classname === file.replace(/\.py$/, '').replace(/\//g, '.') && c.name === name);
};
const PROPERTY_TESTS = ['test_boundary', 'test_monotonic', 'test_round_trip'];

describe('pytest 7.2 + Hypothesis 6.67: markers and examples in JUnit XML', () => {
  for (const name of ['xunit1', 'xunit2', 'falsified']) {
    const run = expected.runs[name]!;

    it(`${name}: counts equal what pytest printed (${run.printed_summary})`, () => {
      const r = parse(name);
      const t = testTotals(r.cases, r.flakyIds);
      expect(r.producer).toBe('pytest');
      expect(t.passed).toBe(run.printed['passed'] ?? 0);
      expect(t.failed).toBe(run.printed['failed'] ?? 0);
      expect(t.total).toBe((run.printed['passed'] ?? 0) + (run.printed['failed'] ?? 0));
    });

    it(`${name}: examples run equal the Hypothesis statistics pytest printed, per test`, () => {
      const r = parse(name);
      const printed = Object.entries(run.hypothesis_statistics);
      expect(printed.map(([id]) => id.split('::')[1]).sort()).toEqual(PROPERTY_TESTS);
      for (const [nodeid, s] of printed)
        expect(byNodeId(r.cases, nodeid)?.examples, nodeid).toEqual({
          ...s,
          source: 'hypothesis-statistics',
        });
      // Tests without @given have no statistics, so no examples: never invented.
      expect(r.cases.filter((c) => c.examples === undefined).map((c) => c.name)).toEqual([
        'test_encode_example',
        'test_unmarked',
      ]);
    });

    it(`${name}: the markers conftest.py recorded (Hypothesis adds its own marker to @given tests)`, () => {
      const r = parse(name);
      expect(r.cases.map((c) => [c.name, (c.markers ?? []).map((m) => `${m.kind}:${m.name}`)])).toEqual([
        ['test_round_trip', ['property:codec', 'property:hypothesis', 'property:property']],
        ['test_monotonic', ['property:hypothesis', 'property:property']],
        ['test_boundary', ['property:boundary', 'property:hypothesis', 'property:property']],
        ['test_encode_example', ['property:codec']],
        ['test_unmarked', []],
      ]);
      expect(
        selectPropertyTests(r.cases, [])
          .tests.map((t) => t.case.name)
          .sort(),
      ).toEqual(PROPERTY_TESTS);
    });
  }

  it('falsified: the example Hypothesis printed is the one property.results.json names', () => {
    const r = parse('falsified');
    const printed = expected.runs['falsified']!.falsifying_examples;
    expect(printed).toHaveLength(1);
    const oneLine = printed[0]!.replace(/\(\n/g, '(').replace(/\n\)/g, ')').replace(/\n/g, ' ');
    const h = extendHistory(null, {
      runId: '1',
      attempt: 1,
      commit: 'x',
      date: '2026-01-01',
      cases: r.cases,
      flakyIds: [],
    });
    const a = analyzeProperty(selectPropertyTests(r.cases, []), h, [], {
      requiredPasses: REQUIRED_PASSES,
      runtimeThresholdMs: 1000,
      seed: { value: String(expected.seed), source: 'TPR_SEED' },
    });
    const boundary = a.tests.find((t) => t.name === 'test_boundary')!;
    expect(boundary.falsifying_examples).toEqual([{ tool: 'hypothesis', example: oneLine }]);
    expect(oneLine).toBe('test_boundary(x=1, lo=0, hi=0,)');
    expect(boundary.examples?.failing).toBe(
      expected.runs['falsified']!.hypothesis_statistics['test_props.py::test_boundary']!.failing,
    );
    expect(judgeProperty(a).reasons.map((x) => x.code)).toEqual([
      'PROPERTY_FALSIFIED',
      'PROPERTY_NEEDS_RUNS',
    ]);
  });
});

describe('the property pilot over real runs', () => {
  const passing = parse('xunit1');
  const falsified = parse('falsified');
  const options = {
    requiredPasses: REQUIRED_PASSES,
    runtimeThresholdMs: 1000,
    seed: { value: String(expected.seed), source: 'TPR_SEED' as const },
  };
  function runs(list: readonly (readonly TestCase[])[]): History {
    let h: History | null = null;
    list.forEach((cases, i) => {
      h = extendHistory(h, {
        runId: `${100 + i}`,
        attempt: 1,
        commit: `c${i}`,
        date: '2026-01-01',
        cases,
        flakyIds: [],
      });
    });
    return h!;
  }

  it('29 passing runs: needs 1 more run; 30: the gate passes', () => {
    const sel = selectPropertyTests(passing.cases, []);
    const short = judgeProperty(analyzeProperty(sel, runs(Array(29).fill(passing.cases)), [], options));
    expect(short.status).toBe('warn');
    expect(short.reasons[0]!.message).toMatch(/^needs 1 more run: 3 property tests of 3 /);
    const a = analyzeProperty(sel, runs(Array(30).fill(passing.cases)), [], options);
    expect(judgeProperty(a)).toEqual({ gate: 'property', status: 'pass', reasons: [] });
    expect(a.counts).toMatchObject({ tests: 3, passing: 3 });
    expect(a.false_failure_rate).toMatchObject({ value: 0, outcomes: 90 });
  });

  it('a falsified run after 30 passes fails the gate and starts the count again', () => {
    const h = runs([...Array(30).fill(passing.cases), falsified.cases]);
    const a = analyzeProperty(selectPropertyTests(falsified.cases, []), h, [], options);
    const boundary = a.tests.find((t) => t.name === 'test_boundary')!;
    expect(boundary).toMatchObject({
      status: 'falsified',
      consecutive_passes: 0,
      needs_runs: 30,
      runs_seen: 30,
    });
    expect(a.tests.filter((t) => t.status === 'passing').map((t) => t.name)).toEqual([
      'test_monotonic',
      'test_round_trip',
    ]);
    expect(judgeProperty(a).status).toBe('fail');
  });

  it('markers.usage.json over those runs, against a declared list', () => {
    const h = runs([passing.cases, passing.cases]);
    const u = markersUsage(passing.cases, h, ['property', 'codec', 'boundary', 'slow']);
    expect(u.markers).toEqual([
      { name: 'boundary', kinds: ['property'], tests: 1, runs: 2, declared: true },
      { name: 'codec', kinds: ['property'], tests: 2, runs: 2, declared: true },
      { name: 'hypothesis', kinds: ['property'], tests: 3, runs: 2, declared: false },
      { name: 'property', kinds: ['property'], tests: 3, runs: 2, declared: true },
    ]);
    expect(u.declared_unused).toEqual(['slow']);
    expect(u.undeclared).toEqual(['hypothesis']);
  });
});

describe('describe paths of real jest-junit and vitest reports', () => {
  it('vitest: each describe block and its nested path; jest-junit: the outermost block only', () => {
    const vitest = parseJunit(read('__tests__/fixtures/junit/vitest/junit.xml'), 'vitest.xml');
    expect(markersUsage(vitest.cases, null, []).markers).toEqual([
      { name: 'floor', kinds: ['describe'], tests: 7, runs: 1, declared: false },
      {
        name: 'floor > nested <b>markup</b> | and ::error::',
        kinds: ['describe'],
        tests: 2,
        runs: 1,
        declared: false,
      },
    ]);
    const jest = parseJunit(read('__tests__/fixtures/junit/jest/junit.xml'), 'jest.xml');
    // 7 tests in describe('floor'); the two tests of other.test.js have none (suite "undefined").
    expect(markersUsage(jest.cases, null, []).markers).toEqual([
      { name: 'floor', kinds: ['describe'], tests: 7, runs: 1, declared: false },
    ]);
    expect(jest.cases.filter((c) => !c.markers).map((c) => c.id)).toEqual([
      'throws a TypeError::throws a TypeError',
      'passes::passes',
    ]);
  });
});
