import { describe, expect, it } from 'vitest';
import { analyzeGaps } from '../../src/analysis/gaps.js';
import { tiersOfPath } from '../../src/gates/tiers.js';
import { ratio, sum, type CoverageTotals } from '../../src/analysis/totals.js';

/** Totals from [path, covered, total] line figures (branches mirror them unless given). */
function t(files: [string, number, number][], branches?: [number, number][]): CoverageTotals {
  const fs = files.map(([path, c, n], i) => ({
    path,
    lines: ratio(c, n),
    branches: branches ? ratio(branches[i]![0], branches[i]![1]) : ratio(0, 0),
  }));
  return { lines: sum(fs.map((f) => f.lines)), branches: sum(fs.map((f) => f.branches)), files: fs };
}

// 100 lines, 60 covered: a.py misses 20, b.py 10, c.py 10, d.py 0.
const T = t([
  ['c.py', 10, 20],
  ['a.py', 10, 30],
  ['b.py', 20, 30],
  ['d.py', 20, 20],
]);

describe('analyzeGaps', () => {
  it('ranks files with something missing by missing lines, then by path; gain in percentage points', () => {
    const g = analyzeGaps(T, 'line', { floor: null, target: null });
    expect(g).toEqual({
      metric: 'line',
      covered: 60,
      total: 100,
      ranked: [
        { path: 'a.py', covered: 10, total: 30, missing: 20, percent: (10 / 30) * 100, gain: 20, tiers: [] },
        { path: 'b.py', covered: 20, total: 30, missing: 10, percent: (20 / 30) * 100, gain: 10, tiers: [] },
        { path: 'c.py', covered: 10, total: 20, missing: 10, percent: 50, gain: 10, tiers: [] },
      ],
      toFloor: null,
      toTarget: null,
    });
  });

  it('names the tiers each ranked file belongs to, in the order configured, and none outside them', () => {
    const tiers = [
      { name: 'core', paths: ['a.py', 'b.py'], target: 90, each: false },
      { name: 'all', paths: ['*.py', '!c.py'], target: 50, each: false },
    ];
    const g = analyzeGaps(T, 'line', { floor: null, target: null }, tiersOfPath(tiers));
    expect(g.ranked.map((f) => [f.path, f.tiers])).toEqual([
      ['a.py', ['core', 'all']],
      ['b.py', ['core', 'all']],
      ['c.py', []],
    ]);
  });

  it('needed is exact at the boundaries: goal met exactly → 0, one line short → 1', () => {
    const at = (goal: number) => analyzeGaps(T, 'line', { floor: goal, target: null }).toFloor!;
    expect(at(60)).toEqual({ goal: 60, needed: 0, files: [], reachable: true });
    expect(at(59.5)).toEqual({ goal: 59.5, needed: 0, files: [], reachable: true });
    expect(at(60.01)).toEqual({ goal: 60.01, needed: 1, files: ['a.py'], reachable: true });
    expect(at(61)).toEqual({ goal: 61, needed: 1, files: ['a.py'], reachable: true });
    expect(at(80)).toEqual({ goal: 80, needed: 20, files: ['a.py'], reachable: true });
    expect(at(80.5)).toEqual({ goal: 80.5, needed: 21, files: ['a.py', 'b.py'], reachable: true });
    expect(at(100)).toEqual({ goal: 100, needed: 40, files: ['a.py', 'b.py', 'c.py'], reachable: true });
    expect(at(100.1)).toEqual({ goal: 100.1, needed: 41, files: ['a.py', 'b.py', 'c.py'], reachable: false });
  });

  it('float noise does not demand an extra line: 7 of 10 meets 70 %, 1 of 3 meets 33.33 %', () => {
    expect(analyzeGaps(t([['a', 7, 10]]), 'line', { floor: 70, target: null }).toFloor!.needed).toBe(0);
    expect(analyzeGaps(t([['a', 1, 3]]), 'line', { floor: 33.33, target: null }).toFloor!.needed).toBe(0);
    expect(analyzeGaps(t([['a', 1, 3]]), 'line', { floor: 33.34, target: null }).toFloor!.needed).toBe(1);
    // 0.1 + 0.2 style: 29 of 100 for 29 %.
    expect(analyzeGaps(t([['a', 29, 100]]), 'line', { floor: 29, target: null }).toFloor!.needed).toBe(0);
  });

  it('the cheapest path takes the fewest files: one big file beats two small ones', () => {
    // 100 lines, 74 covered.
    const files = t([
      ['big', 0, 12],
      ['s1', 0, 7],
      ['s2', 0, 7],
      ['done', 74, 74],
    ]);
    // 86 % needs 12 more: `big` alone closes it (s1 + s2 would too, with two files).
    expect(analyzeGaps(files, 'line', { floor: null, target: 86 }).toTarget).toEqual({
      goal: 86,
      needed: 12,
      files: ['big'],
      reachable: true,
    });
    // 87 % needs 13: no single file has 13 missing, so two.
    expect(analyzeGaps(files, 'line', { floor: null, target: 87 }).toTarget).toEqual({
      goal: 87,
      needed: 13,
      files: ['big', 's1'],
      reachable: true,
    });
  });

  it('floor and target are both answered; the branch metric uses branch figures', () => {
    const bt = t(
      [
        ['a', 1, 1],
        ['b', 1, 1],
      ],
      [
        [1, 4],
        [0, 6],
      ],
    );
    const g = analyzeGaps(bt, 'branch', { floor: 20, target: 50 });
    expect(g.covered).toBe(1);
    expect(g.total).toBe(10);
    expect(g.ranked.map((r) => [r.path, r.missing, r.gain])).toEqual([
      ['b', 6, 60],
      ['a', 3, 30],
    ]);
    expect(g.toFloor).toEqual({ goal: 20, needed: 1, files: ['b'], reachable: true });
    expect(g.toTarget).toEqual({ goal: 50, needed: 4, files: ['b'], reachable: true });
  });

  it('nothing to count: nothing needed, no file ranked, gain 0', () => {
    const g = analyzeGaps(t([['a', 0, 0]]), 'line', { floor: 50, target: 90 });
    expect(g.ranked).toEqual([]);
    expect(g.toFloor).toEqual({ goal: 50, needed: 0, files: [], reachable: true });
  });
});
