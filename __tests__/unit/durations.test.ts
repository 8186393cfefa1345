import { describe, expect, it } from 'vitest';
import { durationsReport, durationSummary, percentiles } from '../../src/analysis/durations.js';
import { extendHistory, type History } from '../../src/analysis/history.js';
import type { Outcome, TestCase } from '../../src/model/tests.js';

const tc = (id: string, outcome: Outcome, duration: number | null, classname = 'K'): TestCase => ({
  id,
  name: `name of ${id}`,
  classname,
  outcome,
  duration,
});
const range = (n: number) => Array.from({ length: n }, (_, i) => i + 1);

describe('percentiles (nearest rank)', () => {
  const cases: [string, number[], [number, number, number, number] | null][] = [
    ['1..10', range(10), [5, 9, 10, 10]],
    ['1..10 shuffled', [7, 3, 10, 1, 9, 2, 8, 4, 6, 5], [5, 9, 10, 10]],
    ['1..100', range(100), [50, 90, 95, 99]],
    ['1..20', range(20), [10, 18, 19, 20]],
    ['1..200', range(200), [100, 180, 190, 198]],
    ['one value', [4.2], [4.2, 4.2, 4.2, 4.2]],
    ['two values', [1, 2], [1, 2, 2, 2]],
    ['1..3', [1, 2, 3], [2, 3, 3, 3]],
    ['ties', [0, 0, 0, 5], [0, 5, 5, 5]],
    ['decimals', [0.003, 0.25, 0.0125, 1.5], [0.0125, 1.5, 1.5, 1.5]],
    ['empty', [], null],
  ];
  for (const [what, values, want] of cases) {
    it(`${what} → ${want ? want.join(', ') : 'null'}`, () => {
      expect(percentiles(values)).toEqual({
        p50: want?.[0] ?? null,
        p90: want?.[1] ?? null,
        p95: want?.[2] ?? null,
        p99: want?.[3] ?? null,
        method: 'nearest-rank',
        samples: values.length,
      });
    });
  }

  it('sorts numerically, not as strings, and leaves the input alone', () => {
    const v = [10, 9, 100, 1];
    expect(percentiles(v).p50).toBe(9);
    expect(v).toEqual([10, 9, 100, 1]);
  });
});

describe('durationSummary', () => {
  it('skipped tests and tests without a time are left out; slowest first, ties by id', () => {
    const d = durationSummary(
      [
        tc('c', 'passed', 2),
        tc('s', 'skipped', 50),
        tc('n', 'passed', null),
        tc('a', 'failed', 2),
        tc('b', 'error', 3),
        tc('z', 'passed', 0),
      ],
      3,
    );
    expect(d).toEqual({
      percentiles: { p50: 2, p90: 3, p95: 3, p99: 3, method: 'nearest-rank', samples: 4 },
      total: 7,
      slowest: [
        { id: 'b', name: 'name of b', duration: 3 },
        { id: 'a', name: 'name of a', duration: 2 },
        { id: 'c', name: 'name of c', duration: 2 },
      ],
    });
  });

  it('none asked for, none listed', () => {
    expect(durationSummary([tc('a', 'passed', 1)], 0).slowest).toEqual([]);
  });

  it('keeps ten slowest by default, whatever the order they come in', () => {
    const shuffled = [7, 12, 1, 9, 3, 11, 5, 2, 10, 4, 8, 6];
    expect(
      durationSummary(shuffled.map((i) => tc(`t${i}`, 'passed', i))).slowest.map((s) => s.duration),
    ).toEqual([12, 11, 10, 9, 8, 7, 6, 5, 4, 3]);
  });
});

