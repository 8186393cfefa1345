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

export interface FileTotals {
  readonly path: string;
  readonly lines: Ratio;
  readonly branches: Ratio;
}

export interface CoverageTotals {
  readonly lines: Ratio;
  readonly branches: Ratio;
  readonly files: readonly FileTotals[];
}

export function totals(report: CoverageReport): CoverageTotals {
  const files = report.files.map((f) => ({ path: f.path, lines: fileLines(f), branches: fileBranches(f) }));
  return { lines: sum(files.map((f) => f.lines)), branches: sum(files.map((f) => f.branches)), files };
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
