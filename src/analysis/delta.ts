import type { CoverageMetric, CoverageReport, FileCoverage, Ratio } from '../model/coverage.js';
import type { Reason } from '../model/verdict.js';
import { comparePaths } from '../formats/coverage/build.js';
import { pp } from '../report/format.js';
import { fileBranches, fileLines, sum } from './totals.js';

/** Percentages are compared unrounded; this only absorbs floating-point noise. */
const EPSILON = 1e-9;

export interface FileDelta {
  readonly path: string;
  /** `kept`: in both runs. */
  readonly status: 'added' | 'removed' | 'kept';
  /** In the base run; null for an added file. */
  readonly before: Ratio | null;
  /** In this run; null for a removed file. */
  readonly after: Ratio | null;
  /** after − before, in percentage points; null unless both runs have something to count. */
  readonly change: number | null;
  /** Covered lines (or branch outcomes) gained; negative when lost. An absent side counts as 0. */
  readonly coveredChange: number;
  /** Uncovered lines (or branch outcomes) gained; negative when fewer are uncovered. */
  readonly uncoveredChange: number;
  /**
   * Lines that were covered in the base run and are not now (for the branch metric, lines with an
   * outcome that was taken and is not now). Only known when the file's executable lines (branch
   * points) are the same in both runs, so a line number means the same line; null otherwise.
   */
  readonly lostLines: readonly number[] | null;
}

export interface CoverageDelta {
  readonly metric: CoverageMetric;
  readonly before: Ratio;
  readonly after: Ratio;
  /** after − before, in percentage points; null unless both runs have something to count. */
  readonly change: number | null;
  /**
   * Files whose figures differ between the runs, added and removed ones included: the most new
   * uncovered lines first (each uncovered line costs the total the same), then the most covered
   * lines lost, then by path. Files with the same figures are left out.
   */
  readonly files: readonly FileDelta[];
  readonly added: number;
  readonly removed: number;
}

/**
 * Compare this run's coverage with a base run's, file by file. Both reports must be path-mapped
 * the same way (repository-relative paths), or every file shows as removed and added.
 */
export function compareCoverage(
  base: CoverageReport,
  head: CoverageReport,
  metric: CoverageMetric,
): CoverageDelta {
  const count = metric === 'line' ? fileLines : fileBranches;
  const before = new Map(base.files.map((f) => [f.path, f]));
  const after = new Map(head.files.map((f) => [f.path, f]));
  const paths = [...new Set([...before.keys(), ...after.keys()])].sort(comparePaths);
  const files: FileDelta[] = [];
  let added = 0;
  let removed = 0;
  for (const path of paths) {
    const b = before.get(path);
    const a = after.get(path);
    const rb = b ? count(b) : null;
    const ra = a ? count(a) : null;
    const coveredChange = (ra?.covered ?? 0) - (rb?.covered ?? 0);
    const uncoveredChange = uncovered(ra) - uncovered(rb);
    const lostLines = b && a ? lost(b, a, metric) : null;
    const status = !b ? 'added' : !a ? 'removed' : 'kept';
    if (status === 'added') added += 1;
    if (status === 'removed') removed += 1;
    // Same counts and no line known to be lost: nothing to show, even if lines moved.
    const same =
      status === 'kept' && rb!.covered === ra!.covered && rb!.total === ra!.total && !lostLines?.length;
    if (same) continue;
    files.push({
      path,
      status,
      before: rb,
      after: ra,
      change: rb?.percent != null && ra?.percent != null ? ra.percent - rb.percent : null,
      coveredChange,
      uncoveredChange,
      lostLines,
    });
  }
  files.sort(
    (x, y) =>
      y.uncoveredChange - x.uncoveredChange ||
      x.coveredChange - y.coveredChange ||
      comparePaths(x.path, y.path),
  );
  const total = (r: CoverageReport) => sum(r.files.map(count));
  const rb = total(base);
  const ra = total(head);
  return {
    metric,
    before: rb,
    after: ra,
    change: rb.percent !== null && ra.percent !== null ? ra.percent - rb.percent : null,
    files,
    added,
    removed,
  };
}

