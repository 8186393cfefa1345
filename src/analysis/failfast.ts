import type { TestCase } from '../model/tests.js';
import type { Verdict } from '../model/verdict.js';
import { readXml } from '../xml/index.js';

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
  /** What the AC-2 benchmark needs beyond the cases; absent: nothing measured, the plan's targets. */
  readonly benchmark?: BenchmarkOptions;
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
    ...benchmarkFields(input.tests, input.benchmark ?? {}),
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

// ───────────────────────────── AC-2: the fail-fast benchmark ─────────────────────────────

/**
 * One `<testsuite>` of a JUnit report as written: when it started and how long it ran, when the
 * producer says so (pytest, Surefire, Gradle, gotestsum write both; node's runner neither).
 */
export interface SuiteTiming {
  /** Milliseconds on the report's own clock; null when the suite has no readable timestamp. */
  readonly startMs: number | null;
  /** Milliseconds; null when the suite has no readable `time`. */
  readonly timeMs: number | null;
  /** Whether the timestamp names its time zone; null without a timestamp. */
  readonly zoned: boolean | null;
}

/** The suites of one or more reports and, per `<testcase>` in document order, its innermost suite. */
export interface SuiteTimings {
  readonly suites: readonly SuiteTiming[];
  /** Index into `suites` per testcase, -1 for a testcase outside any suite. */
  readonly caseSuite: readonly number[];
}

/**
 * The suites' timestamps and times of a JUnit report, read with the one XML reader. A timestamp
 * without a zone is read as UTC: only differences between the suites of one run are used, and a
 * run whose suites mix zoned and unzoned timestamps is not timed by them (see failfastBenchmark).
 */
export function junitSuiteTimings(text: string, file: string): SuiteTimings {
  const suites: SuiteTiming[] = [];
  const caseSuite: number[] = [];
  const stack: number[] = [];
  let inCase = 0;
  readXml(
    text,
    { file, maxTextLength: 0 },
    {
      open(name, attrs) {
        if (inCase > 0) {
          inCase++;
          return;
        }
        if (name === 'testsuite') {
          const ts = parseTimestamp(attrs['timestamp']);
          const seconds = attrs['time'] === undefined ? NaN : Number(attrs['time'].trim());
          suites.push({
            startMs: ts ? ts.ms : null,
            timeMs:
              attrs['time'] !== undefined && Number.isFinite(seconds) && seconds >= 0 ? seconds * 1000 : null,
            zoned: ts ? ts.zoned : null,
          });
          stack.push(suites.length - 1);
        } else if (name === 'testcase') {
          caseSuite.push(stack.length > 0 ? stack[stack.length - 1]! : -1);
          inCase = 1;
        }
      },
      close(name) {
        if (inCase > 0) {
          inCase--;
          return;
        }
        if (name === 'testsuite') stack.pop();
      },
    },
  );
  return { suites, caseSuite };
}

/** Several reports' timings, in the order their cases were concatenated. */
export function concatSuiteTimings(parts: readonly SuiteTimings[]): SuiteTimings {
  const suites: SuiteTiming[] = [];
  const caseSuite: number[] = [];
  for (const p of parts) {
    const offset = suites.length;
    suites.push(...p.suites);
    for (const i of p.caseSuite) caseSuite.push(i === -1 ? -1 : i + offset);
  }
  return { suites, caseSuite };
}

const TIMESTAMP =
  /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2}):(\d{2})(?:[.,](\d{1,9}))?(Z|[+-]\d{2}(?::?\d{2})?)?$/;

