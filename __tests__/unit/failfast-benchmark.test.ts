import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  concatSuiteTimings,
  describeBenchmark,
  failfastBenchmark,
  failfastSummary,
  junitSuiteTimings,
  NO_SEEDED_FAILURE,
  parseTimestamp,
  type FailFastBenchmark,
} from '../../src/analysis/failfast.js';
import { parseTpr } from '../../src/config/tpr.js';
import { InputError } from '../../src/model/errors.js';
import type { Outcome, TestCase } from '../../src/model/tests.js';

const tc = (id: string, outcome: Outcome, duration: number | null): TestCase => ({
  id,
  name: id,
  classname: 'K',
  outcome,
  duration,
});
/** Reductions are carried to 9 decimals. */
const r9 = (x: number) => Math.round(x * 1e9) / 1e9;
const ok = (r: ReturnType<typeof failfastBenchmark>): FailFastBenchmark => {
  if (r.benchmark === null) throw new Error(r.reason);
  return r.benchmark;
};

describe('failfastBenchmark: from durations in report order', () => {
  // 10 s of tests; the first failure ends at 3 s.
  const cases = [
    tc('a', 'passed', 1),
    tc('b', 'skipped', null),
    tc('c', 'failed', 2),
    tc('d', 'error', 3),
    tc('e', 'passed', 4),
  ];

  it('off: all tests + the judging; soft: to the first failure + the partial write; hard: to the first failure', () => {
    const b = ok(failfastBenchmark({ cases }, { judgeMs: 500, partialWriteMs: 250 }));
    expect(b).toEqual({
      seeded_failure: 'c',
      position: 3,
      cases: 5,
      basis: 'durations',
      off: { detection_ms: 10_500, tests_ms: 10_000, judging_ms: 500 },
      soft: {
        detection_ms: 3250,
        first_failure_ms: 3000,
        partial_write_ms: 250,
        reduction_percent: r9(((10_500 - 3250) / 10_500) * 100),
        target_percent: 40,
        target_source: 'default',
        meets_target: true,
      },
      hard: {
        detection_ms: 3000,
        first_failure_ms: 3000,
        reduction_percent: r9(((10_500 - 3000) / 10_500) * 100),
        target_percent: 60,
        target_source: 'default',
        meets_target: true,
      },
      notes: [],
    });
  });

  it('the targets from TPR_*: a reduction below one is reported as not met, naming the variable', () => {
    const tpr = parseTpr({
      TPR_MAX_FAIL_FAST_IMPROVEMENT_TARGET: '75',
      TPR_HARD_FAIL_FAST_IMPROVEMENT_TARGET: '71.42857142857143',
    });
    const b = ok(
      failfastBenchmark(
        { cases },
        {
          judgeMs: 500,
          partialWriteMs: 250,
          targets: { soft: tpr.softFailFastTarget, hard: tpr.hardFailFastTarget },
        },
      ),
    );
    expect([b.soft.meets_target, b.soft.target_percent, b.soft.target_source]).toEqual([
      false,
      75,
      'TPR_MAX_FAIL_FAST_IMPROVEMENT_TARGET',
    ]);
    // 7500 / 10500 = 71.428571…%: exactly at the target meets it.
    expect([b.hard.meets_target, b.hard.target_source]).toEqual([
      true,
      'TPR_HARD_FAIL_FAST_IMPROVEMENT_TARGET',
    ]);
  });

  it('what was not measured is said, and left out of the figures', () => {
    const b = ok(failfastBenchmark({ cases }));
    expect(b.off).toEqual({ detection_ms: 10_000, tests_ms: 10_000, judging_ms: null });
    expect(b.soft.detection_ms).toBe(3000);
    expect(b.notes).toEqual([
      'judging time not measured: off counts the tests alone',
      'partial-metrics write not measured: soft counts the tests up to the first failure alone',
    ]);
    expect(ok(failfastBenchmark({ cases }, { judgeMs: NaN, partialWriteMs: -1 })).notes).toHaveLength(2);
  });

  it('no failing test: null, with the reason', () => {
    expect(failfastBenchmark({ cases: [tc('a', 'passed', 1), tc('b', 'skipped', 0)] })).toEqual({
      benchmark: null,
      reason: 'no failing test in this run: the benchmark needs a run with a seeded failure',
    });
    expect(NO_SEEDED_FAILURE).toBe(
      'no failing test in this run: the benchmark needs a run with a seeded failure',
    );
    expect(failfastBenchmark({ cases: [] }).reason).toBe(NO_SEEDED_FAILURE);
    expect(failfastBenchmark(null).reason).toBe(
      'no test reports were given: the benchmark needs a JUnit report',
    );
  });

  it('missing durations: says which and where instead of guessing', () => {
    expect(
      failfastBenchmark({ cases: [tc('a', 'passed', null), tc('b', 'failed', 1), tc('c', 'passed', 1)] }),
    ).toEqual({
      benchmark: null,
      reason:
        'durations missing for 1 of the 2 tests that ran up to the first failure (first: a): the time to the first failure is unknown',
    });
    expect(
      failfastBenchmark({
        cases: [tc('a', 'passed', 1), tc('b', 'failed', 1), tc('c', 'passed', null), tc('d', 'passed', null)],
      }),
    ).toEqual({
      benchmark: null,
      reason:
        'durations missing for 2 of the 4 tests that ran (first: c): the time of the whole run is unknown',
    });
    // A skipped test without a time took none.
    expect(
      ok(failfastBenchmark({ cases: [tc('s', 'skipped', null), tc('b', 'failed', 1)] })).hard
        .first_failure_ms,
    ).toBe(1000);
  });

  it('a run of zero seconds: nothing to reduce', () => {
    expect(failfastBenchmark({ cases: [tc('a', 'failed', 0)] }).reason).toBe(
      'the run took no measurable time: there is nothing to reduce',
    );
  });

  it('property: hard ≤ soft ≤ off, reductions within 0..100, hard’s reduction ≥ soft’s', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(
            fc.constantFrom<Outcome>('passed', 'failed', 'error', 'skipped'),
            fc.integer({ min: 0, max: 5000 }),
          ),
          {
            minLength: 1,
            maxLength: 30,
          },
        ),
        fc.integer({ min: 0, max: 2000 }),
        fc.integer({ min: 0, max: 2000 }),
        (spec, judge, write) => {
          const cases = spec.map(([o, ms], i) => tc(`t${i}`, o, ms / 1000));
          const r = failfastBenchmark({ cases }, { judgeMs: judge, partialWriteMs: write });
          if (r.benchmark === null) return;
          const b = r.benchmark;
          expect(b.hard.detection_ms).toBeLessThanOrEqual(b.soft.detection_ms);
          expect(b.hard.reduction_percent).toBeGreaterThanOrEqual(b.soft.reduction_percent);
          expect(b.hard.reduction_percent).toBeLessThanOrEqual(100);
          expect(b.hard.detection_ms).toBeLessThanOrEqual(b.off.detection_ms + 1e-6);
          expect(cases[b.position - 1]!.id).toBe(b.seeded_failure);
        },
      ),
    );
  });
});

