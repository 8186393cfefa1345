import { describe, expect, it } from 'vitest';
import {
  earlyExitEvent,
  emergencyLine,
  failFastPlan,
  failfastSummary,
  firstFailure,
  judgeGates,
  resolveFailFastMode,
  type GateStep,
} from '../../src/analysis/failfast.js';
import type { Outcome, TestCase } from '../../src/model/tests.js';
import type { GateStatus, Verdict } from '../../src/model/verdict.js';

const tc = (id: string, outcome: Outcome, duration: number | null): TestCase => ({
  id,
  name: id,
  classname: 'K',
  outcome,
  duration,
});

describe('resolveFailFastMode', () => {
  it('the input, else TPR_FAILFAST_MODE, else off; empty is not given; case and spaces forgiven', () => {
    expect(resolveFailFastMode('soft', 'hard')).toEqual({ mode: 'soft', source: 'input' });
    expect(resolveFailFastMode('', ' HARD ')).toEqual({ mode: 'hard', source: 'TPR_FAILFAST_MODE' });
    expect(resolveFailFastMode(undefined, null)).toEqual({ mode: 'off', source: 'default' });
    expect(resolveFailFastMode('  ', '')).toEqual({ mode: 'off', source: 'default' });
  });

  it('anything else is a problem naming where it came from', () => {
    expect(resolveFailFastMode('fast', 'off')).toEqual({
      problem: 'failfast-mode: "fast" is not a fail-fast mode; expected off, soft or hard',
    });
    expect(resolveFailFastMode('x', null, '--failfast')).toEqual({
      problem: '--failfast: "x" is not a fail-fast mode; expected off, soft or hard',
    });
    expect(resolveFailFastMode(null, 'yes')).toEqual({
      problem: 'TPR_FAILFAST_MODE: "yes" is not a fail-fast mode; expected off, soft or hard',
    });
  });
});

describe('failFastPlan', () => {
  it('off judges everything; soft stops judging gates but writes everything; hard stops at once and writes one file', () => {
    expect(
      (['off', 'soft', 'hard'] as const).map((m) => {
        const p = failFastPlan(m);
        return [p.mode, p.judgeAfterFailure, p.stopOnFailingTest, p.artifactsOnStop, p.summaryOnStop];
      }),
    ).toEqual([
      ['off', true, false, 'all', 'full'],
      ['soft', false, false, 'all', 'full'],
      ['hard', false, true, 'failfast-summary-only', 'one-line'],
    ]);
  });
});

describe('judgeGates', () => {
  const calls: string[] = [];
  const step = (gate: string, status: GateStatus): GateStep => ({
    gate,
    judge: (): Verdict => {
      calls.push(gate);
      return {
        gate,
        status,
        reasons:
          status === 'fail' ? [{ code: `${gate.toUpperCase()}_FAILED`, message: 'x', evidence: {} }] : [],
      };
    },
  });
  const steps = () => [
    step('ladder', 'pass'),
    step('patch', 'fail'),
    step('tests', 'fail'),
    step('flakes', 'pass'),
  ];

  it('off: every gate judged, the first failing one named', () => {
    calls.length = 0;
    const r = judgeGates('off', steps());
    expect([r.verdicts.map((v) => v.status), r.firstFailing, r.notJudged, calls]).toEqual([
      ['pass', 'fail', 'fail', 'pass'],
      'patch',
      [],
      ['ladder', 'patch', 'tests', 'flakes'],
    ]);
  });

  it('soft: the gates after the first failing one are not judged, and recorded as skipped with the reason', () => {
    calls.length = 0;
    let clock = 100;
    const r = judgeGates('soft', steps(), () => (clock += 5));
    expect(calls).toEqual(['ladder', 'patch']);
    expect(r.detectedAt).toBe(105);
    expect(r.firstFailing).toBe('patch');
    expect(r.notJudged).toEqual(['tests', 'flakes']);
    expect(r.verdicts[2]).toEqual({
      gate: 'tests',
      status: 'skipped',
      reasons: [
        {
          code: 'FAILFAST_SKIPPED',
          message: 'not judged: fail-fast (soft) stopped after gate patch failed',
          evidence: { mode: 'soft', after: 'patch' },
        },
      ],
    });
  });

  it('soft with nothing failing judges every gate', () => {
    calls.length = 0;
    const r = judgeGates('soft', [step('a', 'pass'), step('b', 'warn')], () => 1);
    expect([r.firstFailing, r.detectedAt, r.notJudged, calls]).toEqual([null, null, [], ['a', 'b']]);
  });
});

describe('firstFailure', () => {
  it('time up to and including the first failing test, and the share a stop there would save', () => {
    const cases = [
      tc('a', 'passed', 1),
      tc('b', 'skipped', null),
      tc('c', 'failed', 2),
      tc('d', 'error', 3),
      tc('e', 'passed', 4),
    ];
    expect(firstFailure({ cases })).toEqual({
      id: 'c',
      timeToFirstFailure: 3,
      totalTime: 10,
      savedShare: 0.7,
    });
  });

  it('an error is a failure; the last test failing saves nothing; no failure → null; no times → share 0', () => {
    expect(firstFailure({ cases: [tc('a', 'passed', 1), tc('b', 'error', 1)] })).toEqual({
      id: 'b',
      timeToFirstFailure: 2,
      totalTime: 2,
      savedShare: 0,
    });
    expect(firstFailure({ cases: [tc('a', 'passed', 1), tc('b', 'skipped', 1)] })).toBeNull();
    expect(firstFailure({ cases: [tc('a', 'failed', null)] })).toEqual({
      id: 'a',
      timeToFirstFailure: 0,
      totalTime: 0,
      savedShare: 0,
    });
  });
});

