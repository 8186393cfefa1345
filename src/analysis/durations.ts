import type { TestCase } from '../model/tests.js';
import { durationHistory, type History, type HistoryTest } from './history.js';

/**
 * Test durations: percentiles by nearest rank (`x[ceil(p·n) − 1]` of the sorted sample, so every
 * figure is a time some test took; with fewer than 100 samples p99 is the maximum), the slowest
 * tests with their change against the history window, and totals. Skipped tests and tests without
 * a time are left out of every figure.
 */

export const DEFAULT_SLOWEST = 10;
export const PERCENTILE_METHOD = 'nearest-rank';

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
  const sorted = Float64Array.from(values).sort();
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

/** Percentiles, total and the slowest tests of one run (no history). */
export function durationSummary(cases: readonly TestCase[], slowestCount = DEFAULT_SLOWEST): DurationSummary {
  const timed = cases.filter((c) => c.duration !== null && c.outcome !== 'skipped');
  return {
    percentiles: percentiles(timed.map((c) => c.duration!)),
    total: timed.reduce((s, c) => s + c.duration!, 0),
    slowest: slowest(timed, slowestCount).map((c) => ({ id: c.id, name: c.name, duration: c.duration! })),
  };
}

/** The `n` slowest of `timed`, slowest first, ties by id; without sorting the whole suite. */
function slowest(timed: readonly TestCase[], n: number): TestCase[] {
  const before = (a: TestCase, b: TestCase) =>
    b.duration! - a.duration! || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  const top: TestCase[] = [];
  if (n <= 0) return top;
  for (const c of timed) {
    if (top.length === n && before(c, top[n - 1]!) >= 0) continue;
    let i = top.length;
    while (i > 0 && before(c, top[i - 1]!) < 0) i--;
    top.splice(i, 0, c);
    if (top.length > n) top.pop();
  }
  return top;
}

export interface SlowTestChange extends SlowTest {
  readonly classname: string;
  /** From the window's earlier runs: the median and last time, seconds, and how many runs gave one. */
  readonly history: {
    readonly median: number | null;
    readonly last: number | null;
    readonly samples: number;
  };
  /** Seconds against the median of earlier runs; null without one. */
  readonly change: number | null;
  /** duration / median − 1 (0.25 = 25 % slower); null without a median or when it is 0. */
  readonly change_ratio: number | null;
}

export interface SuiteTotal {
  readonly classname: string;
  readonly tests: number;
  readonly seconds: number;
}

export interface DurationsReport {
  readonly method: 'nearest-rank';
  readonly unit: 'seconds';
  readonly percentiles: Percentiles;
  readonly totals: {
    readonly tests: number;
    /** Tests with a time (skipped ones excluded): the sample. */
    readonly timed: number;
    readonly seconds: number;
  };
  readonly slowest: readonly SlowTestChange[];
  /** Test time per classname (the suite, for most producers), the largest first, as many as `slowest`. */
  readonly suites: readonly SuiteTotal[];
  /** How many earlier runs the window had to compare with. */
  readonly history_runs: number;
}

/**
 * durations.json: this run's durations, and the slowest tests each against its median over the
 * window's earlier runs. `history` is the window extended with this run (its last run is this one)
 * or null; histories keep whole milliseconds, so changes under a millisecond do not show.
 */
export function durationsReport(
  cases: readonly TestCase[],
  history: History | null,
  slowestCount = DEFAULT_SLOWEST,
): DurationsReport {
  const timed = cases.filter((c) => c.duration !== null && c.outcome !== 'skipped');
  const earlier = history ? history.runs.length - 1 : 0;
  const top = slowest(timed, slowestCount);
  const wanted = new Set(top.map((c) => c.id));
  const past = new Map<string, HistoryTest>();
  if (history && earlier > 0) for (const t of history.tests) if (wanted.has(t.id)) past.set(t.id, t);

  const suites = new Map<string, { tests: number; seconds: number }>();
  let seconds = 0;
  for (const c of timed) {
    seconds += c.duration!;
    const s = suites.get(c.classname);
    if (s) {
      s.tests++;
      s.seconds += c.duration!;
    } else suites.set(c.classname, { tests: 1, seconds: c.duration! });
  }
  return {
    method: 'nearest-rank',
    unit: 'seconds',
    percentiles: percentiles(timed.map((c) => c.duration!)),
    totals: { tests: cases.length, timed: timed.length, seconds: round9(seconds) },
    slowest: top.map((c) => {
      const t = past.get(c.id);
      const h = t ? durationHistory(t, 0, earlier) : { samples: 0, last: null, median: null, mean: null };
      const change = h.median === null ? null : round9(c.duration! - h.median);
      return {
        id: c.id,
        name: c.name,
        classname: c.classname,
        duration: c.duration!,
        history: { median: h.median, last: h.last, samples: h.samples },
        change,
        change_ratio: h.median === null || h.median === 0 ? null : round9(c.duration! / h.median - 1),
      };
    }),
    suites: [...suites]
      .map(([classname, s]) => ({ classname, tests: s.tests, seconds: round9(s.seconds) }))
      .sort(
        (a, b) =>
          b.seconds - a.seconds || (a.classname < b.classname ? -1 : a.classname > b.classname ? 1 : 0),
      )
      .slice(0, slowestCount),
    history_runs: earlier,
  };
}

/** Sums and differences of decimal times pick up binary noise; reports give at most nanoseconds. */
function round9(x: number): number {
  return Math.round(x * 1e9) / 1e9;
}
