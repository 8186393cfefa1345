import type { TestCase, TestRun, TestTotals } from '../model/tests.js';

export function testTotals(cases: readonly TestCase[], flakyIds: readonly string[]): TestTotals {
  let passed = 0;
  let failed = 0;
  let errors = 0;
  let skipped = 0;
  for (const c of cases) {
    if (c.outcome === 'passed') passed++;
    else if (c.outcome === 'failed') failed++;
    else if (c.outcome === 'error') errors++;
    else skipped++;
  }
  return { total: cases.length, passed, failed, errors, skipped, flaky: new Set(flakyIds).size };
}

export interface Percentiles {
  readonly p50: number | null;
  readonly p90: number | null;
  readonly p95: number | null;
  readonly p99: number | null;
  readonly method: 'nearest-rank';
  /** How many durations the percentiles are taken over (tests with a time, skipped excluded). */
  readonly samples: number;
}

/** Nearest-rank: x[ceil(p·n) − 1] of the sorted sample. With fewer than 100 samples p99 is the maximum. */
export function percentiles(values: readonly number[]): Percentiles {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (p: number) =>
    sorted.length === 0 ? null : sorted[Math.max(0, Math.ceil(p * sorted.length) - 1)]!;
  return {
    p50: at(0.5),
    p90: at(0.9),
    p95: at(0.95),
    p99: at(0.99),
    method: 'nearest-rank',
    samples: sorted.length,
  };
}

export interface SlowTest {
  readonly id: string;
  readonly name: string;
  readonly duration: number;
}

export interface DurationSummary {
  readonly percentiles: Percentiles;
  /** Sum of every test's time, seconds. */
  readonly total: number;
  readonly slowest: readonly SlowTest[];
}

export function durationSummary(cases: readonly TestCase[], slowestCount = 10): DurationSummary {
  const timed = cases.filter((c) => c.duration !== null && c.outcome !== 'skipped');
  const slowest = [...timed]
    .sort((a, b) => b.duration! - a.duration! || (a.id < b.id ? -1 : 1))
    .slice(0, slowestCount)
    .map((c) => ({ id: c.id, name: c.name, duration: c.duration! }));
  return {
    percentiles: percentiles(timed.map((c) => c.duration!)),
    total: timed.reduce((s, c) => s + c.duration!, 0),
    slowest,
  };
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

/** What a fail-fast run (`-x`, `--bail`) would have saved: the time after the first failure. */
export function firstFailure(run: TestRun): FirstFailure | null {
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
