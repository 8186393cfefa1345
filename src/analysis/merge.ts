import type { BranchPoint, CoverageReport, FileCoverage, StatementBlock } from '../model/coverage.js';
import { comparePaths, hitCounts } from '../formats/coverage/build.js';

/**
 * Merge reports from shards or of mixed formats: files are unioned by path, hits summed per
 * line, branch outcomes summed per outcome. Commutative and associative, so shard order never
 * matters.
 */
export function mergeReports(reports: readonly CoverageReport[]): CoverageReport {
  const byPath = new Map<string, FileCoverage>();
  for (const r of reports) {
    for (const f of r.files) {
      const seen = byPath.get(f.path);
      byPath.set(f.path, seen ? mergeFiles(seen, f) : f);
    }
  }
  return {
    sources: reports.flatMap((r) => r.sources),
    files: [...byPath.values()].sort((a, b) => comparePaths(a.path, b.path)),
  };
}

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
  return {
    path: a.path,
    lines: lines.slice(0, n),
    hits: hitCounts(sums.subarray(0, n)),
    branches: mergeBranches(a.branches, b.branches),
    ...(blocks ? { blocks } : {}),
  };
}

/** Go cover blocks: the same range from two shards is one block whose hits add up. */
function mergeBlocks(
  a: readonly StatementBlock[] | undefined,
  b: readonly StatementBlock[] | undefined,
): StatementBlock[] | undefined {
  if (!a && !b) return undefined;
  const byRange = new Map<string, StatementBlock>();
  for (const block of [...(a ?? []), ...(b ?? [])]) {
    const key = `${block.startLine}.${block.startColumn},${block.endLine}.${block.endColumn}`;
    const seen = byRange.get(key);
    byRange.set(key, seen ? { ...seen, hits: seen.hits + block.hits } : block);
  }
  return [...byRange.values()].sort(
    (x, y) =>
      x.startLine - y.startLine ||
      x.startColumn - y.startColumn ||
      x.endLine - y.endLine ||
      x.endColumn - y.endColumn,
  );
}

function mergeBranches(a: readonly BranchPoint[], b: readonly BranchPoint[]): BranchPoint[] {
  const out: BranchPoint[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    const pa = a[i];
    const pb = b[j];
    if (pa && pb && pa.line === pb.line) {
      const n = Math.max(pa.outcomes.length, pb.outcomes.length);
      const outcomes: number[] = [];
      for (let k = 0; k < n; k++) outcomes.push((pa.outcomes[k] ?? 0) + (pb.outcomes[k] ?? 0));
      out.push({ line: pa.line, outcomes });
      i++;
      j++;
    } else if (pa && (!pb || pa.line < pb.line)) {
      out.push(pa);
      i++;
    } else {
      out.push(pb!);
      j++;
    }
  }
  return out;
}
