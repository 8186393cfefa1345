import type { Outcome, TestCase } from '../model/tests.js';
import { percentiles } from './durations.js';
import { evidenceRuns, type TestVerdict } from './flakes.js';
import { entries, type History, type HistoryTest } from './history.js';
import { globToRegExp } from './quarantine.js';

/**
 * The property-testing pilot: whether each property test passed enough deterministic runs in a
 * row, fast enough, without a flake, and what it found when it failed.
 *
 * A test is a property test when its id matches `tests.property` (ids or globs, matched as the
 * quarantine file matches them) or it carries the marker `property` (any case, any marker kind).
 * Over the history window, this run included, per test:
 * - **consecutive passes**, counted back from the newest run: P counts; R (passed only after a
 *   retry) is a flake event and ends the count, as F and E do; S (skipped) and `-` (absent) neither
 *   count nor end it, and neither do runs flakes.ts leaves out as infrastructure failures (over
 *   80 % of the tests failed, or none was read). A test needs `requiredPasses` (30) in a row.
 * - **runtime** over the runs it ran in (P, R, F, E) that gave a time, whole milliseconds as
 *   history.json keeps them: mean, p95 (nearest rank, as durations.json), max. The mean must be
 *   below the threshold (TPR_PROPERTY_RUNTIME_THRESHOLD_MS, default 1000).
 * - **flake events**: a pass on retry (R), and a failure followed by a pass on the same commit.
 * - **falsifying examples** in this run's failure text: Hypothesis `Falsifying example: …`,
 *   fast-check `Counterexample: …`, proptest `minimal failing input: …`; and the **examples run**
 *   when the report carries the figure (Hypothesis statistics, fast-check's `failed after N
 *   tests`), else null.
 * The false-failure rate over the last 30 runs: property-test failures that did not reproduce (an
 * R, or an F or E followed by a pass on the same commit) over property-test outcomes (P, R, F, E).
 */

export const PROPERTY_RESULTS_SCHEMA = 'test-ladder/property-results@1';
/** Passes in a row a property test needs (the plan's "30 consecutive deterministic runs"). */
export const REQUIRED_PASSES = 30;
/** The false-failure rate is taken over this many of the newest runs. */
export const FALSE_FAILURE_RUNS = 30;
/** The rollback trigger's limit for the false-failure rate, percent. */
export const FALSE_FAILURE_RATE_MAX_PERCENT = 0.5;
/** The marker that makes a test a property test, compared without case. */
export const PROPERTY_MARKER = 'property';
/** Falsifying examples kept per test, and the longest kept (cut with `…`). */
export const MAX_FALSIFYING = 5;
export const MAX_FALSIFYING_LENGTH = 500;

export const PROPERTY_METHOD =
  'property tests = ids matching tests.property or carrying the marker property; per test over the history window (this run included), runs left out as infrastructure failures not counted: consecutive passes counted back from this run (P counts; R, F, E end the count; S and absent neither count nor end it), runtime = mean, p95 (nearest rank), max of the milliseconds of the runs it ran in, mean below the threshold; flake events = passed on retry (R), or failed then passed on the same commit; false-failure rate = failures that did not reproduce (R, or F/E followed by a pass on the same commit) / outcomes (P, R, F, E) of the property tests over the last 30 runs';

export interface PropertySeed {
  /** TPR_SEED as given, or null when it is not set. */
  readonly value: string | null;
  readonly source: 'TPR_SEED' | 'unset';
}

export interface PropertyOptions {
  readonly requiredPasses: number;
  /** A test's mean runtime must be below this many milliseconds. */
  readonly runtimeThresholdMs: number;
  readonly seed: PropertySeed;
}

export type SelectedBy = 'pattern' | 'marker';

export interface SelectedTest {
  readonly case: TestCase;
  readonly by: readonly SelectedBy[];
}

export interface PropertySelection {
  /** This run's property tests, in report order; a test listed twice is selected once. */
  readonly tests: readonly SelectedTest[];
  /** Each configured pattern and how many of this run's tests it matches. */
  readonly patterns: readonly { readonly pattern: string; readonly matches: number }[];
}

/** Whether a case carries the marker `property` (any case, any kind). */
export function hasPropertyMarker(c: TestCase): boolean {
  return c.markers?.some((m) => m.name.toLowerCase() === PROPERTY_MARKER) ?? false;
}

