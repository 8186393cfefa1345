import { COVERED_FIRST_FORMATS } from '../model/coverage.js';
import type { BranchPoint, CoverageReport, FileCoverage, StatementBlock } from '../model/coverage.js';
import { comparePaths, hitCounts } from '../formats/coverage/build.js';

/**
 * Merge reports from shards or of mixed formats: files are unioned by path, hits summed per
 * line, branch outcomes summed per outcome. Commutative and associative, so shard order never
 * matters (but see mergeFiles for one file's branches measured in two kinds of format).
 */
export function mergeReports(reports: readonly CoverageReport[]): CoverageReport {
  const byPath = new Map<string, FileCoverage>();
  for (const r of reports) {
    // A reader's report says by its format whether its outcomes are counts listed taken first.
    const coveredFirst = r.sources.length > 0 && r.sources.every((s) => COVERED_FIRST_FORMATS.has(s.format));
    for (const read of r.files) {
      const f: FileCoverage =
        coveredFirst && read.branches.length > 0 && read.outcomeOrder === undefined
          ? { ...read, outcomeOrder: 'covered-first' }
          : read;
      const seen = byPath.get(f.path);
      byPath.set(f.path, seen ? mergeFiles(seen, f) : f);
    }
  }
  return {
    sources: reports.flatMap((r) => r.sources),
    files: [...byPath.values()].sort((a, b) => comparePaths(a.path, b.path)),
  };
}

/**
 * One file from two reports. Branch outcomes add per index when both sides number them the same
 * way. When one side only counts its taken outcomes (outcomeOrder `covered-first`: Cobertura,
 * JaCoCo) and the other names them (LCOV, coverage.py, Istanbul, Clover), which outcomes match is
 * unknown: both sides are listed taken first and added per index, so a line counts as many taken
 * outcomes as the better side alone (a lower bound), never one side's taken outcome plus the
 * other's as if they were different. That case alone is not associative: three reports of one file
 * in both kinds of format can give a different lower bound depending on which two merged first.
 */
export function mergeFiles(a: FileCoverage, b: FileCoverage): FileCoverage {
  const lines = new Uint32Array(a.lines.length + b.lines.length);
  const sums = new Float64Array(lines.length);
  let i = 0;
  let j = 0;
  let n = 0;
  while (i < a.lines.length || j < b.lines.length) {
    const la = i < a.lines.length ? a.lines[i]! : Infinity;
    const lb = j < b.lines.length ? b.lines[j]! : Infinity;
    if (la === lb) {
      lines[n] = la;
      sums[n++] = a.hits[i++]! + b.hits[j++]!;
    } else if (la < lb) {
      lines[n] = la;
      sums[n++] = a.hits[i++]!;
    } else {
      lines[n] = lb;
      sums[n++] = b.hits[j++]!;
    }
  }
  const blocks = mergeBlocks(a.blocks, b.blocks);
  const aFirst = a.outcomeOrder === 'covered-first' && a.branches.length > 0;
  const bFirst = b.outcomeOrder === 'covered-first' && b.branches.length > 0;
  return {
    path: a.path,
    lines: lines.slice(0, n),
    hits: hitCounts(sums.subarray(0, n)),
    branches: mergeBranches(a.branches, b.branches, aFirst !== bFirst),
    ...(aFirst || bFirst ? { outcomeOrder: 'covered-first' as const } : {}),
    ...(blocks ? { blocks } : {}),
  };
}

/**
 * Go cover blocks: the same range from two shards is one block whose hits add up. Shards that
 * disagree on its statement count measured different code (suspicious.ts says so): the larger
 * count is kept, whichever shard comes first.
 */
function mergeBlocks(
  a: readonly StatementBlock[] | undefined,
  b: readonly StatementBlock[] | undefined,
): StatementBlock[] | undefined {
  if (!a && !b) return undefined;
  const byRange = new Map<string, StatementBlock>();
  for (const block of [...(a ?? []), ...(b ?? [])]) {
    const key = `${block.startLine}.${block.startColumn},${block.endLine}.${block.endColumn}`;
    const seen = byRange.get(key);
    byRange.set(
      key,
      seen
        ? { ...seen, statements: Math.max(seen.statements, block.statements), hits: seen.hits + block.hits }
        : block,
    );
  }
  return [...byRange.values()].sort(
    (x, y) =>
      x.startLine - y.startLine ||
      x.startColumn - y.startColumn ||
      x.endLine - y.endLine ||
      x.endColumn - y.endColumn,
  );
}

/** Points by line; with `ranked`, every point's outcomes listed most-hit first (see mergeFiles). */
function mergeBranches(a: readonly BranchPoint[], b: readonly BranchPoint[], ranked: boolean): BranchPoint[] {
  const out: BranchPoint[] = [];
  const take = (p: BranchPoint): BranchPoint =>
    ranked ? { line: p.line, outcomes: mostHitFirst(p.outcomes) } : p;
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    const pa = a[i];
    const pb = b[j];
    if (pa && pb && pa.line === pb.line) {
      const oa = ranked ? mostHitFirst(pa.outcomes) : pa.outcomes;
      const ob = ranked ? mostHitFirst(pb.outcomes) : pb.outcomes;
      const n = Math.max(oa.length, ob.length);
      const outcomes: number[] = [];
      for (let k = 0; k < n; k++) outcomes.push((oa[k] ?? 0) + (ob[k] ?? 0));
      out.push({ line: pa.line, outcomes });
      i++;
      j++;
    } else if (pa && (!pb || pa.line < pb.line)) {
      out.push(take(pa));
      i++;
    } else {
      out.push(take(pb!));
      j++;
    }
  }
  return out;
}

function mostHitFirst(outcomes: readonly number[]): readonly number[] {
  return [...outcomes].sort((x, y) => y - x);
}
