import type { RunResult } from '../analysis/run-result.js';
import type { FlakeReport } from '../analysis/flakes.js';
import type { Trend } from '../analysis/pace.js';

/**
 * This run's failures that share one signature: the shape of `SignatureGroup` in
 * analysis/signatures.ts, as `result.tests.signatures` carries it.
 */
export interface FailureGroup {
  readonly signature: string;
  /** The normalized message the signature is the hash of. */
  readonly normalized: string;
  readonly test_count: number;
  /** The first failing test ids, sorted; `test_count` is the whole number. */
  readonly tests: readonly string[];
  readonly status: 'new' | 'seen';
  readonly seen_in_runs: number;
  readonly of_runs: number;
  /** "seen in 4 of the last 20 runs", or "new in this run (not in the last 20 runs)". */
  readonly summary: string;
}

/** A rollback trigger that fired (`risk_trigger`), with the recommended actions in order. */
export interface RollbackTrigger {
  readonly code: string;
  readonly message: string;
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
