import { describe, expect, it } from 'vitest';
import { fileBranches, fileLines, metricOf, ratio, sum, totals } from '../../src/analysis/totals.js';
import type { CoverageReport, FileCoverage } from '../../src/model/coverage.js';
import { fileCoverage } from '../helpers/coverage.js';

const f = (path: string, hits: number[], branches: number[][] = []): FileCoverage =>
  fileCoverage({
    path,
    lines: hits.map((_, i) => i + 1),
    hits,
    branches: branches.map((outcomes, i) => ({ line: i + 1, outcomes })),
  });

describe('totals', () => {
  it('ratio: percent unrounded, null when there is nothing to count', () => {
    expect(ratio(1, 3)).toEqual({ covered: 1, total: 3, percent: (1 / 3) * 100 });
    expect(ratio(0, 0)).toEqual({ covered: 0, total: 0, percent: null });
    expect(ratio(0, 5)).toEqual({ covered: 0, total: 5, percent: 0 });
  });

  it('a line is covered when its hits are above zero', () => {
    expect(fileLines(f('a', [0, 1, 7, 0]))).toEqual({ covered: 2, total: 4, percent: 50 });
  });

  it('a branch is one outcome; covered when its hits are above zero', () => {
    expect(fileBranches(f('a', [1, 1], [[1, 0], [0, 0, 3], []]))).toEqual({
      covered: 2,
      total: 5,
      percent: 40,
    });
    expect(fileBranches(f('a', [1]))).toEqual({ covered: 0, total: 0, percent: null });
  });

  it('report totals are sums of the files (not averages of percents)', () => {
    const report: CoverageReport = {
      sources: [],
      files: [f('a', [1], [[1, 1]]), f('b', [0, 0, 0, 0, 0, 0, 0, 0, 0], [[0, 0]])],
    };
    const t = totals(report);
    expect(t.lines).toEqual({ covered: 1, total: 10, percent: 10 });
    expect(t.branches).toEqual({ covered: 2, total: 4, percent: 50 });
    expect(t.files).toEqual([
      {
        path: 'a',
        lines: { covered: 1, total: 1, percent: 100 },
        branches: { covered: 2, total: 2, percent: 100 },
      },
      {
        path: 'b',
        lines: { covered: 0, total: 9, percent: 0 },
        branches: { covered: 0, total: 2, percent: 0 },
      },
    ]);
  });

  it('an empty report has null percents', () => {
    const t = totals({ sources: [], files: [] });
    expect([t.lines.percent, t.branches.percent, t.files]).toEqual([null, null, []]);
  });

  it('sum and metricOf', () => {
    expect(
      sum([
        { covered: 1, total: 2 },
        { covered: 3, total: 4 },
      ]),
    ).toEqual({ covered: 4, total: 6, percent: (4 / 6) * 100 });
    expect(sum([])).toEqual({ covered: 0, total: 0, percent: null });
    const t = { lines: ratio(1, 2), branches: ratio(3, 4) };
    expect(metricOf(t, 'line')).toBe(t.lines);
    expect(metricOf(t, 'branch')).toBe(t.branches);
  });
});