/**
 * This run's property tests: ids matching one of `patterns` (an id exactly, or a glob with `*`,
 * `**`, `?` as in the quarantine file), or carrying the marker `property`.
 */
export function selectPropertyTests(
  cases: readonly TestCase[],
  patterns: readonly string[],
): PropertySelection {
  const exact = new Map<string, number>();
  const globs: { re: RegExp; index: number }[] = [];
  patterns.forEach((p, index) => {
    if (/[*?]/.test(p)) globs.push({ re: globToRegExp(p), index });
    else if (!exact.has(p)) exact.set(p, index);
  });
  const matches = patterns.map(() => 0);
  const tests: SelectedTest[] = [];
  const seen = new Set<string>();
  for (const c of cases) {
    if (seen.has(c.id)) continue;
    let matched = false;
    const hit = exact.get(c.id);
    if (hit !== undefined) {
      matches[hit]!++;
      matched = true;
    }
    for (const g of globs)
      if (g.re.test(c.id)) {
        matches[g.index]!++;
        matched = true;
      }
    const marker = hasPropertyMarker(c);
    if (!matched && !marker) continue;
    seen.add(c.id);
    const by: SelectedBy[] = [];
    if (matched) by.push('pattern');
    if (marker) by.push('marker');
    tests.push({ case: c, by });
  }
  return { tests, patterns: patterns.map((pattern, i) => ({ pattern, matches: matches[i]! })) };
}

export type FlakeEventKind = 'passed-on-retry' | 'failed-then-passed-same-commit';

export interface FlakeEvent {
  /** The run of the retry, or of the failure that a later run on the same commit did not repeat. */
  readonly run_id: string;
  readonly attempt: number;
  readonly commit: string | null;
  readonly kind: FlakeEventKind;
  /** For a failure on a commit: the later run that passed on it; else null. */
  readonly passed_run_id: string | null;
}

export interface FalsifyingExample {
  readonly tool: 'hypothesis' | 'fast-check' | 'proptest';
  readonly example: string;
}

export interface ExamplesRun {
  readonly run: number;
  readonly passing: number | null;
  readonly failing: number | null;
  readonly invalid: number | null;
  readonly source: 'hypothesis-statistics' | 'fast-check-message';
}

export interface RuntimeStats {
  /** Runs of the window the test ran in that gave a time. */
  readonly runs_timed: number;
  /** Milliseconds; null when no run gave a time. */
  readonly mean_ms: number | null;
  readonly p95_ms: number | null;
  readonly max_ms: number | null;
  readonly threshold_ms: number;
  /** mean < threshold; null when no run gave a time. */
  readonly below_threshold: boolean | null;
}

export type PropertyTestStatus = 'falsified' | 'failed' | 'flaky' | 'too-slow' | 'needs-runs' | 'passing';

export interface PropertyTestResult {
  readonly id: string;
  readonly name: string;
  readonly selected_by: readonly SelectedBy[];
  /** This run's outcome, and the test's letter in the window's newest run (P, R, F, E, S, `-`). */
  readonly outcome: Outcome;
  readonly now: string;
  /** Runs of the window the test ran in (P, R, F, E). */
  readonly runs_seen: number;
  readonly consecutive_passes: number;
  /** requiredPasses − consecutive_passes, at least 0. */
  readonly needs_runs: number;
  /** The run that ended the count, and its letter; null when the count reaches the window's start. */
  readonly streak_ended_by: {
    readonly run_id: string;
    readonly attempt: number;
    readonly outcome: string;
  } | null;
  readonly runtime: RuntimeStats;
  readonly flake_events: readonly FlakeEvent[];
  /** flakes.ts's verdict for the test ('stable' when it has none). */
  readonly flake_verdict: string;
  readonly examples: ExamplesRun | null;
  readonly falsifying_examples: readonly FalsifyingExample[];
  /** The worst of: falsified, failed, flaky, too-slow, needs-runs; else passing. */
  readonly status: PropertyTestStatus;
}

export interface FalseFailureRate {
  /** false_failures / outcomes; null when no property test ran in those runs. */
  readonly value: number | null;
  readonly false_failures: number;
  /** Of the false failures: passes on retry, and failures a later run on the same commit did not repeat. */
  readonly retried: number;
  readonly not_reproduced: number;
  readonly outcomes: number;
  /** Runs looked at (the newest FALSE_FAILURE_RUNS of the window, infrastructure failures left out). */
  readonly runs: number;
  readonly max_percent: number;
  /** value × 100 > max_percent. */
  readonly above_max: boolean;
}

