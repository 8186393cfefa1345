import { describe, expect, it } from 'vitest';
import { parseJunit } from '../../src/formats/tests/junit.js';
import { durationSummary, firstFailure, testTotals } from '../../src/analysis/tests.js';
import { read, readJson } from './helpers.js';

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
