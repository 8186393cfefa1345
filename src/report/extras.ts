import type { RunResult } from '../analysis/run-result.js';
import type { FlakeReport } from '../analysis/flakes.js';
import type { Trend } from '../analysis/pace.js';
import type { SignatureGroup } from '../analysis/signatures.js';

/** This run's failures that share one signature, as `result.tests.signatures` carries them. */
export type FailureGroup = Pick<
  SignatureGroup,
  'signature' | 'normalized' | 'test_count' | 'tests' | 'status' | 'seen_in_runs' | 'of_runs' | 'summary'
>;

/** A rollback trigger that fired (`risk_trigger`), with the recommended actions in order. */
export interface RollbackTrigger {
  readonly code: string;
  readonly message: string;
  readonly evidence?: Readonly<Record<string, string | number | boolean | null>>;
  readonly actions: readonly string[];
}

/**
 * Fields the renderers use that RunResult gains as the pipeline grows. Each is optional here, so a
 * result without one (an older checkpoint, a test value) still renders, saying what is absent.
 */
export interface ResultExtras {
  readonly trend?: Trend | null;
  readonly flakes?: FlakeReport | null;
  readonly rollback?: readonly RollbackTrigger[];
  readonly property?: RunResult['property'];
}

export interface TestsExtras {
  readonly signatures?: readonly FailureGroup[];
}

export function extras(r: RunResult): ResultExtras {
  return r as RunResult & ResultExtras;
}

export function testsExtras(t: NonNullable<RunResult['tests']>): TestsExtras {
  return t as NonNullable<RunResult['tests']> & TestsExtras;
}
