import { describe, expect, it } from 'vitest';
import {
  extendHistory,
  HISTORY_SCHEMA,
  parseHistory,
  type History,
  type ThisRun,
} from '../../src/analysis/history.js';
import { sealJson } from '../../src/artifacts/index.js';
import type { Outcome, TestCase } from '../../src/model/tests.js';

const tc = (id: string, outcome: Outcome, duration: number | null = 1): TestCase => ({
  id,
  name: id,
  classname: 'K',
  outcome,
  duration,
});
const run = (
  n: number,
  cases: TestCase[],
  flakyIds: string[] = [],
  commit: string | null = `c${n}`,
): ThisRun => ({
  runId: `r${n}`,
  attempt: 1,
  commit,
  date: `2026-01-0${n}`,
  cases,
  flakyIds,
});

describe('extendHistory', () => {
  it('starts a history from one run: one letter per test, ids sorted, failed counts errors', () => {
    const h = extendHistory(
      null,
      run(1, [tc('b', 'failed', 2), tc('a', 'passed'), tc('c', 'error'), tc('d', 'skipped', null)]),
    );
    expect(h).toEqual({
      schema: HISTORY_SCHEMA,
      window: 30,
      runs: [{ run_id: 'r1', attempt: 1, commit: 'c1', date: '2026-01-01', tests: 4, failed: 2 }],
      tests: [
        { id: 'a', outcomes: 'P', last_duration: 1 },
        { id: 'b', outcomes: 'F', last_duration: 2 },
        { id: 'c', outcomes: 'E', last_duration: 1 },
        { id: 'd', outcomes: 'S', last_duration: null },
      ],
    });
  });

  it('aligns: a new test is padded with "-" for earlier runs, a missing one gets "-" now', () => {
    let h = extendHistory(null, run(1, [tc('a', 'passed'), tc('gone', 'passed', 5)]));
    h = extendHistory(h, run(2, [tc('a', 'failed'), tc('new', 'passed')]));
    expect(h.tests).toEqual([
      { id: 'a', outcomes: 'PF', last_duration: 1 },
      { id: 'gone', outcomes: 'P-', last_duration: 5 },
      { id: 'new', outcomes: '-P', last_duration: 1 },
    ]);
    expect(h.runs.map((r) => r.run_id)).toEqual(['r1', 'r2']);
  });

  it('trims to the window: oldest runs dropped, letters with them, tests left with no letter removed', () => {
    let h: History | null = null;
    h = extendHistory(h, run(1, [tc('old', 'failed'), tc('a', 'passed')]), 3);
    h = extendHistory(h, run(2, [tc('a', 'failed')]), 3);
    h = extendHistory(h, run(3, [tc('a', 'passed')]), 3);
    expect(h.tests.map((t) => [t.id, t.outcomes])).toEqual([
      ['a', 'PFP'],
      ['old', 'F--'],
    ]);
    h = extendHistory(h, run(4, [tc('a', 'error')]), 3);
    expect(h.runs.map((r) => r.run_id)).toEqual(['r2', 'r3', 'r4']);
    expect(h.tests.map((t) => [t.id, t.outcomes])).toEqual([['a', 'FPE']]);
    for (const t of h.tests) expect(t.outcomes.length).toBe(h.runs.length);
  });

  it('a smaller window than before trims the older history at once', () => {
    let h: History | null = null;
    for (let n = 1; n <= 5; n++) h = extendHistory(h, run(n, [tc('a', n % 2 ? 'passed' : 'failed')]));
    h = extendHistory(h, run(6, [tc('a', 'passed')]), 2);
    expect([h.window, h.runs.map((r) => r.run_id), h.tests[0]!.outcomes]).toEqual([2, ['r5', 'r6'], 'PP']);
  });

  it('flaky: passed on retry (reported) or listed twice, failing then passing, is R for that run', () => {
    let h = extendHistory(null, run(1, [tc('a', 'passed'), tc('b', 'passed')], ['a']));
    expect(h.tests.map((t) => [t.id, t.outcomes])).toEqual([
      ['a', 'R'],
      ['b', 'P'],
    ]);
    // A retried test listed twice: the pass wins, and the run counts as flaky for it.
    h = extendHistory(h, run(2, [tc('a', 'passed'), tc('b', 'failed', 3), tc('b', 'passed', 4)]));
    expect(h.tests).toEqual([
      { id: 'a', outcomes: 'RP', last_duration: 1 },
      { id: 'b', outcomes: 'PR', last_duration: 4 },
    ]);
    // Twice failing is not flaky; the error outranks the failure.
    h = extendHistory(h, run(3, [tc('a', 'failed'), tc('a', 'error')]));
    expect(h.tests[0]).toEqual({ id: 'a', outcomes: 'RPE', last_duration: 1 });
    // Skipped then failed: the failure stands; skipped then passed is not flaky.
    h = extendHistory(
      h,
      run(4, [tc('a', 'skipped'), tc('a', 'failed'), tc('b', 'skipped'), tc('b', 'passed')]),
    );
    expect(h.tests.map((t) => t.outcomes)).toEqual(['RPEF', 'PR-P']);
  });

  it('the R of a run that leaves the window leaves with it', () => {
    let h = extendHistory(null, run(1, [tc('a', 'passed')], ['a']), 2);
    h = extendHistory(h, run(2, [tc('a', 'passed')]), 2);
    h = extendHistory(h, run(3, [tc('a', 'passed')]), 2);
    expect(h.tests[0]!.outcomes).toBe('PP');
  });
});

