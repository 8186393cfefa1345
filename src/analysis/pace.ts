import type { CoverageMetric } from '../model/coverage.js';
import { DEFAULT_LADDER } from '../config/types.js';
import { floorOn, type LadderFigures } from '../gates/ladder.js';
import { dayNumber } from './dates.js';

/** Percentages are compared unrounded; this only absorbs floating-point noise. */
const EPSILON = 1e-9;
/** Rates are stated per 30 days: a per-day figure reads as zero on any real project. */
export const PACE_PERIOD_DAYS = 30;

/** One run of the history window, as history.json records it. */
export interface HistoryRunCoverage {
  readonly run_id: string;
  readonly date: string;
  readonly commit: string | null;
  /** The ladder metric's percent the run measured; absent or null for runs recorded before it was kept. */
  readonly coverage?: number | null;
}

/** One point of the coverage chart. */
export interface TrendPoint {
  readonly run_id: string;
  readonly date: string;
  readonly commit: string | null;
  readonly coverage: number | null;
  /** The floor on the run's date; null without a dated ladder. */
  readonly floor: number | null;
}

export type PaceStatus = 'met' | 'on-track' | 'behind' | 'missed' | 'unknown';

export interface Pace {
  /**
   * `met`: the target is reached already; `on-track`: the trend reaches it by the horizon;
   * `behind`: it does not; `missed`: the horizon has passed below the target; `unknown`: no dated
   * target, or too few runs to tell a trend (`reason` says which).
   */
  readonly status: PaceStatus;
  /** Percentage points per 30 days: the least-squares slope over the window's runs; null without one. */
  readonly perPeriod: number | null;
  /** Where the trend, continued from today's figure, stands on the horizon; null without a trend. */
  readonly projected: number | null;
  /** Percentage points per 30 days needed from today to reach the target on the horizon. */
  readonly needed: number | null;
  /** The day the trend reaches the target; null when it never does or is already there. */
  readonly reachesOn: string | null;
  /** Runs with a coverage figure that the slope is taken over, and the days they span. */
  readonly runs: number;
  readonly days: number;
  /** Why the status is `unknown`, in words; null otherwise. */
  readonly reason: string | null;
}

export interface Trend {
  readonly metric: CoverageMetric;
  readonly target: number | null;
  readonly horizon: string | null;
  /** The window's runs, oldest first, this run last. */
  readonly points: readonly TrendPoint[];
  readonly pace: Pace;
}

/**
 * The coverage trend over the history window and whether its pace reaches the target by the
 * horizon. `runs` is the window as history.json carries it after this run was added (this run
 * last). The pace continues the window's least-squares slope from today's measured figure: the
 * measurement is exact, the slope is the estimate.
 */
export function coverageTrend(runs: readonly HistoryRunCoverage[], ladder: LadderFigures): Trend {
  const dated = { ...DEFAULT_LADDER, ...pick(ladder) };
  const points: TrendPoint[] = runs.map((r) => ({
    run_id: r.run_id,
    date: r.date,
    commit: r.commit,
    coverage: typeof r.coverage === 'number' && Number.isFinite(r.coverage) ? r.coverage : null,
    floor: dayNumber(r.date) === null ? null : floorOn(dated, r.date).floor,
  }));
  return {
    metric: ladder.metric,
    target: ladder.target,
    horizon: ladder.horizon,
    points,
    pace: paceOf(points, ladder),
  };
}

function pick(l: LadderFigures) {
  return { baseline: l.baseline, target: l.target, since: l.since, horizon: l.horizon };
}

export function paceOf(points: readonly TrendPoint[], ladder: LadderFigures): Pace {
  const samples = points.flatMap((p) => {
    const x = dayNumber(p.date);
    return x === null || p.coverage === null ? [] : [{ x, y: p.coverage }];
  });
  const xs = samples.map((s) => s.x);
  const days = samples.length === 0 ? 0 : Math.max(...xs) - Math.min(...xs);
  const base = { runs: samples.length, days };
  const unknown = (reason: string): Pace => ({
    status: 'unknown',
    perPeriod: null,
    projected: null,
    needed: null,
    reachesOn: null,
    ...base,
    reason,
  });
  const { current, target, horizon, date } = ladder;
  const today = dayNumber(date);
  const end = horizon === null ? null : dayNumber(horizon);
  if (current === null) return unknown('nothing was measured');
  if (target === null || end === null || today === null) return unknown('the ladder has no dated target');
  const slope = days > 0 ? leastSquaresSlope(samples) : null;
  const perPeriod = slope === null ? null : slope * PACE_PERIOD_DAYS;
  const left = end - today;
  const needed = left > 0 && current < target ? ((target - current) / left) * PACE_PERIOD_DAYS : null;
  const projected = slope === null ? null : current + slope * Math.max(0, left);
  const known = { perPeriod, projected, needed, ...base, reason: null };
  if (current >= target - EPSILON) return { status: 'met', ...known, needed: null, reachesOn: null };
  if (left < 0) return { status: 'missed', ...known, needed: null, reachesOn: null };
  if (slope === null)
    return { ...unknown('needs runs on at least two different days'), needed, perPeriod: null };
  const reachesOn = slope > EPSILON ? isoDay(today + Math.ceil((target - current) / slope)) : null;
  const onTrack = projected !== null && projected >= target - EPSILON;
  return { status: onTrack ? 'on-track' : 'behind', ...known, reachesOn };
}

/** Ordinary least squares over (day, percent); the caller ensures at least two distinct days. */
function leastSquaresSlope(samples: readonly { x: number; y: number }[]): number {
  const n = samples.length;
  // Centred on the first day so that day numbers near 20,000 do not cost precision.
  const x0 = samples[0]!.x;
  let sx = 0;
  let sy = 0;
  for (const s of samples) {
    sx += s.x - x0;
    sy += s.y;
  }
  const mx = sx / n;
  const my = sy / n;
  let sxy = 0;
  let sxx = 0;
  for (const s of samples) {
    const dx = s.x - x0 - mx;
    sxy += dx * (s.y - my);
    sxx += dx * dx;
  }
  return sxy / sxx;
}

function isoDay(day: number): string {
  return new Date(day * 86_400_000).toISOString().slice(0, 10);
}
