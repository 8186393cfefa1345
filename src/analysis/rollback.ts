import type { CoverageMetric } from '../model/coverage.js';
import type { FailFastMode } from './failfast.js';
import { percent, type FlakeScan } from './flakes.js';
import type { HistoryRun } from './history.js';
import { pct, pp } from '../report/format.js';

/**
 * The plan's rollback triggers. Each fired trigger becomes a `risk_trigger` event and an entry of
 * the checkpoint's rollback list, with the same actions in the same order: stop fail-fast from
 * hiding results, measure the baseline again with the seed locked, then judge the ladder's targets
 * again against that measurement.
 */

export type RiskActionKind = 'disable-failfast' | 'rerun-baseline-seed-locked' | 'reevaluate-ladder-targets';

export interface RiskAction {
  readonly order: number;
  readonly action: RiskActionKind;
  readonly detail: string;
}

export const ROLLBACK_ACTIONS: readonly RiskAction[] = [
  {
    order: 1,
    action: 'disable-failfast',
    detail:
      'set failfast-mode: off (or TPR_FAILFAST_MODE=off) so that a flaky failure cannot stop the run early and hide the other results',
  },
  {
    order: 2,
    action: 'rerun-baseline-seed-locked',
    detail:
      're-run the baseline (the base branch) with the seed locked (TPR_SEED set to one fixed integer) to tell flaky tests from a change in the code or the environment',
  },
  {
    order: 3,
    action: 'reevaluate-ladder-targets',
    detail:
      "re-evaluate the ladder's targets (coverage.baseline, coverage.target and coverage.tolerance in test-ladder.yml, or TPR_COVERAGE_BASELINE, TPR_COVERAGE_TARGET and TPR_COVERAGE_TOLERANCE_DROP) against the re-run baseline metrics",
  },
];

export const ROLLBACK_CODES = ['COVERAGE_DROP', 'FLAKE_RATE_SPIKE', 'PROPERTY_FALSE_FAILURES'] as const;
export type RollbackCode = (typeof ROLLBACK_CODES)[number];

export type EvidenceValue = string | number | boolean | null;

export interface RiskTrigger {
  readonly code: RollbackCode;
  readonly message: string;
  /** Flat figures, so that a reason, an event and the checkpoint can all carry them. */
  readonly evidence: Readonly<Record<string, EvidenceValue>>;
  /** Tests the trigger is about (FLAKE_RATE_SPIKE: the flaky tests that ran), at most NAMED. */
  readonly tests?: readonly string[];
  readonly actions: readonly RiskAction[];
}

/** Tests named in a trigger; the count in its evidence is always complete. */
export const NAMED = 20;
/** The plan's default tolerance of COVERAGE_DROP, percentage points. */
export const DEFAULT_DROP_TOLERANCE = 1;
/** The plan's limit for property tests that fail although the code is right, percent of outcomes. */
export const PROPERTY_FALSE_FAILURE_MAX_PERCENT = 0.5;
/** Runs over which the false failures are counted. */
export const PROPERTY_WINDOW_RUNS = 30;
/** Floating noise below which two percentages are the same. */
const EPSILON = 1e-9;

export type ToleranceSource = 'test-ladder.yml' | 'TPR_COVERAGE_TOLERANCE_DROP' | 'default';
export type FlakeThresholdSource = 'test-ladder.yml' | 'TPR_FLAKE_RATE_THRESHOLD' | 'default';

export interface CoverageDropInput {
  readonly metric: CoverageMetric;
  /** This run's ladder metric, percent; null when unknown (nothing measured). */
  readonly current: number | null;
  /** The base run's ladder metric, percent; null without a base run. */
  readonly base: number | null;
  /** The ladder's baseline, percent; null without one. */
  readonly baseline: number | null;
  readonly tolerance: { readonly value: number; readonly source: ToleranceSource };
}

