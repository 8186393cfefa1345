import { describe, expect, it } from 'vitest';
import type { PatchFile } from '../../src/analysis/patch.js';
import { newlyFailing, planAnnotations, rangesText, repoRelative } from '../../src/github/annotations.js';

/** Annotations are grouped to fit a step's caps, and say what did not fit. */

const file = (path: string, uncovered: [number, number][]): PatchFile => ({
  path,
  covered: 1,
  total: 10,
  percent: 10,
  uncovered,
});

describe('uncovered changed lines', () => {
  it('one warning per range when they fit', () => {
    const out = planAnnotations(
      {
        patchFiles: [
          file('src/a.py', [
            [3, 3],
            [7, 9],
          ]),
        ],
        newFailures: [],
      },
      { warning: 10, error: 10 },
    );
    expect(out).toEqual([
      {
        level: 'warning',
        title: 'Changed lines not covered by tests',
        message: 'Line 3 is changed and not covered by tests.',
        file: 'src/a.py',
        startLine: 3,
        endLine: 3,
      },
      {
        level: 'warning',
        title: 'Changed lines not covered by tests',
        message: 'Lines 7–9 are changed and not covered by tests.',
        file: 'src/a.py',
        startLine: 7,
        endLine: 9,
      },
    ]);
  });

  it('one per file when the ranges do not fit, then the files that fit and one line for the rest', () => {
    const files = Array.from({ length: 6 }, (_, i) =>
      file(`src/f${i}.py`, [
        [1, 2],
        [5, 5],
      ]),
    );
    const perFile = planAnnotations({ patchFiles: files, newFailures: [] }, { warning: 8, error: 0 });
    expect(perFile).toHaveLength(6);
    expect(perFile[0]).toMatchObject({
      file: 'src/f0.py',
      startLine: 1,
      endLine: 2,
      message: '3 changed lines not covered by tests: 1–2, 5.',
    });
    const capped = planAnnotations({ patchFiles: files, newFailures: [] }, { warning: 3, error: 0 });
    expect(capped).toHaveLength(3);
    expect(capped[2]).toEqual({
      level: 'warning',
      title: 'Changed lines not covered by tests',
      message:
        '4 more files have 12 changed lines not covered by tests (src/f2.py, src/f3.py, src/f4.py, src/f5.py); the job summary lists them.',
    });
  });

  it('nothing when the step has no room left, and never a path outside the repository', () => {
    expect(
      planAnnotations({ patchFiles: [file('a.py', [[1, 1]])], newFailures: [] }, { warning: 0, error: 0 }),
    ).toEqual([]);
    expect(
      planAnnotations(
        { patchFiles: [file('/abs/a.py', [[1, 1]]), file('../x.py', [[1, 1]])], newFailures: [] },
        { warning: 5, error: 5 },
      ),
    ).toEqual([]);
    expect(repoRelative('src/a.py')).toBe(true);
    expect(repoRelative('C:/a.py')).toBe(false);
    expect(
      rangesText([
        [1, 1],
        [3, 5],
      ]),
    ).toBe('1, 3–5');
  });
});

describe('new test failures', () => {
  it('errors with the first line of the message, and the file when known', () => {
    const out = planAnnotations(
      {
        patchFiles: [],
        newFailures: [
          { id: 't.py::T::a', name: 'a', file: 't.py', message: '\nAssertionError: 1 != 2\nmore' },
          { id: 'b', name: 'b' },
        ],
      },
      { warning: 10, error: 9 },
    );
    expect(out).toEqual([
      {
        level: 'error',
        title: 'New test failure',
        message: 'a fails; it did not in the previous run. AssertionError: 1 != 2',
        file: 't.py',
      },
      { level: 'error', title: 'New test failure', message: 'b fails; it did not in the previous run.' },
    ]);
  });

  it('capped, the last one counting the rest', () => {
    const failures = Array.from({ length: 12 }, (_, i) => ({ id: `t${i}`, name: `t${i}` }));
    const out = planAnnotations({ patchFiles: [], newFailures: failures }, { warning: 0, error: 9 });
    expect(out).toHaveLength(9);
    expect(out[8]!.message).toBe('4 more tests fail that did not in the previous run: t8, t9, t10, t11.');
  });

  it('are those failing in the last run and not in the one before (absent runs skipped)', () => {
    const history = {
      runs: [1, 2, 3],
      tests: [
        { id: 'new', outcomes: 'PPF' },
        { id: 'still', outcomes: 'PFF' },
        { id: 'gap', outcomes: 'F-E' },
        { id: 'back', outcomes: 'P-F' },
        { id: 'fresh', outcomes: '--E' },
        { id: 'passing', outcomes: 'FFP' },
      ],
    };
    expect([...newlyFailing(history)].sort()).toEqual(['back', 'fresh', 'new']);
  });
});