export interface PropertyCounts {
  readonly tests: number;
  readonly passing: number;
  readonly needs_runs: number;
  readonly falsified: number;
  readonly failed: number;
  readonly flaky: number;
  readonly too_slow: number;
}

export interface PropertyAnalysis {
  readonly method: string;
  readonly seed: PropertySeed;
  readonly required_passes: number;
  readonly runtime_threshold_ms: number;
  readonly selectors: {
    readonly patterns: PropertySelection['patterns'];
    readonly marker: typeof PROPERTY_MARKER;
  };
  readonly window: { readonly runs: number; readonly runs_seen: number };
  readonly counts: PropertyCounts;
  /** The largest needs_runs of any test: "needs N more runs"; 0 when every test has enough. */
  readonly needs_runs: number;
  readonly false_failure_rate: FalseFailureRate;
  /** Sorted by id. */
  readonly tests: readonly PropertyTestResult[];
}

const RAN = new Set(['P', 'R', 'F', 'E']);

/**
 * The property tests of this run judged over `history`, the window whose newest run is this run.
 * `verdicts` are the flake scan's (flakes.ts) over the same window; a test absent from them is stable.
 */
export function analyzeProperty(
  selection: PropertySelection,
  history: History,
  verdicts: readonly Pick<TestVerdict, 'id' | 'verdict'>[],
  options: PropertyOptions,
): PropertyAnalysis {
  const { evidence } = evidenceRuns(history);
  const runs = history.runs;
  const wanted = new Set(selection.tests.map((t) => t.case.id));
  const past = new Map<string, HistoryTest>();
  for (const t of history.tests) if (wanted.has(t.id)) past.set(t.id, t);
  const verdictOf = new Map<string, string>();
  for (const v of verdicts) if (wanted.has(v.id)) verdictOf.set(v.id, v.verdict);

  const results: PropertyTestResult[] = [];
  const letters: string[] = [];
  for (const { case: c, by } of selection.tests) {
    const h = past.get(c.id);
    // extendHistory lists every test of this run; without it, this run's outcome is the only evidence.
    const outcomes = h?.outcomes ?? '-'.repeat(Math.max(0, runs.length - 1)) + LETTER[c.outcome];
    letters.push(outcomes);
    const durations = h ? entries(h.durations) : [];

    let consecutive = 0;
    let ended: PropertyTestResult['streak_ended_by'] = null;
    for (let i = outcomes.length - 1; i >= 0; i--) {
      if (!evidence[i]) continue;
      const l = outcomes[i]!;
      if (l === 'P') consecutive++;
      else if (l === 'R' || l === 'F' || l === 'E') {
        ended = { run_id: runs[i]?.run_id ?? '', attempt: runs[i]?.attempt ?? 0, outcome: l };
        break;
      }
    }

    let runsSeen = 0;
    const ms: number[] = [];
    for (let i = 0; i < outcomes.length; i++) {
      if (!evidence[i] || !RAN.has(outcomes[i]!)) continue;
      runsSeen++;
      const d = durations[i];
      if (d !== null && d !== undefined && Number.isFinite(d)) ms.push(d);
    }
    const runtime = runtimeStats(ms, options.runtimeThresholdMs);
    const flakeEvents = flakeEventsOf(outcomes, history, evidence);
    const falsifying = falsifyingExamples(c);
    const examples = examplesOf(c);
    const failedNow = c.outcome === 'failed' || c.outcome === 'error';
    const needs = Math.max(0, options.requiredPasses - consecutive);
    const status: PropertyTestStatus =
      failedNow && falsifying.length > 0
        ? 'falsified'
        : failedNow
          ? 'failed'
          : flakeEvents.length > 0
            ? 'flaky'
            : runtime.below_threshold === false
              ? 'too-slow'
              : needs > 0
                ? 'needs-runs'
                : 'passing';
    results.push({
      id: c.id,
      name: c.name,
      selected_by: by,
      outcome: c.outcome,
      now: outcomes[outcomes.length - 1] ?? '-',
      runs_seen: runsSeen,
      consecutive_passes: consecutive,
      needs_runs: needs,
      streak_ended_by: ended,
      runtime,
      flake_events: flakeEvents,
      flake_verdict: verdictOf.get(c.id) ?? 'stable',
      examples,
      falsifying_examples: falsifying,
      status,
    });
  }
  results.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

  const count = (s: PropertyTestStatus) => results.filter((r) => r.status === s).length;
  return {
    method: PROPERTY_METHOD,
    seed: options.seed,
    required_passes: options.requiredPasses,
    runtime_threshold_ms: options.runtimeThresholdMs,
    selectors: { patterns: selection.patterns, marker: PROPERTY_MARKER },
    window: { runs: runs.length, runs_seen: evidence.filter(Boolean).length },
    counts: {
      tests: results.length,
      passing: count('passing'),
      needs_runs: results.filter((r) => r.needs_runs > 0).length,
      falsified: count('falsified'),
      failed: results.filter((r) => r.outcome === 'failed' || r.outcome === 'error').length,
      flaky: results.filter((r) => r.flake_events.length > 0).length,
      too_slow: results.filter((r) => r.runtime.below_threshold === false).length,
    },
    needs_runs: results.reduce((m, r) => Math.max(m, r.needs_runs), 0),
    false_failure_rate: falseFailureRate(letters, history, evidence),
    tests: results,
  };
}

