import { describe, expect, it } from 'vitest';
import { ratio, type FileTotals } from '../../src/analysis/totals.js';
import type { Tier } from '../../src/config/types.js';
import { judgeTiers, tierMatcher } from '../../src/gates/tiers.js';

const file = (
  path: string,
  covered: number,
  total: number,
  branches: [number, number] = [0, 0],
): FileTotals => ({
  path,
  lines: ratio(covered, total),
  branches: ratio(branches[0], branches[1]),
});
const tier = (name: string, paths: string[], target: number, each = false): Tier => ({
  name,
  paths,
  target,
  each,
});

const FILES: FileTotals[] = [
  file('src/core/a.ts', 8, 10, [1, 2]),
  file('src/core/b.ts', 2, 10, [0, 4]),
  file('src/core/c.ts', 10, 10),
  file('src/core/empty.ts', 0, 0),
  file('src/core/generated/g.ts', 0, 50),
  file('src/web/x.ts', 5, 20, [3, 4]),
  file('src/.cache/h.ts', 1, 4),
  file('scripts/build.ts', 0, 7),
];

describe('tierMatcher', () => {
  it('matches a glob and no exclusion; * stays in a folder, ** crosses them, dot folders count', () => {
    const core = tierMatcher({ paths: ['src/core/**', '!src/core/generated/**'] });
    expect(FILES.map((f) => f.path).filter(core)).toEqual([
      'src/core/a.ts',
      'src/core/b.ts',
      'src/core/c.ts',
      'src/core/empty.ts',
    ]);
    expect(FILES.map((f) => f.path).filter(tierMatcher({ paths: ['src/*'] }))).toEqual([]);
    expect(FILES.map((f) => f.path).filter(tierMatcher({ paths: ['src/*/*.ts', './scripts/*.ts'] }))).toEqual(
      // Not src/core/generated/g.ts: * does not cross a folder.
      [
        'src/core/a.ts',
        'src/core/b.ts',
        'src/core/c.ts',
        'src/core/empty.ts',
        'src/web/x.ts',
        'src/.cache/h.ts',
        'scripts/build.ts',
      ],
    );
    expect(FILES.filter((f) => tierMatcher({ paths: ['**'] })(f.path))).toHaveLength(8);
    expect(tierMatcher({ paths: ['!src/**'] })('scripts/build.ts')).toBe(false);
  });
});

