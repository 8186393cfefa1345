/**
 * The one coverage model. Every format becomes a CoverageReport; nothing after parsing knows which
 * format a number came from.
 */

/** One branch point: the hit count of each outcome on one source line. */
export interface BranchPoint {
  readonly line: number;
  /**
   * Hits per outcome. The index is the outcome's identity within the line (LCOV block/branch order,
   * Cobertura's covered-first expansion of `condition-coverage`). Merging adds per index.
   */
  readonly outcomes: readonly number[];
}

export interface FileCoverage {
  /** Repository-relative POSIX path once mapped; the report's own path before that. */
  readonly path: string;
  /** Executable lines, ascending and unique. */
  readonly lines: readonly number[];
  /** Hits for `lines[i]`. */
  readonly hits: readonly number[];
  /** Branch points, ascending by line, at most one per line. */
  readonly branches: readonly BranchPoint[];
}

export type CoverageFormat =
  'cobertura' | 'lcov' | 'jacoco' | 'clover' | 'coveragepy-json' | 'istanbul-json' | 'go-cover';

export const COVERAGE_FORMATS: readonly CoverageFormat[] = [
  'cobertura',
  'lcov',
  'jacoco',
  'clover',
  'coveragepy-json',
  'istanbul-json',
  'go-cover',
];

/** What one input file was, and how its paths were rooted. */
export interface CoverageSource {
  readonly file: string;
  readonly format: CoverageFormat;
  /** Cobertura `<source>` roots, in document order; empty for formats without them. */
  readonly roots: readonly string[];
  /** The totals the file itself declares (Cobertura header, LCOV LF/LH), for cross-checks. */
  readonly declared?: { readonly lines?: Counter; readonly branches?: Counter };
}

export interface CoverageReport {
  readonly sources: readonly CoverageSource[];
  /** Sorted by path, unique paths. */
  readonly files: readonly FileCoverage[];
}

export interface Counter {
  readonly covered: number;
  readonly total: number;
}

/** A count with its percentage; `percent` is null when there is nothing to count. Unrounded. */
export interface Ratio extends Counter {
  readonly percent: number | null;
}

export type CoverageMetric = 'line' | 'branch';