describe('failfastBenchmark: from the suites’ timestamps', () => {
  const xml = `<?xml version="1.0"?>
<testsuites>
  <testsuite name="one" timestamp="2026-01-01T10:00:00.000" time="3.5">
    <testcase name="a" time="1"/><testcase name="b" time="2"><failure message="x">t</failure></testcase>
  </testsuite>
  <testsuite name="two" timestamp="2026-01-01T10:00:00.500" time="1.2">
    <testcase name="c" time="0.5"><failure message="y"/></testcase><testcase name="d" time="0.5"/>
  </testsuite>
</testsuites>`;
  const cases = [tc('a', 'passed', 1), tc('b', 'failed', 2), tc('c', 'failed', 0.5), tc('d', 'passed', 0.5)];

  it('reads each suite’s start and time, and which suite each testcase is in', () => {
    expect(junitSuiteTimings(xml, 'r.xml')).toEqual({
      suites: [
        { startMs: Date.UTC(2026, 0, 1, 10), timeMs: 3500, zoned: false },
        { startMs: Date.UTC(2026, 0, 1, 10) + 500, timeMs: 1200, zoned: false },
      ],
      caseSuite: [0, 0, 1, 1],
    });
  });

  it('suites in parallel: the first failure by the clock (c at 1.0 s), not in report order (b at 3 s); off is the span', () => {
    const b = ok(
      failfastBenchmark(
        { cases },
        { suites: junitSuiteTimings(xml, 'r.xml'), judgeMs: 0, partialWriteMs: 0 },
      ),
    );
    expect([b.basis, b.seeded_failure, b.position, b.hard.first_failure_ms, b.off.tests_ms]).toEqual([
      'suite-timestamps',
      'c',
      3,
      1000,
      3500,
    ]);
  });

  it('timestamps not used when they do not line up with the cases, or lack a time, or mix zones: said in a note', () => {
    const timings = junitSuiteTimings(xml, 'r.xml');
    const b = ok(failfastBenchmark({ cases: cases.slice(0, 3) }, { suites: timings }));
    expect([b.basis, b.seeded_failure]).toEqual(['durations', 'b']);
    expect(b.notes[0]).toBe(
      "suite timestamps not used: 4 <testcase> elements but 3 tests read; times are the tests' durations in report order",
    );
    const zones = junitSuiteTimings(xml.replace('00.500"', '00.500Z"'), 'r.xml');
    expect(ok(failfastBenchmark({ cases }, { suites: zones })).notes[0]).toContain(
      'some timestamps name a time zone and some do not',
    );
    const untimed = junitSuiteTimings(xml.replace(' time="1.2"', ''), 'r.xml');
    expect(ok(failfastBenchmark({ cases }, { suites: untimed })).notes[0]).toContain(
      'a suite has no timestamp or no time',
    );
    const bare = junitSuiteTimings(
      '<testsuites><testcase name="a" time="1"><failure/></testcase></testsuites>',
      'n.xml',
    );
    expect(bare).toEqual({ suites: [], caseSuite: [-1] });
    expect(ok(failfastBenchmark({ cases: [tc('a', 'failed', 1)] }, { suites: bare })).basis).toBe(
      'durations',
    );
  });

  it('several reports: suites and cases concatenated in the same order', () => {
    const one = junitSuiteTimings(
      '<testsuite timestamp="2026-01-01T00:00:00Z" time="2"><testcase name="a" time="2"/></testsuite>',
      '1.xml',
    );
    const two = junitSuiteTimings(
      '<testsuite timestamp="2026-01-01T01:00:05+01:00" time="1"><testcase name="b" time="1"><failure/></testcase></testsuite>',
      '2.xml',
    );
    const both = concatSuiteTimings([one, two]);
    expect(both.caseSuite).toEqual([0, 1]);
    const b = ok(
      failfastBenchmark({ cases: [tc('a', 'passed', 2), tc('b', 'failed', 1)] }, { suites: both }),
    );
    // The second report's suite starts 5 s after the first (01:00:05+01:00 is 00:00:05Z).
    expect([b.basis, b.hard.first_failure_ms, b.off.tests_ms]).toEqual(['suite-timestamps', 6000, 6000]);
  });

  it('nested suites: a testcase belongs to its innermost suite', () => {
    const t = junitSuiteTimings(
      '<testsuites><testcase name="x"/><testsuite name="o"><testsuite name="i"><testcase name="y"><failure><testcase-like/></failure></testcase></testsuite><testcase name="z"/></testsuite></testsuites>',
      'n.xml',
    );
    expect(t.caseSuite).toEqual([-1, 1, 0]);
  });

  it('malformed XML is the reader’s input error, naming the file', () => {
    expect(() => junitSuiteTimings('<testsuite><testcase></testsuite>', 'bad.xml')).toThrow(InputError);
    expect(() => junitSuiteTimings('<testsuite><testcase></testsuite>', 'bad.xml')).toThrow(/bad\.xml/);
  });
});