describe('parseHistory: hostile data', () => {
  const valid = (): History => {
    let h = extendHistory(null, run(1, [tc('a', 'passed'), tc('b', 'failed')]));
    h = extendHistory(h, run(2, [tc('a', 'passed')]));
    return h;
  };
  const seal = (obj: unknown) => sealJson(obj as Record<string, unknown>).text;

  it('accepts what extendHistory wrote, sealed', () => {
    expect(parseHistory(seal(valid()))).toEqual({ history: valid() });
  });

  it('rejects a tampered document (one letter changed after sealing)', () => {
    const text = seal(valid()).replace('"PP"', '"PF"');
    const r = parseHistory(text);
    expect('problem' in r && r.problem.startsWith('embedded sha256 mismatch: expected ')).toBe(true);
  });

  it('rejects an unsealed document, and text that is not JSON', () => {
    expect(parseHistory(JSON.stringify(valid()))).toEqual({ problem: 'no "sha256" field' });
    expect(parseHistory('{"schema":')).toMatchObject({ problem: expect.stringMatching(/^not JSON: /) });
  });

  it('rejects the wrong schema, sealed or not', () => {
    expect(parseHistory(seal({ ...valid(), schema: 'test-ladder/history@2' }))).toEqual({
      problem: 'not a test-ladder/history@1 document',
    });
    expect(parseHistory(seal({ runs: [], tests: [] }))).toEqual({
      problem: 'not a test-ladder/history@1 document',
    });
  });

  it('rejects misaligned outcomes (a letter too many or too few) and unknown letters', () => {
    const h = valid();
    const tests = (outcomes: string) => [{ ...h.tests[0]!, outcomes }];
    for (const bad of ['PPP', 'P', 'PX', '']) {
      expect(parseHistory(seal({ ...h, tests: tests(bad) }))).toEqual({
        problem: 'test "a" has outcomes that do not match the runs',
      });
    }
  });

  it('rejects a bad window, malformed runs and test entries', () => {
    const h = valid();
    for (const window of [0, 1001, 1.5, '30'])
      expect(parseHistory(seal({ ...h, window }))).toEqual({
        problem: 'window is not an integer from 1 to 1000',
      });
    expect(parseHistory(seal({ ...h, runs: [{ ...h.runs[0]!, attempt: '1' }, h.runs[1]] }))).toEqual({
      problem: 'runs are malformed',
    });
    expect(parseHistory(seal({ ...h, tests: {} }))).toEqual({ problem: 'tests are malformed' });
    expect(parseHistory(seal({ ...h, tests: [{ id: 1, outcomes: 'PP' }] }))).toEqual({
      problem: 'a test entry is malformed',
    });
    expect(parseHistory(seal({ ...h, tests: [{ ...h.tests[0]!, last_duration: '1' }] }))).toEqual({
      problem: 'a test entry is malformed',
    });
  });

  it('keeps only the known fields', () => {
    const h = valid();
    const r = parseHistory(seal({ ...h, extra: 1, runs: h.runs.map((x) => ({ ...x, note: 'x' })) }));
    expect(r).toEqual({ history: h });
  });
});
