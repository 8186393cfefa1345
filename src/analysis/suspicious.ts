import type { CoverageReport, FileCoverage } from '../model/coverage.js';
import type { TestTotals } from '../model/tests.js';
import type { Reason } from '../model/verdict.js';
import { pct } from '../report/format.js';
import { mergeReports } from './merge.js';
import type { CoverageTotals } from './totals.js';

/** Entries named in one message; the evidence counts them all. */
const SHOWN = 10;
/** A folder must hold this many measured files to be flagged as a whole (see ZERO_COVERAGE…). */
const MIN_FOLDER_FILES = 2;
/** Executable lines two copies of one module must share (Jaccard index) to be called the same. */
const SAME_MODULE_SIMILARITY = 0.8;
/** …and at least this many, so two tiny files are not alike by chance. */
const SAME_MODULE_MIN_SHARED = 3;

export interface SuspiciousInput {
  /** One report per input file, path-mapped, before merging. */
  readonly reports: readonly CoverageReport[];
  /** Totals of the merged report. */
  readonly totals: CoverageTotals;
  /** Null when no test reports were read: whether tests passed is then unknown. */
  readonly tests: TestTotals | null;
}

/**
 * Numbers that are probably not what they seem. Each is a warning, never a failure: the figures are
 * still reported and judged, and these say why they may mislead. In this order:
 *
 * - COVERAGE_WHILE_TESTS_FAILED: tests failed or errored, so code they would have run after the
 *   failure was not run: the coverage is a lower bound.
 * - ZERO_COVERAGE_WHILE_TESTS_PASSED: tests passed, yet every measured file is at 0 % line coverage,
 *   or a whole folder is (every file in it that has executable lines, at least two of them). Tests
 *   that pass without running a line usually import another copy of the code (an installed package)
 *   or none of it. A single file at 0 % is not flagged: that is usually code nobody tests yet (an
 *   entry point), and the gaps already rank it.
 * - SAME_MODULE_TWO_ROOTS: one module measured under two roots, so its coverage is split between
 *   two entries: two paths where one is the other with folders in front (`training/x.py` and
 *   `src/training/x.py`), whose executable line sets are alike (they share at least 80 % of their
 *   union — a Jaccard index of 0.8 — and at least 3 lines). The line sets of one source file are the
 *   same whichever root it was measured from; two different files that happen to share a tail are
 *   not alike.
 * - SHARDS_DISAGREE: a file listed by two or more reports (shards) with different executable line
 *   sets. Shards of one run measure the same source, so the sets should be equal; different sets
 *   mean different code, or different tools, and merging takes their union. A file only one report
 *   lists is not compared (a shard lists only what it loaded).
 */
export function suspiciousNumbers(input: SuspiciousInput): Reason[] {
  const reasons: Reason[] = [];
  const { tests, totals } = input;
  if (tests !== null && tests.failed + tests.errors > 0) reasons.push(whileFailed(tests, totals));
  if (tests !== null && tests.passed > 0 && tests.failed + tests.errors === 0) {
    const zero = zeroWhilePassed(tests, totals);
    if (zero) reasons.push(zero);
  }
  const twoRoots = sameModuleTwoRoots(mergeReports(input.reports).files);
  if (twoRoots) reasons.push(twoRoots);
  const shards = shardsDisagree(input.reports);
  if (shards) reasons.push(shards);
  return reasons;
}

function whileFailed(tests: TestTotals, totals: CoverageTotals): Reason {
  const lines = totals.lines.percent;
  const figure = lines === null ? 'the coverage' : `the line coverage ${pct(lines)}`;
  return {
    code: 'COVERAGE_WHILE_TESTS_FAILED',
    message: `coverage was measured while ${tests.failed} ${tests.failed === 1 ? 'test' : 'tests'} failed and ${tests.errors} errored (of ${tests.total}): ${figure} is a lower bound, since a failing test stops before running all the code it reaches`,
    evidence: {
      failed: tests.failed,
      errors: tests.errors,
      total: tests.total,
      linePercent: lines,
      branchPercent: totals.branches.percent,
    },
  };
}

