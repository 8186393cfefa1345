import type { CoverageReport, FileCoverage } from '../model/coverage.js';
import type { ChangedFiles } from './diff.js';
import { comparePaths } from '../formats/coverage/build.js';

/** An inclusive range of line numbers, `[start, end]`. */
export type LineRange = readonly [number, number];

export interface PatchFile {
  readonly path: string;
  /** Changed lines the report lists as executable and hit at least once. */
  readonly covered: number;
  /** Changed lines the report lists as executable. */
  readonly total: number;
  /** Unrounded; never null here, since a file is listed only when it has executable changed lines. */
  readonly percent: number;
  /**
   * The uncovered changed lines as runs of consecutive line numbers, the way diff-cover prints
   * "Missing lines 12-14,20": a comment or blank line between two uncovered lines splits the run,
   * so every line inside a range is an uncovered executable changed line.
   */
  readonly uncovered: readonly LineRange[];
}

/** Coverage of the lines a change adds, measured the way diff-cover measures it. */
export interface PatchCoverage {
  readonly covered: number;
  readonly total: number;
  /** Unrounded; null when no changed line is executable (nothing to judge). */
  readonly percent: number | null;
  /** Every line the diff adds, executable or not, reported or not (diff-cover's `num_changed_lines`). */
  readonly changedLines: number;
  /** Files with at least one executable changed line, sorted by path. */
  readonly files: readonly PatchFile[];
  /**
   * Files that gained lines but that no coverage report lists, sorted by path. They count nothing
   * (as in diff-cover); many of them usually means the report's paths do not map onto the
   * repository's.
   */
  readonly unreported: readonly string[];
}

/**
 * Patch coverage: of the changed lines the report lists as executable (`total`), those it saw run
 * (`covered`). Lines the report does not list (comments, blank lines, continuation lines of a
 * statement, excluded code) and files it does not list count nothing, as in diff-cover.
 *
 * `report` must carry repository-relative paths (see mapReportPaths), the same paths the diff
 * names. Work is O(changed files · log report files + changed lines · log file lines): a huge
 * report costs nothing beyond the files the change touches.
 *
 * Where diff-cover 7.4 gives other figures, on purpose: it truncates the total percent to an
 * integer (66 for 20 of 30; here 66.67 unrounded); it reads `\ No newline at end of file` as a
 * context line, shifting the added lines after it by one (parseUnifiedDiff does not); it does not
 * decode git's quoted names (`"b/caf\303\251.py"`), so such files never match its report; and when
 * one report lists a line twice it calls the line uncovered if either entry has no hits, where the
 * model sums the hits.
 */
export function patchCoverage(report: CoverageReport, changed: ChangedFiles): PatchCoverage {
  const files: PatchFile[] = [];
  const unreported: string[] = [];
  let covered = 0;
  let total = 0;
  let changedLines = 0;
  for (const [path, lines] of changed) {
    changedLines += lines.length;
    if (lines.length === 0) continue;
    const f = findFile(report.files, path);
    if (!f) {
      unreported.push(path);
      continue;
    }
    const p = patchFile(f, lines);
    if (p.total === 0) continue;
    files.push(p);
    covered += p.covered;
    total += p.total;
  }
  files.sort((a, b) => comparePaths(a.path, b.path));
  unreported.sort(comparePaths);
  return {
    covered,
    total,
    percent: total === 0 ? null : (covered / total) * 100,
    changedLines,
    files,
    unreported,
  };
}

function patchFile(f: FileCoverage, changed: readonly number[]): PatchFile {
  let covered = 0;
  let total = 0;
  const uncovered: [number, number][] = [];
  let lo = 0;
  for (const line of changed) {
    // Both lists ascend, so each search starts where the previous one stopped.
    lo = lowerBound(f.lines, line, lo);
    if (lo >= f.lines.length) break;
    if (f.lines[lo] !== line) continue;
    total++;
    if (f.hits[lo]! > 0) {
      covered++;
    } else {
      const last = uncovered[uncovered.length - 1];
      if (last && last[1] === line - 1) last[1] = line;
      else uncovered.push([line, line]);
    }
  }
  return { path: f.path, covered, total, percent: total === 0 ? 0 : (covered / total) * 100, uncovered };
}

/** The first index at or after `from` whose line is ≥ `line`. */
function lowerBound(lines: ArrayLike<number>, line: number, from: number): number {
  let lo = from;
  let hi = lines.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (lines[mid]! < line) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The report's files are sorted by path (the model's invariant), so a binary search finds one. */
function findFile(files: readonly FileCoverage[], path: string): FileCoverage | null {
  let lo = 0;
  let hi = files.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const c = comparePaths(files[mid]!.path, path);
    if (c === 0) return files[mid]!;
    if (c < 0) lo = mid + 1;
    else hi = mid;
  }
  return null;
}
