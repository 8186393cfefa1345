import type { Counter, CoverageMetric } from '../model/coverage.js';
import type { CoverageTotals } from './totals.js';
import { metricOf } from './totals.js';

export interface GapFile {
  readonly path: string;
  readonly covered: number;
  readonly total: number;
  readonly missing: number;
  readonly percent: number | null;
  /** Percentage points the project total would gain if this file were fully covered. */
  readonly gain: number;
  /**
   * The coverage tiers the file belongs to, in the order configured; empty when it is in none.
   * Absent in results written before tiers were listed (a checkpoint from an older run).
   */
  readonly tiers?: readonly string[];
}

export interface PathToGoal {
  readonly goal: number;
  /** Covered lines (or branches) still needed; 0 when the goal is met. */
  readonly needed: number;
  /** The fewest files whose full coverage closes the gap, most missing first. */
  readonly files: readonly string[];
  /** False when even full coverage of every file cannot reach the goal (it cannot: goal > 100). */
  readonly reachable: boolean;
}

export interface GapAnalysis {
  readonly metric: CoverageMetric;
  readonly covered: number;
  readonly total: number;
  /** Files with something missing, the ones that move the total most first. */
  readonly ranked: readonly GapFile[];
  readonly toFloor: PathToGoal | null;
  readonly toTarget: PathToGoal | null;
}

/**
 * Rank files by missing lines (each missing line moves the total by the same amount, so the file
 * with most missing moves it most) and find the cheapest path to a goal. Taking files in that order
 * is optimal for "fewest files": any k files close at most the k largest gaps.
 */
export function analyzeGaps(
  t: CoverageTotals,
  metric: CoverageMetric,
  goals: { floor: number | null; target: number | null },
  /** The names of the tiers a path belongs to (see `tierMatcher`); none when no tier is configured. */
  tiersOf: (path: string) => readonly string[] = () => [],
): GapAnalysis {
  const overall = metricOf(t, metric);
  const ranked: GapFile[] = t.files
    .map((f) => {
      const c: Counter = metricOf(f, metric);
      const missing = c.total - c.covered;
      return {
        path: f.path,
        covered: c.covered,
        total: c.total,
        missing,
        percent: c.total === 0 ? null : (c.covered / c.total) * 100,
        gain: overall.total === 0 ? 0 : (missing / overall.total) * 100,
      };
    })
    .filter((f) => f.missing > 0)
    .map((f) => ({ ...f, tiers: tiersOf(f.path) }))
    .sort((a, b) => b.missing - a.missing || (a.path < b.path ? -1 : 1));
  const path = (goal: number | null) => (goal === null ? null : pathTo(goal, overall, ranked));
  return {
    metric,
    covered: overall.covered,
    total: overall.total,
    ranked,
    toFloor: path(goals.floor),
    toTarget: path(goals.target),
  };
}

function pathTo(goal: number, overall: Counter, ranked: readonly GapFile[]): PathToGoal {
  // Smallest whole number of items with (covered + needed) / total ≥ goal %, guarding float noise.
  const exact = (goal / 100) * overall.total - overall.covered;
  const needed = Math.max(0, Math.ceil(exact - 1e-9));
  const files: string[] = [];
  let gained = 0;
  for (const f of ranked) {
    if (gained >= needed) break;
    files.push(f.path);
    gained += f.missing;
  }
  return { goal, needed, files, reachable: gained >= needed };
}
