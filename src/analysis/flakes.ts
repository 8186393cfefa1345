import { dayNumber } from './dates.js';
import type { History } from './history.js';
import type { SignatureGroup } from './signatures.js';

/**
 * Flake verdicts from the rolling window. Per test and run an outcome: pass (P, or R when it passed
 * only after a retry), fail (F, E), or none (S skipped, `-` absent); none is never evidence, and
 * neither is any outcome of a run where more than 80 % of the tests failed or none was read (an
 * infrastructure failure). From the outcomes that are evidence, a test is:
 * - **flaky** when it passed on a retry (in this run, or in a run of the window); passed and failed
 *   on the same commit (across runs or run attempts); or its flip rate, flips / (n − 1) over its
 *   consecutive outcomes, is at least `flipRate` over at least `minRuns` outcomes;
 * - **broken** when it failed in each of its last `lastRuns` outcomes, in at least `failShare` of at
 *   least `minRuns` outcomes, or in every outcome it has (it never passed);
 * - **regression** when its outcomes are passes, then failures only: one pass → fail change at the
 *   end of the window ("this change broke it");
 * - **recovered** when it would be flaky or broken, but has since passed `recoverAfterPasses` times
 *   in a row after its last flake evidence (a failure, an error or a pass on retry), or has had
 *   no flake evidence for `recoverAfterDays` days and passed at least once in them. The window
 *   still holds the old evidence, so without this a test flagged once stays flagged for as long as
 *   the window is (30 runs by default) however often it passes; with it, the flag clears and the
 *   flake rate stops counting the test. One new failure or retry ends the recovery at once.
 * - **stable** otherwise.
 * A pass on retry in this run makes a test flaky before anything else; otherwise broken outranks
 * flaky (what fails now matters more than how it got there), and flaky outranks regression (a test
 * that also failed on code that passed is not broken by the change).
 */

/** A run where more than this share of tests failed is an infrastructure failure, not evidence. */
export const INFRA_FAILURE_SHARE = 0.8;

export interface FlakeOptions {
  /** Flaky at a flip rate at least this, 0..1. Default 0.3 (Apple, ICSE-SEIP 2020). */
  readonly flipRate: number;
  /** Outcomes needed before a flip rate or a failure share is a verdict. Default 5. */
  readonly minRuns: number;
  /** Broken at a failure share at least this, 0..1. Default 0.8. */
  readonly failShare: number;
  /** Broken when each of the last this many outcomes failed. Default 3. */
  readonly lastRuns: number;
  /**
   * A flaky or broken test recovers after this many passes in a row since its last flake evidence
   * (failure, error, pass on retry; skips and absences neither count nor break the run of passes);
   * 0 turns this way of recovering off. Default 10: after n passes and no failure the 95 % upper
   * bound of a test's failure rate is about 3/n (the rule of three), and 3/10 is the flip-rate
   * threshold that made it flaky; 10 is also a third of the default 30-run window, so a test can
   * recover well before its old evidence leaves the window.
   */
  readonly recoverAfterPasses?: number;
  /**
   * A flaky or broken test recovers when its last flake evidence is this many days before this
   * run and it passed at least once since; 0 turns this way off. Default 14: the window in which
   * CircleCI looks for flakes, so evidence older than that counts for as little here as there; it
   * covers a test that runs too rarely (a nightly job) to reach the passes in a row.
   */
  readonly recoverAfterDays?: number;
}

/** Every option set: what a scan ran with. */
export type ResolvedFlakeOptions = Required<FlakeOptions>;

export const DEFAULT_FLAKE_OPTIONS: ResolvedFlakeOptions = {
  flipRate: 0.3,
  minRuns: 5,
  failShare: 0.8,
  lastRuns: 3,
  recoverAfterPasses: 10,
  recoverAfterDays: 14,
};

/** The options with the recovery settings a caller left out taken from the defaults. */
export function resolveFlakeOptions(options: FlakeOptions): ResolvedFlakeOptions {
  return {
    flipRate: options.flipRate,
    minRuns: options.minRuns,
    failShare: options.failShare,
    lastRuns: options.lastRuns,
    recoverAfterPasses: options.recoverAfterPasses ?? DEFAULT_FLAKE_OPTIONS.recoverAfterPasses,
    recoverAfterDays: options.recoverAfterDays ?? DEFAULT_FLAKE_OPTIONS.recoverAfterDays,
  };
}

export type TestVerdictKind = 'stable' | 'flaky' | 'broken' | 'regression' | 'recovered';

