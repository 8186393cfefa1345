import type { Counter, CoverageMetric, CoverageReport, FileCoverage, Ratio } from '../model/coverage.js';

export function ratio(covered: number, total: number): Ratio {
  return { covered, total, percent: total === 0 ? null : (covered / total) * 100 };
}

/**
 * A file's figures, counted once: the model never changes after it is built, and a file mapped to
 * another path or passed through a merge alone keeps its arrays. A large report is counted by the
 * cross-check of its declared totals and again for the output; the second time is a lookup.
 */
const lineFigures = new WeakMap<FileCoverage['hits'], Ratio>();
const branchFigures = new WeakMap<FileCoverage['branches'], Ratio>();

export function fileLines(f: FileCoverage): Ratio {
  const known = lineFigures.get(f.hits);
  if (known) return known;
  const hits = f.hits;
  let covered = 0;
  for (let i = 0; i < hits.length; i++) if (hits[i]! > 0) covered++;
  const figure = ratio(covered, f.lines.length);
  lineFigures.set(hits, figure);
  return figure;
}

export function fileBranches(f: FileCoverage): Ratio {
  const known = branchFigures.get(f.branches);
  if (known) return known;
  let covered = 0;
  let total = 0;
  for (const b of f.branches) {
    const outcomes = b.outcomes;
    total += outcomes.length;
    for (let k = 0; k < outcomes.length; k++) if (outcomes[k]! > 0) covered++;
  }
  const figure = ratio(covered, total);
  branchFigures.set(f.branches, figure);
  return figure;
}

/** Statements of Go cover blocks (what `go tool cover -func` counts); null for files without blocks. */
export function fileStatements(f: FileCoverage): Ratio | null {
  if (!f.blocks) return null;
  let covered = 0;
  let total = 0;
  for (const b of f.blocks) {
    total += b.statements;
    if (b.hits > 0) covered += b.statements;
  }
  return ratio(covered, total);
}

export interface FileTotals {
  readonly path: string;
  readonly lines: Ratio;
  readonly branches: Ratio;
  /** Go's statement figure, for files that came with cover blocks. */
  readonly statements?: Ratio;
}

export interface CoverageTotals {
  readonly lines: Ratio;
  readonly branches: Ratio;
  /** Go's statement figure over the files that carry blocks; absent when none does. */
  readonly statements?: Ratio;
  readonly files: readonly FileTotals[];
}

export function totals(report: CoverageReport): CoverageTotals {
  const files: FileTotals[] = report.files.map((f) => {
    const statements = fileStatements(f);
    return {
      path: f.path,
      lines: fileLines(f),
      branches: fileBranches(f),
      ...(statements ? { statements } : {}),
    };
  });
  const withStatements = files.flatMap((f) => (f.statements ? [f.statements] : []));
  return {
    lines: sum(files.map((f) => f.lines)),
    branches: sum(files.map((f) => f.branches)),
    ...(withStatements.length > 0 ? { statements: sum(withStatements) } : {}),
    files,
  };
}

export function sum(counters: readonly Counter[]): Ratio {
  let covered = 0;
  let total = 0;
  for (const c of counters) {
    covered += c.covered;
    total += c.total;
  }
  return ratio(covered, total);
}

export function metricOf(t: { lines: Ratio; branches: Ratio }, metric: CoverageMetric): Ratio {
  return metric === 'line' ? t.lines : t.branches;
}
