import type { Counter, CoverageReport } from '../model/coverage.js';
import { totals } from './totals.js';

export interface DeclaredMismatch {
  readonly file: string;
  readonly what: 'lines' | 'branches';
  readonly declared: Counter;
  readonly counted: Counter;
}

/**
 * A report that contradicts itself: the totals it declares (Cobertura's header, LCOV's LF/LH and
 * BRF/BRH) differ from what its own records add up to. coverage.py 6.5's LCOV does this (its DA
 * records include docstring lines). The records are what is counted; the mismatch is said aloud.
 */
export function declaredMismatches(report: CoverageReport): DeclaredMismatch[] {
  const out: DeclaredMismatch[] = [];
  const t = totals(report);
  for (const source of report.sources) {
    // Only a single-source report can be compared with what its one file declared.
    if (report.sources.length !== 1) break;
    for (const what of ['lines', 'branches'] as const) {
      const declared = source.declared?.[what];
      const counted = t[what];
      if (declared && (declared.covered !== counted.covered || declared.total !== counted.total))
        out.push({
          file: source.file,
          what,
          declared,
          counted: { covered: counted.covered, total: counted.total },
        });
    }
  }
  return out;
}