describe('parseTimestamp', () => {
  it('ISO 8601 as JUnit producers write it, to the microsecond, with or without a zone', () => {
    expect(parseTimestamp('2026-11-22T05:49:28.483911')).toEqual({
      ms: Date.UTC(2026, 10, 22, 5, 49, 28) + 483.911,
      zoned: false,
    });
    expect(parseTimestamp('2026-11-22T05:49:28Z')).toEqual({
      ms: Date.UTC(2026, 10, 22, 5, 49, 28),
      zoned: true,
    });
    expect(parseTimestamp('2026-11-22T07:49:28+02:00')!.ms).toBe(Date.UTC(2026, 10, 22, 5, 49, 28));
    expect(parseTimestamp('2026-11-22T03:49:28-0200')!.ms).toBe(Date.UTC(2026, 10, 22, 5, 49, 28));
    for (const bad of [
      undefined,
      '',
      'yesterday',
      '2026-13-01T00:00:00',
      '2026-01-01',
      '2026-01-01T25:00:00',
    ])
      expect(parseTimestamp(bad), String(bad)).toBeNull();
  });
});

describe('failfastSummary carries the benchmark in every mode', () => {
  const cases = [tc('a', 'passed', 0.4), tc('b', 'failed', 0.1), tc('c', 'passed', 0.5)];
  it.each(['off', 'soft', 'hard'] as const)('%s', (mode) => {
    const s = failfastSummary({
      mode,
      firstFailingGate: null,
      detectedAfterMs: null,
      stoppedEarly: false,
      tests: { cases },
      benchmark: { judgeMs: 100, partialWriteMs: 20 },
    });
    expect(s['benchmark_reason']).toBeNull();
    expect((s['benchmark'] as FailFastBenchmark).off.detection_ms).toBe(1100);
    expect((s['benchmark'] as FailFastBenchmark).soft.detection_ms).toBe(520);
    expect((s['benchmark'] as FailFastBenchmark).hard.detection_ms).toBe(500);
  });
  it('without a failing test: benchmark null and the reason', () => {
    const s = failfastSummary({
      mode: 'off',
      firstFailingGate: null,
      detectedAfterMs: null,
      stoppedEarly: false,
      tests: { cases: [tc('a', 'passed', 1)] },
    });
    expect([s['benchmark'], s['benchmark_reason']]).toEqual([null, NO_SEEDED_FAILURE]);
  });
});

describe('describeBenchmark', () => {
  it('one sentence with every figure, or the reason', () => {
    const cases = [tc('a', 'passed', 1), tc('b', 'failed', 1), tc('c', 'passed', 2)];
    expect(describeBenchmark(failfastBenchmark({ cases }, { judgeMs: 0, partialWriteMs: 500 }))).toBe(
      'fail-fast benchmark on b (test 2 of 3, from test durations): off 4000 ms, soft 2500 ms (−37.5 %, target 40 %: not met), hard 2000 ms (−50.0 %, target 60 %: not met)',
    );
    expect(describeBenchmark(failfastBenchmark({ cases: [] }))).toBe(
      `fail-fast benchmark: ${NO_SEEDED_FAILURE}`,
    );
  });
});