/** An ISO 8601 date-time as JUnit producers write it, to the microsecond; null when it is not one. */
export function parseTimestamp(raw: string | undefined): { ms: number; zoned: boolean } | null {
  const m = raw === undefined ? null : TIMESTAMP.exec(raw.trim());
  if (!m) return null;
  const [y, mo, d, h, mi, s] = m.slice(1, 7).map(Number) as [number, number, number, number, number, number];
  if (mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59 || s > 60) return null;
  let ms = Date.UTC(y, mo - 1, d, h, mi, s) + (m[7] ? Number(`0.${m[7]}`) * 1000 : 0);
  const zone = m[8];
  if (zone && zone !== 'Z') {
    const sign = zone.startsWith('-') ? -1 : 1;
    const digits = zone.slice(1).replace(':', '');
    ms -= sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2) || '0')) * 60_000;
  }
  return Number.isFinite(ms) ? { ms, zoned: zone !== undefined } : null;
}

export interface ImprovementTarget {
  /** Percent by which the mode must cut the detection time against off. */
  readonly value: number;
  readonly source: 'env' | 'default';
}

/** The plan's targets: soft 40 % (TPR_MAX_FAIL_FAST_IMPROVEMENT_TARGET), hard 60 % (TPR_HARD_…). */
export const DEFAULT_IMPROVEMENT_TARGETS = {
  soft: { value: 40, source: 'default' },
  hard: { value: 60, source: 'default' },
} as const satisfies Record<'soft' | 'hard', ImprovementTarget>;

export interface BenchmarkOptions {
  /** The suites of the reports, aligned with the cases; null or absent: the durations alone. */
  readonly suites?: SuiteTimings | null;
  /** Milliseconds test-ladder spent judging after the tests (off runs it all); null: not measured. */
  readonly judgeMs?: number | null;
  /** Milliseconds of the partial-metrics write soft does at the stop; null: not measured. */
  readonly partialWriteMs?: number | null;
  readonly targets?: { readonly soft: ImprovementTarget; readonly hard: ImprovementTarget };
}

export interface ModeDetection {
  readonly detection_ms: number;
  readonly reduction_percent: number;
  readonly target_percent: number;
  readonly target_source:
    'TPR_MAX_FAIL_FAST_IMPROVEMENT_TARGET' | 'TPR_HARD_FAIL_FAST_IMPROVEMENT_TARGET' | 'default';
  readonly meets_target: boolean;
}

export interface FailFastBenchmark {
  /** The seeded failure: the first test to fail, by the clock when the suites tell, else in report order. */
  readonly seeded_failure: string;
  /** Its place among the cases, 1-based, and how many there are. */
  readonly position: number;
  readonly cases: number;
  /** What the times come from. */
  readonly basis: 'durations' | 'suite-timestamps';
  readonly off: {
    readonly detection_ms: number;
    readonly tests_ms: number;
    readonly judging_ms: number | null;
  };
  readonly soft: ModeDetection & {
    readonly first_failure_ms: number;
    readonly partial_write_ms: number | null;
  };
  readonly hard: ModeDetection & { readonly first_failure_ms: number };
  /** What was not measured, and so what the figures leave out. */
  readonly notes: readonly string[];
}

export type BenchmarkResult =
  | { readonly benchmark: FailFastBenchmark; readonly reason: null }
  | { readonly benchmark: null; readonly reason: string };

export const NO_SEEDED_FAILURE =
  'no failing test in this run: the benchmark needs a run with a seeded failure';

/**
 * AC-2: how soon each fail-fast mode detects a seeded failure, from one run's JUnit report.
 * - off: the whole run: every test, then the judging (`judgeMs`);
 * - soft: the tests up to and including the first failure, then the partial-metrics write;
 * - hard: the tests up to and including the first failure.
 * The reduction of soft and hard against off, in percent, is compared with each mode's target.
 * Times come from the suites' timestamps when every suite of the run has one (the wall clock,
 * with what happens between tests), else from the tests' durations in report order. Nothing is
 * guessed: a missing time makes the result null with what is missing.
 */
