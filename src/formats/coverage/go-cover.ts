import type { CoverageReport, FileCoverage, StatementBlock } from '../../model/coverage.js';
import { MAX_LINE_NUMBER } from '../../model/coverage.js';
import { InputError } from '../../model/errors.js';
import { comparePaths, hitCounts, parseCount, parseLineNumber } from './build.js';

const MODE = /^mode: (set|count|atomic)$/;
const BLOCK = /^(\d{1,10})\.(\d{1,10}),(\d{1,10})\.(\d{1,10}) (\d{1,20}) (\d{1,20})$/;
/**
 * Every line a block spans is stored, so a forged block (`a.go:1.1,999999999.1 1 1`) could exhaust
 * memory. Real profiles span a few lines per block; the allowance lets one generated file have a
 * very long function and still bounds a hostile one.
 */
const SPANNED_LINES_ALLOWANCE = 1_000_000;

/**
 * Go cover profile (`go test -coverprofile`, `-covermode=set|count|atomic`): a `mode:` line, then
 * one block a line, `file.go:startLine.startCol,endLine.endCol statements count`.
 *
 * Blocks are merged before anything is counted, as `go tool cover` merges them: the same file and
 * range listed again (one per test binary with `-coverpkg`, or profiles concatenated from shards)
 * is one block whose count is the sum (in `set` mode, the OR); the same range with a different
 * statement count is an error, as it is for `go tool cover`. A repeated `mode:` line (profiles
 * concatenated without dropping it) is skipped when it names the same mode.
 *
 * Go counts statements, not lines. Both are kept:
 * - `blocks` carries every merged block with its statement count and hits. Covered statements /
 *   statements over them is the figure `go tool cover -func` prints as `total: (statements)` and
 *   `go test -cover` prints per package; nothing is lost, and shards can merge block by block.
 * - `lines`, for the line metric, patch coverage and everything else that works on lines: every
 *   line a block spans is an executable line (blank and comment lines inside a block included, as
 *   Codecov and gocover-cobertura count them), with the most hits of the blocks on it, so a line
 *   is covered when any block on it ran. This is not Go's figure: it counts lines, not statements.
 *
 * Paths are left as Go writes them, import paths (`example.com/mod/pkg/file.go`): the path mapper
 * finds `pkg/file.go` by suffix when go.mod is at the repository root; a module in a subfolder
 * needs its module path replaced by the folder (`coverage.path-prefix`).
 */
export function parseGoCover(text: string, file: string): CoverageReport {
  let pos = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let lineNo = 0;
  let mode: string | null = null;
  /** Merged blocks per file, keyed by range. */
  const files = new Map<string, Map<string, { block: MutableBlock; line: number }>>();

  const fail = (message: string): never => {
    throw new InputError(message, { file, line: lineNo });
  };

  while (pos < text.length) {
    let end = text.indexOf('\n', pos);
    if (end === -1) end = text.length;
    lineNo++;
    let line = text.slice(pos, end);
    pos = end + 1;
    if (line.endsWith('\r')) line = line.slice(0, -1);
    if (mode === null) {
      const m = MODE.exec(line.trim());
      if (!m) fail(`expected the profile's first line to be "mode: set", "mode: count" or "mode: atomic", found ${quote(line)}`);
      mode = m![1]!;
      continue;
    }
    if (line.trim() === '') continue;
    if (line.startsWith('mode:')) {
      const m = MODE.exec(line.trim());
      if (m && m[1] === mode) continue;
      fail(`${quote(line.trim())} after "mode: ${mode}" on line 1: profiles of different modes cannot be merged`);
    }
    // The file name may hold ':' (C:\…); the block part after the last one never does.
    const colon = line.lastIndexOf(':');
    const m = colon > 0 ? BLOCK.exec(line.slice(colon + 1)) : null;
    if (!m) fail(`expected "file.go:startLine.startColumn,endLine.endColumn statements count", found ${quote(line)}`);
    const path = line.slice(0, colon).trim();
    if (path === '') fail(`a block without a file name: ${quote(line)}`);
    const [startLine, endLine] = [parseLineNumber(m![1]!), parseLineNumber(m![3]!)];
    const [startColumn, endColumn, statements, hits] = [m![2]!, m![4]!, m![5]!, m![6]!].map(parseCount);
    if (startLine === null || endLine === null) fail(`expected line numbers from 1 to ${MAX_LINE_NUMBER}: ${quote(line)}`);
    if (startColumn === null || endColumn === null || statements === null || hits === null)
      fail(`expected non-negative columns and counts: ${quote(line)}`);
    if (endLine! < startLine! || (endLine === startLine && endColumn! < startColumn!))
      fail(`the block ends before it starts: ${quote(line)}`);
    let blocks = files.get(path);
    if (!blocks) files.set(path, (blocks = new Map()));
    const key = `${startLine}.${startColumn},${endLine}.${endColumn}`;
    const seen = blocks.get(key);
    if (!seen) {
      blocks.set(key, {
        block: { startLine: startLine!, startColumn: startColumn!, endLine: endLine!, endColumn: endColumn!, statements: statements!, hits: hits! },
        line: lineNo,
      });
    } else {
      if (seen.block.statements !== statements)
        fail(
          `${path}:${key} has ${statements} statements here and ${seen.block.statements} on line ${seen.line}: the profiles come from different sources`,
        );
      // set mode records 0 or 1: OR is the larger of the two.
      seen.block.hits = mode === 'set' ? Math.max(seen.block.hits, hits!) : seen.block.hits + hits!;
    }
  }
  if (mode === null) throw new InputError('the Go cover profile is empty (expected a "mode:" line)', { file });

  let spanBudget = SPANNED_LINES_ALLOWANCE + text.length;
  const out: FileCoverage[] = [];
  for (const [path, byRange] of files) {
    const blocks = [...byRange.values()].map((b) => b.block).sort(byStart);
    const lineHits = new Map<number, number>();
    for (const b of blocks) {
      spanBudget -= b.endLine - b.startLine + 1;
      if (spanBudget < 0)
        throw new InputError(
          `the blocks of ${path} span more lines than this version reads (${SPANNED_LINES_ALLOWANCE} plus one per character of the profile)`,
          { file },
        );
      for (let l = b.startLine; l <= b.endLine; l++) {
        const seen = lineHits.get(l);
        if (seen === undefined || seen < b.hits) lineHits.set(l, b.hits);
      }
    }
    const lines = Uint32Array.from(lineHits.keys()).sort();
    out.push({ path, lines, hits: hitCounts(Array.from(lines, (l) => lineHits.get(l)!)), branches: [], blocks });
  }
  return {
    sources: [{ file, format: 'go-cover', roots: [], declared: {} }],
    files: out.sort((a, b) => comparePaths(a.path, b.path)),
  };
}

type MutableBlock = { -readonly [K in keyof StatementBlock]: StatementBlock[K] };

function byStart(a: StatementBlock, b: StatementBlock): number {
  return a.startLine - b.startLine || a.startColumn - b.startColumn || a.endLine - b.endLine || a.endColumn - b.endColumn;
}

function quote(s: string): string {
  const cut = s.length > 80 ? `${s.slice(0, 80)}…` : s;
  return JSON.stringify(cut);
}
