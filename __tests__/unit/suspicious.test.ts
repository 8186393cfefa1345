import { describe, expect, it } from 'vitest';
import { mergeReports } from '../../src/analysis/merge.js';
import { suspiciousNumbers } from '../../src/analysis/suspicious.js';
import { totals } from '../../src/analysis/totals.js';
import type { CoverageReport, FileCoverage } from '../../src/model/coverage.js';
import type { TestTotals } from '../../src/model/tests.js';
import { fileCoverage } from '../helpers/coverage.js';

/** A file listing `lines`, the first `covered` of them hit once. */
const file = (path: string, lines: number[], covered = 0): FileCoverage =>
  fileCoverage({ path, lines, hits: lines.map((_, i) => (i < covered ? 1 : 0)) });
const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);
const report = (name: string, ...files: FileCoverage[]): CoverageReport => ({
  sources: [{ file: name, format: 'cobertura', roots: [] }],
  files: [...files].sort((a, b) => (a.path < b.path ? -1 : 1)),
});
const tests = (passed: number, failed = 0, errors = 0): TestTotals => ({
  total: passed + failed + errors,
  passed,
  failed,
  errors,
  skipped: 0,
  flaky: 0,
});
const check = (reports: CoverageReport[], t: TestTotals | null) =>
  suspiciousNumbers({ reports, totals: totals(mergeReports(reports)), tests: t });
const codes = (reports: CoverageReport[], t: TestTotals | null) => check(reports, t).map((r) => r.code);

const PROJECT = report(
  'coverage.xml',
  file('src/app.py', range(1, 10), 5),
  file('src/training/a.py', range(1, 10)),
  file('src/training/io/b.py', range(1, 5)),
  file('src/tools/x.py', range(1, 3)),
  file('src/__init__.py', []),
);

describe('COVERAGE_WHILE_TESTS_FAILED', () => {
  it('says the figure is a lower bound, with the counts', () => {
    expect(check([PROJECT], tests(40, 2, 1))).toEqual([
      {
        code: 'COVERAGE_WHILE_TESTS_FAILED',
        message:
          'coverage was measured while 2 tests failed and 1 errored (of 43): the line coverage 17.86 % is a lower bound, since a failing test stops before running all the code it reaches',
        evidence: { failed: 2, errors: 1, total: 43, linePercent: (5 / 28) * 100, branchPercent: null },
      },
    ]);
  });

  it('not when every test passed, or when no test report was read', () => {
    expect(codes([PROJECT], tests(40))).not.toContain('COVERAGE_WHILE_TESTS_FAILED');
    expect(codes([PROJECT], null)).toEqual([]);
  });
});

describe('ZERO_COVERAGE_WHILE_TESTS_PASSED', () => {
  it('a whole folder at 0 % (its outermost folder only); a lone file at 0 % is not flagged', () => {
    expect(check([PROJECT], tests(40))).toEqual([
      {
        code: 'ZERO_COVERAGE_WHILE_TESTS_PASSED',
        message:
          '40 tests passed, yet a whole folder is at 0 % line coverage: src/training/ (2 files, 15 lines); tests that pass without running a line usually import another copy of the code (an installed package) or none of it',
        evidence: { passed: 40, folders: 1, files: 2, lines: 15, list: 'src/training/' },
      },
    ]);
  });

  it('several folders, in path order', () => {
    const r = report(
      'coverage.xml',
      file('a/one.py', [1], 1),
      file('pkg/x/m.py', [1, 2]),
      file('pkg/x/n.py', [1]),
      file('lib/p.py', [1, 2, 3]),
      file('lib/q.py', [4]),
    );
    expect(check([r], tests(1))[0]).toMatchObject({
      message:
        '1 test passed, yet 2 whole folders are at 0 % line coverage: lib/ (2 files, 4 lines), pkg/ (2 files, 3 lines); tests that pass without running a line usually import another copy of the code (an installed package) or none of it',
      evidence: { passed: 1, folders: 2, files: 4, lines: 7, list: 'lib/, pkg/' },
    });
  });

  it('every file at 0 %: the whole run', () => {
    const r = report('coverage.xml', file('m.py', range(1, 4)), file('n.py', [], 0));
    expect(check([r], tests(3))).toEqual([
      {
        code: 'ZERO_COVERAGE_WHILE_TESTS_PASSED',
        message:
          '3 tests passed, yet every measured file is at 0 % line coverage (1 file, 4 lines); tests that pass without running a line usually import another copy of the code (an installed package) or none of it',
        evidence: { passed: 3, folders: 0, files: 1, lines: 4, list: null },
      },
    ]);
  });

  it('not when a file in the folder ran, when tests failed, or when no test passed', () => {
    const covered = report(
      'coverage.xml',
      file('src/app.py', range(1, 10), 5),
      file('src/training/a.py', range(1, 10), 1),
      file('src/training/io/b.py', range(1, 5)),
    );
    expect(codes([covered], tests(40))).toEqual([]);
    expect(codes([PROJECT], tests(40, 1))).toEqual(['COVERAGE_WHILE_TESTS_FAILED']);
    expect(codes([PROJECT], { ...tests(0), total: 5, skipped: 5 })).toEqual([]);
    expect(codes([PROJECT], null)).toEqual([]);
  });
});

