import type { Config } from '../config/types.js';
import type { CoverageFormat, Ratio } from '../model/coverage.js';
import type { TestTotals } from '../model/tests.js';
import type { GateStatus, Verdict } from '../model/verdict.js';
import type { LadderFigures } from '../gates/ladder.js';
import type { GapAnalysis } from './gaps.js';
import type { MappingSummary } from './paths.js';
import type { DurationSummary, FirstFailure } from './tests.js';
import type { CoverageTotals } from './totals.js';

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
    readonly inputs: readonly { readonly file: string; readonly format: CoverageFormat }[];
    readonly totals: CoverageTotals;
    readonly paths: MappingSummary;
    /** Totals of the base run, when one was given. */
    readonly base: { readonly source: string; readonly lines: Ratio; readonly branches: Ratio } | null;
    /** Percentage points against the base run, else against the baseline; null when neither. */
    readonly delta: { readonly value: number; readonly against: 'base' | 'baseline' } | null;
    readonly gaps: GapAnalysis;
  };
  readonly ladder: LadderFigures;
  readonly tests: {
    readonly inputs: readonly string[];
    readonly totals: TestTotals;
    readonly durations: DurationSummary;
    readonly firstFailure: FirstFailure | null;
    readonly flakyIds: readonly string[];
  } | null;
  readonly verdicts: readonly Verdict[];
  readonly status: GateStatus;
}
