import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { patchCoverage } from '../../src/analysis/patch.js';
import type { CoverageReport, FileCoverage } from '../../src/model/coverage.js';
import { fileCoverage } from '../helpers/coverage.js';

function file(path: string, lineHits: Record<number, number>): FileCoverage {
  const lines = Object.keys(lineHits)
    .map(Number)
    .sort((a, b) => a - b);
  return fileCoverage({ path, lines, hits: lines.map((l) => lineHits[l]!) });
}

function report(...files: FileCoverage[]): CoverageReport {
  return { sources: [], files: [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)) };
}

const changed = (o: Record<string, number[]>) => new Map(Object.entries(o));

describe('patchCoverage', () => {
  const r = report(
    file('src/a.py', { 1: 1, 2: 0, 3: 0, 5: 0, 6: 4, 8: 0, 9: 0, 10: 0 }),
    file('src/b.py', { 1: 1, 2: 1 }),
    file('src/c.py', { 4: 0 }),
    file('zz.py', { 1: 0 }),
  );

  it('counts changed lines the report lists as executable, and those hit', () => {
    const p = patchCoverage(
      r,
      changed({
        // 4 and 7 are not executable (comments, blank lines); 11 is past the last listed line.
        'src/a.py': [1, 2, 3, 4, 5, 6, 7, 8, 11],
        'src/b.py': [2, 3],
        'docs/readme.md': [1, 2],
        'src/renamed.py': [],
      }),
    );
    expect(p).toEqual({
      covered: 3,
      total: 7,
      percent: (3 / 7) * 100,
      changedLines: 13,
      files: [
        {
          path: 'src/a.py',
          covered: 2,
          total: 6,
          percent: (2 / 6) * 100,
          uncovered: [
            [2, 3],
            [5, 5],
            [8, 8],
          ],
        },
        { path: 'src/b.py', covered: 1, total: 1, percent: 100, uncovered: [] },
      ],
      unreported: ['docs/readme.md'],
    });
  });

  it('runs of uncovered lines are consecutive line numbers, as diff-cover prints them', () => {
    // 4 is not executable and 7 is covered: each splits a run; 8-10 stay one run.
    const p = patchCoverage(r, changed({ 'src/a.py': [2, 3, 4, 5, 6, 7, 8, 9, 10] }));
    expect(p.files[0]!.uncovered).toEqual([
      [2, 3],
      [5, 5],
      [8, 10],
    ]);
  });

  it('a file with only non-executable changed lines is not listed and counts nothing', () => {
    const p = patchCoverage(r, changed({ 'src/c.py': [1, 2, 3], 'src/b.py': [1] }));
    expect(p.files.map((f) => f.path)).toEqual(['src/b.py']);
    expect([p.covered, p.total, p.changedLines]).toEqual([1, 1, 4]);
    expect(p.unreported).toEqual([]);
  });

  it('nothing executable changed: percent is null', () => {
    const p = patchCoverage(r, changed({ 'README.md': [1], 'src/c.py': [5] }));
    expect(p).toEqual({
      covered: 0,
      total: 0,
      percent: null,
      changedLines: 2,
      files: [],
      unreported: ['README.md'],
    });
  });

  it('lists files and unreported paths sorted by path, whatever the diff order', () => {
    const p = patchCoverage(r, changed({ 'zz.py': [1], 'y.md': [1], 'src/a.py': [1], 'b.md': [1] }));
    expect(p.files.map((f) => f.path)).toEqual(['src/a.py', 'zz.py']);
    expect(p.unreported).toEqual(['b.md', 'y.md']);
  });

  it('an empty report leaves every changed file unreported', () => {
    const p = patchCoverage(report(), changed({ 'a.py': [1, 2] }));
    expect([p.total, p.percent, p.unreported]).toEqual([0, null, ['a.py']]);
  });

  it('agrees with a naive count on random reports and changes', () => {
    const lineSet = fc.uniqueArray(fc.integer({ min: 1, max: 60 }), { maxLength: 40 });
    const arb = fc.record({
      files: fc.uniqueArray(
        fc.record({ path: fc.constantFrom('a', 'b', 'c', 'd', 'e'), lines: lineSet, seed: fc.nat() }),
        { selector: (f) => f.path, maxLength: 5 },
      ),
      changes: fc.uniqueArray(fc.record({ path: fc.constantFrom('a', 'b', 'c', 'x', 'y'), lines: lineSet }), {
        selector: (c) => c.path,
        maxLength: 5,
      }),
    });
    fc.assert(
      fc.property(arb, ({ files, changes }) => {
        const rep = report(
          ...files.map((f) =>
            file(
              f.path,
              Object.fromEntries(f.lines.map((l, i) => [l, (l * 7 + f.seed + i) % 3 === 0 ? 0 : 1])),
            ),
          ),
        );
        const ch = new Map(changes.map((c) => [c.path, [...c.lines].sort((a, b) => a - b)]));
        const p = patchCoverage(rep, ch);
        let covered = 0;
        let total = 0;
        const missing = new Map<string, number[]>();
        for (const [path, ls] of ch) {
          const f = rep.files.find((x) => x.path === path);
          for (const l of ls) {
            const i = f ? f.lines.indexOf(l) : -1;
            if (i < 0) continue;
            total++;
            if (f!.hits[i]! > 0) covered++;
            else missing.set(path, [...(missing.get(path) ?? []), l]);
          }
        }
        expect([p.covered, p.total]).toEqual([covered, total]);
        for (const pf of p.files) {
          const expanded = pf.uncovered.flatMap(([s, e]) =>
            Array.from({ length: e - s + 1 }, (_, k) => s + k),
          );
          expect(expanded).toEqual(missing.get(pf.path) ?? []);
        }
      }),
    );
  });
});