describe('durationsReport', () => {
  /** A window of earlier runs where each test took the given seconds, then this run. */
  function window(earlier: Record<string, (number | null)[]>, now: TestCase[]): History {
    const n = Math.max(...Object.values(earlier).map((v) => v.length));
    let h: History | null = null;
    for (let i = 0; i < n; i++)
      h = extendHistory(h, {
        runId: `r${i}`,
        attempt: 1,
        commit: `c${i}`,
        date: '2026-01-01',
        cases: Object.entries(earlier)
          .filter(([, v]) => v[i] !== undefined)
          .map(([id, v]) => tc(id, 'passed', v[i]!)),
        flakyIds: [],
      });
    return extendHistory(h, {
      runId: 'now',
      attempt: 1,
      commit: 'cn',
      date: '2026-01-02',
      cases: now,
      flakyIds: [],
    });
  }

  it('each slow test against the median of its earlier runs, and the suites by test time', () => {
    const now = [
      tc('slow', 'passed', 3, 'A'),
      tc('steady', 'failed', 2, 'A'),
      tc('fresh', 'passed', 1.5, 'B'),
      tc('fast', 'passed', 0.1, 'B'),
      tc('skip', 'skipped', 9, 'B'),
    ];
    const h = window({ slow: [1, 2, 1.5, null], steady: [2, 2, 2, 2], fast: [0.1] }, now);
    expect(durationsReport(now, h, 3)).toEqual({
      method: 'nearest-rank',
      unit: 'seconds',
      percentiles: { p50: 1.5, p90: 3, p95: 3, p99: 3, method: 'nearest-rank', samples: 4 },
      totals: { tests: 5, timed: 4, seconds: 6.6 },
      slowest: [
        {
          id: 'slow',
          name: 'name of slow',
          classname: 'A',
          duration: 3,
          history: { median: 1.5, last: 1.5, samples: 3 },
          change: 1.5,
          change_ratio: 1,
        },
        {
          id: 'steady',
          name: 'name of steady',
          classname: 'A',
          duration: 2,
          history: { median: 2, last: 2, samples: 4 },
          change: 0,
          change_ratio: 0,
        },
        {
          id: 'fresh',
          name: 'name of fresh',
          classname: 'B',
          duration: 1.5,
          history: { median: null, last: null, samples: 0 },
          change: null,
          change_ratio: null,
        },
      ],
      suites: [
        { classname: 'A', tests: 2, seconds: 5 },
        { classname: 'B', tests: 2, seconds: 1.6 },
      ],
      history_runs: 4,
    });
  });

  it('the median of an even number of runs is the lower middle one (a time that was measured)', () => {
    const now = [tc('t', 'passed', 5)];
    const h = window({ t: [1, 4, 2, 3] }, now);
    expect(durationsReport(now, h).slowest[0]!.history).toEqual({ median: 2, last: 3, samples: 4 });
  });

  it('a median of 0 ms gives a change in seconds but no ratio', () => {
    const now = [tc('t', 'passed', 0.25)];
    const h = window({ t: [0.0001, 0.0002] }, now);
    expect(durationsReport(now, h).slowest[0]).toMatchObject({ change: 0.25, change_ratio: null });
  });

  it('without history, or on a first run: no change, no earlier runs', () => {
    const now = [tc('t', 'passed', 1)];
    for (const h of [null, window({}, now)]) {
      const r = durationsReport(now, h);
      expect([r.history_runs, r.slowest[0]!.change, r.slowest[0]!.history]).toEqual([
        0,
        null,
        { median: null, last: null, samples: 0 },
      ]);
    }
  });

  it('no timed test: null percentiles, zero totals, nothing listed', () => {
    expect(durationsReport([tc('a', 'passed', null), tc('b', 'skipped', 1)], null)).toEqual({
      method: 'nearest-rank',
      unit: 'seconds',
      percentiles: { p50: null, p90: null, p95: null, p99: null, method: 'nearest-rank', samples: 0 },
      totals: { tests: 2, timed: 0, seconds: 0 },
      slowest: [],
      suites: [],
      history_runs: 0,
    });
  });

  it('suite names are data: a classname called __proto__ is a suite like any other', () => {
    const now = [tc('a', 'passed', 1, '__proto__'), tc('b', 'passed', 2, 'constructor')];
    expect(durationsReport(now, null).suites).toEqual([
      { classname: 'constructor', tests: 1, seconds: 2 },
      { classname: '__proto__', tests: 1, seconds: 1 },
    ]);
  });
});
