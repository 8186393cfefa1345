import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mergeReports } from '../../src/analysis/merge.js';
import { totals } from '../../src/analysis/totals.js';
import type { CoverageReport, FileCoverage } from '../../src/model/coverage.js';
import { fileCoverage } from '../helpers/coverage.js';

/** A valid FileCoverage: lines ascending and unique, one hit count each, branch points by line. */
const fileArb = (path: string): fc.Arbitrary<FileCoverage> =>
  fc
    .record({
      lines: fc.uniqueArray(fc.integer({ min: 1, max: 30 }), { maxLength: 10 }),
      hits: fc.array(fc.nat({ max: 4 }), { minLength: 10, maxLength: 10 }),
      branches: fc.uniqueArray(
        fc.record({
          line: fc.integer({ min: 0, max: 30 }),
          outcomes: fc.array(fc.nat({ max: 3 }), { minLength: 1, maxLength: 4 }),
        }),
        { selector: (b) => b.line, maxLength: 4 },
      ),
    })
    .map(({ lines, hits, branches }) => {
      const sorted = [...lines].sort((a, b) => a - b);
      return fileCoverage({
        path,
        lines: sorted,
        hits: sorted.map((_, i) => hits[i]!),
        branches: [...branches].sort((a, b) => a.line - b.line),
      });
    });

const PATHS = ['a.ts', 'b/c.ts', 'B.ts', 'd/e/f.py'];
const reportArb: fc.Arbitrary<CoverageReport> = fc
  .tuple(fc.subarray(PATHS), fc.string({ maxLength: 4 }))
  .chain(([paths, name]) =>
    fc.tuple(...paths.map(fileArb)).map((files) => ({
      sources: [{ file: `${name}.info`, format: 'lcov' as const, roots: [] }],
      files: [...files].sort((x, y) => (x.path < y.path ? -1 : x.path > y.path ? 1 : 0)),
    })),
  );

/** Everything but the sources (whose order records the order of the inputs). */
const content = (r: CoverageReport) => ({ files: r.files, totals: totals(r) });

describe('mergeReports (properties)', () => {
  it('is commutative: files, lines, hits, branch outcomes and totals', () => {
    fc.assert(
      fc.property(reportArb, reportArb, (a, b) => {
        expect(content(mergeReports([a, b]))).toEqual(content(mergeReports([b, a])));
      }),
    );
  });

  it('is associative, and equal to merging all at once', () => {
    fc.assert(
      fc.property(reportArb, reportArb, reportArb, (a, b, c) => {
        const left = mergeReports([mergeReports([a, b]), c]);
        const right = mergeReports([a, mergeReports([b, c])]);
        expect(content(left)).toEqual(content(right));
        expect(content(left)).toEqual(content(mergeReports([a, b, c])));
        expect(left.sources).toEqual(mergeReports([a, b, c]).sources);
      }),
    );
  });

  it('reports whose formats count outcomes taken first (Cobertura) merge with ones that name them (LCOV): commutative, never more taken outcomes than the better side plus nothing', () => {
    // A Cobertura reader lists a line's taken outcomes first; its outcomes are sorted so here too.
    const kinded = fc.tuple(reportArb, fc.boolean()).map(([r, coveredFirst]) =>
      coveredFirst
        ? {
            sources: r.sources.map((s) => ({ ...s, format: 'cobertura' as const })),
            files: r.files.map((f) => ({
              ...f,
              branches: f.branches.map((p) => ({
                line: p.line,
                outcomes: [...p.outcomes].sort((x, y) => y - x),
              })),
            })),
          }
        : r,
    );
    const taken = (o: readonly number[]) => o.filter((h) => h > 0).length;
    const point = (r: CoverageReport, path: string, line: number) =>
      r.files.find((f) => f.path === path)?.branches.find((p) => p.line === line)?.outcomes ?? [];
    fc.assert(
      fc.property(kinded, kinded, kinded, (a, b, c) => {
        expect(content(mergeReports([a, b]))).toEqual(content(mergeReports([b, a])));
        const m = mergeReports([a, b]);
        for (const f of m.files)
          for (const p of f.branches) {
            const [oa, ob] = [point(a, f.path, p.line), point(b, f.path, p.line)];
            expect(taken(p.outcomes)).toBeGreaterThanOrEqual(Math.max(taken(oa), taken(ob)));
            expect(taken(p.outcomes)).toBeLessThanOrEqual(taken(oa) + taken(ob));
          }
        // Of one kind, associative as always.
        const kinds = [a, b, c].map((r) => r.sources[0]!.format);
        if (new Set(kinds).size === 1)
          expect(content(mergeReports([mergeReports([a, b]), c]))).toEqual(
            content(mergeReports([a, mergeReports([b, c])])),
          );
      }),
    );
  });

  it('has the empty report as identity, and keeps the model sorted and unique', () => {
    const empty: CoverageReport = { sources: [], files: [] };
    fc.assert(
      fc.property(reportArb, reportArb, (a, b) => {
        expect(mergeReports([a, empty])).toEqual(a);
        const m = mergeReports([a, b]);
        const paths = m.files.map((f) => f.path);
        expect(paths).toEqual([...new Set(paths)].sort());
        for (const f of m.files) {
          expect(f.lines).toEqual([...new Set(f.lines)].sort((x, y) => x - y));
          expect(f.hits.length).toBe(f.lines.length);
          expect(f.branches.map((p) => p.line)).toEqual(
            [...new Set(f.branches.map((p) => p.line))].sort((x, y) => x - y),
          );
        }
      }),
    );
  });

  it("adds hits line by line: the merged hits are the sums of each input's hits", () => {
    fc.assert(
      fc.property(reportArb, reportArb, (a, b) => {
        const m = mergeReports([a, b]);
        const hitsOf = (r: CoverageReport, path: string, line: number) => {
          const f = r.files.find((x) => x.path === path);
          const i = f ? f.lines.indexOf(line) : -1;
          return i === -1 ? 0 : f!.hits[i]!;
        };
        for (const f of m.files)
          f.lines.forEach((line, i) =>
            expect(f.hits[i]).toBe(hitsOf(a, f.path, line) + hitsOf(b, f.path, line)),
          );
      }),
    );
  });

  it('merging a report with itself doubles hits and changes no count', () => {
    fc.assert(
      fc.property(reportArb, (a) => {
        const m = mergeReports([a, a]);
        expect(totals(m)).toEqual(totals(a));
        expect(m.files.map((f) => f.hits)).toEqual(a.files.map((f) => f.hits.map((h) => h * 2)));
      }),
    );
  });
});
