import { describe, expect, it } from 'vitest';
import { compareCoverage, explainDrop } from '../../src/analysis/delta.js';
import { ratio } from '../../src/analysis/totals.js';
import type { BranchPoint, CoverageReport, FileCoverage } from '../../src/model/coverage.js';
import { fileCoverage } from '../helpers/coverage.js';

/** A file whose lines are 1..hits.length, hit as given. */
const file = (path: string, hits: number[], branches: BranchPoint[] = []): FileCoverage =>
  fileCoverage({ path, lines: hits.map((_, i) => i + 1), hits, branches });
const report = (...files: FileCoverage[]): CoverageReport => ({
  sources: [{ file: 'coverage.xml', format: 'cobertura', roots: [] }],
  files: [...files].sort((a, b) => (a.path < b.path ? -1 : 1)),
});
const all = (n: number, h = 1) => Array<number>(n).fill(h);

// The base run: a.ts fully covered (10 lines), b.ts half (4 lines), c.ts fully covered (5 lines).
const BASE = report(file('a.ts', all(10)), file('b.ts', [1, 1, 0, 0]), file('c.ts', all(5)));

describe('compareCoverage', () => {
  it('per file: before, after, the change in points, added and removed files; unchanged files left out', () => {
    const head = report(file('a.ts', all(6)), file('b.ts', [1, 1, 0, 0]), file('d.ts', [1, 0]));
    const delta = compareCoverage(BASE, head, 'line');
    expect(delta).toEqual({
      metric: 'line',
      before: ratio(17, 19),
      after: ratio(9, 12),
      change: (9 / 12) * 100 - (17 / 19) * 100,
      files: [
        {
          path: 'd.ts',
          status: 'added',
          before: null,
          after: ratio(1, 2),
          change: null,
          coveredChange: 1,
          uncoveredChange: 1,
          lostLines: null,
        },
        {
          path: 'c.ts',
          status: 'removed',
          before: ratio(5, 5),
          after: null,
          change: null,
          coveredChange: -5,
          uncoveredChange: 0,
          lostLines: null,
        },
        {
          path: 'a.ts',
          status: 'kept',
          before: ratio(10, 10),
          after: ratio(6, 6),
          change: 0,
          coveredChange: -4,
          uncoveredChange: 0,
          // Lines 7..10 are gone: line numbers no longer match, so no line is said to be lost.
          lostLines: null,
        },
      ],
      added: 1,
      removed: 1,
    });
  });

  it('finds the lines that lost coverage when the line set is unchanged, and ranks by new uncovered lines', () => {
    const head = report(
      file('a.ts', [1, 1, 0, 1, 1, 1, 1, 0, 0, 1]),
      file('b.ts', [0, 1, 1, 0]),
      file('c.ts', all(5)),
    );
    const delta = compareCoverage(BASE, head, 'line');
    expect(
      delta.files.map((f) => [f.path, f.uncoveredChange, f.coveredChange, f.change, f.lostLines]),
    ).toEqual([
      ['a.ts', 3, -3, -30, [3, 8, 9]],
      // b.ts swapped a covered line for another: the same percent, but line 1 lost coverage.
      ['b.ts', 0, 0, 0, [1]],
    ]);
    expect(delta.change).toBe((14 / 19) * 100 - (17 / 19) * 100);
  });

  it('branch metric: outcomes per branch point; a point that lost a taken outcome is a lost line', () => {
    const bp = (line: number, outcomes: number[]): BranchPoint => ({ line, outcomes });
    const base = report(file('a.ts', [1, 1, 1], [bp(1, [1, 1]), bp(3, [2, 0])]));
    const head = report(file('a.ts', [1, 1, 1], [bp(1, [1, 0]), bp(3, [0, 5])]));
    const delta = compareCoverage(base, head, 'branch');
    expect(delta.before).toEqual(ratio(3, 4));
    expect(delta.after).toEqual(ratio(2, 4));
    expect(delta.files).toEqual([
      {
        path: 'a.ts',
        status: 'kept',
        before: ratio(3, 4),
        after: ratio(2, 4),
        change: -25,
        coveredChange: -1,
        uncoveredChange: 1,
        lostLines: [1, 3],
      },
    ]);
    // A different branch layout: lines cannot be matched.
    const moved = report(file('a.ts', [1, 1, 1], [bp(2, [1, 0]), bp(3, [0, 5])]));
    expect(compareCoverage(base, moved, 'branch').files[0]?.lostLines).toBeNull();
  });

  it('nothing to count on a side: change null', () => {
    const empty = report();
    const delta = compareCoverage(empty, BASE, 'line');
    expect(delta.change).toBeNull();
    expect(delta.before).toEqual(ratio(0, 0));
    expect(delta.added).toBe(3);
    expect(compareCoverage(BASE, BASE, 'line')).toEqual({
      metric: 'line',
      before: ratio(17, 19),
      after: ratio(17, 19),
      change: 0,
      files: [],
      added: 0,
      removed: 0,
    });
  });
});