export interface FlakeSpikeInput {
  readonly scan: FlakeScan;
  /** Percent of the tests that ran: the flakes gate's maximum. */
  readonly threshold: { readonly value: number; readonly source: FlakeThresholdSource };
  /** This run's fail-fast mode. */
  readonly mode: FailFastMode;
  /** The history window, oldest first (this run's entry may be the last); runs lacking the mode are unknown. */
  readonly runs: readonly Pick<HistoryRun, 'run_id' | 'attempt' | 'date' | 'failfast'>[];
  /** This run's id, to tell its own entry in `runs`. */
  readonly runId: string;
}

/** Computed by the property-test module over the last PROPERTY_WINDOW_RUNS runs. */
export interface PropertyFalseFailures {
  readonly falseFailures: number;
  readonly outcomes: number;
  readonly runs: number;
}

export interface RollbackInput {
  readonly coverage: CoverageDropInput | null;
  readonly flakes: FlakeSpikeInput | null;
  readonly property: PropertyFalseFailures | null;
}

/** The triggers that fired, in the plan's order: COVERAGE_DROP, FLAKE_RATE_SPIKE, PROPERTY_FALSE_FAILURES. */
export function rollbackTriggers(input: RollbackInput): RiskTrigger[] {
  return [
    input.coverage ? coverageDrop(input.coverage) : null,
    input.flakes ? flakeRateSpike(input.flakes) : null,
    input.property ? propertyFalseFailures(input.property) : null,
  ].filter((t): t is RiskTrigger => t !== null);
}

/**
 * The tolerance of COVERAGE_DROP: `coverage.tolerance` when test-ladder.yml sets it, else
 * TPR_COVERAGE_TOLERANCE_DROP, else the plan's 1 point. (The ladder gate's own tolerance defaults
 * to 0: a regression below the baseline fails the gate; this trigger asks for a rollback.)
 */
export function dropTolerance(
  fromConfig: number | null,
  variable: { readonly value: number; readonly source: 'env' | 'default' },
): CoverageDropInput['tolerance'] {
  if (fromConfig !== null) return { value: fromConfig, source: 'test-ladder.yml' };
  if (variable.source === 'env') return { value: variable.value, source: 'TPR_COVERAGE_TOLERANCE_DROP' };
  return { value: DEFAULT_DROP_TOLERANCE, source: 'default' };
}

function coverageDrop(c: CoverageDropInput): RiskTrigger | null {
  if (c.current === null || !Number.isFinite(c.current)) return null;
  const reference = c.base ?? c.baseline;
  if (reference === null || !Number.isFinite(reference)) return null;
  const against = c.base !== null ? 'base-run' : 'baseline';
  const drop = reference - c.current;
  if (!(drop > c.tolerance.value + EPSILON)) return null;
  const tol = `${pp(c.tolerance.value)} (${c.tolerance.source})`;
  return {
    code: 'COVERAGE_DROP',
    message: `${c.metric} coverage ${pct(c.current)} dropped ${pp(drop)} against the ${against === 'base-run' ? 'base run' : 'baseline'} ${pct(reference)}, more than the tolerance ${tol}`,
    evidence: {
      metric: c.metric,
      current: c.current,
      reference,
      against,
      drop,
      tolerance: c.tolerance.value,
      tolerance_source: c.tolerance.source,
    },
    actions: ROLLBACK_ACTIONS,
  };
}

/**
 * The first run of the window from which fail-fast was on (soft or hard), or this run when only it
 * is; null when fail-fast was never on as far as the window tells.
 */
export function failfastSince(
  mode: FailFastMode,
  runs: FlakeSpikeInput['runs'],
  runId: string,
): { run_id: string; attempt: number; date: string | null } | null {
  const on = runs.find((r) => r.failfast !== undefined && r.failfast !== 'off');
  if (on) return { run_id: on.run_id, attempt: on.attempt, date: on.date };
  if (mode === 'off') return null;
  const self = runs.find((r) => r.run_id === runId);
  return { run_id: runId, attempt: self?.attempt ?? 1, date: self?.date ?? null };
}

