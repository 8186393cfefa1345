import type { LadderConfig } from '../config/types.js';
import type { CoverageMetric, Ratio } from '../model/coverage.js';
import type { Reason, Verdict } from '../model/verdict.js';
import { dayNumber } from '../analysis/dates.js';
import { pct, pp } from '../report/format.js';

/** Percentages are compared unrounded; this only absorbs floating-point noise. */
const EPSILON = 1e-9;

export interface LadderFigures {
  readonly metric: CoverageMetric;
  /** The measured percent of the metric, unrounded; null when the reports have nothing to count. */
  readonly current: number | null;
  readonly covered: number;
  readonly total: number;
  readonly baseline: number | null;
  readonly tolerance: number;
  readonly target: number | null;
  readonly since: string | null;
  readonly horizon: string | null;
  /** The day judged. */
  readonly date: string;
  /** Today's floor: the baseline rising linearly to the target at the horizon; null without both. */
  readonly floor: number | null;
  /** Share of the way from `since` to `horizon` on `date`, 0..1; null without a dated ladder. */
  readonly progress: number | null;
}

/**
 * The floor on `date`: equal to the baseline on or before `since`, the target on or after the
 * horizon, and a straight line between. Null when the ladder has no dated target, in which case
 * the baseline alone is the floor.
 */
export function floorOn(
  ladder: LadderConfig,
  date: string,
): { floor: number | null; progress: number | null } {
  const { baseline, target, since, horizon } = ladder;
  if (baseline === null || target === null || since === null || horizon === null)
    return { floor: baseline, progress: null };
  const s = dayNumber(since);
  const h = dayNumber(horizon);
  const d = dayNumber(date);
  if (s === null || h === null || d === null || h <= s) return { floor: baseline, progress: null };
  const progress = Math.min(1, Math.max(0, (d - s) / (h - s)));
  return { floor: baseline + (target - baseline) * progress, progress };
}

/** Judge the measured coverage against the ladder on `date` (UTC, `YYYY-MM-DD`). */
export function judgeLadder(
  ladder: LadderConfig,
  measured: Ratio,
  date: string,
): { verdict: Verdict; figures: LadderFigures } {
  const { floor, progress } = floorOn(ladder, date);
  const figures: LadderFigures = {
    metric: ladder.metric,
    current: measured.percent,
    covered: measured.covered,
    total: measured.total,
    baseline: ladder.baseline,
    tolerance: ladder.tolerance,
    target: ladder.target,
    since: ladder.since,
    horizon: ladder.horizon,
    date,
    floor,
    progress,
  };
  const gate = 'ladder';
  if (ladder.baseline === null && ladder.target === null) {
    return {
      figures,
      verdict: {
        gate,
        status: 'skipped',
        reasons: [
          {
            code: 'NO_LADDER',
            message: 'no coverage baseline or target is configured; figures are reported, nothing is judged',
            evidence: {},
          },
        ],
      },
    };
  }
  const current = measured.percent;
  if (current === null) {
    const what = ladder.metric === 'line' ? 'executable lines' : 'branches';
    return {
      figures,
      verdict: {
        gate,
        status: 'fail',
        reasons: [
          {
            code: 'NO_COVERAGE_DATA',
            message: `the coverage reports list no ${what}, so ${ladder.metric} coverage cannot be measured`,
            evidence: { metric: ladder.metric, total: 0 },
          },
        ],
      },
    };
  }

  const reasons: Reason[] = [];
  const tol = ladder.tolerance;
  if (ladder.baseline !== null && current < ladder.baseline - tol - EPSILON) {
    reasons.push({
      code: 'COVERAGE_REGRESSION',
      message: `${ladder.metric} coverage ${pct(current)} fell ${pp(ladder.baseline - current)} below the baseline ${pct(ladder.baseline)} (tolerance ${pp(tol)})`,
      evidence: { current, baseline: ladder.baseline, tolerance: tol, drop: ladder.baseline - current },
    });
  }
  const afterHorizon =
    ladder.horizon !== null && (dayNumber(date) ?? -Infinity) > (dayNumber(ladder.horizon) ?? Infinity);
  if (afterHorizon && ladder.target !== null) {
    if (current < ladder.target - tol - EPSILON) {
      reasons.push({
        code: 'TARGET_MISSED_AFTER_HORIZON',
        message: `${ladder.metric} coverage ${pct(current)} is below the target ${pct(ladder.target)} that was due on ${ladder.horizon} (tolerance ${pp(tol)})`,
        evidence: { current, target: ladder.target, horizon: ladder.horizon, tolerance: tol, date },
      });
    }
  } else if (
    floor !== null &&
    ladder.target !== null &&
    current < floor - tol - EPSILON &&
    // On or before `since` the floor is the baseline: COVERAGE_REGRESSION already says it.
    !(reasons.length > 0 && floor <= (ladder.baseline ?? floor) + EPSILON)
  ) {
    reasons.push({
      code: 'BELOW_FLOOR',
      message: `${ladder.metric} coverage ${pct(current)} is below today's floor ${pct(floor)} (${date}; the floor rises from ${pct(ladder.baseline ?? floor)} on ${ladder.since} to ${pct(ladder.target)} on ${ladder.horizon}; tolerance ${pp(tol)})`,
      evidence: { current, floor, tolerance: tol, date, since: ladder.since, horizon: ladder.horizon },
    });
  }
  return { figures, verdict: { gate, status: reasons.length > 0 ? 'fail' : 'pass', reasons } };
}