function zeroWhilePassed(tests: TestTotals, totals: CoverageTotals): Reason | null {
  const measured = totals.files.filter((f) => f.lines.total > 0);
  if (measured.length === 0) return null;
  const zero = measured.filter((f) => f.lines.covered === 0);
  const passed = `${tests.passed} ${tests.passed === 1 ? 'test' : 'tests'} passed`;
  const why =
    'tests that pass without running a line usually import another copy of the code (an installed package) or none of it';
  if (zero.length === measured.length) {
    const lines = zero.reduce((s, f) => s + f.lines.total, 0);
    return {
      code: 'ZERO_COVERAGE_WHILE_TESTS_PASSED',
      message: `${passed}, yet every measured file is at 0 % line coverage (${zero.length} ${zero.length === 1 ? 'file' : 'files'}, ${lines} lines); ${why}`,
      evidence: { passed: tests.passed, folders: 0, files: zero.length, lines, list: null },
    };
  }

  // Per folder, at every depth: how many measured files it holds, and how many of them are at 0 %.
  const folders = new Map<string, { files: number; zero: number; lines: number }>();
  for (const f of measured) {
    for (const folder of ancestors(f.path)) {
      const c = folders.get(folder) ?? { files: 0, zero: 0, lines: 0 };
      c.files += 1;
      if (f.lines.covered === 0) {
        c.zero += 1;
        c.lines += f.lines.total;
      }
      folders.set(folder, c);
    }
  }
  const flagged = [...folders.entries()]
    .filter(([, c]) => c.zero === c.files && c.files >= MIN_FOLDER_FILES)
    .map(([folder]) => folder)
    .sort();
  // Only the outermost: src/training/ covers src/training/io/.
  const outermost = flagged.filter((f) => !flagged.some((g) => g !== f && f.startsWith(g)));
  if (outermost.length === 0) return null;
  const entries = outermost.map((folder) => ({ folder, ...folders.get(folder)! }));
  const files = entries.reduce((s, e) => s + e.files, 0);
  const lines = entries.reduce((s, e) => s + e.lines, 0);
  const shown = entries
    .slice(0, SHOWN)
    .map((e) => `${e.folder} (${e.files} files, ${e.lines} lines)`)
    .join(', ');
  const n = entries.length;
  return {
    code: 'ZERO_COVERAGE_WHILE_TESTS_PASSED',
    message: `${passed}, yet ${n === 1 ? 'a whole folder is' : `${n} whole folders are`} at 0 % line coverage: ${shown}${more(n)}; ${why}`,
    evidence: {
      passed: tests.passed,
      folders: n,
      files,
      lines,
      list: outermost.slice(0, SHOWN).join(', '),
    },
  };
}

/** `a/b/c.py` → `a/b/`, `a/`; the root is not a folder here (every file at 0 % is said above). */
function ancestors(path: string): string[] {
  const out: string[] = [];
  for (let i = path.lastIndexOf('/'); i > 0; i = path.lastIndexOf('/', i - 1)) out.push(path.slice(0, i + 1));
  return out;
}

function sameModuleTwoRoots(files: readonly FileCoverage[]): Reason | null {
  const byName = new Map<string, FileCoverage[]>();
  for (const f of files) {
    const name = f.path.slice(f.path.lastIndexOf('/') + 1);
    const list = byName.get(name);
    if (list) list.push(f);
    else byName.set(name, [f]);
  }
  const pairs: { short: FileCoverage; long: FileCoverage; shared: number; similarity: number }[] = [];
  for (const group of byName.values()) {
    if (group.length < 2) continue;
    for (const short of group) {
      for (const long of group) {
        if (!long.path.endsWith(`/${short.path}`)) continue;
        const shared = intersection(short.lines, long.lines);
        const union = short.lines.length + long.lines.length - shared;
        const similarity = union === 0 ? 0 : shared / union;
        if (shared >= SAME_MODULE_MIN_SHARED && similarity >= SAME_MODULE_SIMILARITY - 1e-9)
          pairs.push({ short, long, shared, similarity });
      }
    }
  }
  if (pairs.length === 0) return null;
  pairs.sort((a, b) => (a.long.path < b.long.path ? -1 : a.long.path > b.long.path ? 1 : 0));
  const shown = pairs
    .slice(0, SHOWN)
    .map(
      (p) =>
        `${p.short.path} and ${p.long.path} (${p.short.lines.length} and ${p.long.lines.length} lines, ${Math.round(p.similarity * 100)} % alike)`,
    )
    .join(', ');
  const n = pairs.length;
  return {
    code: 'SAME_MODULE_TWO_ROOTS',
    message: `${n === 1 ? 'a module appears' : `${n} modules appear`} under two roots, so ${n === 1 ? 'its' : 'their'} coverage is split between two entries: ${shown}${more(n)}; measure one copy (for example, run the tests against the source tree rather than an installed package)`,
    evidence: {
      pairs: n,
      list: pairs
        .slice(0, SHOWN)
        .map((p) => `${p.short.path} ~ ${p.long.path}`)
        .join(', '),
    },
  };
}

