import type { PatchConfig } from '../config/types.js';
import type { PatchCoverage } from '../analysis/patch.js';
import type { Verdict } from '../model/verdict.js';
import { pct, pp } from '../report/format.js';

/**
 * `coverage.patch` in test-ladder.yml; the type lives with the rest of the config. Below `minLines`
 * executable changed lines a miss only warns: with N lines one uncovered line moves the percent
 * by 100/N points, so a tiny change swings between 0 and 100 % on a single line.
 */
export type { PatchConfig };

/** Percentages are compared unrounded; this only absorbs floating-point noise. */
const EPSILON = 1e-9;

const GATE = 'patch';

/** Judge the coverage of the changed lines against the patch target. */
export function judgePatch(patch: PatchCoverage, cfg: PatchConfig): Verdict {
  if (cfg.target === null)
    return {
      gate: GATE,
      status: 'skipped',
      reasons: [
        {
          code: 'NO_PATCH_TARGET',
          message: 'no patch coverage target is configured; the figures are reported, nothing is judged',
          evidence: { covered: patch.covered, total: patch.total, percent: patch.percent },
        },
      ],
    };
  if (patch.total === 0 || patch.percent === null) {
    const unreported = patch.unreported.length;
    const why =
      patch.changedLines === 0
        ? 'the change adds no lines'
        : `none of the ${patch.changedLines} changed lines is an executable line of a coverage report` +
          (unreported > 0
            ? ` (${unreported} changed ${unreported === 1 ? 'file is' : 'files are'} not in any report)`
            : '');
    return {
      gate: GATE,
      status: 'skipped',
      reasons: [
        {
          code: 'NO_EXECUTABLE_CHANGES',
          message: `${why}; patch coverage is not judged`,
          evidence: { changed_lines: patch.changedLines, unreported_files: unreported, target: cfg.target },
        },
      ],
    };
  }
  const { covered, total, percent } = patch;
  if (percent >= cfg.target - EPSILON) return { gate: GATE, status: 'pass', reasons: [] };

  const needed = linesNeeded(covered, total, cfg.target);
  const figures = `patch coverage ${pct(percent)} (${covered} of ${total} executable changed lines) is below the target ${pct(cfg.target)}`;
  const evidence = { percent, target: cfg.target, covered, total, uncovered: total - covered, needed };
  if (total < cfg.minLines)
    return {
      gate: GATE,
      status: 'warn',
      reasons: [
        {
          code: 'PATCH_TOO_SMALL_TO_JUDGE',
          message: `${figures}, but ${total} ${total === 1 ? 'line is' : 'lines are'} fewer than the ${cfg.minLines} needed to fail the gate (min-lines); one line moves it by ${pp(100 / total)}`,
          evidence: { ...evidence, min_lines: cfg.minLines },
        },
      ],
    };
  return {
    gate: GATE,
    status: 'fail',
    reasons: [
      {
        code: 'PATCH_BELOW_TARGET',
        message: `${figures}; cover ${needed} more changed ${needed === 1 ? 'line' : 'lines'} to reach it`,
        evidence,
      },
    ],
  };
}

/** The fewest more covered lines that bring covered/total to the target. */
function linesNeeded(covered: number, total: number, target: number): number {
  let k = Math.max(0, Math.ceil((target * total) / 100 - covered - EPSILON));
  // ceil on a product of floats can land one short or over; settle it on the comparison itself.
  while (k > 0 && ((covered + k - 1) / total) * 100 >= target - EPSILON) k--;
  while (covered + k < total && ((covered + k) / total) * 100 < target - EPSILON) k++;
  return k;
}
