import type { TestCase } from '../model/tests.js';
import type { Verdict } from '../model/verdict.js';

/**
 * Fail-fast: how much of a run still happens once something has failed.
 * - `off`: every stage runs and every gate is judged; the run fails at the end. The default.
 * - `soft`: gates are judged in order until the first one fails; the gates after it are recorded
 *   as skipped (FAILFAST_SKIPPED), never silently dropped. Every artifact the run has is still
 *   written, with the summary, the outputs and the comment.
 * - `hard`: the run stops at the first failure it sees (a failing test in the reports, else the
 *   first failing gate) and writes only failfast.summary.json and a one-line emergency summary.
 * In every mode failfast.summary.json also says, from the JUnit reports, how long the tests ran
 * until the first failure and what share of the run a stop there (`-x`, `--bail`) would have saved.
 */
export const FAILFAST_MODES = ['off', 'soft', 'hard'] as const;
export type FailFastMode = (typeof FAILFAST_MODES)[number];
export type FailFastSource = 'input' | 'TPR_FAILFAST_MODE' | 'default';

export interface FailFastPlan {
  readonly mode: FailFastMode;
  /** Whether gates after the first failing one are judged. */
  readonly judgeAfterFailure: boolean;
  /** Whether a failing test in the JUnit reports stops the run before any gate is judged. */
  readonly stopOnFailingTest: boolean;
  /** What an early stop still writes: everything, or only failfast.summary.json. */
  readonly artifactsOnStop: 'all' | 'failfast-summary-only';
  /** What an early stop still reports: the full summary, outputs and comment, or one line. */
  readonly summaryOnStop: 'full' | 'one-line';
  readonly description: string;
}

const PLANS: Readonly<Record<FailFastMode, FailFastPlan>> = {
  off: {
    mode: 'off',
    judgeAfterFailure: true,
    stopOnFailingTest: false,
    artifactsOnStop: 'all',
    summaryOnStop: 'full',
    description: 'off: every stage ran and every gate was judged; the run fails at the end',
  },
  soft: {
    mode: 'soft',
    judgeAfterFailure: false,
    stopOnFailingTest: false,
    artifactsOnStop: 'all',
    summaryOnStop: 'full',
    description:
      'soft: gates after the first failing one were not judged (recorded as skipped); every artifact, the summary and the comment were still written',
  },
  hard: {
    mode: 'hard',
    judgeAfterFailure: false,
    stopOnFailingTest: true,
    artifactsOnStop: 'failfast-summary-only',
    summaryOnStop: 'one-line',
    description:
      'hard: the run stopped at the first failure (a failing test, else a failing gate) and wrote only this file and a one-line summary',
  },
};

export function failFastPlan(mode: FailFastMode): FailFastPlan {
  return PLANS[mode];
}

/**
 * The mode from the `failfast-mode` input, else `TPR_FAILFAST_MODE`, else off. Empty counts as not
 * given; case and surrounding spaces are forgiven; anything else is a problem naming where it came from.
 */
export function resolveFailFastMode(
  input: string | null | undefined,
  env: string | null | undefined,
  /** How the input is named to the user: `failfast-mode` (the action), `--failfast` (the CLI). */
  label = 'failfast-mode',
): { mode: FailFastMode; source: FailFastSource } | { problem: string } {
  for (const [value, source] of [
    [input, 'input'],
    [env, 'TPR_FAILFAST_MODE'],
  ] as const) {
    const v = (value ?? '').trim().toLowerCase();
    if (v === '') continue;
    if ((FAILFAST_MODES as readonly string[]).includes(v)) return { mode: v as FailFastMode, source };
    const where = source === 'input' ? label : 'TPR_FAILFAST_MODE';
    return {
      problem: `${where}: ${JSON.stringify((value ?? '').slice(0, 40))} is not a fail-fast mode; expected off, soft or hard`,
    };
  }
  return { mode: 'off', source: 'default' };
}

export interface GateStep {
  readonly gate: string;
  readonly judge: () => Verdict;
}

export interface GateRun {
  readonly verdicts: readonly Verdict[];
  /** The first gate that failed, in the order judged; null when none did. */
  readonly firstFailing: string | null;
  /** `now()` when that gate's verdict was in; null when none failed. */
  readonly detectedAt: number | null;
  /** Gates not judged because fail-fast stopped before them. */
  readonly notJudged: readonly string[];
}

/**
 * Judges the gates in order. With `off` every gate is judged; otherwise judging stops after the
 * first failing gate and each later gate is recorded as skipped with FAILFAST_SKIPPED. `now` is
 * the caller's clock (milliseconds), read once, when the first failure is detected.
 */
export function judgeGates(
  mode: FailFastMode,
  steps: readonly GateStep[],
  now: () => number = () => 0,
): GateRun {
  const plan = failFastPlan(mode);
  const verdicts: Verdict[] = [];
  const notJudged: string[] = [];
  let firstFailing: string | null = null;
  let detectedAt: number | null = null;
  for (const step of steps) {
    if (firstFailing !== null && !plan.judgeAfterFailure) {
      notJudged.push(step.gate);
      verdicts.push({
        gate: step.gate,
        status: 'skipped',
        reasons: [
          {
            code: 'FAILFAST_SKIPPED',
            message: `not judged: fail-fast (${mode}) stopped after gate ${firstFailing} failed`,
            evidence: { mode, after: firstFailing },
          },
        ],
      });
      continue;
    }
    const v = step.judge();
    verdicts.push(v);
    if (v.status === 'fail' && firstFailing === null) {
      firstFailing = v.gate;
      detectedAt = now();
    }
  }
  return { verdicts, firstFailing, detectedAt, notJudged };
}