describe('failfastSummary', () => {
  const cases = [tc('a', 'passed', 0.1), tc('b', 'failed', 0.2), tc('c', 'passed', 0.7)];

  it('soft: the mode, the first failing gate, when it was detected, the gates not judged, and what -x would have saved', () => {
    expect(
      failfastSummary({
        mode: 'soft',
        source: 'input',
        firstFailingGate: 'ladder',
        reasons: ['BELOW_FLOOR'],
        detectedAfterMs: 41.6,
        stoppedEarly: true,
        notJudged: ['tests', 'flakes'],
        tests: { cases },
      }),
    ).toEqual({
      schema: 'test-ladder/failfast-summary@1',
      mode: 'soft',
      mode_source: 'input',
      plan: 'soft: gates after the first failing one were not judged (recorded as skipped); every artifact, the summary and the comment were still written',
      early_exit: true,
      first_failing_gate: 'ladder',
      first_failing_reasons: ['BELOW_FLOOR'],
      first_failing_test: 'b',
      detected_after_ms: 42,
      gates_not_judged: ['tests', 'flakes'],
      benchmark: {
        seeded_failure: 'b',
        position: 2,
        cases: 3,
        basis: 'durations',
        off: { detection_ms: 1000, tests_ms: 1000, judging_ms: null },
        soft: {
          detection_ms: 300,
          first_failure_ms: 300,
          partial_write_ms: null,
          reduction_percent: 70,
          target_percent: 40,
          target_source: 'default',
          meets_target: true,
        },
        hard: {
          detection_ms: 300,
          first_failure_ms: 300,
          reduction_percent: 70,
          target_percent: 60,
          target_source: 'default',
          meets_target: true,
        },
        notes: [
          'judging time not measured: off counts the tests alone',
          'partial-metrics write not measured: soft counts the tests up to the first failure alone',
        ],
      },
      benchmark_reason: null,
      junit: {
        first_failing_test: 'b',
        time_to_first_failure_seconds: 0.3,
        total_seconds: 1,
        saved_seconds: 0.7,
        saved_share: 0.7,
      },
    });
  });

  it('off with nothing failing, and no test reports', () => {
    expect(
      failfastSummary({
        mode: 'off',
        firstFailingGate: null,
        detectedAfterMs: null,
        stoppedEarly: false,
        tests: null,
      }),
    ).toEqual({
      schema: 'test-ladder/failfast-summary@1',
      mode: 'off',
      mode_source: 'default',
      plan: 'off: every stage ran and every gate was judged; the run fails at the end',
      early_exit: false,
      first_failing_gate: null,
      first_failing_reasons: [],
      first_failing_test: null,
      detected_after_ms: null,
      gates_not_judged: [],
      benchmark: null,
      benchmark_reason: 'no test reports were given: the benchmark needs a JUnit report',
      junit: null,
    });
    expect(
      failfastSummary({
        mode: 'off',
        firstFailingGate: null,
        detectedAfterMs: null,
        stoppedEarly: false,
        tests: { cases: [tc('a', 'passed', 1)] },
      })['junit'],
    ).toEqual({
      first_failing_test: null,
      note: 'no test failed: a fail-fast test run would have saved nothing',
    });
  });

  const hard = {
    mode: 'hard' as const,
    source: 'TPR_FAILFAST_MODE' as const,
    firstFailingGate: null,
    firstFailingTest: 'tests/test_x.py::K::t\n::error::boom',
    detectedAfterMs: 12.4,
    stoppedEarly: true,
    tests: { cases },
  };

  it('hard: the failing test that stopped the run, the one-line summary and the event context', () => {
    expect(failfastSummary(hard)).toMatchObject({
      mode: 'hard',
      early_exit: true,
      first_failing_gate: null,
      first_failing_test: 'tests/test_x.py::K::t\n::error::boom',
      detected_after_ms: 12,
    });
    expect(emergencyLine(hard)).toBe(
      '❌ test-ladder fail-fast (hard): stopped after 12 ms at failing test tests/test_x.py::K::t\n::error::boom; only failfast.summary.json was written',
    );
    expect(
      emergencyLine({
        ...hard,
        firstFailingTest: null,
        firstFailingGate: 'ladder',
        reasons: ['BELOW_FLOOR'],
      }),
    ).toBe(
      '❌ test-ladder fail-fast (hard): stopped after 12 ms at gate ladder (BELOW_FLOOR); only failfast.summary.json was written',
    );
    expect(earlyExitEvent(hard)).toEqual({
      mode: 'hard',
      gate: null,
      test: 'tests/test_x.py::K::t\n::error::boom',
      reasons: [],
      detected_after_ms: 12,
      gates_not_judged: [],
    });
  });
});
