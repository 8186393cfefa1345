import type { BranchPoint, FileCoverage } from '../../model/coverage.js';

/**
 * Accumulates one file's lines and branch outcomes while a reader walks a report, then freezes
 * them into the model's sorted, unique form. Repeated lines add their hits (a report may list a
 * file twice: Cobertura inner classes, LCOV records from several test names).
 */
export class FileBuilder {
  private readonly lineHits = new Map<number, number>();
  private readonly branchHits = new Map<number, number[]>();

  constructor(readonly path: string) {}

  addLine(line: number, hits: number): void {
    this.lineHits.set(line, (this.lineHits.get(line) ?? 0) + hits);
  }

  /** Adds hits to outcome `index` of the branch point on `line`. */
  addOutcome(line: number, index: number, hits: number): void {
    let outcomes = this.branchHits.get(line);
    if (!outcomes) this.branchHits.set(line, (outcomes = []));
    while (outcomes.length <= index) outcomes.push(0);
    outcomes[index] = (outcomes[index] ?? 0) + hits;
  }

  /** Number of outcomes already recorded on `line` (the next outcome's index). */
  outcomeCount(line: number): number {
    return this.branchHits.get(line)?.length ?? 0;
  }

  build(): FileCoverage {
    const lines = [...this.lineHits.keys()].sort((a, b) => a - b);
    const hits = lines.map((l) => this.lineHits.get(l) ?? 0);
    const branches: BranchPoint[] = [...this.branchHits.entries()]
      .sort((a, b) => a[0] - b[0])
      .map(([line, outcomes]) => ({ line, outcomes }));
    return { path: this.path, lines, hits, branches };
  }
}

/** Collects FileBuilders by path, in first-seen order, and freezes them sorted by path. */
export class ReportBuilder {
  private readonly files = new Map<string, FileBuilder>();

  file(path: string): FileBuilder {
    let f = this.files.get(path);
    if (!f) this.files.set(path, (f = new FileBuilder(path)));
    return f;
  }

  build(): FileCoverage[] {
    return [...this.files.values()].map((f) => f.build()).sort((a, b) => comparePaths(a.path, b.path));
  }
}

export function comparePaths(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * A count from a report: a non-negative integer. Anything else (NaN, negative, fractional,
 * empty) is the caller's error to report with its location; returns null for those.
 */
export function parseCount(text: string): number | null {
  if (!/^\d{1,20}$/.test(text)) {
    // Some producers write large counts in exponent form (JaCoCo never, gcov rarely): accept
    // a plain non-negative finite number that is integral.
    if (!/^\d+(\.\d+)?([eE][+]?\d+)?$/.test(text)) return null;
  }
  const n = Number(text);
  return Number.isFinite(n) && n >= 0 && Number.isInteger(n) ? n : null;
}

/** A source line number: an integer ≥ 1. */
export function parseLineNumber(text: string): number | null {
  if (!/^\d{1,10}$/.test(text)) return null;
  const n = Number(text);
  return n >= 1 ? n : null;
}