describe('explainDrop', () => {
  it('DROP_FROM_REMOVED_CODE: covered lines deleted from a kept file and with a removed file', () => {
    // a.ts loses 4 covered lines, c.ts (5 covered) is deleted, d.ts is new and fully covered.
    const head = report(file('a.ts', all(6)), file('b.ts', [1, 1, 0, 0]), file('d.ts', [1, 1]));
    const delta = compareCoverage(BASE, head, 'line');
    const change = (10 / 12) * 100 - (17 / 19) * 100;
    expect(delta.change).toBe(change);
    expect(explainDrop(delta)).toEqual({
      code: 'DROP_FROM_REMOVED_CODE',
      message:
        'line coverage fell 6.14 pp only because covered lines were removed (9 lines in 2 files, 1 file deleted); no file has more uncovered lines than before and no new file has any',
      evidence: {
        before: (17 / 19) * 100,
        after: (10 / 12) * 100,
        change,
        removedCovered: 9,
        files: 2,
        deletedFiles: 1,
        uncoveredBefore: 2,
        uncoveredAfter: 2,
      },
    });
  });

  it('an edited file that lost covered and uncovered lines only removed code', () => {
    // x.ts: 3 covered lines deleted, its one uncovered line still there (line numbers moved).
    const base = report(file('x.ts', [1, 1, 1, 1, 0]), file('y.ts', all(5)));
    const head = report(file('x.ts', [1, 0]), file('y.ts', all(5)));
    const delta = compareCoverage(base, head, 'line');
    expect(delta.change).toBe((6 / 7) * 100 - 90);
    expect(explainDrop(delta)?.message).toBe(
      'line coverage fell 4.29 pp only because covered lines were removed (3 lines in 1 file); no file has more uncovered lines than before and no new file has any',
    );
  });

  it('a real regression is not explained away: a kept file gained uncovered lines', () => {
    const head = report(file('a.ts', [...all(6), 0]), file('b.ts', [1, 1, 0, 0]));
    const delta = compareCoverage(BASE, head, 'line');
    expect(delta.change).toBeLessThan(0);
    expect(explainDrop(delta)).toBeNull();
  });

  it('a line that went from covered to uncovered, even when another one became covered', () => {
    // Without b.ts's swap this would be removal only (the case above); line 1 of b.ts lost coverage.
    const head = report(file('a.ts', all(6)), file('b.ts', [0, 1, 1, 0]));
    const delta = compareCoverage(BASE, head, 'line');
    expect(delta.change).toBeLessThan(0);
    expect(explainDrop(delta)).toBeNull();
    expect(
      explainDrop(compareCoverage(BASE, report(file('a.ts', all(6)), file('b.ts', [1, 1, 0, 0])), 'line')),
    ).not.toBeNull();
  });

  it('a new file with an uncovered line is new uncovered code, not removal', () => {
    const head = report(file('a.ts', all(6)), file('b.ts', [1, 1, 0, 0]), file('d.ts', [1, 0]));
    expect(explainDrop(compareCoverage(BASE, head, 'line'))).toBeNull();
  });

  it('no drop, nothing to explain; a rise or an unmeasurable side is null', () => {
    expect(explainDrop(compareCoverage(BASE, BASE, 'line'))).toBeNull();
    expect(
      explainDrop(compareCoverage(BASE, report(file('a.ts', all(10)), file('b.ts', all(4))), 'line')),
    ).toBeNull();
    expect(explainDrop(compareCoverage(report(), BASE, 'line'))).toBeNull();
  });

  it('branch metric speaks of branches', () => {
    const bp = (line: number, outcomes: number[]): BranchPoint => ({ line, outcomes });
    const base = report(file('a.ts', [1], [bp(1, [1, 0])]), file('b.ts', [1], [bp(1, [1, 1])]));
    const head = report(file('a.ts', [1], [bp(1, [1, 0])]));
    expect(explainDrop(compareCoverage(base, head, 'branch'))?.message).toBe(
      'branch coverage fell 25.00 pp only because covered branches were removed (2 branches in 1 file, 1 file deleted); no file has more uncovered branches than before and no new file has any',
    );
  });
});