const LETTER: Record<Outcome, string> = { passed: 'P', failed: 'F', error: 'E', skipped: 'S' };

function runtimeStats(ms: readonly number[], threshold: number): RuntimeStats {
  if (ms.length === 0)
    return {
      runs_timed: 0,
      mean_ms: null,
      p95_ms: null,
      max_ms: null,
      threshold_ms: threshold,
      below_threshold: null,
    };
  const sum = ms.reduce((s, v) => s + v, 0);
  return {
    runs_timed: ms.length,
    mean_ms: Math.round((sum / ms.length) * 1000) / 1000,
    p95_ms: percentiles(ms).p95,
    max_ms: Math.max(...ms),
    threshold_ms: threshold,
    // Compared in sums, not in a rounded mean: a mean of exactly the threshold is not below it.
    below_threshold: sum < threshold * ms.length,
  };
}

/** A pass on retry, or a failure that a later run of the window on the same commit passed. */
function flakeEventsOf(outcomes: string, history: History, evidence: readonly boolean[]): FlakeEvent[] {
  const events: FlakeEvent[] = [];
  const runs = history.runs;
  for (let i = 0; i < outcomes.length; i++) {
    if (!evidence[i]) continue;
    const l = outcomes[i]!;
    const run = runs[i];
    if (!run) continue;
    if (l === 'R')
      events.push({
        run_id: run.run_id,
        attempt: run.attempt,
        commit: run.commit,
        kind: 'passed-on-retry',
        passed_run_id: null,
      });
    else if ((l === 'F' || l === 'E') && run.commit !== null) {
      const j = laterPassOnCommit(outcomes, history, evidence, i, outcomes.length);
      if (j !== -1)
        events.push({
          run_id: run.run_id,
          attempt: run.attempt,
          commit: run.commit,
          kind: 'failed-then-passed-same-commit',
          passed_run_id: runs[j]!.run_id,
        });
    }
  }
  return events;
}

/** The first run after `i` (and before `end`) on run i's commit where the test passed, else -1. */
function laterPassOnCommit(
  outcomes: string,
  history: History,
  evidence: readonly boolean[],
  i: number,
  end: number,
): number {
  const commit = history.runs[i]!.commit;
  for (let j = i + 1; j < end; j++) {
    const l = outcomes[j];
    if (evidence[j] && (l === 'P' || l === 'R') && history.runs[j]?.commit === commit) return j;
  }
  return -1;
}

function falseFailureRate(
  letters: readonly string[],
  history: History,
  evidence: readonly boolean[],
): FalseFailureRate {
  const end = history.runs.length;
  const start = Math.max(0, end - FALSE_FAILURE_RUNS);
  let outcomes = 0;
  let retried = 0;
  let notReproduced = 0;
  for (const o of letters)
    for (let i = start; i < end; i++) {
      if (!evidence[i]) continue;
      const l = o[i];
      if (l === undefined || !RAN.has(l)) continue;
      outcomes++;
      if (l === 'R') retried++;
      else if (
        (l === 'F' || l === 'E') &&
        history.runs[i]!.commit !== null &&
        laterPassOnCommit(o, history, evidence, i, end) !== -1
      )
        notReproduced++;
    }
  let runs = 0;
  for (let i = start; i < end; i++) if (evidence[i]) runs++;
  const falseFailures = retried + notReproduced;
  const value = outcomes === 0 ? null : falseFailures / outcomes;
  return {
    value,
    false_failures: falseFailures,
    retried,
    not_reproduced: notReproduced,
    outcomes,
    runs,
    max_percent: FALSE_FAILURE_RATE_MAX_PERCENT,
    // Compared in counts: 1 of 200 at 0.5 % is exactly at the limit, not above it.
    above_max: falseFailures * 100 > FALSE_FAILURE_RATE_MAX_PERCENT * outcomes,
  };
}

