import { describe, expect, it } from 'vitest';
import { parseJunit, type JunitReport } from '../../src/formats/tests/junit.js';
import { durationSummary, firstFailure, testTotals } from '../../src/analysis/tests.js';
import type { TestTotals } from '../../src/model/tests.js';
import { PRODUCED_IN, read, readJson } from './helpers.js';

/** JUnit XML written by real test runners, and the counts those runners printed. */

const J = '__tests__/fixtures/junit';

interface Expected {
  tests: { total: number; passed: number; failed: number; errors: number; skipped: number };
}

const parse = (rel: string) => parseJunit(read(rel), rel);

describe('pytest 7.2 (xunit2)', () => {
  const exp = readJson<Expected>(`${J}/pytest/expected.json`);

  for (const rel of [`${J}/pytest/junit.xml`, 'examples/reports/junit.xml']) {
    it(`${rel}: counts equal what pytest printed`, () => {
      const run = parse(rel);
      expect(testTotals(run.cases, run.flakyIds)).toEqual({ ...exp.tests, flaky: 0 });
      expect(run.sources).toEqual([rel]);
    });
  }

  it('the printed summary line says the same', () => {
    const printed = readJson<{ printed_summary: string }>(`${J}/pytest/expected.json`).printed_summary;
    const m = /^(\d+) passed, (\d+) skipped in /.exec(printed)!;
    const run = parse(`${J}/pytest/junit.xml`);
    const t = testTotals(run.cases, run.flakyIds);
    expect([t.passed, t.skipped]).toEqual([Number(m[1]), Number(m[2])]);
    expect(read(`${J}/pytest/pytest-output.txt`)).toContain(printed);
  });

  it('cases keep pytest names (parametrized ids with commas and colons) and dotted classnames', () => {
    const run = parse(`${J}/pytest/junit.xml`);
    const skipped = run.cases.filter((c) => c.outcome === 'skipped');
    expect(skipped.map((c) => c.id)).toEqual(['tests.test_numbers::test_percent_of_empty_whole']);
    const param = run.cases.find((c) => c.name.startsWith('test_is_palindrome[A man'))!;
    expect(param).toEqual({
      id: 'tests.test_text::test_is_palindrome[A man, a plan, a canal: Panama-True]',
      name: 'test_is_palindrome[A man, a plan, a canal: Panama-True]',
      classname: 'tests.test_text',
      outcome: 'passed',
      duration: 0,
    });
    expect(new Set(run.cases.map((c) => c.id)).size).toBe(25);
    expect(firstFailure(run)).toBeNull();
  });
});