function shardsDisagree(reports: readonly CoverageReport[]): Reason | null {
  type Listed = { report: string; lines: Uint32Array; blocks: FileCoverage['blocks'] };
  const seen = new Map<string, Listed[]>();
  reports.forEach((r, i) => {
    const name = r.sources.map((s) => s.file).join(' + ') || `report ${i + 1}`;
    for (const f of r.files) {
      const entry = { report: name, lines: f.lines, blocks: f.blocks };
      const list = seen.get(f.path);
      if (list) list.push(entry);
      else seen.set(f.path, [entry]);
    }
  });
  const disagree: { path: string; listed: Listed[]; differ: number }[] = [];
  let blockConflicts = 0;
  for (const [path, listed] of seen) {
    if (listed.length < 2) continue;
    const first = listed[0]!.lines;
    // Go blocks: the same range with another statement count is other code too.
    const blocksDiffer = statementCountsDiffer(listed.map((l) => l.blocks));
    if (blocksDiffer === 0 && listed.every((l) => sameLines(l.lines, first))) continue;
    const union = new Set(listed.flatMap((l) => [...l.lines]));
    const common = [...union].filter((line) => listed.every((l) => includes(l.lines, line)));
    blockConflicts += blocksDiffer;
    disagree.push({ path, listed, differ: union.size - common.length + blocksDiffer });
  }
  const statements =
    blockConflicts === 0
      ? ''
      : ` (${blockConflicts} Go block${blockConflicts === 1 ? '' : 's'} with different statement counts ${blockConflicts === 1 ? 'keeps' : 'keep'} the larger count)`;
  if (disagree.length === 0) return null;
  disagree.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const n = disagree.length;
  const shown = disagree
    .slice(0, SHOWN)
    .map(
      (d) =>
        `${d.path} (${d.listed.map((l) => `${l.report}: ${l.lines.length}`).join(', ')} lines; ${d.differ} not in every report)`,
    )
    .join(', ');
  return {
    code: 'SHARDS_DISAGREE',
    message: `${n === 1 ? '1 file has' : `${n} files have`} different executable lines in different coverage reports, so the shards did not measure the same code (or not with the same tool); merged, each such file has the union of its lines${statements}: ${shown}${more(n)}`,
    evidence: {
      files: n,
      lines: disagree.reduce((s, d) => s + d.differ, 0),
      list: disagree
        .slice(0, SHOWN)
        .map((d) => d.path)
        .join(', '),
    },
  };
}

/** Block ranges listed by more than one report with different statement counts. */
function statementCountsDiffer(lists: readonly FileCoverage['blocks'][]): number {
  const counts = new Map<string, number>();
  const differ = new Set<string>();
  for (const blocks of lists)
    for (const b of blocks ?? []) {
      const key = `${b.startLine}.${b.startColumn},${b.endLine}.${b.endColumn}`;
      const seen = counts.get(key);
      if (seen === undefined) counts.set(key, b.statements);
      else if (seen !== b.statements) differ.add(key);
    }
  return differ.size;
}

function more(n: number): string {
  return n > SHOWN ? `, and ${n - SHOWN} more` : '';
}

/** Both ascending and unique, as FileCoverage.lines are. */
function intersection(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let i = 0;
  let j = 0;
  let n = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      n += 1;
      i += 1;
      j += 1;
    } else if (a[i]! < b[j]!) i += 1;
    else j += 1;
  }
  return n;
}

function sameLines(a: Uint32Array, b: Uint32Array): boolean {
  return a.length === b.length && a.every((l, i) => b[i] === l);
}

function includes(sorted: ArrayLike<number>, value: number): boolean {
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const v = sorted[mid]!;
    if (v === value) return true;
    if (v < value) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}