export type FlakeSignal =
  /** R: failed, then passed on a retry within one run. */
  | 'passed-on-retry'
  /** Passed and failed on the same commit, across runs or run attempts. */
  | 'both-outcomes-same-commit'
  /** flips / (n − 1) ≥ flipRate, n ≥ minRuns. */
  | 'flip-rate'
  /** The last `lastRuns` outcomes all failed. */
  | 'failed-last-runs'
  /** failures / n ≥ failShare, n ≥ minRuns. */
  | 'fail-share'
  /** Failed in every outcome of the window. */
  | 'never-passed'
  /** Passes, then failures only. */
  | 'pass-to-fail';

export interface TestEvidence {
  /** Outcomes that are evidence (pass or fail in a run that counts). */
  readonly runs: number;
  readonly passed: number;
  readonly failed: number;
  /** Of the passes, those after a retry. */
  readonly retried: number;
  readonly flips: number;
  /** flips / (runs − 1); null below minRuns outcomes. */
  readonly flip_rate: number | null;
  /** failed / runs; null below minRuns outcomes. */
  readonly fail_rate: number | null;
  /** minRuns when the rates above are null for too few outcomes, else null: "needs ≥ 5 runs". */
  readonly needs_runs: number | null;
  /** Failures at the end of the outcomes, in a row. */
  readonly trailing_failures: number;
  /** A commit the test both passed and failed on, when there is one. */
  readonly same_commit: string | null;
  /** The window's letters for this test, oldest first (every run, evidence or not). */
  readonly outcomes: string;
}

/** Why a flaky or broken test is no longer flagged (verdict `recovered`). */
export interface Recovery {
  /** The flag it would have without the recovery. */
  readonly was: 'flaky' | 'broken';
  /** What cleared it: enough passes in a row, or a quiet period; `passes` when both hold. */
  readonly by: 'passes' | 'quiet-period';
  /** Passes since the last flake evidence (all of them in a row: any failure would be evidence). */
  readonly passes: number;
  /** The run of the last flake evidence: its id, attempt, date and the test's letter there. */
  readonly since_run: string;
  readonly since_attempt: number;
  readonly since_date: string;
  readonly since_outcome: 'F' | 'E' | 'R';
  /** Whole days from that run's date to this run's; null when either date is not YYYY-MM-DD. */
  readonly days: number | null;
  /** "recovered after 12 passes since run 1041 (2026-01-03)". */
  readonly summary: string;
}

export interface TestVerdict {
  readonly id: string;
  readonly verdict: TestVerdictKind;
  /** Every signal found, whichever decided the verdict. */
  readonly signals: readonly FlakeSignal[];
  /** The test's letter in this run (the window's last): P, R, F, E, S or `-`. */
  readonly now: string;
  readonly evidence: TestEvidence;
  /** Present when the verdict is `recovered`. */
  readonly recovery?: Recovery;
}

export interface ExcludedRun {
  readonly run_id: string;
  readonly attempt: number;
  readonly reason: string;
}

export interface FlakeRate {
  /** Flaky tests that ran in this run over tests that ran in it; null when none ran. */
  readonly value: number | null;
  readonly flaky: number;
  readonly ran: number;
  /** Runs of the window that are evidence. */
  readonly runs_seen: number;
  /**
   * minRuns while the window holds fewer evidence runs: until then only retries within a run can
   * show a flake, so the rate is a lower bound ("needs ≥ 5 runs"). Null once there are enough.
   */
  readonly needs_runs: number | null;
  /** Tests that ran in this run and recovered from a flag: not counted as flaky. */
  readonly recovered: number;
  /** The rate in words, with its evidence. */
  readonly summary: string;
}

export interface FlakeScan {
  readonly method: string;
  readonly options: ResolvedFlakeOptions;
  readonly runs: number;
  /** Runs of the window that are evidence. */
  readonly runs_seen: number;
  readonly excluded_runs: readonly ExcludedRun[];
  /** How many tests of the window got each verdict. */
  readonly counts: Readonly<Record<TestVerdictKind, number>> & { readonly tests: number };
  /** Every test that is not stable, sorted by verdict (broken, regression, flaky, recovered), then id. */
  readonly verdicts: readonly TestVerdict[];
  readonly flake_rate: FlakeRate;
}

export const FLAKE_METHOD =
  'per test over the rolling window, skips and absences not counted, runs with over 80 % of tests failing (or none read) excluded: flaky = passed on retry, or passed and failed on one commit, or flip rate ≥ flip-rate over ≥ min-runs outcomes; broken = failed in each of the last last-runs outcomes, or in ≥ fail-share of ≥ min-runs outcomes, or never passed; regression = passes then failures only; recovered = would be flaky or broken, but passed recover-after-passes times in a row since its last failure or retry, or had none for recover-after-days days and passed since; flake rate = flaky tests that ran in this run / tests that ran in it';

