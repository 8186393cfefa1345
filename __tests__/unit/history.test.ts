import { describe, expect, it } from 'vitest';
import {
  durationHistory,
  extendHistory,
  HISTORY_SCHEMA,
  HISTORY_SCHEMA_V1,
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
  signatures?: Record<string, string>,
): ThisRun => ({
  runId: `r${n}`,
  attempt: 1,
  commit,
  date: `2026-01-0${n}`,
  cases,
  flakyIds,
  ...(signatures ? { signatures: new Map(Object.entries(signatures)) } : {}),
});
const A = 'a'.repeat(32);
const B = 'b'.repeat(32);
const C = 'c'.repeat(32);
const seal = (obj: unknown) => sealJson(obj as Record<string, unknown>).text;

describe('extendHistory', () => {
  it('starts a history from one run: one letter and one duration (ms) per test, ids sorted, failed counts errors', () => {
    const h = extendHistory(
      null,
      run(1, [tc('b', 'failed', 2), tc('a', 'passed', 0.0125), tc('c', 'error'), tc('d', 'skipped', null)]),
    );
    expect(h).toEqual({
      schema: HISTORY_SCHEMA,
      window: 30,
      runs: [
        { run_id: 'r1', attempt: 1, commit: 'c1', date: '2026-01-01', tests: 4, failed: 2, coverage: null },
      ],
      signatures: [],
      tests: [
        { id: 'a', outcomes: 'P', durations: '13' },
        { id: 'b', outcomes: 'F', durations: '2000' },
        { id: 'c', outcomes: 'E', durations: '1000' },
        { id: 'd', outcomes: 'S', durations: '' },
      ],
    });
  });

  it('aligns: a new test is padded with "-" and empty durations for earlier runs, a missing one gets "-" now', () => {
    let h = extendHistory(null, run(1, [tc('a', 'passed'), tc('gone', 'passed', 5)]));
    h = extendHistory(h, run(2, [tc('a', 'failed', 2), tc('new', 'passed', 3)]));
    h = extendHistory(h, run(3, [tc('a', 'passed', null), tc('new', 'passed', 4)]));
    expect(h.tests).toEqual([
      { id: 'a', outcomes: 'PFP', durations: '1000,2000,' },
      { id: 'gone', outcomes: 'P--', durations: '5000,,' },
      { id: 'new', outcomes: '-PP', durations: ',3000,4000' },
    ]);
    expect(h.runs.map((r) => r.run_id)).toEqual(['r1', 'r2', 'r3']);
  });

  it('trims to the window: oldest runs dropped, letters and durations with them, tests left with no letter removed', () => {
    let h: History | null = null;
    h = extendHistory(h, run(1, [tc('old', 'failed', 9), tc('a', 'passed', 1)]), 3);
    h = extendHistory(h, run(2, [tc('a', 'failed', 2)]), 3);
    h = extendHistory(h, run(3, [tc('a', 'passed', 3)]), 3);
    expect(h.tests).toEqual([
      { id: 'a', outcomes: 'PFP', durations: '1000,2000,3000' },
      { id: 'old', outcomes: 'F--', durations: '9000,,' },
    ]);
    h = extendHistory(h, run(4, [tc('a', 'error', 4)]), 3);
    expect(h.runs.map((r) => r.run_id)).toEqual(['r2', 'r3', 'r4']);
    expect(h.tests).toEqual([{ id: 'a', outcomes: 'FPE', durations: '2000,3000,4000' }]);
  });

  it('a smaller window than before trims the older history at once', () => {
    let h: History | null = null;
    for (let n = 1; n <= 5; n++) h = extendHistory(h, run(n, [tc('a', n % 2 ? 'passed' : 'failed', n)]));
    h = extendHistory(h, run(6, [tc('a', 'passed', 6)]), 2);
    expect([h.window, h.runs.map((r) => r.run_id), h.tests[0]]).toEqual([
      2,
      ['r5', 'r6'],
      { id: 'a', outcomes: 'PP', durations: '5000,6000' },
    ]);
  });

  it('flaky: passed on retry (reported) or listed twice, failing then passing, is R for that run', () => {
    let h = extendHistory(null, run(1, [tc('a', 'passed'), tc('b', 'passed')], ['a']));
    expect(h.tests.map((t) => [t.id, t.outcomes])).toEqual([
      ['a', 'R'],
      ['b', 'P'],
    ]);
    // A retried test listed twice: the pass wins (its duration too), and the run counts as flaky for it.
    h = extendHistory(h, run(2, [tc('a', 'passed'), tc('b', 'failed', 3), tc('b', 'passed', 4)]));
    expect(h.tests).toEqual([
      { id: 'a', outcomes: 'RP', durations: '1000,1000' },
      { id: 'b', outcomes: 'PR', durations: '1000,4000' },
    ]);
    // Twice failing is not flaky; the error outranks the failure.
    h = extendHistory(h, run(3, [tc('a', 'failed'), tc('a', 'error', 2)]));
    expect(h.tests[0]).toEqual({ id: 'a', outcomes: 'RPE', durations: '1000,1000,2000' });
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

  it('records the signature of each failure as an index into a sorted table; passes and skips get none', () => {
    let h = extendHistory(
      null,
      run(1, [tc('a', 'failed'), tc('b', 'error'), tc('c', 'passed'), tc('d', 'failed')], [], 'c1', {
        a: B,
        b: A,
        c: C, // a passing test's signature is not recorded
      }),
    );
    expect(h.signatures).toEqual([A, B]);
    expect(h.tests).toEqual([
      { id: 'a', outcomes: 'F', durations: '1000', signatures: '1' },
      { id: 'b', outcomes: 'E', durations: '1000', signatures: '0' },
      { id: 'c', outcomes: 'P', durations: '1000' },
      { id: 'd', outcomes: 'F', durations: '1000' },
    ]);
    h = extendHistory(
      h,
      run(2, [tc('a', 'passed'), tc('b', 'failed'), tc('c', 'failed')], [], 'c2', { b: C, c: A }),
    );
    expect(h.signatures).toEqual([A, B, C]);
    expect(h.tests.map((t) => [t.id, t.signatures])).toEqual([
      ['a', '1,'],
      ['b', '0,2'],
      ['c', ',0'],
      ['d', undefined],
    ]);
  });

  it('drops signatures that leave the window, renumbers the rest, and drops the field when a test has none left', () => {
    let h = extendHistory(null, run(1, [tc('a', 'failed'), tc('b', 'failed')], [], 'c1', { a: A, b: B }), 2);
    h = extendHistory(h, run(2, [tc('a', 'passed'), tc('b', 'failed')], [], 'c2', { b: C }), 2);
    expect([h.signatures, h.tests.map((t) => t.signatures)]).toEqual([
      [A, B, C],
      ['0,', '1,2'],
    ]);
    h = extendHistory(h, run(3, [tc('a', 'passed'), tc('b', 'failed')], [], 'c3', { b: C }), 2);
    expect(h.signatures).toEqual([C]);
    expect(h.tests).toEqual([
      { id: 'a', outcomes: 'PP', durations: '1000,1000' },
      { id: 'b', outcomes: 'FF', durations: '1000,1000', signatures: '0,0' },
    ]);
  });

  it('ignores a signature that is not 32 hex digits', () => {
    const h = extendHistory(null, run(1, [tc('a', 'failed')], [], 'c1', { a: 'not-a-hash' }));
    expect([h.signatures, h.tests[0]]).toEqual([[], { id: 'a', outcomes: 'F', durations: '1000' }]);
  });

  it('keeps prototype-looking ids as data', () => {
    const h = extendHistory(
      null,
      run(1, [tc('__proto__', 'passed'), tc('constructor', 'failed')], [], 'c1', {
        constructor: A,
      }),
    );
    expect(h.tests.map((t) => t.id)).toEqual(['__proto__', 'constructor']);
    expect(parseHistory(seal(h))).toEqual({ history: h });
  });
});

describe('durationHistory', () => {
  const t = { id: 'a', outcomes: 'PPPP-P', durations: '10,40,20,,,30' };
  it('last, lower median and mean over the window, in seconds; empty runs skipped', () => {
    expect(durationHistory(t)).toEqual({ samples: 4, last: 0.03, median: 0.02, mean: 0.025 });
  });
  it('over a range of runs: the earlier ones only', () => {
    expect(durationHistory(t, 0, 5)).toEqual({ samples: 3, last: 0.02, median: 0.02, mean: 0.023 });
    expect(durationHistory(t, 3, 5)).toEqual({ samples: 0, last: null, median: null, mean: null });
  });
});

describe('parseHistory: hostile data', () => {
  const valid = (): History => {
    let h = extendHistory(null, run(1, [tc('a', 'passed'), tc('b', 'failed')], [], 'c1', { b: A }));
    h = extendHistory(h, run(2, [tc('a', 'passed', 2)]));
    return h;
  };

  it('accepts what extendHistory wrote, sealed', () => {
    expect(parseHistory(seal(valid()))).toEqual({ history: valid() });
  });

  it('accepts a sealed history in another layout (compact, keys in another order): the hash is of the content', () => {
    const h = valid();
    const sha256 = JSON.parse(seal(h)).sha256 as string;
    const compact = JSON.stringify({
      tests: h.tests,
      sha256,
      window: h.window,
      runs: h.runs,
      signatures: h.signatures,
      schema: h.schema,
    });
    expect(parseHistory(compact)).toEqual({ history: h });
    expect(parseHistory(compact.replace('"PP"', '"PF"'))).toMatchObject({
      problem: expect.stringMatching(/^embedded sha256 mismatch: /),
    });
  });

  it('ids that look like layout or hold escapes are read back exactly', () => {
    const ids = ['k": v', 'q\\": x\\', 'line\nbreak', '"quoted"', '\u0000nul', '  "sha256": "x"'];
    const h = extendHistory(
      null,
      run(
        1,
        ids.map((id) => tc(id, 'passed')),
      ),
    );
    expect(parseHistory(seal(h))).toEqual({ history: h });
  });

  it('rejects a tampered document (one letter changed after sealing)', () => {
    const text = seal(valid()).replace('"PP"', '"PF"');
    const r = parseHistory(text);
    expect('problem' in r && r.problem.startsWith('embedded sha256 mismatch: expected ')).toBe(true);
  });

  it('rejects an unsealed document, text that is not JSON, and JSON that is not an object', () => {
    expect(parseHistory(JSON.stringify(valid()))).toEqual({ problem: 'no "sha256" field' });
    expect(parseHistory('{"schema":')).toMatchObject({ problem: expect.stringMatching(/^not JSON: /) });
    expect(parseHistory('[1]')).toEqual({ problem: 'not a JSON object' });
    expect(parseHistory('{"sha256": 5}')).toEqual({ problem: '"sha256" is not 64 lowercase hex digits: 5' });
  });

  it('rejects a foreign schema, sealed or not, and says which', () => {
    expect(parseHistory(seal({ ...valid(), schema: 'test-ladder/history@3' }))).toEqual({
      problem: 'not a test-ladder/history@2 document (schema "test-ladder/history@3")',
    });
    expect(parseHistory(seal({ runs: [], tests: [] }))).toEqual({
      problem: 'not a test-ladder/history@2 document',
    });
  });

  it('rejects misaligned outcomes, durations and signatures, and unknown letters', () => {
    const h = valid();
    const a = h.tests[0]!;
    const b = h.tests[1]!;
    for (const outcomes of ['PPP', 'P', 'PX', ''])
      expect(parseHistory(seal({ ...h, tests: [{ ...a, outcomes }] }))).toEqual({
        problem: 'test "a" has outcomes that do not match the runs',
      });
    for (const durations of ['1000', '1000,2000,3', '1000,x', '1000,-1', '1000,1.5'])
      expect(parseHistory(seal({ ...h, tests: [{ ...a, durations }] }))).toEqual({
        problem: 'test "a" has durations that do not match the runs',
      });
    // b is absent from run 2 ('-'): a duration there does not match it.
    expect(parseHistory(seal({ ...h, tests: [a, { ...b, durations: '1000,5' }] }))).toEqual({
      problem: 'test "b" has durations that do not match the runs',
    });
    // A signature on a pass, an index past the table, a wrong count.
    for (const signatures of ['0,0', '1,', '0', 5])
      expect(parseHistory(seal({ ...h, tests: [a, { ...b, outcomes: 'FP', signatures }] }))).toEqual({
        problem: 'test "b" has signatures that do not match the runs',
      });
  });

  it('rejects a bad window, more runs than the window, malformed runs, tables and test entries', () => {
    const h = valid();
    for (const window of [0, 1001, 1.5, '30'])
      expect(parseHistory(seal({ ...h, window }))).toEqual({
        problem: 'window is not an integer from 1 to 1000',
      });
    expect(parseHistory(seal({ ...h, window: 1 }))).toEqual({ problem: '2 runs do not fit a window of 1' });
    for (const bad of [{ attempt: '1' }, { attempt: 0 }, { failed: 3 }, { tests: -1 }, { commit: 5 }])
      expect(parseHistory(seal({ ...h, runs: [{ ...h.runs[0]!, ...bad }, h.runs[1]] }))).toEqual({
        problem: 'runs are malformed',
      });
    expect(parseHistory(seal({ ...h, tests: {} }))).toEqual({ problem: 'tests are malformed' });
    expect(parseHistory(seal({ ...h, tests: [{ id: 1, outcomes: 'PP' }] }))).toEqual({
      problem: 'a test entry is malformed',
    });
    expect(parseHistory(seal({ ...h, tests: [h.tests[0], h.tests[0]] }))).toEqual({
      problem: 'test "a" is listed twice',
    });
    expect(parseHistory(seal({ ...h, signatures: ['XYZ'] }))).toEqual({
      problem: 'signatures are not a list of 32 hex digits each',
    });
    expect(parseHistory(seal({ ...h, signatures: [A, A] }))).toEqual({
      problem: 'signatures repeat an entry',
    });
  });

  it('keeps only the known fields', () => {
    const h = valid();
    const r = parseHistory(
      seal({
        ...h,
        extra: 1,
        runs: h.runs.map((x) => ({ ...x, note: 'x' })),
        tests: h.tests.map((t) => ({ ...t, note: 'x' })),
      }),
    );
    expect(r).toEqual({ history: h });
  });

  it('reads history@1 and upgrades it: its last duration on the last run the test ran, no signatures', () => {
    const v1 = {
      schema: HISTORY_SCHEMA_V1,
      window: 30,
      runs: [
        { run_id: 'r1', attempt: 1, commit: 'c1', date: '2026-01-01', tests: 2, failed: 1 },
        { run_id: 'r2', attempt: 1, commit: 'c2', date: '2026-01-02', tests: 1, failed: 0 },
      ],
      tests: [
        { id: 'a', outcomes: 'PR', last_duration: 0.25 },
        { id: 'b', outcomes: 'F-', last_duration: 2 },
        { id: 'c', outcomes: 'S-', last_duration: null },
      ],
    };
    expect(parseHistory(seal(v1))).toEqual({
      upgradedFrom: HISTORY_SCHEMA_V1,
      history: {
        schema: HISTORY_SCHEMA,
        window: 30,
        // v1 runs carried no coverage: unknown.
        runs: v1.runs.map((r) => ({ ...r, coverage: null })),
        signatures: [],
        tests: [
          { id: 'a', outcomes: 'PR', durations: ',250' },
          { id: 'b', outcomes: 'F-', durations: '2000,' },
          { id: 'c', outcomes: 'S-', durations: ',' },
        ],
      },
    });
    expect(parseHistory(seal({ ...v1, tests: [{ id: 'a', outcomes: 'PR', last_duration: '1' }] }))).toEqual({
      problem: 'a test entry is malformed',
    });
    expect(parseHistory(seal({ ...v1, tests: [{ id: 'a', outcomes: 'P', last_duration: 1 }] }))).toEqual({
      problem: 'test "a" has outcomes that do not match the runs',
    });
  });

  it('an upgraded history@1 continues as history@2', () => {
    const v1 = {
      schema: HISTORY_SCHEMA_V1,
      window: 30,
      runs: [{ run_id: 'r1', attempt: 1, commit: 'c1', date: '2026-01-01', tests: 1, failed: 0 }],
      tests: [{ id: 'a', outcomes: 'P', last_duration: 1 }],
    };
    const parsed = parseHistory(seal(v1));
    if (!('history' in parsed)) throw new Error(parsed.problem);
    const h = extendHistory(parsed.history, run(2, [tc('a', 'failed', 2)], [], 'c2', { a: A }));
    expect(h.tests).toEqual([{ id: 'a', outcomes: 'PF', durations: '1000,2000', signatures: ',0' }]);
  });
});
