/** The one test-result model: every JUnit dialect becomes these values. */

export type Outcome = 'passed' | 'failed' | 'error' | 'skipped';

/** One run of a test within one report: the first try, or a retry. */
export interface Attempt {
  readonly outcome: Outcome;
  /** Seconds; null when the report gave none for this attempt. */
  readonly duration: number | null;
  /** Start of the failure text (message, then body), capped; only for failed and errored attempts. */
  readonly message?: string;
}

/**
 * A testcase-level `<property name value>` as the report wrote it (pytest's record_property, both
 * families; Surefire, Gradle and Playwright where present), capped in number and length.
 */
export interface CaseProperty {
  readonly name: string;
  readonly value: string;
}

/**
 * Where a marker comes from: `property` a pytest marker recorded as a property (marker, markers),
 * `tag` a JUnit 5 tag (tag, tags), `category` (category, categories), `describe` a describe block
 * of jest-junit or vitest, `build-tag` Go build tags carried by a property.
 */
export type MarkerKind = 'property' | 'tag' | 'category' | 'describe' | 'build-tag';

export interface Marker {
  readonly name: string;
  readonly kind: MarkerKind;
}

/** How many examples a property-based test ran, as the report says (never estimated). */
export interface ExampleCounts {
  /** Every example run, all phases (generate, shrink, …) together. */
  readonly run: number;
  readonly passing: number | null;
  readonly failing: number | null;
  readonly invalid: number | null;
  /** What carried it: Hypothesis's `hypothesis-statistics-<nodeid>` suite property. */
  readonly source: 'hypothesis-statistics';
}

export interface TestCase {
  /** Stable id from normalized (file?, classname, name). */
  readonly id: string;
  readonly name: string;
  readonly classname: string;
  readonly file?: string;
  /** The final outcome: that of the last attempt that was not skipped (skipped if all were). */
  readonly outcome: Outcome;
  /** Seconds, summed over the attempts that give a time; null when none does. */
  readonly duration: number | null;
  /** The final attempt's failure text when it failed or errored. */
  readonly message?: string;
  /**
   * Every attempt in the order run, present only when the report recorded more than one (retry
   * elements such as `<flakyFailure>`, or the same test written again). Absent: one attempt, whose
   * outcome, duration and message are the case's own. The test is flaky when a failed or errored
   * attempt precedes a final pass.
   */
  readonly attempts?: readonly Attempt[];
  /** The testcase's own properties, when it has any (see CaseProperty). */
  readonly properties?: readonly CaseProperty[];
  /** Markers, tags, categories and describe blocks the report gives the test, when any. */
  readonly markers?: readonly Marker[];
  /** Examples a property-based test ran, when the report carries the figure. */
  readonly examples?: ExampleCounts;
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