describe('judgeTiers', () => {
  it('no tiers: skipped, and says so', () => {
    expect(judgeTiers(FILES, [], 'line')).toEqual({
      figures: [],
      verdict: {
        gate: 'tiers',
        status: 'skipped',
        reasons: [{ code: 'NO_TIERS', message: 'no coverage tiers are configured', evidence: {} }],
      },
    });
  });

  it('weights a tier by lines (sum of covered over sum of total), and passes at the target exactly', () => {
    // 20 of 30 lines: 66.67 %, though the mean of the file percents (80, 20, 100) is also 66.67;
    // scripts and the .cache file change the mean but not this sum.
    const { verdict, figures } = judgeTiers(
      FILES,
      [tier('core', ['src/core/**', '!src/core/generated/**'], 66)],
      'line',
    );
    expect(verdict).toEqual({ gate: 'tiers', status: 'pass', reasons: [] });
    expect(figures).toEqual([
      {
        name: 'core',
        target: 66,
        each: false,
        files: 4,
        covered: 20,
        total: 30,
        percent: (20 / 30) * 100,
        filesBelow: 1,
        worst: [{ path: 'src/core/b.ts', covered: 2, total: 10, percent: 20 }],
        status: 'pass',
      },
    ]);
    const weighted = judgeTiers([file('a', 1, 1), file('b', 0, 9)], [tier('t', ['*'], 10)], 'line');
    // Two files at 100 % and 0 %: a mean would say 50 %; by lines it is 1 of 10.
    expect(weighted.figures[0]?.percent).toBe(10);
    expect(weighted.verdict.status).toBe('pass');
    expect(judgeTiers([file('a', 3, 4)], [tier('t', ['a'], 75)], 'line').verdict.status).toBe('pass');
    expect(judgeTiers([file('a', 3, 4)], [tier('t', ['a'], 75.01)], 'line').verdict.status).toBe('fail');
  });

  it('TIER_BELOW_TARGET with the lines still needed', () => {
    const { verdict, figures } = judgeTiers(FILES, [tier('web', ['src/web/**'], 50)], 'line');
    expect(verdict).toEqual({
      gate: 'tiers',
      status: 'fail',
      reasons: [
        {
          code: 'TIER_BELOW_TARGET',
          message:
            'tier web: line coverage 25.00 % (5 of 20 lines in 1 file) is below its target 50.00 %; 5 more covered lines would reach it',
          evidence: { tier: 'web', target: 50, percent: 25, covered: 5, total: 20, files: 1, needed: 5 },
        },
      ],
    });
    expect(figures[0]?.status).toBe('fail');
  });

  it('each: every file must reach the target; the five worst are named, lowest percent first', () => {
    const many = [
      file('lib/a.ts', 1, 10), // 10 %
      file('lib/b.ts', 0, 3), // 0 %, 3 missing
      file('lib/c.ts', 0, 8), // 0 %, 8 missing: before b
      file('lib/d.ts', 9, 10), // 90 %: meets 80
      file('lib/e.ts', 4, 5), // 80 %: meets 80 exactly
      file('lib/f.ts', 7, 10), // 70 %
      file('lib/g.ts', 1, 2), // 50 %
      file('lib/h.ts', 1, 2), // 50 %, same as g: by path
      file('lib/i.ts', 0, 0), // nothing to count: not judged
    ];
    const { verdict, figures } = judgeTiers(many, [tier('lib', ['lib/**'], 80, true)], 'line');
    expect(verdict).toEqual({
      gate: 'tiers',
      status: 'fail',
      reasons: [
        {
          code: 'TIER_FILE_BELOW_TARGET',
          message:
            'tier lib: 6 of 8 files are below the target 80.00 % each file must reach: lib/c.ts 0.00 % (0/8), lib/b.ts 0.00 % (0/3), lib/a.ts 10.00 % (1/10), lib/g.ts 50.00 % (1/2), lib/h.ts 50.00 % (1/2), and 1 more',
          evidence: {
            tier: 'lib',
            target: 80,
            files: 8,
            below: 6,
            worst: 'lib/c.ts, lib/b.ts, lib/a.ts, lib/g.ts, lib/h.ts',
            worstPercent: 0,
          },
        },
      ],
    });
    expect(figures[0]).toMatchObject({ files: 9, covered: 23, total: 50, percent: 46, filesBelow: 6 });
    expect(figures[0]?.worst.map((f) => f.path)).toEqual([
      'lib/c.ts',
      'lib/b.ts',
      'lib/a.ts',
      'lib/g.ts',
      'lib/h.ts',
    ]);
    // With each, the tier as a whole at 46 % is not a second reason: the files say it.
    const fine = judgeTiers(many.slice(3, 5), [tier('lib', ['lib/**'], 80, true)], 'line');
    expect(fine.verdict).toEqual({ gate: 'tiers', status: 'pass', reasons: [] });
  });

  it('TIER_MATCHES_NOTHING warns; a tier with nothing to count is skipped; the gate takes the worst', () => {
    const tiers = [
      tier('core', ['src/cor/**', 'lib/**'], 90),
      tier('empty', ['src/core/empty.ts'], 90),
      tier('all', ['**'], 0),
    ];
    const { verdict, figures } = judgeTiers(FILES, tiers, 'line');
    expect(verdict).toEqual({
      gate: 'tiers',
      status: 'warn',
      reasons: [
        {
          code: 'TIER_MATCHES_NOTHING',
          message:
            'tier core: src/cor/**, lib/** match no file in the coverage reports; check the globs (they are relative to the repository root)',
          evidence: { tier: 'core', paths: 'src/cor/**, lib/**', files: 8 },
        },
      ],
    });
    expect(figures.map((f) => [f.name, f.status, f.files, f.covered, f.total])).toEqual([
      ['core', 'warn', 0, 0, 0],
      ['empty', 'skipped', 1, 0, 0],
      ['all', 'pass', 8, 26, 111],
    ]);
    expect(figures[1]?.percent).toBeNull();
    // A fail outranks the warning, and every tier keeps its reason, in the order written.
    const failing = judgeTiers(FILES, [...tiers, tier('web', ['src/web/*'], 30)], 'line');
    expect(failing.verdict.status).toBe('fail');
    expect(failing.verdict.reasons.map((r) => r.code)).toEqual(['TIER_MATCHES_NOTHING', 'TIER_BELOW_TARGET']);
    // Only tiers with nothing to count: skipped.
    expect(judgeTiers(FILES, [tiers[1]!], 'line').verdict).toEqual({
      gate: 'tiers',
      status: 'skipped',
      reasons: [],
    });
  });

  it('judges branches for metric: branch, skipping files without any', () => {
    const { verdict, figures } = judgeTiers(FILES, [tier('src', ['src/**'], 50, true)], 'branch');
    expect(figures[0]).toMatchObject({ files: 7, covered: 4, total: 10, percent: 40, filesBelow: 1 });
    expect(verdict.reasons).toEqual([
      {
        code: 'TIER_FILE_BELOW_TARGET',
        message:
          'tier src: 1 of 3 files are below the target 50.00 % each file must reach: src/core/b.ts 0.00 % (0/4)',
        evidence: { tier: 'src', target: 50, files: 3, below: 1, worst: 'src/core/b.ts', worstPercent: 0 },
      },
    ]);
    const whole = judgeTiers(FILES, [tier('src', ['src/**'], 50)], 'branch');
    expect(whole.verdict.reasons[0]?.message).toBe(
      'tier src: branch coverage 40.00 % (4 of 10 branches in 7 files) is below its target 50.00 %; 1 more covered branch would reach it',
    );
  });
});
