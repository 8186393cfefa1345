import type { History } from './history.js';

/** A run where more than this share of tests failed is an infrastructure failure, not evidence. */
export const INFRA_FAILURE_SHARE = 0.8;

export interface FlakyTest {
  readonly id: string;
  /** Why it is flaky: passed on retry in this run, or passed and failed on one commit. */
  readonly evidence: 'passed-on-retry' | 'both-outcomes-same-commit';
  readonly outcomes: string;
}

export interface FlakeReport {
  readonly method: string;
  /** Runs of the window that count as evidence. */
  readonly runsSeen: number;
  readonly excludedRuns: readonly string[];
  readonly flaky: readonly FlakyTest[];
  /** Flaky tests over tests that ran in this run; null when none ran. */
  readonly flakeRate: number | null;
}

/**
 * Flaky tests from the rolling window: passed on retry in this run, or passed and failed on the
 * same commit across runs and attempts. Infrastructure failures (over 80 % failing, or nothing read)
 * are excluded from evidence.
 */
export function flakeReport(history: History, flakyNow: readonly string[]): FlakeReport {
  const evidence = history.runs.map((r) => r.tests > 0 && r.failed / r.tests <= INFRA_FAILURE_SHARE);
  const excludedRuns = history.runs.filter((_, i) => !evidence[i]).map((r) => r.run_id);
  const flaky: FlakyTest[] = [];
  const retried = new Set(flakyNow);
  const last = history.runs.length - 1;
  let ranNow = 0;
  for (const t of history.tests) {
    const nowLetter = t.outcomes[last];
    if (ranIn(nowLetter)) ranNow++;
    // This run's retries, and any run of the window where it passed only after a retry ('R').
    if (retried.has(t.id) || t.outcomes.split('').some((l, i) => l === 'R' && evidence[i])) {
      flaky.push({ id: t.id, evidence: 'passed-on-retry', outcomes: t.outcomes });
      continue;
    }
    const byCommit = new Map<string, Set<string>>();
    history.runs.forEach((r, i) => {
      const letter = t.outcomes[i];
      if (!evidence[i] || r.commit === null || !letter || letter === '-' || letter === 'S') return;
      const kind = letter === 'P' || letter === 'R' ? 'P' : 'F';
      const set = byCommit.get(r.commit) ?? new Set<string>();
      set.add(kind);
      byCommit.set(r.commit, set);
    });
    if ([...byCommit.values()].some((s) => s.size === 2))
      flaky.push({ id: t.id, evidence: 'both-outcomes-same-commit', outcomes: t.outcomes });
  }
  return {
    method:
      'passed on retry within a run, or passed and failed on the same commit; runs with over 80 % failing excluded',
    runsSeen: evidence.filter(Boolean).length,
    excludedRuns,
    flaky,
    // Same rule as the denominator: a flaky test skipped or absent in this run did not run in it.
    flakeRate: ranNow === 0 ? null : flaky.filter((f) => ranIn(f.outcomes[last])).length / ranNow,
  };
}

function ranIn(letter: string | undefined): boolean {
  return letter !== undefined && letter !== '-' && letter !== 'S';
}