export function failfastBenchmark(
  tests: TestsInOrder | null,
  options: BenchmarkOptions = {},
): BenchmarkResult {
  if (tests === null)
    return { benchmark: null, reason: 'no test reports were given: the benchmark needs a JUnit report' };
  const cases = tests.cases;
  const failing = cases.flatMap((c, i) => (c.outcome === 'failed' || c.outcome === 'error' ? [i] : []));
  if (failing.length === 0) return { benchmark: null, reason: NO_SEEDED_FAILURE };
  const notes: string[] = [];
  const timed = suiteClock(cases, options.suites ?? null, notes);

  // The first failure: by the clock when the suites give one, else in report order.
  let first = failing[0]!;
  let firstAtMs: number;
  let testsMs: number;
  if (timed) {
    firstAtMs = Infinity;
    for (const i of failing) {
      const at = timed.endOf[i];
      if (at !== null && at !== undefined && at < firstAtMs) {
        firstAtMs = at;
        first = i;
      }
    }
    testsMs = timed.spanMs;
    if (!Number.isFinite(firstAtMs))
      return { benchmark: null, reason: missingTimes(cases, failing.slice(0, 1), 'the failing test') };
  } else {
    const upTo = ran(cases.slice(0, first + 1));
    const missing = upTo.filter((c) => c.duration === null);
    if (missing.length > 0)
      return {
        benchmark: null,
        reason: `durations missing for ${missing.length} of the ${upTo.length} tests that ran up to the first failure (first: ${missing[0]!.id}): the time to the first failure is unknown`,
      };
    const all = ran(cases);
    const rest = all.filter((c) => c.duration === null);
    if (rest.length > 0)
      return {
        benchmark: null,
        reason: `durations missing for ${rest.length} of the ${all.length} tests that ran (first: ${rest[0]!.id}): the time of the whole run is unknown`,
      };
    firstAtMs = sumMs(cases.slice(0, first + 1));
    testsMs = sumMs(cases);
  }

  const judging = finiteOrNull(options.judgeMs);
  const write = finiteOrNull(options.partialWriteMs);
  if (judging === null) notes.push('judging time not measured: off counts the tests alone');
  if (write === null)
    notes.push('partial-metrics write not measured: soft counts the tests up to the first failure alone');
  const offMs = testsMs + (judging ?? 0);
  if (!(offMs > 0))
    return { benchmark: null, reason: 'the run took no measurable time: there is nothing to reduce' };
  const targets = options.targets ?? DEFAULT_IMPROVEMENT_TARGETS;
  const mode = (
    ms: number,
    target: ImprovementTarget,
    variable: 'TPR_MAX_FAIL_FAST_IMPROVEMENT_TARGET' | 'TPR_HARD_FAIL_FAST_IMPROVEMENT_TARGET',
  ): ModeDetection => {
    const reduction = ((offMs - ms) / offMs) * 100;
    return {
      detection_ms: roundMs(ms),
      reduction_percent: round9(reduction),
      target_percent: target.value,
      target_source: target.source === 'env' ? variable : 'default',
      // Unrounded against the target; 1e-9 absorbs floating noise at exactly the target.
      meets_target: reduction + 1e-9 >= target.value,
    };
  };
  return {
    benchmark: {
      seeded_failure: cases[first]!.id,
      position: first + 1,
      cases: cases.length,
      basis: timed ? 'suite-timestamps' : 'durations',
      off: {
        detection_ms: roundMs(offMs),
        tests_ms: roundMs(testsMs),
        judging_ms: judging === null ? null : roundMs(judging),
      },
      soft: {
        ...mode(firstAtMs + (write ?? 0), targets.soft, 'TPR_MAX_FAIL_FAST_IMPROVEMENT_TARGET'),
        first_failure_ms: roundMs(firstAtMs),
        partial_write_ms: write === null ? null : roundMs(write),
      },
      hard: {
        ...mode(firstAtMs, targets.hard, 'TPR_HARD_FAIL_FAST_IMPROVEMENT_TARGET'),
        first_failure_ms: roundMs(firstAtMs),
      },
      notes,
    },
    reason: null,
  };
}

/** failfast.summary.json's `benchmark` and `benchmark_reason`. */
function benchmarkFields(tests: TestsInOrder | null, options: BenchmarkOptions): Record<string, unknown> {
  const r = failfastBenchmark(tests, options);
  return { benchmark: r.benchmark, benchmark_reason: r.reason };
}