/** A run's test cases in report order (a TestRun will do; its sources are not read). */
export interface TestsInOrder {
  readonly cases: readonly TestCase[];
  readonly sources?: readonly string[];
}

export interface FirstFailure {
  readonly id: string;
  /** Seconds of test time, in report order, up to and including the first failing test. */
  readonly timeToFirstFailure: number;
  /** Seconds of test time in the whole report. */
  readonly totalTime: number;
  /** Share of the run a stop at the first failure would have saved, 0..1. */
  readonly savedShare: number;
}

/** What a fail-fast test run (`-x`, `--bail`) would have saved: the time after the first failure. */
export function firstFailure(run: TestsInOrder): FirstFailure | null {
  let elapsed = 0;
  let found: { id: string; at: number } | null = null;
  let total = 0;
  for (const c of run.cases) {
    total += c.duration ?? 0;
    if (!found) {
      elapsed += c.duration ?? 0;
      if (c.outcome === 'failed' || c.outcome === 'error') found = { id: c.id, at: elapsed };
    }
  }
  if (!found) return null;
  return {
    id: found.id,
    timeToFirstFailure: found.at,
    totalTime: total,
    savedShare: total > 0 ? (total - found.at) / total : 0,
  };
}

export const FAILFAST_SUMMARY_SCHEMA = 'test-ladder/failfast-summary@1';

export interface FailFastInput {
  readonly mode: FailFastMode;
  readonly source?: FailFastSource;
  /** The first failing gate, in the order judged; null when none failed (or none was judged). */
  readonly firstFailingGate: string | null;
  /** The reason codes of that gate. */
  readonly reasons?: readonly string[];
  /** hard mode: the failing test that stopped the run before any gate. */
  readonly firstFailingTest?: string | null;
  /** Milliseconds from the start of the run until the failure was detected; null when none was. */
  readonly detectedAfterMs: number | null;
  /** Whether the run stopped early (soft: gates not judged; hard: the run itself). */
  readonly stoppedEarly: boolean;
  readonly notJudged?: readonly string[];
  /** The JUnit cases in report order, or null without test reports. */
  readonly tests: TestsInOrder | null;
}

/** failfast.summary.json, without the run identity the caller adds. */
export function failfastSummary(input: FailFastInput): Record<string, unknown> {
  const plan = failFastPlan(input.mode);
  const first = input.tests ? firstFailure(input.tests) : null;
  return {
    schema: FAILFAST_SUMMARY_SCHEMA,
    mode: input.mode,
    mode_source: input.source ?? 'default',
    plan: plan.description,
    early_exit: input.stoppedEarly,
    first_failing_gate: input.firstFailingGate,
    first_failing_reasons: input.reasons ?? [],
    first_failing_test: input.firstFailingTest ?? first?.id ?? null,
    detected_after_ms: input.detectedAfterMs === null ? null : Math.round(input.detectedAfterMs),
    gates_not_judged: input.notJudged ?? [],
    junit: input.tests
      ? first
        ? {
            first_failing_test: first.id,
            time_to_first_failure_seconds: round9(first.timeToFirstFailure),
            total_seconds: round9(first.totalTime),
            saved_seconds: round9(first.totalTime - first.timeToFirstFailure),
            saved_share: first.savedShare,
          }
        : { first_failing_test: null, note: 'no test failed: a fail-fast test run would have saved nothing' }
      : null,
  };
}

/**
 * The one line a hard stop prints and writes as its summary: what stopped it, when, and that only
 * failfast.summary.json was written. Test ids are data: newlines and workflow-command markers are
 * the caller's to escape (report/escape.ts logLine).
 */
export function emergencyLine(input: FailFastInput): string {
  const after = input.detectedAfterMs === null ? '' : ` after ${Math.round(input.detectedAfterMs)} ms`;
  const what =
    input.firstFailingTest != null
      ? `failing test ${input.firstFailingTest}`
      : input.firstFailingGate !== null
        ? `gate ${input.firstFailingGate}${input.reasons && input.reasons.length > 0 ? ` (${input.reasons.join(', ')})` : ''}`
        : 'nothing failed';
  return `❌ test-ladder fail-fast (${input.mode}): stopped${after} at ${what}; only failfast.summary.json was written`;
}

/** Context of `early_exit_detected`. */
export function earlyExitEvent(input: FailFastInput): Record<string, unknown> {
  return {
    mode: input.mode,
    gate: input.firstFailingGate,
    test: input.firstFailingTest ?? null,
    reasons: input.reasons ?? [],
    detected_after_ms: input.detectedAfterMs === null ? null : Math.round(input.detectedAfterMs),
    gates_not_judged: input.notJudged ?? [],
  };
}

function round9(x: number): number {
  return Math.round(x * 1e9) / 1e9;
}