/** The failure texts of this run: the final one and every failed attempt's. */
function failureTexts(c: TestCase): string[] {
  const texts: string[] = [];
  if (c.message) texts.push(c.message);
  for (const a of c.attempts ?? []) if (a.message && a.message !== c.message) texts.push(a.message);
  return texts;
}

const HYPOTHESIS = /Falsifying (?:explicit )?example: /g;
const FAST_CHECK = /Counterexample: ([^\n]*)/g;
const PROPTEST = /minimal failing input: ([^\n]*)/g;

/** The falsifying examples this run's failure texts name, distinct, at most MAX_FALSIFYING. */
export function falsifyingExamples(c: TestCase): FalsifyingExample[] {
  const out: FalsifyingExample[] = [];
  const seen = new Set<string>();
  const add = (tool: FalsifyingExample['tool'], raw: string) => {
    const example = cut(raw.trim());
    if (example === '' || out.length >= MAX_FALSIFYING || seen.has(`${tool}\0${example}`)) return;
    seen.add(`${tool}\0${example}`);
    out.push({ tool, example });
  };
  for (const text of failureTexts(c)) {
    for (const m of text.matchAll(HYPOTHESIS)) add('hypothesis', pythonCall(text, m.index + m[0].length));
    for (const m of text.matchAll(FAST_CHECK)) add('fast-check', m[1]!);
    for (const m of text.matchAll(PROPTEST)) add('proptest', m[1]!);
  }
  return out;
}

/**
 * Hypothesis's example from `from`: a call, `test_x(\n    x=1,\n)`, possibly across lines that
 * pytest prefixes with `E   `; read to its closing parenthesis (brackets and quoted strings
 * balanced), or to the end of the line when it is not a call. Lines joined with single spaces.
 */
function pythonCall(text: string, from: number): string {
  const limit = Math.min(text.length, from + MAX_FALSIFYING_LENGTH * 4);
  let depth = 0;
  let quote = '';
  let end = limit;
  for (let i = from; i < limit; i++) {
    const ch = text[i]!;
    if (quote !== '') {
      if (ch === '\\') i++;
      else if (ch === quote || ch === '\n') quote = '';
      continue;
    }
    if (ch === '"' || ch === "'") quote = ch;
    else if (ch === '(' || ch === '[' || ch === '{') depth++;
    else if (ch === ')' || ch === ']' || ch === '}') {
      depth--;
      if (depth <= 0) {
        end = i + 1;
        break;
      }
    } else if (ch === '\n' && depth === 0) {
      end = i;
      break;
    }
  }
  const lines = text
    .slice(from, end)
    .split('\n')
    .map((l, i) => (i === 0 ? l : l.replace(/^E(?=\s)/, '')).trim())
    .filter((l) => l !== '');
  let out = '';
  for (const l of lines) out += out === '' || out.endsWith('(') || l.startsWith(')') ? l : ` ${l}`;
  return out;
}

function cut(s: string): string {
  const flat = s.replace(/[\p{Cc}\p{Cf}]/gu, ' ');
  return flat.length <= MAX_FALSIFYING_LENGTH ? flat : `${flat.slice(0, MAX_FALSIFYING_LENGTH - 1)}…`;
}

/** The examples run, when the report says: Hypothesis's statistics, or fast-check's failure text. */
function examplesOf(c: TestCase): ExamplesRun | null {
  if (c.examples) return c.examples;
  for (const text of failureTexts(c)) {
    const m = /Property failed after (\d{1,12}) tests?/.exec(text);
    if (m)
      return { run: Number(m[1]), passing: null, failing: null, invalid: null, source: 'fast-check-message' };
  }
  return null;
}

/** property.results.json: the analysis under its schema id. */
export function propertyResultsArtifact(a: PropertyAnalysis): Record<string, unknown> {
  return { schema: PROPERTY_RESULTS_SCHEMA, ...a };
}
