import { describe, expect, it } from 'vitest';
import { mergeFiles, mergeReports } from '../../src/analysis/merge.js';
import type { CoverageReport, CoverageSource, FileCoverage } from '../../src/model/coverage.js';
import { fileCoverage } from '../helpers/coverage.js';

const src = (file: string): CoverageSource => ({ file, format: 'lcov', roots: [] });
const f = (
  path: string,
  lines: number[],
  hits: number[],
  branches: [number, number[]][] = [],
): FileCoverage =>
  fileCoverage({ path, lines, hits, branches: branches.map(([line, outcomes]) => ({ line, outcomes })) });

describe('mergeFiles', () => {
  it('unions lines in order and adds hits on shared lines', () => {
    expect(mergeFiles(f('a', [1, 3, 5], [1, 0, 2]), f('a', [2, 3, 6], [0, 4, 0]))).toEqual(
      f('a', [1, 2, 3, 5, 6], [1, 0, 4, 2, 0]),
    );
  });

  it('adds branch outcomes index by index; a shorter list counts as zeros', () => {
    expect(
      mergeFiles(
        f(
          'a',
          [1, 2],
          [1, 1],
          [
            [1, [1, 0]],
            [4, [0]],
          ],
        ),
        f(
          'a',
          [2],
          [0],
          [
            [1, [0, 2, 5]],
            [2, [3, 0]],
          ],
        ),
      ).branches,
    ).toEqual([
      { line: 1, outcomes: [1, 2, 5] },
      { line: 2, outcomes: [3, 0] },
      { line: 4, outcomes: [0] },
    ]);
  });

  it('a zero-hit line merged with a hit line is covered once, not twice', () => {
    const m = mergeFiles(f('a', [7], [0]), f('a', [7], [0]));
    expect(m).toEqual(f('a', [7], [0]));
  });

  it('merging with an empty file changes nothing', () => {
    const a = f('a', [1, 2], [3, 0], [[2, [1, 0]]]);
    expect(mergeFiles(a, f('a', [], []))).toEqual(a);
    expect(mergeFiles(f('a', [], []), a)).toEqual(a);
  });
});

describe('branch outcomes of formats that do not name them (Cobertura, JaCoCo)', () => {
  const cobertura = (file: string, outcomes: number[]): CoverageReport => ({
    sources: [{ file, format: 'cobertura', roots: [] }],
    files: [f('a.js', [1], [1], [[1, outcomes]])],
  });
  const lcov = (file: string, outcomes: number[]): CoverageReport => ({
    sources: [{ file, format: 'lcov', roots: [] }],
    files: [f('a.js', [1], [1], [[1, outcomes]])],
  });
  const taken = (r: CoverageReport) => r.files[0]!.branches[0]!.outcomes.filter((h) => h > 0).length;

  it('a taken outcome counted by Cobertura and one named by LCOV are not two taken outcomes', () => {
    // Cobertura's 1/2 lists the taken outcome first whichever it was; LCOV took its second.
    const both = [cobertura('c.xml', [1, 0]), lcov('l.info', [0, 1])];
    expect(taken(mergeReports(both))).toBe(1);
    expect(taken(mergeReports([...both].reverse()))).toBe(1);
    expect(mergeReports(both).files[0]!.outcomeOrder).toBe('covered-first');
    // The better side alone decides: LCOV took both, Cobertura one.
    expect(taken(mergeReports([cobertura('c.xml', [1, 0]), lcov('l.info', [3, 2])]))).toBe(2);
  });

  it('formats of one kind still add per outcome', () => {
    expect(taken(mergeReports([lcov('1.info', [1, 0]), lcov('2.info', [0, 1])]))).toBe(2);
    expect(taken(mergeReports([cobertura('1.xml', [1, 0]), cobertura('2.xml', [1, 0])]))).toBe(1);
    expect(
      mergeReports([lcov('1.info', [1, 0]), lcov('2.info', [0, 1])]).files[0]!.outcomeOrder,
    ).toBeUndefined();
  });

  it('a merged report remembers which files count covered-first, for the next merge', () => {
    const first = mergeReports([cobertura('c.xml', [1, 0]), lcov('l.info', [0, 0])]);
    expect(taken(mergeReports([first, lcov('m.info', [0, 1])]))).toBe(1);
    // A file without branch points has no order to remember.
    const plain = mergeReports([{ sources: [src('c.xml')], files: [f('b.js', [1], [1])] }]);
    expect(plain.files[0]!.outcomeOrder).toBeUndefined();
  });
});

describe('Go blocks from shards', () => {
  const block = (statements: number, hits: number) => ({
    startLine: 1,
    startColumn: 1,
    endLine: 3,
    endColumn: 2,
    statements,
    hits,
  });
  const go = (statements: number, hits: number): CoverageReport => ({
    sources: [{ file: 'cover.out', format: 'go-cover', roots: [] }],
    files: [{ ...f('a.go', [1, 2, 3], [hits, hits, hits]), blocks: [block(statements, hits)] }],
  });

  it('shards that disagree on a block’s statement count merge the same in either order', () => {
    const ab = mergeReports([go(2, 1), go(5, 0)]).files[0]!.blocks;
    const ba = mergeReports([go(5, 0), go(2, 1)]).files[0]!.blocks;
    expect(ab).toEqual([block(5, 1)]);
    expect(ba).toEqual(ab);
  });
});

describe('mergeReports', () => {
  it('unions files by path, sorted, and concatenates the sources in order', () => {
    const r1: CoverageReport = { sources: [src('1')], files: [f('b', [1], [1]), f('c', [1], [0])] };
    const r2: CoverageReport = { sources: [src('2')], files: [f('a', [2], [1]), f('c', [1, 2], [5, 0])] };
    expect(mergeReports([r1, r2])).toEqual({
      sources: [src('1'), src('2')],
      files: [f('a', [2], [1]), f('b', [1], [1]), f('c', [1, 2], [5, 0])],
    });
  });

  it('shards of one file: hits add per line, one shard never silently wins', () => {
    const shard = (hits: number[]): CoverageReport => ({
      sources: [src('s')],
      files: [f('x', [1, 2, 3], hits)],
    });
    expect(mergeReports([shard([1, 0, 0]), shard([0, 0, 2]), shard([0, 1, 0])]).files).toEqual([
      f('x', [1, 2, 3], [1, 1, 2]),
    ]);
  });

  it('no reports merge to an empty report; one report is itself', () => {
    expect(mergeReports([])).toEqual({ sources: [], files: [] });
    const r: CoverageReport = { sources: [src('1')], files: [f('a', [1], [1])] };
    expect(mergeReports([r])).toEqual(r);
  });

  it('paths are compared by code unit: upper case sorts before lower case', () => {
    const r: CoverageReport = {
      sources: [],
      files: [f('b', [], []), f('B', [], []), f('a/x', [], []), f('a', [], [])],
    };
    expect(mergeReports([r]).files.map((x) => x.path)).toEqual(['B', 'a', 'a/x', 'b']);
  });
});