/**
 * When every suite has a timestamp and a time and the testcases line up with the cases: each
 * case's end on the run's clock (its suite's start plus the durations before it in that suite) and
 * the span from the first suite's start to the last suite's end. Else null, with a note saying why
 * when suites were given.
 */
function suiteClock(
  cases: readonly TestCase[],
  timings: SuiteTimings | null,
  notes: string[],
): { endOf: (number | null)[]; spanMs: number } | null {
  if (timings === null || timings.suites.length === 0) return null;
  const unused = (why: string) => {
    notes.push(`suite timestamps not used: ${why}; times are the tests' durations in report order`);
    return null;
  };
  if (timings.caseSuite.length !== cases.length)
    return unused(`${timings.caseSuite.length} <testcase> elements but ${cases.length} tests read`);
  if (timings.caseSuite.includes(-1)) return unused('some tests are outside any <testsuite>');
  const used = new Set(timings.caseSuite);
  for (const i of used) {
    const s = timings.suites[i]!;
    if (s.startMs === null || s.timeMs === null) return unused('a suite has no timestamp or no time');
  }
  if (new Set([...used].map((i) => timings.suites[i]!.zoned)).size > 1)
    return unused('some timestamps name a time zone and some do not');
  const start = Math.min(...[...used].map((i) => timings.suites[i]!.startMs!));
  const end = Math.max(...[...used].map((i) => timings.suites[i]!.startMs! + timings.suites[i]!.timeMs!));
  const elapsed = new Map<number, number>();
  const endOf: (number | null)[] = [];
  for (let k = 0; k < cases.length; k++) {
    const suite = timings.caseSuite[k]!;
    const c = cases[k]!;
    if (c.duration === null && c.outcome !== 'skipped') {
      endOf.push(null);
      continue;
    }
    const t = (elapsed.get(suite) ?? 0) + (c.duration ?? 0) * 1000;
    elapsed.set(suite, t);
    endOf.push(timings.suites[suite]!.startMs! - start + t);
  }
  // A case without a duration before the first failure in its suite leaves the clock unknown there.
  for (let k = 0; k < cases.length; k++)
    if (endOf[k] === null)
      for (let j = k + 1; j < cases.length; j++)
        if (timings.caseSuite[j] === timings.caseSuite[k]) endOf[j] = null;
  return { endOf, spanMs: end - start };
}

function missingTimes(cases: readonly TestCase[], at: readonly number[], what: string): string {
  const c = cases[at[0]!]!;
  return `durations missing before ${what} (${c.id}) in its suite: the time to the first failure is unknown`;
}

function ran(cases: readonly TestCase[]): TestCase[] {
  return cases.filter((c) => c.outcome !== 'skipped');
}

function sumMs(cases: readonly TestCase[]): number {
  let s = 0;
  for (const c of cases) s += (c.duration ?? 0) * 1000;
  return s;
}

function finiteOrNull(x: number | null | undefined): number | null {
  return x === null || x === undefined || !Number.isFinite(x) || x < 0 ? null : x;
}

function roundMs(ms: number): number {
  return Math.round(ms * 1000) / 1000;
}

/** The benchmark in one sentence, for the checkpoint and the summary (AC-2). */
export function describeBenchmark(r: BenchmarkResult): string {
  if (r.benchmark === null) return `fail-fast benchmark: ${r.reason}`;
  const b = r.benchmark;
  const mode = (name: string, m: ModeDetection) =>
    `${name} ${Math.round(m.detection_ms)} ms (−${m.reduction_percent.toFixed(1)} %, target ${m.target_percent} %: ${m.meets_target ? 'met' : 'not met'})`;
  return `fail-fast benchmark on ${b.seeded_failure} (test ${b.position} of ${b.cases}, from ${b.basis === 'durations' ? 'test durations' : 'suite timestamps'}): off ${Math.round(b.off.detection_ms)} ms, ${mode('soft', b.soft)}, ${mode('hard', b.hard)}`;
}
