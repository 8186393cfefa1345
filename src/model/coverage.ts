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

/** The largest line number a report may give: the model keeps lines as 32-bit integers. */
export const MAX_LINE_NUMBER = 0xffff_ffff;

/**
 * Hit counts: 32-bit while every count of the file fits, else 64-bit floats (exact to 2⁵³). Typed
 * arrays, because a large report holds millions of lines: 4 bytes a value rather than a JavaScript
 * array's 8, built by copying the reader's columns at once (see formats/coverage/build.ts).
 */
export type HitCounts = Uint32Array | Float64Array;

/**
 * One file's coverage. Built once by a reader or a merge and never changed after: the typed arrays
 * are not copied when the file is passed on, so nothing may write to them.
 */
export interface FileCoverage {
  /** Repository-relative POSIX path once mapped; the report's own path before that. */
  readonly path: string;
  /** Executable lines, ascending and unique, each from 1 to MAX_LINE_NUMBER. */
  readonly lines: Uint32Array;
  /** Hits for `lines[i]`. */
  readonly hits: HitCounts;
  /** Branch points, ascending by line, at most one per line. */
  readonly branches: readonly BranchPoint[];
  /**
   * `covered-first` when the branch outcomes do not say which outcome is which, only how many were
   * taken, listed taken first (Cobertura's `condition-coverage`, JaCoCo's `mb`/`cb`). Set by a merge
   * (see analysis/merge.ts); a reader's report says it by its format (COVERED_FIRST_FORMATS).
   * Absent: each index is one outcome (LCOV block and branch, a coverage.py arc, an Istanbul `b`
   * entry, Clover's true and false).
   */
  readonly outcomeOrder?: 'covered-first';
  /**
   * Go cover blocks, for the formats that count statements in blocks rather than lines (only Go
   * cover profiles). `go tool cover` counts statements: covered statements / statements, where a
   * block's statements are covered when the block ran. Lines cannot carry that figure (a block
   * spans several lines, a line holds parts of several blocks), so the blocks travel with the file,
   * sorted by start then end, one per source range. Shards merge by adding hits per range.
   */
  readonly blocks?: readonly StatementBlock[];
}

/** A run of statements that execute together: a Go cover block. Lines and columns count from 1. */
export interface StatementBlock {
  readonly startLine: number;
  readonly startColumn: number;
  readonly endLine: number;
  readonly endColumn: number;
  /** How many statements the block holds. */
  readonly statements: number;
  /** Times the block ran (0 or 1 in Go's `set` mode). */
  readonly hits: number;
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

/** Formats whose branch outcomes are counts listed taken first, not outcomes one can tell apart. */
export const COVERED_FIRST_FORMATS: ReadonlySet<CoverageFormat> = new Set(['cobertura', 'jacoco']);

/** What one input file was, and how its paths were rooted. */
export interface CoverageSource {
  readonly file: string;
  readonly format: CoverageFormat;
  /** Cobertura `<source>` roots, in document order; empty for formats without them. */
  readonly roots: readonly string[];
  /**
   * The totals the file itself declares (Cobertura header, LCOV LF/LH, JaCoCo's report counters,
   * Clover's project metrics, coverage.py's totals), for cross-checks.
   */
  readonly declared?: { readonly lines?: Counter; readonly branches?: Counter };
  /** The tool and version that wrote the file, when the file says (`coverage.py 6.5.0`). */
  readonly producer?: string;
  /**
   * The producer's own headline percent when it is not a line or branch figure: coverage.py with
   * branch coverage prints (covered statements + covered branches) / (statements + branches).
   * Unrounded, as the file carries it.
   */
  readonly percentCombined?: number;
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
