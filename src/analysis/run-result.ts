import type { Config } from '../config/types.js';
import type { CoverageFormat, Ratio } from '../model/coverage.js';
import type { TestTotals } from '../model/tests.js';
import type { GateStatus, Reason, Verdict } from '../model/verdict.js';
import type { LadderFigures } from '../gates/ladder.js';
import type { TierFigures } from '../gates/tiers.js';
import type { CoverageDelta } from './delta.js';
import type { GapAnalysis } from './gaps.js';
import type { PatchCoverage } from './patch.js';
import type { MappingSummary } from './paths.js';
import type { RatchetProposal } from './ratchet.js';
import type { DurationSummary, FirstFailure } from './tests.js';
import type { CoverageTotals } from './totals.js';
import type { FlakeReport } from './flakes.js';
import type { Trend } from './pace.js';
import type { SignatureGroup } from './signatures.js';
import type { EnvironmentSignature } from './environment.js';
import type { FailFastBenchmark, FailFastMode, FailFastSource } from './failfast.js';

/** Everything a run computed, once. Renderers and publishers only format and carry it. */
export interface RunResult {
  readonly tool: { readonly name: 'test-ladder'; readonly version: string };
  readonly run: {
    readonly id: string;
    readonly attempt: number;
    readonly correlationId: string;
    readonly commit: string | null;
    readonly ref: string | null;
    readonly repository: string | null;
    readonly startedAt: string;
    readonly date: string;
  };
  readonly config: Config;
  readonly coverage: {
    readonly inputs: readonly {
      readonly file: string;
      readonly format: CoverageFormat;
      readonly producer?: string;
      readonly percentCombined?: number;
    }[];
    readonly totals: CoverageTotals;
    readonly paths: MappingSummary & {
      /** A `coverage.path-prefix` that would map the unmapped paths, in words; null when none would. */
      readonly prefixSuggestion: string | null;
    };
    /** Totals of the base run, when one was given. */
    readonly base: { readonly source: string; readonly lines: Ratio; readonly branches: Ratio } | null;
    /** Percentage points against the base run, else against the baseline; null when neither. */
    readonly delta: { readonly value: number; readonly against: 'base' | 'baseline' } | null;
    /** File by file against the base run, and why it dropped when only removed code explains it. */
    readonly baseDelta: { readonly delta: CoverageDelta; readonly explanation: Reason | null } | null;
    readonly gaps: GapAnalysis;
    readonly tiers: readonly TierFigures[];
    readonly ratchet: RatchetProposal | null;
    /** Coverage of the changed lines; null when no diff was given. */
    readonly patch: (PatchCoverage & { readonly source: string }) | null;
  };
  readonly ladder: LadderFigures;
  readonly tests: {
    readonly inputs: readonly string[];
    readonly totals: TestTotals;
    readonly durations: DurationSummary;
    readonly firstFailure: FirstFailure | null;
    readonly flakyIds: readonly string[];
    /** Producers detected, the fix-ups applied and what the reports cannot tell. */
    readonly producers: readonly string[];
    readonly notes: readonly string[];
    /**
     * This run's failures grouped by signature, each new or seen in the history window (the fields
     * the renderers read; flake.report.json carries the whole SignatureGroup).
     */
    readonly signatures?: readonly Pick<
      SignatureGroup,
      'signature' | 'normalized' | 'test_count' | 'tests' | 'status' | 'seen_in_runs' | 'of_runs' | 'summary'
    >[];
  } | null;
  /** The flaky tests of the window and the run's flake rate. */
  readonly flakes?: FlakeReport | null;
  /** Coverage over the history window and whether the pace reaches the target by the horizon. */
  readonly trend?: Trend | null;
  /** Rollback triggers that fired (`risk_trigger`), each with its evidence and its actions in order. */
  readonly rollback?: readonly {
    readonly code: string;
    readonly message: string;
    readonly evidence?: Readonly<Record<string, string | number | boolean | null>>;
    readonly actions: readonly string[];
  }[];
  /** The property pilot (AC-3) in figures; property.results.json has every test. Null without test reports. */
  readonly property?: {
    readonly status: GateStatus;
    readonly tests: number;
    readonly passing: number;
    /** The most runs any property test still needs: "needs N more runs"; 0 when none does. */
    readonly needs_runs: number;
    readonly falsified: number;
    readonly flaky: number;
    readonly too_slow: number;
    readonly required_passes: number;
    readonly runtime_threshold_ms: number;
    /** TPR_SEED as the workflow set it; null when it is not set. */
    readonly seed: string | null;
    /** Property failures that did not reproduce / property outcomes, last 30 runs; null when none ran. */
    readonly false_failure_rate: number | null;
  } | null;
  /** The fail-fast mode and the AC-2 benchmark (failfast.summary.json has the same). */
  readonly failfast?: {
    readonly mode: FailFastMode;
    readonly source: FailFastSource;
    readonly benchmark: FailFastBenchmark | null;
    /** Why there is no benchmark; null when there is one. */
    readonly benchmarkReason: string | null;
  };
  readonly environment: {
    readonly signature: EnvironmentSignature;
    /** Drift against the base run's signature: information, never a failure. */
    readonly drift: readonly Reason[];
  } | null;
  readonly verdicts: readonly Verdict[];
  readonly status: GateStatus;
}
