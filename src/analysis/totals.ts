import type { Counter, CoverageMetric, CoverageReport, FileCoverage, Ratio } from '../model/coverage.js';

export function ratio(covered: number, total: number): Ratio {
  return { covered, total, percent: total === 0 ? null : (covered / total) * 100 };
}

export function fileLines(f: FileCoverage): Ratio {
  let covered = 0;
  for (const h of f.hits) if (h > 0) covered++;
  return ratio(covered, f.lines.length);
}

export function fileBranches(f: FileCoverage): Ratio {
  let covered = 0;
  let total = 0;
  for (const b of f.branches) {
    total += b.outcomes.length;
    for (const h of b.outcomes) if (h > 0) covered++;
  }
  return ratio(covered, total);
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