describe('node 20 test runner (junit reporter)', () => {
  const rel = `${J}/node-test/junit.xml`;
  const exp = readJson<Expected>(`${J}/node-test/expected.json`);

  it('counts equal the TAP counts in JUnit terms (todo is a skipped element)', () => {
    const run = parse(rel);
    expect(testTotals(run.cases, run.flakyIds)).toEqual({ ...exp.tests, flaky: 0 });
    const printed = readJson<{ printed: Record<string, number> }>(`${J}/node-test/expected.json`).printed;
    expect(run.cases.length).toBe(printed['tests']);
    expect(run.cases.filter((c) => c.outcome === 'passed').length).toBe(printed['pass']);
    expect(run.cases.filter((c) => c.outcome === 'failed').length).toBe(printed['fail']);
    expect(run.cases.filter((c) => c.outcome === 'skipped').length).toBe(
      printed['skipped']! + printed['todo']!,
    );
  });

  it('bare <testcase> under <testsuites> and the nested <testsuite> are both read, in document order', () => {
    const run = parse(rel);
    expect(run.cases.map((c) => [c.name, c.outcome])).toEqual([
      ['floors to one decimal', 'passed'],
      ['floors negative numbers toward minus infinity', 'passed'],
      ['deliberately failing: rounding is not flooring', 'failed'],
      ['skipped: needs a network', 'skipped'],
      ['todo: percentiles of an empty sample', 'skipped'],
      ['starts at the baseline', 'passed'],
      ['never exceeds the target', 'passed'],
      ['rises linearly between since and horizon', 'skipped'],
    ]);
  });

  it('durations equal the duration_ms node printed in TAP (to the microsecond JUnit keeps)', () => {
    const run = parse(rel);
    const tap = read(`${J}/node-test/node-test-output.txt`);
    const printed = new Map(
      [
        ...tap.matchAll(
          /^\s*(?:not )?ok \d+ - (.+?)(?: # (?:SKIP|TODO).*)?\n\s*---\n\s*duration_ms: ([\d.]+)/gm,
        ),
      ].map((m) => [m[1]!, Number(m[2])]),
    );
    // Eight tests and the `describe` suite.
    expect(printed.size).toBe(9);
    for (const c of run.cases) {
      const ms = printed.get(c.name);
      expect(ms, c.name).toBeDefined();
      expect(c.duration, c.name).toBe(Number((ms! / 1000).toFixed(6)));
    }
  });

  it('the failure keeps its message and the start of the stack, in report order', () => {
    const run = parse(rel);
    const failed = run.cases.find((c) => c.outcome === 'failed')!;
    expect(failed.id).toBe('test::deliberately failing: rounding is not flooring');
    expect(failed.message!.split('\n')[0]).toBe('Expected values to be strictly equal:77.3 !== 77.4');
    expect(failed.message).toContain(
      'file:///work/main/__tests__/fixtures/junit/node-test/project/ladder.test.mjs:20:10',
    );
    const first = firstFailure(run)!;
    expect(first.id).toBe(failed.id);
    expect(first.timeToFirstFailure).toBeCloseTo(0.000858 + 0.000097 + 0.000909, 12);
  });

  it('duration percentiles are taken over the five timed, non-skipped tests', () => {
    const d = durationSummary(parse(rel).cases, 2);
    expect(d.percentiles).toEqual({
      p50: 0.000233,
      p90: 0.000909,
      p95: 0.000909,
      p99: 0.000909,
      method: 'nearest-rank',
      samples: 5,
    });
    expect(d.slowest.map((s) => [s.name, s.duration])).toEqual([
      ['deliberately failing: rounding is not flooring', 0.000909],
      ['floors to one decimal', 0.000858],
    ]);
  });
});

// ---------------------------------------------------------------------------------------------
// Every dialect: reports written by scripts/fixtures/generate-junit.sh with the real runners. Each
// expected.json holds what the runner printed (`runs.<name>.printed`); the counts below are derived
// from those printed figures by the mapping each block states, never typed in on their own.

interface Printed {
  runs: Record<string, { printed_in: string; printed_summary: string; printed: Record<string, number> }>;
  versions: Record<string, string>;
}

const printedOf = (dir: string, run = 'default') => {
  const exp = readJson<Printed>(`${J}/${dir}/expected.json`);
  const r = exp.runs[run]!;
  // The summary is really in the runner's output: one line, or (mocha, Playwright) one line per count.
  const output = read(`${J}/${dir}/${r.printed_in}`);
  for (const piece of r.printed_summary.split(/, (?=\d)/)) expect(output).toContain(piece);
  return r.printed;
};
const totals = (r: JunitReport): TestTotals => testTotals(r.cases, r.flakyIds);
const parseIn = (rel: string) => parseJunit(read(rel), rel, { root: PRODUCED_IN });
const attemptsOf = (r: JunitReport, id: string) =>
  (r.cases.find((c) => c.id === id)?.attempts ?? []).map((a) => a.outcome).join(',');

const PYTEST_RERUNS =
  'pytest writes no trace of reruns (pytest-rerunfailures --reruns): a test that passed on a rerun reads as a plain pass, so pass-on-retry flakes are invisible in this report';

describe('pytest 7.2 junit_family xunit1 and xunit2', () => {
  /**
   * pytest counts reports, not tests: a test that fails in call and errors in teardown is printed
   * as one failed and one error. The model counts tests: per test the worst of its phases (error >
   * failed), xfail → skipped, xpass → passed. Derived from pytest's own `-rA` short summary, one
   * line per report outcome.
   */
  function fromShortSummary(output: string) {
    const phases = new Map<string, Set<string>>();
    let skippedLines = 0;
    for (const m of output.matchAll(/^(PASSED|FAILED|ERROR|XFAIL|XPASS|SKIPPED) (\S+)/gm)) {
      if (m[1] === 'SKIPPED') {
        skippedLines += Number(/^\[(\d+)\]$/.exec(m[2]!)![1]);
        continue;
      }
      const set = phases.get(m[2]!) ?? new Set<string>();
      set.add(m[1]!);
      phases.set(m[2]!, set);
    }
    const per = [...phases.values()];
    const has = (s: Set<string>, o: string) => s.has(o);
    return {
      total: per.length + skippedLines,
      passed: per.filter(
        (s) => !has(s, 'ERROR') && !has(s, 'FAILED') && (has(s, 'PASSED') || has(s, 'XPASS')),
      ).length,
      failed: per.filter((s) => has(s, 'FAILED') && !has(s, 'ERROR')).length,
      errors: per.filter((s) => has(s, 'ERROR')).length,
      skipped: per.filter((s) => has(s, 'XFAIL') && !has(s, 'ERROR')).length + skippedLines,
      flaky: 0,
      reported: {
        FAILED: 0,
        ERROR: 0,
        ...Object.fromEntries(
          [...phases.values()]
            .flatMap((s) => [...s])
            .reduce((m, o) => m.set(o, (m.get(o) ?? 0) + 1), new Map<string, number>()),
        ),
      },
    };
  }

  for (const family of ['xunit1', 'xunit2'] as const) {
    it(`${family}: per-test counts equal pytest's short summary; its printed totals agree with that summary`, () => {
      const printed = printedOf('pytest-dialects', family);
      const output = read(`${J}/pytest-dialects/pytest-${family}-output.txt`);
      const derived = fromShortSummary(output);
      // pytest printed 3 failed, 4 passed, 1 skipped, 1 xfailed, 1 xpassed, 2 errors: 12 reports of 11 tests.
      expect(derived.reported.FAILED).toBe(printed['failed']);
      expect(derived.reported.ERROR).toBe(printed['errors']);
      const { reported: _reported, ...expected } = derived;
      const r = parseIn(`${J}/pytest-dialects/${family}.xml`);
      expect(totals(r)).toEqual(expected);
      expect(totals(r)).toEqual({ total: 11, passed: 5, failed: 2, errors: 2, skipped: 2, flaky: 0 });
      const sum =
        printed['failed']! +
        printed['passed']! +
        printed['skipped']! +
        printed['xfailed']! +
        printed['xpassed']! +
        printed['errors']!;
      // The one test counted twice by pytest: failed in call, errored in teardown.
      expect(sum - 1).toBe(r.cases.length);
      expect(r.producer).toBe('pytest');
      expect(r.fixups).toEqual([
        'pytest: 1 xfail test (<skipped type="pytest.xfail">) counted skipped',
        "pytest: 1 repeated testcase (a teardown or setup written apart from its call) merged into the test's run; an error outranks a failure",
      ]);
      expect(r.warnings).toEqual([PYTEST_RERUNS]);
    });
  }

  it('xunit1 keeps file (the id starts with it), xunit2 does not; the call failure is the message', () => {
    const one = parseIn(`${J}/pytest-dialects/xunit1.xml`);
    const two = parseIn(`${J}/pytest-dialects/xunit2.xml`);
    const both = one.cases.find((c) => c.name === 'test_fails_in_call_and_teardown')!;
    expect(both.id).toBe('test_dialects.py::test_dialects::test_fails_in_call_and_teardown');
    expect(both.outcome).toBe('error');
    expect(both.attempts).toBeUndefined();
    expect(both.message!.split('\n')[0]).toBe('assert 42 == 41');
    expect(two.cases.map((c) => c.id)).toEqual(
      one.cases.map((c) => c.id.replace(/^test_dialects\.py::/, '')),
    );
    expect(two.cases.map((c) => c.id)).toContain('test_dialects::test_parametrized[::error::title=x]');
    expect(two.cases.map((c) => c.id)).toContain('test_dialects.TestGrouped::test_passes');
  });
});

describe('pytest + pytest-rerunfailures 10.2: reruns leave no trace', () => {
  it("counts equal pytest's (1 failed, 2 passed); the 3 reruns are invisible, and a warning says so", () => {
    const printed = printedOf('pytest-rerunfailures');
    const r = parseIn(`${J}/pytest-rerunfailures/junit.xml`);
    expect(totals(r)).toEqual({
      total: printed['passed']! + printed['failed']!,
      passed: printed['passed'],
      failed: printed['failed'],
      errors: 0,
      skipped: 0,
      flaky: 0,
    });
    expect(printed['rerun']).toBe(3);
    // The flaky test counted two runs of itself; the report has one plain pass.
    expect(read(`${J}/pytest-rerunfailures/flaky-attempts.txt`)).toBe('rerun 2\n');
    expect(r.cases.find((c) => c.name === 'test_flaky_passes_on_rerun')).toMatchObject({ outcome: 'passed' });
    expect(r.producer).toBe('pytest');
    expect(r.warnings).toEqual([PYTEST_RERUNS]);
  });
});

describe('jest 30 + jest-junit 17', () => {
  /**
   * jest printed `2 failed, 1 skipped, 1 todo, 5 passed, 9 total`. jest-junit writes the todo test
   * as a testcase with no outcome (and leaves it out of the suite's `tests`), so it reads as
   * passed: passed = 5 + 1 todo, and a warning names the count. Its retry (jest.retryTimes) is not
   * written: flaky 0, and a warning; jest's own JSON says the flaky test ran twice.
   */
  it('counts equal what jest printed, todo read as passed (warned), retries dropped (warned)', () => {
    const p = printedOf('jest');
    const r = parseIn(`${J}/jest/junit.xml`);
    expect(totals(r)).toEqual({
      total: p['total'],
      passed: p['passed']! + p['todo']!,
      failed: p['failed'],
      errors: 0,
      skipped: p['skipped'],
      flaky: 0,
    });
    expect(r.producer).toBe('jest-junit');
    expect(r.fixups).toEqual([]);
    expect(r.warnings).toEqual([
      'jest-junit writes no trace of retries (jest.retryTimes): a test that passed on a retry reads as a plain pass, so pass-on-retry flakes are invisible in this report',
      'jest-junit: suite "floor" lists 7 testcases but declares tests="6": jest-junit writes a todo test as a testcase with no outcome, so 1 todo test reads as passed',
    ]);
    const runs = readJson<{ fullName: string; status: string; invocations: number }[]>(
      `${J}/jest/jest-invocations.json`,
    );
    expect(runs.find((x) => x.fullName === 'floor flaky: passes on the second attempt')).toMatchObject({
      status: 'passed',
      invocations: 2,
    });
  });

  it("jest-junit's classname repeats the title; hostile titles stay data", () => {
    const r = parseIn(`${J}/jest/junit.xml`);
    expect(r.cases.map((c) => c.id)).toContain(
      'floor nested <b>markup</b> | and ::error:: key __proto__ is data::floor nested <b>markup</b> | and ::error:: key __proto__ is data',
    );
    // No describe: jest-junit starts the title with a space; the id folds it away.
    expect(r.cases.find((c) => c.name === ' throws a TypeError')!.id).toBe(
      'throws a TypeError::throws a TypeError',
    );
  });
});

describe('vitest 3.2 junit reporter', () => {
  /** vitest printed `2 failed | 4 passed | 1 skipped | 1 todo (8)`; todo is written `<skipped/>`. */
  it('counts equal what vitest printed (todo → skipped); its retry is not written (warned)', () => {
    const p = printedOf('vitest');
    const r = parseIn(`${J}/vitest/junit.xml`);
    expect(totals(r)).toEqual({
      total: p['total'],
      passed: p['passed'],
      failed: p['failed'],
      errors: 0,
      skipped: p['skipped']! + p['todo']!,
      flaky: 0,
    });
    expect(read(`${J}/vitest/flaky-attempts.txt`)).toBe('vitest-flaky-attempts 2\n');
    expect(r.producer).toBe('vitest');
    expect(r.fixups).toEqual([]);
    expect(r.warnings).toEqual([
      "vitest's JUnit reporter writes no trace of retries (`retry`): a test that passed on a retry reads as a plain pass, so pass-on-retry flakes are invisible in this report",
    ]);
    expect(r.cases.map((c) => c.id)).toContain(
      'ladder.test.js::floor > nested <b>markup</b> | and ::error:: > key __proto__ is data',
    );
  });
});

describe('mocha 11 + mocha-junit-reporter 2.2', () => {
  const MOCHA_RETRIES =
    'mocha-junit-reporter writes no trace of retries (this.retries()): a test that passed on a retry reads as a plain pass, so pass-on-retry flakes are invisible in this report';

  /** mocha printed `4 passing, 2 pending, 3 failing` (a failed `before all` hook is one of the 3). */
  it('default: the 2 pending tests are not in the file; the warning names them; the rest equals mocha', () => {
    const p = printedOf('mocha');
    const r = parseIn(`${J}/mocha/junit.xml`);
    expect(totals(r)).toEqual({
      total: p['passing']! + p['failing']!,
      passed: p['passing'],
      failed: p['failing'],
      errors: 0,
      skipped: 0,
      flaky: 0,
    });
    expect(r.producer).toBe('mocha-junit-reporter');
    expect(r.warnings).toEqual([
      MOCHA_RETRIES,
      `mocha-junit-reporter: the root declares skipped="${p['pending']}" but lists 0 skipped testcases: pending tests are left out unless includePending is set, so 2 skipped tests are not counted`,
    ]);
  });

  it('includePending: every count equals mocha', () => {
    const p = printedOf('mocha');
    const r = parseIn(`${J}/mocha/junit-include-pending.xml`);
    expect(totals(r)).toEqual({
      total: p['passing']! + p['pending']! + p['failing']!,
      passed: p['passing'],
      failed: p['failing'],
      errors: 0,
      skipped: p['pending'],
      flaky: 0,
    });
    expect(r.warnings).toEqual([MOCHA_RETRIES]);
  });

  it("the suite's absolute file is made relative to the checkout", () => {
    const r = parseIn(`${J}/mocha/junit.xml`);
    const c = r.cases.find((x) => x.classname === 'starts at the baseline')!;
    expect(c.file).toBe('__tests__/fixtures/junit/mocha/project/ladder.test.js');
    // The root suite names no file.
    expect(r.cases.find((x) => x.name === 'throws a TypeError')!.file).toBeUndefined();
  });
});

describe('Playwright 1.65 junit reporter (no browser)', () => {
  /** Playwright printed `1 failed, 1 flaky, 1 skipped, 2 passed`: it counts a flaky test apart; the model counts it passed, and flaky. */
  it('includeRetries: counts equal Playwright, the flaky test has its failed attempt', () => {
    const p = printedOf('playwright', 'include_retries');
    const r = parseIn(`${J}/playwright/junit-include-retries.xml`);
    expect(totals(r)).toEqual({
      total: p['passed']! + p['flaky']! + p['failed']! + p['skipped']!,
      passed: p['passed']! + p['flaky']!,
      failed: p['failed'],
      errors: 0,
      skipped: p['skipped'],
      flaky: p['flaky'],
    });
    expect(r.producer).toBe('playwright');
    expect(r.fixups).toEqual([
      'playwright: 2 retry elements (flakyFailure, flakyError, rerunFailure, rerunError) read as attempts',
    ]);
    expect(r.warnings).toEqual([]);
    // The attempts Playwright's list reporter printed, one line per run (✓ passed, ✘ failed).
    const output = read(`${J}/playwright/playwright-include-retries-output.txt`);
    const runs = new Map<string, string[]>();
    for (const m of output.matchAll(
      /^\s+([✓✘])\s+\d+ tests\/ladder\.spec\.mjs:\d+:\d+ › (.+?)(?: \(retry #\d+\))? \(\d+ms\)$/gm,
    )) {
      runs.set(m[2]!, [...(runs.get(m[2]!) ?? []), m[1] === '✓' ? 'passed' : 'failed']);
    }
    expect(attemptsOf(r, 'ladder.spec.mjs::floor › flaky: passes on the second attempt')).toBe(
      runs.get('floor › flaky: passes on the second attempt')!.join(','),
    );
    expect(attemptsOf(r, 'ladder.spec.mjs::floor › fails on purpose: rounding is not flooring')).toBe(
      runs.get('floor › fails on purpose: rounding is not flooring')!.join(','),
    );
    expect(attemptsOf(r, 'ladder.spec.mjs::floor › fails on purpose: rounding is not flooring')).toBe(
      'failed,failed',
    );
  });

  it('default: the flaky test reads as a plain pass, and a warning says retries are not written', () => {
    const p = printedOf('playwright');
    const r = parseIn(`${J}/playwright/junit.xml`);
    expect(totals(r)).toEqual({
      total: p['passed']! + p['flaky']! + p['failed']! + p['skipped']!,
      passed: p['passed']! + p['flaky']!,
      failed: p['failed'],
      errors: 0,
      skipped: p['skipped'],
      flaky: 0,
    });
    expect(r.fixups).toEqual([]);
    expect(r.warnings).toEqual([
      "Playwright's JUnit reporter writes retries only with includeRetries (or PLAYWRIGHT_JUNIT_INCLUDE_RETRIES=1) and this report holds none: a test that passed on a retry reads as a plain pass",
    ]);
  });
});

describe('go test via gotestsum 1.8 (go 1.19)', () => {
  /**
   * What go printed, per test and run: every `--- PASS|FAIL|SKIP: Name` line of the verbose
   * output, subtests included. A test's final outcome is its last line; it is flaky when a FAIL
   * precedes a final PASS. gotestsum's `DONE … N tests, … M failures` counts runs: it equals the
   * number of attempts in the model. A parent whose subtest fails is failed too: go prints both,
   * and both are counted.
   */
  function fromGoOutput(output: string) {
    const runs = new Map<string, string[]>();
    for (const m of output.matchAll(/^\s*--- (PASS|FAIL|SKIP): (\S+) \(/gm)) {
      // gotestsum repeats a failure's lines in its summary after `=== FAIL:`; those are indented under it and counted once here by stopping at the summary.
      runs.set(m[2]!, [...(runs.get(m[2]!) ?? []), m[1]!]);
    }
    return runs;
  }

  for (const [run, xml] of [
    ['rerun_fails', 'junit-rerun-fails.xml'],
    ['count2', 'junit-count2.xml'],
  ] as const) {
    it(`${run}: per-test outcomes, flaky and attempts equal what go printed`, () => {
      const p = printedOf('go', run);
      const output = read(`${J}/go/${readJson<Printed>(`${J}/go/expected.json`).runs[run]!.printed_in}`);
      // Only the test output itself, not gotestsum's `=== FAIL` summary that repeats lines.
      const body = output
        .split(/^DONE /m)
        .map((part) => part.split(/^=== (?:FAIL|Failed|Skipped)/m)[0])
        .join('\n');
      const runs = fromGoOutput(body);
      const finals = [...runs.values()].map((r) => r[r.length - 1]);
      const r = parseIn(`${J}/go/${xml}`);
      expect(totals(r)).toEqual({
        total: runs.size,
        passed: finals.filter((o) => o === 'PASS').length,
        failed: finals.filter((o) => o === 'FAIL').length,
        errors: 0,
        skipped: finals.filter((o) => o === 'SKIP').length,
        flaky: [...runs.values()].filter((o) => o[o.length - 1] === 'PASS' && o.includes('FAIL')).length,
      });
      expect(totals(r)).toMatchObject({ total: 9, failed: 3, flaky: 1 });
      // gotestsum's DONE line counts runs: attempts in the model.
      const attempts = r.cases.flatMap((c) => (c.attempts ?? [c]).map((a) => a.outcome));
      expect(attempts.length).toBe(p['tests']);
      expect(attempts.filter((o) => o === 'failed').length).toBe(p['failures']);
      expect(attempts.filter((o) => o === 'skipped').length).toBe(p['skipped']);
      for (const c of r.cases) {
        const printed = runs.get(c.name)!;
        const ours = (c.attempts ?? [c]).map(
          (a) => ({ passed: 'PASS', failed: 'FAIL', skipped: 'SKIP' })[a.outcome as 'passed'],
        );
        // gotestsum writes failed runs before passed ones: same runs, outcome order.
        expect([...ours].sort(), c.name).toEqual([...printed].sort());
      }
      expect(r.producer).toBe('go');
      expect(r.fixups).toContain(
        'go: 1 parent test failed because a subtest failed (TestTable); go reports the parent and the subtest, and both are counted',
      );
      expect(r.warnings).toEqual([]);
      expect(r.flakyIds).toEqual(['example.com/ladder/ladder::TestFlaky']);
    });
  }
});

describe('PHPUnit 9.6 (data provider: nested suites)', () => {
  /**
   * PHPUnit printed `Tests: 11, Errors: 1, Failures: 2, Skipped: 1, Incomplete: 1, Risky: 1`.
   * Its JUnit logger writes incomplete as `<skipped/>` and risky as `<error
   * type="PHPUnit\Framework\RiskyTestError">`; the reader counts risky as PHPUnit does, passed (a
   * fix-up it reports). So: errors = Errors, skipped = Skipped + Incomplete, passed = the rest.
   */
  it('counts equal what PHPUnit printed; the data provider cases under the nested suite are read', () => {
    const p = printedOf('phpunit');
    const r = parseIn(`${J}/phpunit/junit.xml`);
    expect(totals(r)).toEqual({
      total: p['tests'],
      passed: p['tests']! - p['errors']! - p['failures']! - p['skipped']! - p['incomplete']!,
      failed: p['failures'],
      errors: p['errors'],
      skipped: p['skipped']! + p['incomplete']!,
      flaky: 0,
    });
    expect(r.producer).toBe('phpunit');
    expect(r.fixups).toEqual([
      'phpunit: 1 risky test written as <error type="PHPUnit\\Framework\\RiskyTestError"> counted passed, as PHPUnit counts it (risky is not an error unless --fail-on-risky)',
    ]);
    expect(r.warnings).toEqual([]);
    const provided = r.cases.filter((c) => c.name.startsWith('testFloor with data set'));
    expect(provided.map((c) => [c.name, c.outcome])).toEqual([
      ['testFloor with data set "day zero"', 'passed'],
      ['testFloor with data set "__proto__"', 'passed'],
      ['testFloor with data set "<b>wrong</b> | ::error::"', 'failed'],
      ['testFloor with data set #0', 'passed'],
    ]);
    expect(provided[0]!.id).toBe(
      '__tests__/fixtures/junit/phpunit/project/tests/LadderTest.php::LadderTest::testFloor with data set "day zero"',
    );
  });
});

describe('Maven Surefire 2.22.3 (rerunFailingTestsCount=2)', () => {
  /** Surefire printed `Tests run: 6, Failures: 1, Errors: 1, Skipped: 1, Flakes: 2`: flakes are passes. */
  it('counts equal what Surefire printed; every `Run N` it printed is an attempt', () => {
    const p = printedOf('surefire');
    const r = parseIn(`${J}/surefire/TEST-ladder.LadderTest.xml`);
    expect(totals(r)).toEqual({
      total: p['tests run'],
      passed: p['tests run']! - p['failures']! - p['errors']! - p['skipped']!,
      failed: p['failures'],
      errors: p['errors'],
      skipped: p['skipped'],
      flaky: p['flakes'],
    });
    expect(r.producer).toBe('surefire');
    expect(r.fixups).toEqual([
      'surefire: 6 retry elements (flakyFailure, flakyError, rerunFailure, rerunError) read as attempts',
    ]);
    expect(r.warnings).toEqual([]);
    const output = read(`${J}/surefire/mvn-output.txt`);
    const runs = new Map<string, string[]>();
    let test = '';
    for (const line of output.split('\n')) {
      const head = /^\[(?:ERROR|WARNING)\] ladder\.LadderTest\.(\w+)\(ladder\.LadderTest\)$/.exec(line);
      if (head) test = head[1]!;
      const run = /^\[(?:ERROR|INFO)\]\s+Run (\d): (PASS|LadderTest)/.exec(line);
      if (run && test) runs.set(test, [...(runs.get(test) ?? []), run[2] === 'PASS' ? 'passed' : 'x']);
    }
    expect(runs.size).toBe(4);
    for (const [name, printed] of runs) {
      const ours = attemptsOf(r, `ladder.LadderTest::${name}`).split(',');
      expect(ours.length, name).toBe(printed.length);
      expect(ours[ours.length - 1] === 'passed', name).toBe(printed[printed.length - 1] === 'passed');
    }
    expect(attemptsOf(r, 'ladder.LadderTest::errorsOnPurpose')).toBe('error,error,error');
    expect(attemptsOf(r, 'ladder.LadderTest::flakyErrorThenPass')).toBe('error,passed');
    expect(r.flakyIds).toEqual([
      'ladder.LadderTest::flakyErrorThenPass',
      'ladder.LadderTest::flakyPassesOnRerun',
    ]);
    expect(r.cases.find((c) => c.name === 'flakyPassesOnRerun')!.message).toBeUndefined();
    expect(r.cases.find((c) => c.name === 'failsOnPurpose')!.message!.split('\n')[0]).toBe(
      'deliberate failure expected:<78.0> but was:<78.25>',
    );
  });
});

describe('Gradle 4.4.1 (JUnit 4)', () => {
  /** Gradle printed `5 tests completed, 2 failed, 1 skipped`; it writes an exception as `<failure>` too, so errors are 0. */
  it('counts equal what Gradle printed', () => {
    const p = printedOf('gradle');
    const r = parseIn(`${J}/gradle/TEST-ladder.LadderTest.xml`);
    expect(totals(r)).toEqual({
      total: p['total'],
      passed: p['total']! - p['failed']! - p['skipped']!,
      failed: p['failed'],
      errors: 0,
      skipped: p['skipped'],
      flaky: 0,
    });
    expect(r.producer).toBe('gradle');
    expect(r.fixups).toEqual([]);
    expect(r.warnings).toEqual([]);
  });
});

describe('the earlier fixtures are fingerprinted too', () => {
  it('pytest (examples run) and node --test', () => {
    expect(parse(`${J}/pytest/junit.xml`).producer).toBe('pytest');
    const node = parse(`${J}/node-test/junit.xml`);
    expect([node.producer, node.fixups, node.warnings]).toEqual(['node-test', [], []]);
  });
});