function flakeRateSpike(f: FlakeSpikeInput): RiskTrigger | null {
  const r = f.scan.flake_rate;
  if (r.value === null || r.ran === 0) return null;
  // Compared in counts, as the flakes gate does: 1 of 50 at a 2 % threshold is exactly at it.
  if (!(r.flaky * 100 > f.threshold.value * r.ran)) return null;
  // The plan's trigger is a spike after fail-fast was introduced; a spike before it still asks for
  // the seed-locked re-run, and says that the first action has nothing to undo.
  const since = failfastSince(f.mode, f.runs, f.runId);
  const flaky = f.scan.verdicts
    .filter((v) => v.verdict === 'flaky' && v.now !== '-' && v.now !== 'S')
    .map((v) => v.id);
  const sinceText = since
    ? `with fail-fast on since run ${since.run_id}${since.attempt > 1 ? ` (attempt ${since.attempt})` : ''}`
    : 'with fail-fast never on in the history window (nothing to disable)';
  return {
    code: 'FLAKE_RATE_SPIKE',
    message: `flake rate ${percent(r.value)} (${r.flaky} of ${r.ran} tests that ran) is above the threshold ${f.threshold.value} % (${f.threshold.source}) ${sinceText}`,
    evidence: {
      rate: r.value,
      rate_percent: r.value * 100,
      flaky: r.flaky,
      ran: r.ran,
      runs_seen: r.runs_seen,
      threshold: f.threshold.value,
      source: f.threshold.source,
      failfast_mode: f.mode,
      failfast_since: since?.run_id ?? null,
      failfast_since_attempt: since?.attempt ?? null,
      failfast_since_date: since?.date ?? null,
    },
    tests: flaky.slice(0, NAMED),
    actions: ROLLBACK_ACTIONS,
  };
}

function propertyFalseFailures(p: PropertyFalseFailures): RiskTrigger | null {
  for (const [k, v] of Object.entries(p))
    if (!Number.isSafeInteger(v) || v < 0)
      throw new Error(`property false failures: ${k} is ${String(v)}, expected a count`);
  if (p.falseFailures > p.outcomes)
    throw new Error(`property false failures: ${p.falseFailures} false failures of ${p.outcomes} outcomes`);
  if (p.outcomes === 0) return null;
  // In counts: 1 of 200 is exactly 0.5 %, at the limit.
  if (!(p.falseFailures * 100 > PROPERTY_FALSE_FAILURE_MAX_PERCENT * p.outcomes)) return null;
  const rate = p.falseFailures / p.outcomes;
  return {
    code: 'PROPERTY_FALSE_FAILURES',
    message: `property tests failed falsely in ${percent(rate)} of their outcomes (${p.falseFailures} of ${p.outcomes} over the last ${p.runs} ${p.runs === 1 ? 'run' : 'runs'}), above ${PROPERTY_FALSE_FAILURE_MAX_PERCENT} %`,
    evidence: {
      rate,
      rate_percent: rate * 100,
      false_failures: p.falseFailures,
      outcomes: p.outcomes,
      runs: p.runs,
      window_runs: PROPERTY_WINDOW_RUNS,
      max_percent: PROPERTY_FALSE_FAILURE_MAX_PERCENT,
    },
    actions: ROLLBACK_ACTIONS,
  };
}

/** The `risk_trigger` event's context (the caller adds the artifact-hash snapshot). */
export function riskTriggerEvent(t: RiskTrigger): Record<string, unknown> {
  return {
    trigger: t.code,
    message: t.message,
    evidence: t.evidence,
    ...(t.tests ? { tests: t.tests } : {}),
    recommended_actions: t.actions,
  };
}

/** The checkpoint's rollback entry: what RunResult.rollback carries. */
export function rollbackEntry(t: RiskTrigger): {
  code: string;
  message: string;
  evidence: Record<string, EvidenceValue>;
  actions: string[];
} {
  return {
    code: t.code,
    message: t.message,
    evidence: { ...t.evidence },
    actions: t.actions.map((a) => a.detail),
  };
}
