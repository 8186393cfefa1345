import { describe, expect, it } from 'vitest';
import type { PatchCoverage } from '../../src/analysis/patch.js';
import { judgePatch } from '../../src/gates/patch.js';

function patch(covered: number, total: number, extra: Partial<PatchCoverage> = {}): PatchCoverage {
  return {
    covered,
    total,
    percent: total === 0 ? null : (covered / total) * 100,
    changedLines: total,
    files: [],
    unreported: [],
    ...extra,
  };
}

describe('judgePatch', () => {
  it('no target: skipped, the figures still in the evidence', () => {
    expect(judgePatch(patch(3, 4), { target: null, minLines: 10 })).toEqual({
      gate: 'patch',
      status: 'skipped',
      reasons: [
        {
          code: 'NO_PATCH_TARGET',
          message: 'no patch coverage target is configured; the figures are reported, nothing is judged',
          evidence: { covered: 3, total: 4, percent: 75 },
        },
      ],
    });
  });

  it('at or above the target: pass', () => {
    expect(judgePatch(patch(8, 10), { target: 80, minLines: 10 })).toEqual({
      gate: 'patch',
      status: 'pass',
      reasons: [],
    });
    // 2/3 is 66.666…; a target written 66.66666666666667 is met despite float noise.
    expect(judgePatch(patch(2, 3), { target: 66.66666666666667, minLines: 1 }).status).toBe('pass');
  });

  it('below the target with enough lines: fail, with how many more lines to cover', () => {
    expect(judgePatch(patch(20, 30), { target: 80, minLines: 10 })).toEqual({
      gate: 'patch',
      status: 'fail',
      reasons: [
        {
          code: 'PATCH_BELOW_TARGET',
          message:
            'patch coverage 66.67 % (20 of 30 executable changed lines) is below the target 80.00 %; cover 4 more changed lines to reach it',
          evidence: {
            percent: (20 / 30) * 100,
            target: 80,
            covered: 20,
            total: 30,
            uncovered: 10,
            needed: 4,
          },
        },
      ],
    });
  });

  it('counts the lines needed exactly, in the singular for one', () => {
    const needed = (c: number, t: number, target: number) =>
      judgePatch(patch(c, t), { target, minLines: 0 }).reasons[0]!.evidence['needed'];
    expect(needed(6, 7, 100)).toBe(1);
    expect(needed(0, 3, 100)).toBe(3);
    expect(needed(1, 3, 66.67)).toBe(2); // 2/3 = 66.666… is still short of 66.67
    expect(needed(69, 100, 70)).toBe(1);
    expect(needed(0, 10, 0.1)).toBe(1);
    expect(judgePatch(patch(6, 7), { target: 100, minLines: 0 }).reasons[0]!.message).toMatch(
      /; cover 1 more changed line to reach it$/,
    );
  });

  it('fewer executable changed lines than min-lines: warn instead of fail', () => {
    expect(judgePatch(patch(3, 4), { target: 80, minLines: 5 })).toEqual({
      gate: 'patch',
      status: 'warn',
      reasons: [
        {
          code: 'PATCH_TOO_SMALL_TO_JUDGE',
          message:
            'patch coverage 75.00 % (3 of 4 executable changed lines) is below the target 80.00 %, but 4 lines are fewer than the 5 needed to fail the gate (min-lines); one line moves it by 25.00 pp',
          evidence: { percent: 75, target: 80, covered: 3, total: 4, uncovered: 1, needed: 1, min_lines: 5 },
        },
      ],
    });
    expect(judgePatch(patch(0, 1), { target: 80, minLines: 5 }).reasons[0]!.message).toMatch(
      /but 1 line is fewer than the 5 needed/,
    );
  });

  it('exactly min-lines lines is judged', () => {
    expect(judgePatch(patch(3, 5), { target: 80, minLines: 5 }).status).toBe('fail');
    expect(judgePatch(patch(3, 4), { target: 80, minLines: 4 }).status).toBe('fail');
  });

  it('a small change that meets the target passes', () => {
    expect(judgePatch(patch(1, 1), { target: 80, minLines: 10 }).status).toBe('pass');
  });

  it('no executable changed lines: skipped, saying why', () => {
    const v = judgePatch(patch(0, 0, { changedLines: 12, unreported: ['README.md', 'docs/x.md'] }), {
      target: 80,
      minLines: 10,
    });
    expect(v).toEqual({
      gate: 'patch',
      status: 'skipped',
      reasons: [
        {
          code: 'NO_EXECUTABLE_CHANGES',
          message:
            'none of the 12 changed lines is an executable line of a coverage report (2 changed files are not in any report); patch coverage is not judged',
          evidence: { changed_lines: 12, unreported_files: 2, target: 80 },
        },
      ],
    });
    expect(
      judgePatch(patch(0, 0, { changedLines: 1, unreported: ['a.md'] }), { target: 80, minLines: 10 })
        .reasons[0]!.message,
    ).toMatch(/\(1 changed file is not in any report\)/);
    expect(
      judgePatch(patch(0, 0, { changedLines: 0 }), { target: 80, minLines: 10 }).reasons[0]!.message,
    ).toBe('the change adds no lines; patch coverage is not judged');
  });
});
