import { describe, expect, it } from 'vitest';
import { parseUnifiedDiff } from '../../src/analysis/diff.js';
import { patchCoverage, type LineRange } from '../../src/analysis/patch.js';
import { mapReportPaths } from '../../src/analysis/paths.js';
import { parseCoverage } from '../../src/formats/coverage/detect.js';
import { read, readJson, repoFiles } from './helpers.js';

/**
 * Patch coverage against diff-cover 7.4, on the change in __tests__/fixtures/patch (see its
 * README): every expected figure is read from diff-cover's own reports, never typed in here.
 */

const FIX = '__tests__/fixtures/patch';
const PROJECT = `${FIX}/project`;

interface DiffCoverJson {
  src_stats: Record<string, { percent_covered: number; violation_lines: number[] }>;
  total_num_lines: number;
  total_num_violations: number;
  total_percent_covered: number;
  num_changed_lines: number;
}

const expected = readJson<{ produced_in: string }>(`${FIX}/expected.json`);
const diffCover = readJson<DiffCoverJson>(`${FIX}/diff-cover.json`);
const diffCoverLines = readJson<Record<string, number[]>>(`${FIX}/diff-cover-lines.json`);

const changed = parseUnifiedDiff(read(`${FIX}/changes.diff`), 'changes.diff');
const repo = new Set([...repoFiles([PROJECT])].map((f) => f.slice(PROJECT.length + 1)));
const mapped = mapReportPaths(parseCoverage(read(`${FIX}/coverage.xml`), 'coverage.xml'), {
  workspace: expected.produced_in,
  repoFiles: repo,
});
const patch = patchCoverage(mapped.report, changed);

const expand = (ranges: readonly LineRange[]) =>
  ranges.flatMap(([s, e]) => Array.from({ length: e - s + 1 }, (_, k) => s + k));

describe('the diff, read as diff-cover reads it', () => {
  it('changed lines per file equal diff-cover’s, which also keeps the deleted and the binary file (with no lines)', () => {
    const ours = Object.fromEntries([...changed].map(([k, v]) => [k, [...v]]));
    const { 'shop/legacy.py': deleted, 'shop/logo.png': binary, ...rest } = diffCoverLines;
    expect([deleted, binary]).toEqual([[], []]);
    expect(ours).toEqual(rest);
  });

  it('the same change with context lines, and as format-patch mail, reads the same', () => {
    const asObject = (text: string, file: string) =>
      Object.fromEntries([...parseUnifiedDiff(text, file)].map(([k, v]) => [k, [...v]]));
    const base = asObject(read(`${FIX}/changes.diff`), 'changes.diff');
    expect(asObject(read(`${FIX}/changes-context.diff`), 'changes-context.diff')).toEqual(base);
    expect(asObject(read(`${FIX}/changes.patch`), 'changes.patch')).toEqual(base);
  });

  it('every report path maps onto a repository file through the workspace it was produced in', () => {
    expect(mapped.summary.unmapped).toEqual([]);
    expect(new Set(mapped.mappings.map((m) => m.by))).toEqual(new Set(['workspace']));
  });
});

describe('patch coverage equals diff-cover’s', () => {
  it('totals: executable changed lines, missing lines, changed lines', () => {
    expect(patch.total).toBe(diffCover.total_num_lines);
    expect(patch.total - patch.covered).toBe(diffCover.total_num_violations);
    expect(patch.changedLines).toBe(diffCover.num_changed_lines);
    expect([patch.covered, patch.total]).toEqual([20, 30]);
  });

  it('percent: unrounded here; diff-cover truncates it to an integer', () => {
    expect(patch.percent).toBe((patch.covered / patch.total) * 100);
    expect(Math.floor(patch.percent!)).toBe(diffCover.total_percent_covered);
  });

  it('the files listed are diff-cover’s, with its percent and its missing lines', () => {
    expect(patch.files.map((f) => f.path)).toEqual(Object.keys(diffCover.src_stats).sort());
    for (const f of patch.files) {
      const theirs = diffCover.src_stats[f.path]!;
      expect(expand(f.uncovered), f.path).toEqual(theirs.violation_lines);
      expect(f.percent, f.path).toBeCloseTo(theirs.percent_covered, 10);
    }
  });

  it('the uncovered ranges are diff-cover’s "Missing lines" in its markdown report', () => {
    const missing = new Map<string, string>();
    for (const m of read(`${FIX}/diff-cover.md`).matchAll(
      /^- (.+?) \(([\d.]+)%\)(?:: Missing lines (.+))?$/gm,
    ))
      missing.set(m[1]!.replace(/&#46;/g, '.'), m[3] ?? '');
    expect([...missing.keys()].sort()).toEqual(patch.files.map((f) => f.path));
    for (const f of patch.files)
      expect(f.uncovered.map(([s, e]) => (s === e ? `${s}` : `${s}-${e}`)).join(','), f.path).toBe(
        missing.get(f.path),
      );
    expect(patch.files.find((f) => f.path === 'shop/pricing.py')!.uncovered).toEqual([
      [12, 13],
      [15, 16],
    ]);
  });

  it('the changed files diff-cover leaves out for want of coverage data are the unreported ones', () => {
    expect(patch.unreported).toEqual(['README.md', 'scripts/report.py', 'tests/test_shop.py']);
    for (const p of patch.unreported) expect(diffCover.src_stats[p]).toBeUndefined();
  });

  it('diff-cover printed the same totals', () => {
    const out = read(`${FIX}/diff-cover-output.txt`);
    expect(out).toContain(`Total:   ${patch.total} lines`);
    expect(out).toContain(`Missing: ${patch.total - patch.covered} lines`);
    expect(out).toContain(`Coverage: ${Math.floor(patch.percent!)}%`);
  });
});