describe('SAME_MODULE_TWO_ROOTS', () => {
  it('one path is the other with folders in front, and their lines are alike', () => {
    const r = report(
      'coverage.xml',
      file('src/training/x.py', range(1, 10), 10),
      // An installed copy, one line shorter: 9 of 10 lines shared.
      file('training/x.py', range(1, 9)),
    );
    expect(check([r], null)).toEqual([
      {
        code: 'SAME_MODULE_TWO_ROOTS',
        message:
          'a module appears under two roots, so its coverage is split between two entries: training/x.py and src/training/x.py (9 and 10 lines, 90 % alike); measure one copy (for example, run the tests against the source tree rather than an installed package)',
        evidence: { pairs: 1, list: 'training/x.py ~ src/training/x.py' },
      },
    ]);
  });

  it('not for files that only share a name, differ in their lines, or are too small to tell', () => {
    const r = report(
      'coverage.xml',
      // Same name, but neither path ends with the other.
      file('src/training/x.py', range(1, 10)),
      file('other/x.py', range(1, 10)),
      // A suffix, but different lines: 5 of 15 shared.
      file('lib/util.py', range(1, 10)),
      file('vendor/lib/util.py', range(6, 15)),
      // A suffix with the same lines, but only 2 of them.
      file('pkg/__init__.py', [1, 2]),
      file('src/pkg/__init__.py', [1, 2]),
    );
    expect(codes([r], null)).toEqual([]);
    // 3 of 5 lines alike (60 %) is not flagged; 4 of 5 (80 %, the threshold) is.
    const edge = report('coverage.xml', file('a/b.py', [1, 2, 3, 4]), file('z/a/b.py', [1, 2, 3, 5]));
    expect(codes([edge], null)).toEqual([]);
    const edge2 = report('coverage.xml', file('a/b.py', [1, 2, 3, 4]), file('z/a/b.py', [1, 2, 3, 4, 5]));
    expect(codes([edge2], null)).toEqual(['SAME_MODULE_TWO_ROOTS']);
  });
});

describe('SHARDS_DISAGREE', () => {
  it('a file two shards list with different executable lines, with the counts per shard', () => {
    const one = report(
      'shard-1/coverage.xml',
      file('a.py', [1, 2, 3, 5], 4),
      file('b.py', [1, 2], 1),
      file('c.py', [1], 1),
    );
    const two = report('shard-2/coverage.xml', file('a.py', [1, 2, 3, 4, 5], 1), file('b.py', [1, 2], 2));
    const three = report('shard-3/coverage.xml', file('a.py', [1, 2, 3, 6], 1));
    expect(check([one, two, three], null)).toEqual([
      {
        code: 'SHARDS_DISAGREE',
        message:
          '1 file has different executable lines in different coverage reports, so the shards did not measure the same code (or not with the same tool); merged, each such file has the union of its lines: a.py (shard-1/coverage.xml: 4, shard-2/coverage.xml: 5, shard-3/coverage.xml: 4 lines; 3 not in every report)',
        evidence: { files: 1, lines: 3, list: 'a.py' },
      },
    ]);
  });

  it('Go shards that list one block with different statement counts', () => {
    const go = (name: string, statements: number): CoverageReport => ({
      sources: [{ file: name, format: 'go-cover', roots: [] }],
      files: [
        {
          ...file('a.go', [1, 2, 3], 3),
          blocks: [{ startLine: 1, startColumn: 1, endLine: 3, endColumn: 2, statements, hits: 1 }],
        },
      ],
    });
    const [reason] = check([go('a.out', 2), go('b.out', 5)], null);
    expect(reason).toMatchObject({ code: 'SHARDS_DISAGREE', evidence: { files: 1, lines: 1, list: 'a.go' } });
    expect(reason!.message).toContain('(1 Go block with different statement counts keeps the larger count)');
    expect(codes([go('a.out', 2), go('b.out', 2)], null)).toEqual([]);
  });

  it('not when every shard lists the same lines, or a file is in one shard only', () => {
    const one = report('shard-1/coverage.xml', file('a.py', [1, 2, 3], 1), file('only-1.py', [1, 2]));
    const two = report('shard-2/coverage.xml', file('a.py', [1, 2, 3], 3), file('only-2.py', [7]));
    expect(codes([one, two], null)).toEqual([]);
    expect(codes([one], null)).toEqual([]);
  });
});

it('every flag that applies, in a fixed order (a run has passed or failed, so never both of the first two)', () => {
  const one = report('s1.xml', file('src/training/x.py', range(1, 10)), file('training/x.py', range(1, 10)));
  const two = report(
    's2.xml',
    file('src/training/x.py', range(1, 11)),
    file('src/app.py', [1], 1),
    file('training/y.py', range(1, 3)),
  );
  expect(codes([one, two], tests(5, 1))).toEqual([
    'COVERAGE_WHILE_TESTS_FAILED',
    'SAME_MODULE_TWO_ROOTS',
    'SHARDS_DISAGREE',
  ]);
  expect(codes([one, two], tests(5))).toEqual([
    'ZERO_COVERAGE_WHILE_TESTS_PASSED',
    'SAME_MODULE_TWO_ROOTS',
    'SHARDS_DISAGREE',
  ]);
});
