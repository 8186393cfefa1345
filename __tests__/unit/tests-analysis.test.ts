import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import * as durations from '../../src/analysis/durations.js';
import * as failfast from '../../src/analysis/failfast.js';
import { DEFAULT_FLAKE_OPTIONS } from '../../src/analysis/flakes.js';
import { durationSummary, firstFailure, percentiles, testTotals } from '../../src/analysis/tests.js';
import {
  DEFAULT_TESTS,
  flakeOptions,
  testsProblems,
  testsSchema,
  toTestsConfig,
} from '../../src/config/tests.js';
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

describe('analysis/tests.ts and its successors agree', () => {
  // percentiles, durationSummary and firstFailure live in durations.ts and failfast.ts; tests.ts
  // keeps its exports for its callers. Whichever implementation it holds, the figures are the same.
  const cases = [
    tc('a', 'passed', 1),
    tc('b', 'skipped', null),
    tc('c', 'failed', 2),
    tc('d', 'error', 3),
    tc('e', 'passed', 4),
    tc('f', 'passed', 0.5),
  ];
  it('percentiles, durationSummary, firstFailure', () => {
    const values = range(37).map((i) => (i * 7) % 11);
    expect(percentiles(values)).toEqual(durations.percentiles(values));
    expect(durationSummary(cases, 3)).toEqual(durations.durationSummary(cases, 3));
    expect(firstFailure({ sources: [], cases })).toEqual(failfast.firstFailure({ cases }));
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

describe('config: the tests section', () => {
  const ajv = new Ajv({
    allErrors: true,
    strict: true,
    strictTypes: true,
    allowUnionTypes: true,
    coerceTypes: false,
  });
  const validate = ajv.compile({
    type: 'object',
    additionalProperties: false,
    properties: { tests: testsSchema },
  });
  const valid = (tests: unknown) => validate({ tests });
  const example = {
    'history-depth': 50,
    quarantine: '.github/quarantine.yml',
    slowest: 20,
    'flake-rate': { max: 1.5 },
    flaky: { 'flip-rate': 0.25, 'min-runs': 8, 'recover-after-passes': 6, 'recover-after-days': 7 },
    broken: { 'fail-percent': 90, 'last-runs': 4 },
  };

  it('the schema fragment compiles under the loader’s strict Ajv options and accepts the documented example', () => {
    expect(valid(example), JSON.stringify(validate.errors)).toBe(true);
    expect(valid(null)).toBe(true);
    expect(valid({})).toBe(true);
  });

  it('refuses unknown keys and values out of range', () => {
    const bad: unknown[] = [
      { depth: 30 },
      { 'history-depth': 0 },
      { 'history-depth': 1001 },
      { 'history-depth': 2.5 },
      { quarantine: '/etc/q.yml' },
      { quarantine: '../q.yml' },
      { quarantine: 'C:/q.yml' },
      { 'flake-rate': { max: -1 } },
      { 'flake-rate': { max: 101 } },
      { 'flake-rate': { maximum: 2 } },
      { 'flake-rate': 2 },
      { flaky: { 'flip-rate': 0 } },
      { flaky: { 'flip-rate': 1.5 } },
      { flaky: { 'min-runs': 1 } },
      { flaky: { 'recover-after-passes': -1 } },
      { flaky: { 'recover-after-passes': 2.5 } },
      { flaky: { 'recover-after-days': 366 } },
      { broken: { 'fail-percent': 0 } },
      { broken: { 'last-runs': 0 } },
      { slowest: 0 },
    ];
    for (const b of bad) expect(valid(b), JSON.stringify(b)).toBe(false);
  });

  it('fills defaults: 30 runs, the .github quarantine file, 10 slowest, 2 %, flip rate 0.3 over 5 runs, broken at 80 % or the last 3', () => {
    expect(toTestsConfig(undefined)).toBe(DEFAULT_TESTS);
    expect(toTestsConfig(null)).toEqual({
      historyDepth: 30,
      quarantine: '.github/test-ladder-quarantine.yml',
      slowest: 10,
      flakeRate: { max: 2, fromConfig: false },
      flaky: { flipRate: 0.3, minRuns: 5, recoverAfterPasses: 10, recoverAfterDays: 14 },
      broken: { failPercent: 80, lastRuns: 3 },
      property: [],
      markers: [],
    });
    expect(flakeOptions(DEFAULT_TESTS)).toEqual(DEFAULT_FLAKE_OPTIONS);
    expect(toTestsConfig({ flaky: { 'min-runs': 7 } })).toEqual({
      ...DEFAULT_TESTS,
      flaky: { flipRate: 0.3, minRuns: 7, recoverAfterPasses: 10, recoverAfterDays: 14 },
    });
  });

  it('reads every key', () => {
    const c = toTestsConfig(example);
    expect(c).toEqual({
      historyDepth: 50,
      quarantine: '.github/quarantine.yml',
      slowest: 20,
      flakeRate: { max: 1.5, fromConfig: true },
      flaky: { flipRate: 0.25, minRuns: 8, recoverAfterPasses: 6, recoverAfterDays: 7 },
      broken: { failPercent: 90, lastRuns: 4 },
      property: [],
      markers: [],
    });
    expect(flakeOptions(c)).toEqual({
      flipRate: 0.25,
      minRuns: 8,
      failShare: 0.9,
      lastRuns: 4,
      recoverAfterPasses: 6,
      recoverAfterDays: 7,
    });
  });

  it('problems the schema cannot see: thresholds that need more runs than the window keeps', () => {
    expect(
      testsProblems({ 'history-depth': 4, flaky: { 'min-runs': 5 }, broken: { 'last-runs': 5 } }),
    ).toEqual([
      {
        pointer: '/tests/flaky/min-runs',
        message: '5 is more than tests.history-depth (4): the window never holds enough runs for a flip rate',
      },
      {
        pointer: '/tests/broken/last-runs',
        message: '5 is more than tests.history-depth (4): the window never holds that many runs',
      },
    ]);
    expect(testsProblems({ 'history-depth': 10, flaky: { 'recover-after-passes': 10 } })).toEqual([
      {
        pointer: '/tests/flaky/recover-after-passes',
        message:
          '10 is not less than tests.history-depth (10): the window never holds that many passes after a failure',
      },
    ]);
    expect(testsProblems({ 'history-depth': 11, flaky: { 'recover-after-passes': 10 } })).toEqual([]);
    expect(testsProblems({ flaky: { 'min-runs': 31 } })).toEqual([
      {
        pointer: '/tests/flaky/min-runs',
        message:
          '31 is more than tests.history-depth (30): the window never holds enough runs for a flip rate',
      },
    ]);
    expect(
      testsProblems({ 'history-depth': 5, flaky: { 'min-runs': 5 }, broken: { 'last-runs': 5 } }),
    ).toEqual([]);
    expect(testsProblems(null)).toEqual([]);
  });
});