/**
 * Says when a drop in coverage comes only from code that was removed, so a reviewer does not chase
 * a regression that is not there (deleting well-tested code lowers the percent).
 *
 * The drop is "from removed code only" when the overall percent fell and:
 * 1. no file in both runs has more uncovered lines than before (counted per file, not matched line
 *    by line, because line numbers shift when a file is edited);
 * 2. in every file in both runs whose executable lines are the same (so line numbers do match), no
 *    line went from covered to uncovered;
 * 3. no file added in this run has an uncovered line.
 * (For the branch metric read "branch outcomes" for lines.)
 *
 * Then the uncovered total did not grow, so the percent can only have fallen because the covered
 * total shrank: covered lines were deleted, in kept files or with removed files. In an edited file a
 * covered line that became uncovered while an uncovered line was deleted nets out and passes rule 1;
 * telling those apart needs the diff, which this comparison does not have.
 *
 * Returns DROP_FROM_REMOVED_CODE with the numbers, or null when coverage did not fall or a rule is
 * broken (a real regression: `files` lists where).
 */
export function explainDrop(delta: CoverageDelta): Reason | null {
  if (delta.change === null || delta.change >= -EPSILON) return null;
  for (const f of delta.files) {
    if (f.status === 'kept' && (f.uncoveredChange > 0 || (f.lostLines?.length ?? 0) > 0)) return null;
    if (f.status === 'added' && uncovered(f.after) > 0) return null;
  }
  let removedCovered = 0;
  let files = 0;
  let deletedFiles = 0;
  for (const f of delta.files) {
    if (f.coveredChange >= 0) continue;
    removedCovered -= f.coveredChange;
    files += 1;
    if (f.status === 'removed') deletedFiles += 1;
  }
  const what = delta.metric === 'line' ? ['line', 'lines'] : ['branch', 'branches'];
  const noun = (n: number, [one, many]: readonly string[]) => `${n} ${n === 1 ? one : many}`;
  const deleted = deletedFiles === 0 ? '' : `, ${noun(deletedFiles, ['file', 'files'])} deleted`;
  return {
    code: 'DROP_FROM_REMOVED_CODE',
    message: `${delta.metric} coverage fell ${pp(-delta.change)} only because covered ${what[1]} were removed (${noun(removedCovered, what)} in ${noun(files, ['file', 'files'])}${deleted}); no file has more uncovered ${what[1]} than before and no new file has any`,
    evidence: {
      before: delta.before.percent,
      after: delta.after.percent,
      change: delta.change,
      removedCovered,
      files,
      deletedFiles,
      uncoveredBefore: delta.before.total - delta.before.covered,
      uncoveredAfter: delta.after.total - delta.after.covered,
    },
  };
}

function uncovered(r: Ratio | null): number {
  return r === null ? 0 : r.total - r.covered;
}

/** Lines covered in `b` and not in `a`, when both list the same lines (branch points); else null. */
function lost(b: FileCoverage, a: FileCoverage, metric: CoverageMetric): number[] | null {
  const out: number[] = [];
  if (metric === 'line') {
    if (b.lines.length !== a.lines.length || b.lines.some((l, i) => a.lines[i] !== l)) return null;
    b.lines.forEach((line, i) => {
      if ((b.hits[i] ?? 0) > 0 && (a.hits[i] ?? 0) === 0) out.push(line);
    });
    return out;
  }
  const same =
    b.branches.length === a.branches.length &&
    b.branches.every(
      (p, i) => a.branches[i]?.line === p.line && a.branches[i]?.outcomes.length === p.outcomes.length,
    );
  if (!same) return null;
  b.branches.forEach((p, i) => {
    const now = a.branches[i]!.outcomes;
    if (p.outcomes.some((h, k) => h > 0 && (now[k] ?? 0) === 0)) out.push(p.line);
  });
  return out;
}
