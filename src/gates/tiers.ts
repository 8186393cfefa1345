import picomatch from 'picomatch';
import { TIER_GLOB_OPTIONS } from '../config/types.js';
import type { Tier } from '../config/types.js';
import type { CoverageMetric } from '../model/coverage.js';
import type { GateStatus, Reason, Verdict } from '../model/verdict.js';
import { metricOf } from '../analysis/totals.js';
import type { FileTotals } from '../analysis/totals.js';
import { pct } from '../report/format.js';

/** Percentages are compared unrounded; this only absorbs floating-point noise. */
const EPSILON = 1e-9;
/** Files named in a TIER_FILE_BELOW_TARGET reason; the figures count them all. */
const WORST_SHOWN = 5;

export interface TierFile {
  readonly path: string;
  readonly covered: number;
  readonly total: number;
  readonly percent: number;
}

export interface TierFigures {
  readonly name: string;
  readonly target: number;
  readonly each: boolean;
  /** Files of the coverage reports the tier's globs matched. */
  readonly files: number;
  /** Summed over the matched files: the tier's percent is weighted by size, not a mean of percents. */
  readonly covered: number;
  readonly total: number;
  /** Unrounded; null when the matched files have nothing to count (no lines, or no branches). */
  readonly percent: number | null;
  /** Matched files with something to count whose own percent is below the target. */
  readonly filesBelow: number;
  /** The files furthest below the target, lowest percent first; at most five. */
  readonly worst: readonly TierFile[];
  /**
   * `fail` below target (for `each`, any file below it); `warn` when the globs match no file;
   * `skipped` when the matched files have nothing to count; `pass` otherwise.
   */
  readonly status: GateStatus;
}

const RANK: Record<GateStatus, number> = { skipped: 0, pass: 1, warn: 2, fail: 3 };

/**
 * A file is in the tier when it matches at least one of its globs and none of its exclusions
 * (globs starting with `!`), the way `.gitignore`-style lists and the action's own file inputs read.
 */
export function tierMatcher(tier: Pick<Tier, 'paths'>): (path: string) => boolean {
  const include = tier.paths.filter((g) => !g.startsWith('!'));
  const exclude = tier.paths.filter((g) => g.startsWith('!')).map((g) => g.slice(1));
  const isIn = include.length > 0 ? picomatch(include, TIER_GLOB_OPTIONS) : () => false;
  const isOut = exclude.length > 0 ? picomatch(exclude, TIER_GLOB_OPTIONS) : () => false;
  return (path) => isIn(path) && !isOut(path);
}

/** The names of the tiers a path belongs to, in the order configured (the gap table's Tier column). */
export function tiersOfPath(tiers: readonly Tier[]): (path: string) => string[] {
  const matchers = tiers.map((t) => ({ name: t.name, matches: tierMatcher(t) }));
  return (path) => matchers.filter((m) => m.matches(path)).map((m) => m.name);
}

/**
 * Judge every tier against its target. A tier is judged on its files together: covered over total,
 * both summed, so a 2-line file at 0 % weighs what its 2 lines weigh. With `each: true` every file
 * must reach the target on its own (which implies the tier does). A file may be in several tiers; each
 * tier is judged on its own. The ladder's tolerance does not apply: a tier's target is a fixed
 * minimum, and its noise allowance can be written into the target itself.
 */
export function judgeTiers(
  files: readonly FileTotals[],
  tiers: readonly Tier[],
  metric: CoverageMetric,
): { verdict: Verdict; figures: TierFigures[] } {
  const gate = 'tiers';
  if (tiers.length === 0) {
    return {
      figures: [],
      verdict: {
        gate,
        status: 'skipped',
        reasons: [{ code: 'NO_TIERS', message: 'no coverage tiers are configured', evidence: {} }],
      },
    };
  }
  const what = metric === 'line' ? 'lines' : 'branches';
  const one = metric === 'line' ? 'line' : 'branch';
  const reasons: Reason[] = [];
  const figures = tiers.map((tier): TierFigures => {
    const matches = tierMatcher(tier);
    const matched = files.filter((f) => matches(f.path));
    let covered = 0;
    let total = 0;
    const measured: TierFile[] = [];
    for (const f of matched) {
      const c = metricOf(f, metric);
      covered += c.covered;
      total += c.total;
      if (c.total > 0)
        measured.push({ path: f.path, covered: c.covered, total: c.total, percent: c.percent ?? 0 });
    }
    const percent = total === 0 ? null : (covered / total) * 100;
    const below = measured
      .filter((f) => f.percent < tier.target - EPSILON)
      .sort(
        (a, b) =>
          a.percent - b.percent ||
          b.total - b.covered - (a.total - a.covered) ||
          (a.path < b.path ? -1 : a.path > b.path ? 1 : 0),
      );
    const worst = below.slice(0, WORST_SHOWN);
    const base = {
      name: tier.name,
      target: tier.target,
      each: tier.each,
      files: matched.length,
      covered,
      total,
      percent,
      filesBelow: below.length,
      worst,
    };

    if (matched.length === 0) {
      reasons.push({
        code: 'TIER_MATCHES_NOTHING',
        message: `tier ${tier.name}: ${tier.paths.join(', ')} ${tier.paths.length === 1 ? 'matches' : 'match'} no file in the coverage reports; check the globs (they are relative to the repository root)`,
        evidence: { tier: tier.name, paths: tier.paths.join(', '), files: files.length },
      });
      return { ...base, status: 'warn' };
    }
    if (percent === null) return { ...base, status: 'skipped' };

    if (tier.each) {
      if (below.length === 0) return { ...base, status: 'pass' };
      const shown = worst.map((f) => `${f.path} ${pct(f.percent)} (${f.covered}/${f.total})`).join(', ');
      const more = below.length > worst.length ? `, and ${below.length - worst.length} more` : '';
      reasons.push({
        code: 'TIER_FILE_BELOW_TARGET',
        message: `tier ${tier.name}: ${below.length} of ${measured.length} files are below the target ${pct(tier.target)} each file must reach: ${shown}${more}`,
        evidence: {
          tier: tier.name,
          target: tier.target,
          files: measured.length,
          below: below.length,
          worst: worst.map((f) => f.path).join(', '),
          worstPercent: worst[0]?.percent ?? null,
        },
      });
      return { ...base, status: 'fail' };
    }
    if (percent >= tier.target - EPSILON) return { ...base, status: 'pass' };
    // The fewest more covered lines that would reach the target, as gaps counts them.
    const needed = Math.max(0, Math.ceil((tier.target / 100) * total - covered - EPSILON));
    reasons.push({
      code: 'TIER_BELOW_TARGET',
      message: `tier ${tier.name}: ${metric} coverage ${pct(percent)} (${covered} of ${total} ${what} in ${matched.length} ${matched.length === 1 ? 'file' : 'files'}) is below its target ${pct(tier.target)}; ${needed} more covered ${needed === 1 ? one : what} would reach it`,
      evidence: {
        tier: tier.name,
        target: tier.target,
        percent,
        covered,
        total,
        files: matched.length,
        needed,
      },
    });
    return { ...base, status: 'fail' };
  });

  let status: GateStatus = 'skipped';
  for (const f of figures) if (RANK[f.status] > RANK[status]) status = f.status;
  return { verdict: { gate, status, reasons }, figures };
}
