/** The one test-result model (filled in by the tests issue; the foundation carries totals). */

export type Outcome = 'passed' | 'failed' | 'error' | 'skipped';

export interface TestCase {
  /** Stable id from normalized (file?, classname, name). */
  readonly id: string;
  readonly name: string;
  readonly classname: string;
  readonly file?: string;
  readonly outcome: Outcome;
  /** Seconds; null when the report gave none. */
  readonly duration: number | null;
  readonly message?: string;
}

export interface TestRun {
  readonly sources: readonly string[];
  readonly cases: readonly TestCase[];
}

export interface TestTotals {
  readonly total: number;
  readonly passed: number;
  readonly failed: number;
  readonly errors: number;
  readonly skipped: number;
  readonly flaky: number;
}
