/** Verdicts are data: the exit code, the headline and the outputs all derive from them. */

export type GateStatus = 'pass' | 'warn' | 'fail' | 'skipped';

export interface Reason {
  /** Stable, upper snake case: COVERAGE_REGRESSION, BELOW_FLOOR, … */
  readonly code: string;
  readonly message: string;
  /** The numbers that triggered the reason. */
  readonly evidence: Readonly<Record<string, string | number | boolean | null>>;
}

export interface Verdict {
  readonly gate: string;
  readonly status: GateStatus;
  readonly reasons: readonly Reason[];
}

const RANK: Record<GateStatus, number> = { skipped: 0, pass: 1, warn: 2, fail: 3 };

/** The overall status: the worst gate; `skipped` only when every gate was skipped or none ran. */
export function overallStatus(verdicts: readonly Verdict[]): GateStatus {
  let worst: GateStatus = 'skipped';
  for (const v of verdicts) if (RANK[v.status] > RANK[worst]) worst = v.status;
  return worst;
}