const ORDER: Record<TestVerdictKind, number> = {
  broken: 0,
  regression: 1,
  flaky: 2,
  recovered: 3,
  stable: 4,
};

/** Whether each run of the window is evidence, with the reason when it is not. */
export function evidenceRuns(history: History): { evidence: boolean[]; excluded: ExcludedRun[] } {
  const excluded: ExcludedRun[] = [];
  const evidence = history.runs.map((r) => {
    const reason =
      r.tests === 0
        ? 'no test was read'
        : r.failed / r.tests > INFRA_FAILURE_SHARE
          ? `${r.failed} of ${r.tests} tests failed (over ${INFRA_FAILURE_SHARE * 100} %): an infrastructure failure`
          : null;
    if (reason !== null) excluded.push({ run_id: r.run_id, attempt: r.attempt, reason });
    return reason === null;
  });
  return { evidence, excluded };
}

/** Every test's verdict over the window whose last run is this run. */
export function flakeScan(history: History, flakeOptions: FlakeOptions = DEFAULT_FLAKE_OPTIONS): FlakeScan {
  const options = resolveFlakeOptions(flakeOptions);
  const { evidence, excluded } = evidenceRuns(history);
  const commits = history.runs.map((r) => r.commit);
  const last = history.runs.length - 1;
  const counts = { stable: 0, flaky: 0, broken: 0, regression: 0, recovered: 0, tests: 0 };
  const verdicts: TestVerdict[] = [];
  let ran = 0;
  let flakyRan = 0;
  let recoveredRan = 0;
  for (const t of history.tests) {
    const v = judge(t.outcomes, evidence, commits, options, history.runs);
    counts[v.verdict]++;
    counts.tests++;
    const now = last >= 0 ? (t.outcomes[last] ?? '-') : '-';
    const ranNow = now !== '-' && now !== 'S';
    if (ranNow) ran++;
    if (ranNow && v.verdict === 'flaky') flakyRan++;
    if (ranNow && v.verdict === 'recovered') recoveredRan++;
    if (v.verdict !== 'stable')
      verdicts.push({
        id: t.id,
        verdict: v.verdict,
        signals: v.signals,
        now,
        evidence: v.evidence,
        ...(v.recovery ? { recovery: v.recovery } : {}),
      });
  }
  verdicts.sort((a, b) => ORDER[a.verdict] - ORDER[b.verdict] || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const runsSeen = evidence.filter(Boolean).length;
  const value = ran === 0 ? null : flakyRan / ran;
  const needs = runsSeen < options.minRuns ? options.minRuns : null;
  return {
    method: FLAKE_METHOD,
    options,
    runs: history.runs.length,
    runs_seen: runsSeen,
    excluded_runs: excluded,
    counts,
    verdicts,
    flake_rate: {
      value,
      flaky: flakyRan,
      ran,
      runs_seen: runsSeen,
      needs_runs: needs,
      recovered: recoveredRan,
      summary: rateSummary(value, flakyRan, ran, runsSeen, needs, recoveredRan),
    },
  };
}

function rateSummary(
  value: number | null,
  flaky: number,
  ran: number,
  runsSeen: number,
  needs: number | null,
  recovered: number,
): string {
  if (value === null) return 'no test ran in this run';
  const of = `${flaky} of ${ran} tests that ran`;
  const runs = `${runsSeen} ${runsSeen === 1 ? 'run' : 'runs'}`;
  const cleared =
    recovered > 0 ? `; ${recovered} recovered ${recovered === 1 ? 'test is' : 'tests are'} not counted` : '';
  if (needs !== null)
    return `${percent(value)} (${of}) over ${runs}: a lower bound; needs ≥ ${needs} runs to see flakes across runs${cleared}`;
  return `${percent(value)} (${of}) over ${runs}${cleared}`;
}

/** A share as a percent with up to two decimals: 0.0213 → "2.13 %". */
export function percent(share: number): string {
  return `${Number((share * 100).toFixed(2))} %`;
}

interface Judged {
  readonly verdict: TestVerdictKind;
  readonly signals: FlakeSignal[];
  readonly evidence: TestEvidence;
  readonly recovery: Recovery | null;
}

/** What recovery needs to know of each run of the window. */
export interface WindowRun {
  readonly run_id: string;
  readonly attempt: number;
  readonly date: string;
}

/**
 * One test's verdict from its letters; `evidence[i]` says whether run i counts. `runs` (aligned
 * with the letters, the last one this run) names the run a recovery counts from and dates the
 * quiet period; without it a test recovers by passes only.
 */
export function judge(
  outcomes: string,
  evidence: readonly boolean[],
  commits: readonly (string | null)[],
  flakeOptions: FlakeOptions,
  runs?: readonly WindowRun[],
): Judged {
  const options = resolveFlakeOptions(flakeOptions);
  let n = 0;
  let passed = 0;
  let failed = 0;
  let retried = 0;
  let flips = 0;
  let trailing = 0;
  let previous: boolean | null = null;
  let sameCommit: string | null = null;
  // The last flake evidence (F, E or R in a run that counts), and the passes since it.
  let lastBad = -1;
  let passesSince = 0;
  // Per commit: 1 passed, 2 failed, 3 both. Small: a window has at most as many commits as runs.
  const byCommit = new Map<string, number>();
  for (let i = 0; i < outcomes.length; i++) {
    if (!evidence[i]) continue;
    const l = outcomes.charCodeAt(i);
    // P 80, R 82, F 70, E 69
    const pass = l === 80 || l === 82;
    if (!pass && l !== 70 && l !== 69) continue;
    n++;
    if (l === 80) passesSince++;
    else {
      lastBad = i;
      passesSince = 0;
    }
    if (pass) {
      passed++;
      trailing = 0;
      if (l === 82) retried++;
    } else {
      failed++;
      trailing++;
    }
    if (previous !== null && previous !== pass) flips++;
    previous = pass;
    const commit = commits[i];
    if (commit !== null && commit !== undefined && sameCommit === null) {
      const seen = (byCommit.get(commit) ?? 0) | (pass ? 1 : 2);
      byCommit.set(commit, seen);
      if (seen === 3) sameCommit = commit;
    }
  }
  const enough = n >= options.minRuns;
  const flipRate = enough ? flips / (n - 1) : null;
  const failRate = enough ? failed / n : null;

  const signals: FlakeSignal[] = [];
  if (retried > 0) signals.push('passed-on-retry');
  if (sameCommit !== null) signals.push('both-outcomes-same-commit');
  if (flipRate !== null && flipRate >= options.flipRate) signals.push('flip-rate');
  if (trailing >= options.lastRuns) signals.push('failed-last-runs');
  if (failRate !== null && failRate >= options.failShare) signals.push('fail-share');
  if (n > 0 && passed === 0) signals.push('never-passed');
  if (passed > 0 && failed > 0 && flips === 1 && trailing > 0) signals.push('pass-to-fail');

  const last = outcomes.length - 1;
  const retriedNow = last >= 0 && outcomes[last] === 'R' && evidence[last] === true;
  const has = (s: FlakeSignal) => signals.includes(s);
  const flagged: TestVerdictKind = retriedNow
    ? 'flaky'
    : has('failed-last-runs') || has('fail-share') || has('never-passed')
      ? 'broken'
      : has('passed-on-retry') || has('both-outcomes-same-commit') || has('flip-rate')
        ? 'flaky'
        : has('pass-to-fail')
          ? 'regression'
          : 'stable';
  const recovery =
    (flagged === 'flaky' || flagged === 'broken') && lastBad >= 0
      ? recover(flagged, outcomes, lastBad, passesSince, options, runs)
      : null;
  const verdict: TestVerdictKind = recovery ? 'recovered' : flagged;
  return {
    verdict,
    recovery,
    signals,
    evidence: {
      runs: n,
      passed,
      failed,
      retried,
      flips,
      flip_rate: flipRate,
      fail_rate: failRate,
      needs_runs: enough ? null : options.minRuns,
      trailing_failures: trailing,
      same_commit: sameCommit,
      outcomes,
    },
  };
}

/**
 * Whether a test flagged `was` has recovered: `passes` passes in a row since its last flake evidence
 * at `lastBad`, or a quiet period since it (dated by `runs`) with at least one pass. Null when not.
 */
function recover(
  was: 'flaky' | 'broken',
  outcomes: string,
  lastBad: number,
  passes: number,
  options: ResolvedFlakeOptions,
  runs: readonly WindowRun[] | undefined,
): Recovery | null {
  const since = runs?.[lastBad];
  const now = runs?.[runs.length - 1];
  const from = since ? dayNumber(since.date) : null;
  const to = now ? dayNumber(now.date) : null;
  const days = from !== null && to !== null ? to - from : null;
  const byPasses = options.recoverAfterPasses > 0 && passes >= options.recoverAfterPasses;
  const quiet =
    options.recoverAfterDays > 0 && passes > 0 && days !== null && days >= options.recoverAfterDays;
  if (!byPasses && !quiet) return null;
  const runId = since?.run_id ?? `#${lastBad + 1} of the window`;
  const date = since?.date ?? '';
  const passWord = `${passes} ${passes === 1 ? 'pass' : 'passes'}`;
  const at = `run ${runId}${date ? ` (${date})` : ''}`;
  return {
    was,
    by: byPasses ? 'passes' : 'quiet-period',
    passes,
    since_run: runId,
    since_attempt: since?.attempt ?? 1,
    since_date: date,
    since_outcome: outcomes[lastBad] as 'F' | 'E' | 'R',
    days,
    summary: byPasses
      ? `recovered after ${passWord} since ${at}`
      : `recovered after ${days} days without a failure or retry since ${at} (${passWord} since)`,
  };
}

/** A flaky test as the renderers list it (RunResult.flakes): its first flaky signal and its letters. */
export interface FlakyTest {
  readonly id: string;
  readonly evidence: FlakySignal;
  readonly outcomes: string;
}

/** The signals that make a test flaky (the others make it broken or a regression). */
export type FlakySignal = Extract<FlakeSignal, 'passed-on-retry' | 'both-outcomes-same-commit' | 'flip-rate'>;

/** The flaky tests and the flake rate, as the summary, checkpoint and baseline metrics read them. */
export interface FlakeReport {
  readonly method: string;
  /** Runs of the window that count as evidence. */
  readonly runsSeen: number;
  readonly excludedRuns: readonly string[];
  readonly flaky: readonly FlakyTest[];
  /** Flaky tests that ran in this run over tests that ran in it; null when none ran. */
  readonly flakeRate: number | null;
}

const FLAKY_SIGNALS: readonly FlakySignal[] = ['passed-on-retry', 'both-outcomes-same-commit', 'flip-rate'];
const isFlakySignal = (s: FlakeSignal): s is FlakySignal => (FLAKY_SIGNALS as readonly string[]).includes(s);

/** The renderers' view of a scan: its flaky tests (not the broken or regressed ones) and the rate. */
export function flakeSummary(scan: FlakeScan): FlakeReport {
  return {
    method: scan.method,
    runsSeen: scan.runs_seen,
    excludedRuns: scan.excluded_runs.map((r) => r.run_id),
    flaky: scan.verdicts
      .filter((v) => v.verdict === 'flaky')
      .map((v) => ({
        id: v.id,
        evidence: v.signals.find(isFlakySignal) ?? 'passed-on-retry',
        outcomes: v.evidence.outcomes,
      })),
    flakeRate: scan.flake_rate.value,
  };
}

/**
 * The scan's summary straight from a window. `_flakyNow` is kept for callers written before the
 * scan: this run's passes on retry are already in the window, as its last letter R.
 */
export function flakeReport(
  history: History,
  _flakyNow: readonly string[] = [],
  options: FlakeOptions = DEFAULT_FLAKE_OPTIONS,
): FlakeReport {
  return flakeSummary(flakeScan(history, options));
}

export const FLAKE_REPORT_SCHEMA = 'test-ladder/flake-report@2';

/**
 * flake.report.json: every verdict that is not stable with its evidence, the counts (stable tests
 * are counted, not listed: a suite of 50,000 would make the report megabytes of "stable"), the
 * flake rate with its evidence, and this run's failures grouped by signature.
 */
export function flakeReportArtifact(
  scan: FlakeScan,
  signatures: readonly SignatureGroup[],
): Record<string, unknown> {
  return {
    schema: FLAKE_REPORT_SCHEMA,
    method: scan.method,
    thresholds: {
      flip_rate: scan.options.flipRate,
      min_runs: scan.options.minRuns,
      fail_share: scan.options.failShare,
      last_runs: scan.options.lastRuns,
      recover_after_passes: scan.options.recoverAfterPasses,
      recover_after_days: scan.options.recoverAfterDays,
      infrastructure_failure_share: INFRA_FAILURE_SHARE,
    },
    window: { runs: scan.runs, runs_seen: scan.runs_seen, excluded_runs: scan.excluded_runs },
    flake_rate: scan.flake_rate,
    counts: scan.counts,
    verdicts: scan.verdicts,
    signatures: {
      groups: signatures.length,
      new: signatures.filter((s) => s.status === 'new').length,
      list: signatures,
    },
  };
}
